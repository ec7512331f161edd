// The browser scenarios of the applied controls and the Statement of Applicability (6.1.3):
// the ISMS manager adds an applied control implementing A.5.1 and A.8.24; starts the SoA's
// first version, decides A.5.1 and A.8.24 as applicable on the page (the other controls are
// excluded through the API first, one of them without its justification); submitting is
// refused while that blocker remains, then it is fixed and submitted; top management approves
// version 1; version 2 makes A.7.4 applicable and the comparison shows the change; one pass in
// English. Everything happens in an organisation of its own, with its own members.
import assert from 'node:assert/strict';
import { scenario } from './harness.mjs';
import { signInAs, orgIdFrom, callApi } from './session.mjs';

const TIMEOUT = { timeout: 10_000 };
const ORG = 'SoA検証株式会社';
const MANAGER = { email: 'soa-manager@example.com', name: '管理 一郎', password: 'soa manager password 1', roles: ['isms_manager'] };
const BOSS = { email: 'soa-boss@example.com', name: '代表 二郎', password: 'soa top management password 1', roles: ['top_management'] };
const CONTROL = { number: 'SOA-C-001', title: '情報セキュリティ方針と暗号化規程の運用' };

const nav = (page, name = 'メインメニュー') => page.getByRole('navigation', { name });

async function openControls(page, { link = /^管理策/, heading = '管理策の実施', menu } = {}) {
  const entry = nav(page, menu).getByRole('link', { name: link });
  assert.match(await entry.innerText(), /6\.1\.3/);
  await entry.click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor(TIMEOUT);
}

async function openSoa(page, { link = /適用宣言書/, heading = '適用宣言書', menu } = {}) {
  await nav(page, menu).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor(TIMEOUT);
  await page.getByTestId('soa-version').waitFor(TIMEOUT);
}

const soaRow = (page, id) => page.locator(`tr[data-control="${id}"]`);

