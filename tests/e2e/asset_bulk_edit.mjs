// The browser scenarios of the asset inventory's bulk edit (情報資産台帳の一括編集, issue 5):
// select three assets, give them a classification and a department at once and see the new
// values; a change refused for one asset names it by its number and changes none; then the
// same in English. The assets (B-…) and departments are made here through the API, so these
// scenarios need nothing from the others.
import assert from 'node:assert/strict';
import { scenario } from './harness.mjs';
import { signInAs, orgIdFrom, callApi } from './session.mjs';

const TIMEOUT = { timeout: 10_000 };
const GENERAL = 'B 総務部';
const SYSTEMS = 'B 情報システム部';
const ASSETS = [
  { number: 'B-001', name: '就業規則' },
  { number: 'B-002', name: '給与計算表' },
  { number: 'B-003', name: '勤怠管理システム' },
  { number: 'B-004', name: '来客名簿' },
];

const TEXT = {
  ja: { menu: 'メインメニュー', inventory: /情報資産台帳/, filters: '絞り込み', search: '番号・名称で検索', apply: '絞り込む' },
  en: { menu: 'Main menu', inventory: /Asset inventory/, filters: 'Filters', search: 'Search number or name', apply: 'Apply' },
};

const row = (page, number) => page.locator('tbody tr', { hasText: number });

/** The two departments and the four assets, made once, as they were at the start. */
async function prepare(page) {
  const orgId = orgIdFrom(page);
  const base = `/api/v1/orgs/${orgId}`;
  const departments = (await callApi(page, 'GET', `${base}/departments?limit=500`)).body.items;
  const department = async (name) => {
    const found = departments.find((candidate) => candidate.name === name);
    if (found) return found.id;
    const added = await callApi(page, 'POST', `${base}/departments`, { name });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    return added.body.id;
  };
  const general = await department(GENERAL);
  await department(SYSTEMS);
  const me = await callApi(page, 'GET', '/api/v1/me');
  const listed = (await callApi(page, 'GET', `${base}/assets?q=B-00&limit=500`)).body.items;
  for (const asset of ASSETS) {
    if (listed.some((candidate) => candidate.number === asset.number)) continue;
    const added = await callApi(page, 'POST', `${base}/assets`, {
      ...asset,
      category: 'information',
      owner_id: me.body.user.id,
      department_id: general,
      classification: '社内限',
      confidentiality: 2,
      integrity: 2,
      availability: 1,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
  }
}

/** The inventory, filtered to this file's assets. */
async function openInventory(page, lang) {
  const text = TEXT[lang];
  await page.getByRole('navigation', { name: text.menu }).getByRole('link', { name: text.inventory }).click();
  await page.locator('tbody tr').first().waitFor(TIMEOUT);
  const filters = page.getByRole('form', { name: text.filters });
  await filters.getByLabel(text.search).fill('B-00');
  await filters.getByRole('button', { name: text.apply, exact: true }).click();
  await row(page, 'B-001').waitFor(TIMEOUT);
  await page.waitForFunction(() => [...document.querySelectorAll('tbody tr[data-key]')].every((tr) => tr.textContent.includes('B-00')), null, TIMEOUT);
}

async function select(page, label) {
  await page.getByRole('checkbox', { name: label, exact: true }).check();
}

scenario('bulk edit: three assets get a classification and a department at once', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin, 'ja');
  await prepare(page);
  await openInventory(page, 'ja');
  for (const asset of ASSETS.slice(0, 3)) await select(page, `${asset.number} ${asset.name} を選択`);
  await page.getByText('3 件を選択中').waitFor(TIMEOUT);

  await page.getByRole('button', { name: '一括編集', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '情報資産の一括編集(3件)' });
  await dialog.waitFor(TIMEOUT);
  assert.match(await dialog.innerText(), /B-001, B-002, B-003/);
  // A value edited ticks its field.
  await dialog.getByLabel('機密区分', { exact: true }).fill('社外秘');
  assert.ok(await dialog.getByRole('checkbox', { name: '機密区分を変更する' }).isChecked());
  await dialog.getByRole('checkbox', { name: '部門を変更する' }).check();
  await dialog.getByLabel('部門', { exact: true }).selectOption({ label: SYSTEMS });
  await dialog.getByRole('button', { name: '変更する', exact: true }).click();

  await page.getByText('3件の資産を更新しました。').waitFor(TIMEOUT);
  await dialog.waitFor({ state: 'hidden', ...TIMEOUT });
  for (const asset of ASSETS.slice(0, 3)) {
    await row(page, asset.number).filter({ hasText: '社外秘' }).waitFor(TIMEOUT);
    assert.match(await row(page, asset.number).innerText(), new RegExp(SYSTEMS));
  }
  // The fourth was not selected and keeps its values; the selection is cleared.
  assert.match(await row(page, 'B-004').innerText(), /社内限/);
  assert.match(await row(page, 'B-004').innerText(), new RegExp(GENERAL));
  assert.equal(await page.getByText(/件を選択中/).count(), 0);
});

