// The browser scenarios of the information asset inventory (情報資産台帳, issue 5 item 2):
// an information asset and the server it lives on, the server inheriting C3 (marked), an
// override with its reason, the category filter, and an employee reading the register.
// They run after documents.mjs (its employee and its department 開発部 exist).
import assert from 'node:assert/strict';
import { scenario } from './harness.mjs';

const TIMEOUT = { timeout: 10_000 };
const EMPLOYEE = { email: 'tanaka@example.com', password: 'employee password 1' };
const SERVER = { number: 'H-001', name: '顧客管理サーバー' };
const DATA = { number: 'I-001', name: '顧客名簿' };

async function signInAs(page, baseUrl, person) {
  await page.goto(baseUrl + '/');
  await page.waitForURL(/\/login\?next=/, TIMEOUT);
  await page.getByLabel('メールアドレス').fill(person.email);
  await page.getByLabel('パスワード').fill(person.password);
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();
  await page.waitForURL(/\/orgs\/[^/]+\//, TIMEOUT);
}

const nav = (page) => page.getByRole('navigation', { name: 'メインメニュー' });
const row = (page, number) => page.locator('tbody tr', { hasText: number });
/** The table cell of a row's C, I or A, which carries data-mark. */
const level = (page, number, property) => row(page, number).locator(`td [data-mark]`).nth(['C', 'I', 'A'].indexOf(property));

async function openInventory(page) {
  const link = nav(page).getByRole('link', { name: /情報資産台帳/ });
  assert.match(await link.innerText(), /6\.1\.2/);
  await link.click();
  await page.getByRole('heading', { level: 1, name: '情報資産台帳' }).waitFor(TIMEOUT);
}

/** Fills the add dialog and saves; the dialog stays open on the new asset. */
async function addAsset(page, { number, name, category, cia, department, supportedBy = [] }) {
  await page.getByRole('button', { name: '情報資産を登録' }).click();
  const dialog = page.getByRole('dialog', { name: '情報資産を登録' });
  await dialog.getByLabel(/^管理番号/).fill(number);
  await dialog.getByLabel(/^情報資産名称/).fill(name);
  await dialog.locator('select[name="category"]').selectOption({ label: category });
  if (department) await dialog.locator('select[name="department_id"]').selectOption({ label: department });
  for (const [index, property] of ['confidentiality', 'integrity', 'availability'].entries()) {
    await dialog.locator(`select[name="${property}"]`).selectOption(String(cia[index]));
  }
  for (const supporting of supportedBy) await dialog.getByRole('checkbox', { name: new RegExp(supporting) }).check();
  await page.getByRole('button', { name: '追加', exact: true }).click();
  const saved = page.getByRole('dialog', { name: new RegExp(`情報資産「${number}`) });
  await saved.waitFor(TIMEOUT);
  await saved.getByTestId('asset-detail').waitFor(TIMEOUT);
  return saved;
}

scenario('assets: a server, the customer list on it, and the server inheriting C3', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  await openInventory(page);
  await page.getByText('情報資産はまだ登録されていません。').waitFor(TIMEOUT);

  let dialog = await addAsset(page, { ...SERVER, category: 'ハードウェア', cia: [1, 1, 1] });
  await dialog.getByRole('button', { name: '閉じる', exact: true }).click();
  await dialog.waitFor({ state: 'hidden', ...TIMEOUT });

  // The information lives on the server: it relies on it.
  dialog = await addAsset(page, { ...DATA, category: '情報(電子データ)', cia: [3, 2, 2], department: '開発部', supportedBy: [SERVER.number] });
  await dialog.getByTestId('asset-detail').getByRole('button', { name: `${SERVER.number} ${SERVER.name}` }).waitFor(TIMEOUT);
  await dialog.getByRole('button', { name: '閉じる', exact: true }).click();
  await dialog.waitFor({ state: 'hidden', ...TIMEOUT });

  // The server's confidentiality is raised to 3 by what it carries, and marked as inherited.
  await row(page, SERVER.number).waitFor(TIMEOUT);
  await page.locator(`tbody tr:has-text("${SERVER.number}") [data-mark="inherited"]`).first().waitFor(TIMEOUT);
  assert.equal(await level(page, SERVER.number, 'C').getAttribute('data-mark'), 'inherited');
  assert.match(await level(page, SERVER.number, 'C').innerText(), /^3/);
  assert.equal(await level(page, DATA.number, 'C').getAttribute('data-mark'), 'own');
  assert.match(await row(page, DATA.number).innerText(), /開発部/);

  // Its detail says where the value comes from.
  await row(page, SERVER.number).getByRole('button', { name: /^編集/ }).click();
  dialog = page.getByRole('dialog', { name: new RegExp(`情報資産「${SERVER.number}`) });
  const detail = dialog.getByTestId('asset-detail');
  const confidentiality = detail.locator('tr[data-property="confidentiality"]');
  await confidentiality.waitFor(TIMEOUT);
  assert.match(await confidentiality.innerText(), /継承/);
  assert.match(await confidentiality.innerText(), new RegExp(DATA.number));
  await detail.getByRole('button', { name: `${DATA.number} ${DATA.name}` }).waitFor(TIMEOUT);
});