scenario('soa: an applied control implementing A.5.1 and A.8.24 is added on the register', async ({ page, baseUrl, admin }) => {
  // The organisation of these scenarios and its people, made by the administrator.
  await signInAs(page, baseUrl, admin);
  const created = await callApi(page, 'POST', '/api/v1/orgs', { name: ORG });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  for (const person of [MANAGER, BOSS]) {
    const added = await callApi(page, 'POST', `/api/v1/orgs/${created.body.id}/members`, {
      email: person.email,
      display_name: person.name,
      password: person.password,
      roles: person.roles,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
  }
  await callApi(page, 'POST', '/api/v1/auth/logout');

  await signInAs(page, baseUrl, MANAGER);
  assert.equal(orgIdFrom(page), created.body.id);
  await openControls(page);
  await page.getByText('管理策の実施はまだありません。').waitFor(TIMEOUT);
  await page.getByRole('button', { name: '管理策の実施を追加' }).first().click();
  const dialog = page.getByRole('dialog', { name: '管理策の実施を追加' });
  await dialog.getByLabel(/^番号/).fill(CONTROL.number);
  await dialog.getByLabel(/^名称/).fill(CONTROL.title);
  await dialog.locator('select[name="status"]').selectOption({ label: '実施済み' });

  // Reference controls: found by number, and by title in Japanese; shown as chips.
  const picker = dialog.getByTestId('reference-picker');
  const search = picker.getByLabel('管理策を検索(番号又は名称)');
  await search.fill('5.1');
  await picker.locator('button.match[data-control="A.5.1"]').click();
  await search.fill('暗号の利用');
  await picker.locator('button.match[data-control="A.8.24"]').click();
  await picker.locator('.chip[data-control="A.5.1"]', { hasText: '情報セキュリティのための方針群' }).waitFor(TIMEOUT);
  await picker.locator('.chip[data-control="A.8.24"]', { hasText: '暗号の利用' }).waitFor(TIMEOUT);

  // Implemented without its date: the problem is shown at the date.
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await dialog.getByText('実施済みの場合は実施日を入力してください。').waitFor(TIMEOUT);
  await dialog.getByLabel(/^実施日/).fill('2026-04-01');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await page.getByText(`${CONTROL.number} ${CONTROL.title} を追加しました。`).waitFor(TIMEOUT);

  const row = page.locator('tbody tr', { hasText: CONTROL.number });
  await row.waitFor(TIMEOUT);
  assert.match(await row.locator('[data-status="implemented"]').innerText(), /実施済み/);
  assert.match(await row.innerText(), /A\.5\.1/);
  assert.match(await row.innerText(), /A\.8\.24/);
  assert.match(await row.innerText(), /管理 一郎/);
});

scenario('soa: version 1 is decided, refused while a blocker remains, fixed and submitted', { allowConsole: /status of 409\b/ }, async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, MANAGER);
  const orgId = orgIdFrom(page);
  await openSoa(page);
  await page.getByText('版はまだありません').waitFor(TIMEOUT);
  await page.getByRole('button', { name: '適用宣言書の作成を開始' }).click();
  await page.getByText('第1版の作成を開始しました。').waitFor(TIMEOUT);
  await page.getByTestId('soa-version').getByRole('heading', { name: '第1版' }).waitFor(TIMEOUT);
  await page.getByTestId('soa-blockers').getByText('承認を妨げる問題(93 件)').waitFor(TIMEOUT);

  // Most controls are excluded through the API; A.7.4 without its justification.
  const framework = await callApi(page, 'GET', '/api/v1/frameworks/iso27001-2022');
  assert.equal(framework.body.controls.length, 93);
  const rows = framework.body.controls
    .map((control) => control.id)
    .filter((id) => id !== 'A.5.1' && id !== 'A.8.24')
    .map((id) => ({ control_id: id, applicability: 'not_applicable', justification: id === 'A.7.4' ? '' : 'e2e: 対象外' }));
  const excluded = await callApi(page, 'PATCH', `/api/v1/orgs/${orgId}/soa/versions/1`, { rows });
  assert.equal(excluded.status, 200, JSON.stringify(excluded.body));
  await page.reload();
  await page.getByTestId('soa-table').waitFor(TIMEOUT);

  // The rows are grouped by theme, with the themes' Japanese titles.
  await page.locator('tbody[data-group="Organizational"] th[scope="colgroup"]', { hasText: '組織的管理策' }).waitFor(TIMEOUT);
  assert.match(await soaRow(page, 'A.7.4').locator('.needed').innerText(), /除外理由が必要です/);

  // A.5.1 and A.8.24 apply, decided on the page; their status comes from the applied control.
  for (const id of ['A.5.1', 'A.8.24']) {
    await page.getByLabel(`${id} の適用/除外`, { exact: true }).selectOption('applicable');
    await page.getByText(`${id} を保存しました。`).first().waitFor(TIMEOUT);
    await soaRow(page, id).locator('[data-status="implemented"]').waitFor(TIMEOUT);
  }
  assert.match(await soaRow(page, 'A.8.24').innerText(), /SOA-C-001/);
  const blockers = page.getByTestId('soa-blockers');
  await blockers.getByText('承認を妨げる問題(1 件)').waitFor(TIMEOUT);
  await blockers.getByText('A.7.4: 除外理由がありません').waitFor(TIMEOUT);
  assert.match(await page.getByTestId('soa-completion').innerText(), /適用 2 件のうち 2 件が実施済み/);

  // Submitting is refused with the blocker named.
  await page.getByTestId('workflow').getByRole('button', { name: 'レビュー依頼' }).click();
  const dialog = page.getByRole('dialog', { name: /レビュー依頼/ });
  await dialog.getByTestId('workflow-confirm').click();
  const refusal = dialog.getByRole('alert');
  await refusal.waitFor(TIMEOUT);
  assert.match(await refusal.innerText(), /まだ承認依頼できません/);
  assert.match(await refusal.innerText(), /A\.7\.4: 除外理由がありません/);
  await dialog.getByRole('button', { name: 'キャンセル' }).click();

  // The blocker leads to its row, where the justification is given.
  await blockers.getByRole('button', { name: 'A.7.4: 除外理由がありません' }).click();
  const a74 = soaRow(page, 'A.7.4');
  await a74.getByRole('button', { name: /編集/ }).click();
  const editor = page.getByRole('dialog', { name: /^A\.7\.4 / });
  await editor.getByLabel(/^除外理由/).fill('自社の物理的拠点を持たない(クラウドのみ)');
  await editor.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('A.7.4 を保存しました。').first().waitFor(TIMEOUT);
  await blockers.getByText('承認を妨げる問題はありません。').waitFor(TIMEOUT);
  assert.match(await a74.innerText(), /クラウドのみ/);

  await page.getByTestId('workflow').getByRole('button', { name: 'レビュー依頼' }).click();
  await page.getByRole('dialog', { name: /レビュー依頼/ }).getByTestId('workflow-confirm').click();
  await page.getByTestId('soa-version').locator('[data-state="in_review"]').waitFor(TIMEOUT);
  // In review, the decisions are no longer editable.
  assert.equal(await page.getByLabel('A.5.1 の適用/除外', { exact: true }).count(), 0);

  // A row's applied control opens on the register.
  await soaRow(page, 'A.8.24').getByRole('link', { name: CONTROL.number }).click();
  await page.waitForURL(/\/applied-controls\/[^/]+$/, TIMEOUT);
  const control = page.getByRole('dialog', { name: `${CONTROL.number} ${CONTROL.title} の編集` });
  await control.getByTestId('reference-picker').locator('.chip[data-control="A.8.24"]').waitFor(TIMEOUT);
});