scenario('bulk edit: a refused change names the asset and changes none', { allowConsole: /status of 400\b/ }, async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin, 'ja');
  await prepare(page);
  await openInventory(page, 'ja');
  await select(page, 'B-003 勤怠管理システム を選択');
  await select(page, 'B-004 来客名簿 を選択');
  await page.getByRole('button', { name: '一括編集', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '情報資産の一括編集(2件)' });
  await dialog.getByLabel('機密区分', { exact: true }).fill('公開');

  // Someone else deletes B-004 while the dialog is open.
  const orgId = orgIdFrom(page);
  const listed = (await callApi(page, 'GET', `/api/v1/orgs/${orgId}/assets?q=B-004`)).body.items;
  assert.equal((await callApi(page, 'DELETE', `/api/v1/orgs/${orgId}/assets/${listed[0].id}`)).status, 204);

  await dialog.getByRole('button', { name: '変更する', exact: true }).click();
  const problem = dialog.getByTestId('bulk-asset-problem');
  await problem.waitFor(TIMEOUT);
  assert.equal(await problem.count(), 1);
  assert.equal(await problem.getAttribute('data-number'), 'B-004');
  assert.match(await problem.innerText(), /この組織の情報資産ではありません/);
  await dialog.getByText('問題があるため、どの情報資産も変更していません。').waitFor(TIMEOUT);
  await dialog.getByRole('button', { name: 'キャンセル', exact: true }).click();

  // B-003 was not changed either.
  const b3 = (await callApi(page, 'GET', `/api/v1/orgs/${orgId}/assets?q=B-003`)).body.items[0];
  assert.notEqual(b3.classification, '公開');
});

scenario('bulk edit in English: two assets retired at once', { locale: 'en-US' }, async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin, 'en');
  await prepare(page);
  await openInventory(page, 'en');
  await select(page, 'Select B-001 就業規則');
  await select(page, 'Select B-002 給与計算表');
  await page.getByText('2 selected', { exact: true }).waitFor(TIMEOUT);
  await page.getByRole('button', { name: 'Bulk edit', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Bulk edit of information assets (2)' });
  await dialog.waitFor(TIMEOUT);
  // Nothing ticked: the browser asks for a field first.
  await dialog.getByRole('button', { name: 'Apply changes', exact: true }).click();
  await dialog.getByText('Pick at least one field to change.').waitFor(TIMEOUT);
  await dialog.getByLabel('Status', { exact: true }).selectOption({ label: 'Retired' });
  await dialog.getByRole('button', { name: 'Apply changes', exact: true }).click();
  await page.getByText('2 assets updated.').waitFor(TIMEOUT);
  for (const number of ['B-001', 'B-002']) await row(page, number).filter({ hasText: 'Retired' }).waitFor(TIMEOUT);
  assert.doesNotMatch(await row(page, 'B-003').innerText(), /Retired/);
});