scenario('assets: lower the server’s inherited confidentiality, with a reason', { allowConsole: /status of 400\b/ }, async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  await openInventory(page);
  await row(page, SERVER.number).getByRole('button', { name: /^編集/ }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`情報資産「${SERVER.number}`) });
  await dialog.locator('select[name="confidentiality_override"]').selectOption('2');
  // Without a reason the server refuses, next to the field, in Japanese.
  await dialog.getByRole('button', { name: '保存', exact: true }).click();
  const reason = dialog.getByLabel(/^変更の理由/);
  await dialog.locator('.field.has-error', { hasText: '変更の理由' }).getByText('入力してください。').waitFor(TIMEOUT);
  await reason.fill('顧客名簿はアプリケーションで暗号化して保存する');
  await dialog.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText(`「${SERVER.number} ${SERVER.name}」を更新しました。`).waitFor(TIMEOUT);
  const confidentiality = dialog.getByTestId('asset-detail').locator('tr[data-property="confidentiality"]');
  await confidentiality.locator('[data-mark="overridden"]').waitFor(TIMEOUT);
  await dialog.getByRole('button', { name: '閉じる', exact: true }).click();

  await page.locator(`tbody tr:has-text("${SERVER.number}") [data-mark="overridden"]`).waitFor(TIMEOUT);
  assert.match(await level(page, SERVER.number, 'C').innerText(), /^2/);
  // The change is in the record's history.
  await row(page, SERVER.number).getByRole('button', { name: /^編集/ }).click();
  await dialog.locator('.history ins', { hasText: '顧客名簿はアプリケーションで暗号化して保存する' }).waitFor(TIMEOUT);
});

scenario('assets: filter the register by category', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  await openInventory(page);
  await row(page, DATA.number).waitFor(TIMEOUT);
  const filters = page.getByRole('form', { name: '絞り込み' });
  await filters.getByLabel('分類').selectOption({ label: 'ハードウェア' });
  await page.getByRole('button', { name: '絞り込む' }).click();
  await row(page, DATA.number).waitFor({ state: 'detached', ...TIMEOUT });
  await row(page, SERVER.number).waitFor(TIMEOUT);
  // Text search finds the customer list by a word of its name.
  await filters.getByLabel('分類').selectOption({ label: 'すべて' });
  await filters.getByLabel('番号・名称で検索').fill('名簿');
  await page.getByRole('button', { name: '絞り込む' }).click();
  await row(page, SERVER.number).waitFor({ state: 'detached', ...TIMEOUT });
  await row(page, DATA.number).waitFor(TIMEOUT);
});

scenario('assets: an employee reads the register but cannot change it', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, EMPLOYEE);
  await openInventory(page);
  await page.getByText('情報資産台帳を変更できるのは情報セキュリティ管理責任者とリスク所有者のみです。').waitFor(TIMEOUT);
  await row(page, SERVER.number).waitFor(TIMEOUT);
  assert.equal(await page.getByRole('button', { name: '情報資産を登録' }).count(), 0);
  assert.equal(await row(page, SERVER.number).getByRole('button', { name: /^削除/ }).count(), 0);
  await row(page, SERVER.number).getByRole('button', { name: /^表示/ }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`情報資産「${SERVER.number}`) });
  await dialog.getByTestId('asset-detail').waitFor(TIMEOUT);
  assert.equal(await dialog.getByRole('button', { name: '保存', exact: true }).count(), 0);
  assert.ok(await dialog.getByLabel(/^管理番号/).isDisabled(), 'the fields are read-only');
});

scenario('assets: download the inventory as Excel and the import template', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  await openInventory(page);
  await row(page, DATA.number).waitFor(TIMEOUT);
  const fetchLink = (name) =>
    page.getByRole('link', { name }).getAttribute('href').then((href) =>
      page.evaluate(async (url) => {
        const response = await fetch(url);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return { status: response.status, disposition: response.headers.get('content-disposition'), zip: bytes[0] === 0x50 && bytes[1] === 0x4b };
      }, href));
  const workbook = await fetchLink('Excelで書き出す');
  assert.equal(workbook.status, 200);
  assert.match(workbook.disposition ?? '', /^attachment; .*\.xlsx/);
  assert.ok(workbook.zip, 'an xlsx file');
  const template = await fetchLink('取込用ひな形');
  assert.equal(template.status, 200);
  assert.match(template.disposition ?? '', /%E3%81%B2%E3%81%AA%E5%BD%A2\.xlsx/);
});
