// The browser scenarios of traceability (6.1.3): from a row of the SoA, one click answers
// "why is A.8.13 applicable?" — the decision, the applied control with its evidence, the risk
// it treats and the asset; from the asset, its risks, their treatment and the controls, back
// to the control's trace; one pass in English. An organisation of its own, set up through the
// API as the ISMS manager would on the other screens.
import assert from 'node:assert/strict';
import { scenario } from './harness.mjs';
import { signInAs, callApi } from './session.mjs';

const TIMEOUT = { timeout: 10_000 };
const MANAGER = { email: 'trace-manager@example.com', name: '追跡 花子', password: 'trace manager password 1', roles: ['isms_manager'] };
let orgId = '';

async function ok(page, method, path, body) {
  const answer = await callApi(page, method, path, body);
  assert.ok(answer.status < 300, `${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

scenario('trace: set up an applied control with evidence and the risk it treats', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  orgId = (await ok(page, 'POST', '/api/v1/orgs', { name: 'トレース検証株式会社' })).id;
  const manager = await ok(page, 'POST', `/api/v1/orgs/${orgId}/members`, {
    email: MANAGER.email, display_name: MANAGER.name, password: MANAGER.password, roles: MANAGER.roles,
  });
  await callApi(page, 'POST', '/api/v1/auth/logout');
  await signInAs(page, baseUrl, MANAGER);
  const org = `/api/v1/orgs/${orgId}`;
  const asset = await ok(page, 'POST', `${org}/assets`, {
    number: 'I-101', name: '顧客名簿', category: 'information', owner_id: manager.user_id, confidentiality: 3, integrity: 2, availability: 2,
  });
  const control = await ok(page, 'POST', `${org}/applied-controls`, {
    number: 'C-101', title: '日次オフラインバックアップ', owner_id: manager.user_id, status: 'implemented', implemented_on: '2026-04-01',
    references: [{ control_id: 'A.8.13' }],
  });
  await ok(page, 'POST', `${org}/applied-controls/${control.id}/evidence`, {
    title: '復元テスト記録 2026年3月', link: 'https://wiki.example.com/backup/restore-2026-03', effective_on: '2026-03-31', expires_on: '2026-04-30',
  });
  const assessment = await ok(page, 'POST', `${org}/risk-assessments`, { title: '2026年度 リスクアセスメント', assessed_on: '2026-04-01' });
  await ok(page, 'POST', `${org}/risk-assessments/${assessment.id}/risks`, {
    asset_id: asset.id, threat_key: 'ransomware', vulnerability_key: 'no-backup', threat: 3, vulnerability: 3,
    treatment: 'modify', treatment_rationale: '日次のオフラインバックアップを取得する', applied_controls: [control.id],
  });
});

scenario('trace: why A.8.13 is in the SoA, in one click from its row, then the asset and back', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, MANAGER);
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: /適用宣言書/ }).click();
  await page.getByRole('heading', { level: 1, name: '適用宣言書' }).waitFor(TIMEOUT);
  await page.locator('tr[data-control="A.8.13"]').getByRole('link', { name: /A\.8\.13/ }).click();

  await page.getByRole('heading', { level: 1, name: 'A.8.13 情報のバックアップ: 採用の根拠' }).waitFor(TIMEOUT);
  assert.equal(new URL(page.url()).pathname, `/orgs/${orgId}/soa/controls/A.8.13`);
  await page.getByTestId('trace-why').getByText('リスク対応として採用: 1件のリスク(1件の資産)がこの管理策で対応されています。').waitFor(TIMEOUT);
  const control = page.locator('[data-control-number="C-101"]');
  assert.match(await control.innerText(), /日次オフラインバックアップ\s+実施済み/);
  const evidence = control.locator('[data-evidence="復元テスト記録 2026年3月"]');
  assert.equal(await evidence.getByRole('link').getAttribute('href'), 'https://wiki.example.com/backup/restore-2026-03');
  // Expired at the end of April: marked in words, not only in colour.
  assert.match(await evidence.innerText(), /期限切れ/);
  const risk = page.getByTestId('trace-risks').locator('tr[data-risk="R-1"]');
  assert.match(await risk.innerText(), /I-101 顧客名簿/);
  assert.match(await risk.innerText(), /低減/);
  assert.match(await risk.innerText(), /C-101 経由/);

  await page.getByTestId('trace-assets').getByRole('link', { name: /I-101/ }).click();
  await page.getByRole('heading', { level: 1, name: 'I-101 顧客名簿: リスクと管理策' }).waitFor(TIMEOUT);
  const assetRisk = page.getByTestId('trace-risks').locator('tr[data-risk="R-1"]');
  assert.match(await assetRisk.innerText(), /日次のオフラインバックアップを取得する/);
  await assetRisk.getByRole('link', { name: 'A.8.13' }).click();
  await page.getByRole('heading', { level: 1, name: /A\.8\.13 情報のバックアップ/ }).waitFor(TIMEOUT);
});

scenario('trace in English: the asset inventory leads to the asset’s risks and controls, then to the control', { locale: 'en-US' }, async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, MANAGER, 'en');
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: /Asset inventory/ }).click();
  await page.locator('tbody tr', { hasText: 'I-101' }).getByRole('button', { name: /^Edit/ }).click();
  await page.getByRole('dialog').getByTestId('asset-trace-link').click();
  await page.getByRole('heading', { level: 1, name: 'I-101 顧客名簿: risks and controls' }).waitFor(TIMEOUT);
  const risk = page.getByTestId('trace-risks').locator('tr[data-risk="R-1"]');
  assert.match(await risk.innerText(), /Modify/);
  assert.match(await page.locator('[data-control-number="C-101"]').innerText(), /Implemented/);
  await risk.getByRole('link', { name: 'A.8.13' }).click();
  await page.getByRole('heading', { level: 1, name: 'A.8.13 Information backup: why it is included' }).waitFor(TIMEOUT);
  await page.getByText('Included for risk treatment. Risks treated by this control: 1; assets concerned: 1.').waitFor(TIMEOUT);
  assert.match(await page.getByTestId('trace-risks').innerText(), /through C-101/);
  assert.match(await page.locator('[data-evidence]').innerText(), /Expired/);
});

scenario('trace org, SoA carry-over: the 2013 SoA from a CSV sheet decides the draft’s controls by the carry-over table', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, MANAGER);
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: /適用宣言書/ }).click();
  await page.getByRole('button', { name: '適用宣言書の作成を開始' }).click();
  await page.getByRole('button', { name: '2013年版から引き継ぐ' }).click();
  const dialog = page.getByRole('dialog', { name: '2013年版の適用宣言書から引き継ぐ' });
  const sheet = '管理策番号,適用/除外,採用理由,除外理由\r\nA.10.1.1,除外,,暗号を使わない\r\nA.10.1.2,○,鍵管理規程,\r\nA.11.1.6,×,,受渡場所を持たない\r\nA.5.1,○,,\r\n';
  await dialog.getByTestId('carry-over-file').setInputFiles({ name: 'soa-2013.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet, 'utf8') });
  await dialog.getByTestId('carry-over-problems').getByText('5行目: 「A.5.1」は2013年版の管理策番号ではありません。').waitFor(TIMEOUT);
  assert.match(await dialog.locator('tr[data-earlier="A.10.1.2"]').innerText(), /A\.10\.1\.2\s+適用\s+A\.8\.24/);
  await dialog.getByRole('button', { name: '3件を引き継ぐ' }).click();
  await page.getByText(/2件の管理策に決定を引き継ぎました。決定済みのため維持: 0件、要決定: 91件。/).waitFor(TIMEOUT);
  const cryptography = page.locator('tr[data-control="A.8.24"]');
  assert.equal(await cryptography.locator('select').inputValue(), 'applicable');
  assert.match(await cryptography.innerText(), /A\.10\.1\.2: 鍵管理規程/);
  const entry = page.locator('tr[data-control="A.7.2"]');
  assert.equal(await entry.locator('select').inputValue(), 'not_applicable');
  assert.match(await entry.innerText(), /A\.11\.1\.6: 受渡場所を持たない/);
});