scenario('soa: top management approves version 1, shown as approved', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, BOSS);
  await openSoa(page);
  await page.getByTestId('soa-version').locator('[data-state="in_review"]').waitFor(TIMEOUT);
  // Top management approves; it does not decide.
  assert.equal(await page.getByRole('button', { name: '改訂版を作成' }).count(), 0);
  await page.getByTestId('workflow').getByRole('button', { name: '承認', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /承認/ });
  await dialog.getByLabel(/^コメント/).fill('承認する');
  await dialog.getByTestId('workflow-confirm').click();
  await page.getByTestId('soa-version').locator('[data-state="published"]', { hasText: '承認済み(現行)' }).waitFor(TIMEOUT);
  await page.getByTestId('as-approved').waitFor(TIMEOUT);
  assert.match(await soaRow(page, 'A.5.1').innerText(), /適用/);
});

scenario('soa: the approved version downloads as PDF and Excel for the auditor', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, BOSS);
  await openSoa(page);
  await page.getByTestId('as-approved').waitFor(TIMEOUT);
  const fetchLink = (name) =>
    page.getByRole('link', { name }).getAttribute('href').then((href) =>
      page.evaluate(async (url) => {
        const response = await fetch(url);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return {
          url,
          status: response.status,
          disposition: response.headers.get('content-disposition') ?? '',
          head: String.fromCharCode(...bytes.slice(0, 5)),
        };
      }, href));
  const pdf = await fetchLink('PDFをダウンロード');
  assert.equal(pdf.status, 200);
  assert.match(pdf.url, /format=pdf&lang=ja&version=1$/);
  assert.match(pdf.disposition, /^attachment; .*\.pdf/);
  assert.equal(pdf.head, '%PDF-');
  const workbook = await fetchLink('Excelをダウンロード');
  assert.equal(workbook.status, 200);
  assert.match(workbook.disposition, /^attachment; .*\.xlsx/);
  assert.equal(workbook.head.slice(0, 2), 'PK');
});

scenario('soa: version 2 makes A.7.4 applicable, and the comparison shows the change', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, MANAGER);
  await openSoa(page);
  await page.getByRole('button', { name: '改訂版を作成' }).click();
  await page.getByText('第2版の作成を開始しました。').waitFor(TIMEOUT);
  await page.getByTestId('soa-version').getByRole('heading', { name: '第2版' }).waitFor(TIMEOUT);
  await page.getByLabel('A.7.4 の適用/除外', { exact: true }).selectOption('applicable');
  await page.getByText('A.7.4 を保存しました。').first().waitFor(TIMEOUT);
  await page.getByTestId('soa-blockers').getByText('A.7.4: 適用としていますが、実施する管理策がありません').waitFor(TIMEOUT);

  await page.getByRole('tab', { name: '比較' }).click();
  const diff = page.getByTestId('soa-diff');
  await diff.getByText('第1版から第2版への変更').waitFor(TIMEOUT);
  const change = diff.locator('tbody[data-control="A.7.4"] tr[data-field="applicability"]');
  await change.waitFor(TIMEOUT);
  assert.match(await change.innerText(), /適用\/除外\s+除外\(非適用\)\s+適用/);

  // Version 1 is still there, as approved.
  await page.getByRole('tab', { name: '管理策一覧' }).click();
  await page.getByLabel('表示する版').selectOption('1');
  await page.getByTestId('as-approved').waitFor(TIMEOUT);
  await page.getByTestId('soa-version').getByRole('heading', { name: '第1版' }).waitFor(TIMEOUT);
  assert.match(await soaRow(page, 'A.7.4').innerText(), /除外/);
});

scenario('soa in English: applied controls, the SoA and the comparison', { locale: 'en-US' }, async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, MANAGER, 'en');
  await openControls(page, { link: /^Applied controls/, heading: 'Applied controls', menu: 'Main menu' });
  const row = page.locator('tbody tr', { hasText: CONTROL.number });
  assert.match(await row.locator('[data-status="implemented"]').innerText(), /Implemented/);

  await openSoa(page, { link: /Statement of Applicability/, heading: 'Statement of Applicability', menu: 'Main menu' });
  await page.getByTestId('soa-version').getByRole('heading', { name: 'Version 2' }).waitFor(TIMEOUT);
  await page.locator('tbody[data-group="Physical"] th[scope="colgroup"]', { hasText: 'Physical controls' }).waitFor(TIMEOUT);
  assert.match(await soaRow(page, 'A.8.24').innerText(), /Use of cryptography/);
  await page.getByTestId('soa-blockers').getByText('A.7.4: applicable, but no applied control implements it').waitFor(TIMEOUT);

  await page.getByRole('tab', { name: 'Compare' }).click();
  const change = page.getByTestId('soa-diff').locator('tbody[data-control="A.7.4"] tr[data-field="applicability"]');
  await change.waitFor(TIMEOUT);
  assert.match(await change.innerText(), /Applicability\s+Not applicable\s+Applicable/);
});
