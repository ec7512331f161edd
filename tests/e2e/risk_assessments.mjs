// The browser scenarios of the risk assessment screens (6.1.2, 6.1.3, 8.2, 8.3): the ISMS
// manager starts an assessment, adds proposed risks for an asset owned by a risk owner,
// evaluates and treats one and sees the level and the heat map follow; the risk owner
// approves it; a later change makes the approval stale (要再承認) and submitting is refused
// with the reason; an employee has no menu entry; and one pass in English.
// The members and the asset are made through the API by the ISMS manager (the admin).
import assert from 'node:assert/strict';
import { scenario } from './harness.mjs';
import { signInAs, orgIdFrom, callApi } from './session.mjs';

const TIMEOUT = { timeout: 10_000 };
const OWNER = { email: 'risk-owner@example.com', name: 'リスク 太郎', password: 'risk owner password 1', roles: ['risk_owner'] };
const BOSS = { email: 'risk-boss@example.com', name: '経営 花子', password: 'top management password 1', roles: ['top_management'] };
const STAFF = { email: 'risk-staff@example.com', name: '一般 次郎', password: 'staff member password 1', roles: ['employee'] };
const ASSET = { number: 'RA-001', name: '受注データ' };
const TITLE = '2026年度 リスクアセスメント';

const nav = (page, name = 'メインメニュー') => page.getByRole('navigation', { name });
const row = (page, text) => page.locator('tbody tr', { hasText: text });

/** The members and the asset of these scenarios (once: the first scenario makes them). */
async function prepare(page, orgId) {
  const members = await callApi(page, 'GET', `/api/v1/orgs/${orgId}/members?limit=500`);
  const byEmail = new Map(members.body.items.map((member) => [member.email, member.user_id]));
  for (const person of [OWNER, BOSS, STAFF]) {
    if (byEmail.has(person.email)) continue;
    const added = await callApi(page, 'POST', `/api/v1/orgs/${orgId}/members`, {
      email: person.email,
      display_name: person.name,
      password: person.password,
      roles: person.roles,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    byEmail.set(person.email, added.body.user_id);
  }
  const assets = await callApi(page, 'GET', `/api/v1/orgs/${orgId}/assets?limit=500`);
  if (!assets.body.items.some((asset) => asset.number === ASSET.number)) {
    const added = await callApi(page, 'POST', `/api/v1/orgs/${orgId}/assets`, {
      ...ASSET,
      category: 'information',
      owner_id: byEmail.get(OWNER.email),
      confidentiality: 3,
      integrity: 2,
      availability: 2,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
  }
}

async function openAssessments(page, { link = /リスクアセスメント/, heading = 'リスクアセスメント', menu } = {}) {
  const entry = nav(page, menu).getByRole('link', { name: link });
  assert.match(await entry.innerText(), /6\.1\.2/);
  await entry.click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor(TIMEOUT);
}

async function openAssessment(page) {
  await openAssessments(page);
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor(TIMEOUT);
}

async function openRisk(page, label) {
  await page.getByRole('tab', { name: 'リスク登録簿' }).click();
  await page.getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${label} `) }).waitFor(TIMEOUT);
}

/** The inherent heat map's cell a risk is counted in: its position and count. */
async function highCell(page) {
  const map = page.getByTestId('heat-map-inherent');
  await map.waitFor(TIMEOUT);
  const cell = map.locator('button.cell[data-level="high"]:not([data-count="0"])').first();
  await cell.waitFor(TIMEOUT);
  return {
    locator: cell,
    row: await cell.getAttribute('data-row'),
    column: await cell.getAttribute('data-column'),
    count: Number(await cell.getAttribute('data-count')),
  };
}

scenario('risk assessment: start one, add proposed risks, evaluate and treat a risk', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  const orgId = orgIdFrom(page);
  await prepare(page, orgId);

  await openAssessments(page);
  await page.getByText('リスクアセスメントはまだありません。').waitFor(TIMEOUT);
  await page.getByRole('button', { name: '新しいリスクアセスメント' }).click();
  const dialog = page.getByRole('dialog', { name: '新しいリスクアセスメント' });
  await dialog.getByLabel(/^名称/).fill(TITLE);
  await dialog.getByLabel(/^実施日/).fill('2026-04-01');
  // The IPA method as shipped (another scenario may have made the organisation's own the default).
  await dialog.locator('select[name="method"]').selectOption('ipa@1');
  await page.getByRole('button', { name: '開始', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor(TIMEOUT);
  const summary = page.getByTestId('assessment-summary');
  await summary.getByText('実施中').waitFor(TIMEOUT);
  assert.equal(await summary.getByTestId('count-risks').innerText(), '0');

  // Proposals for the customer orders: the ransomware and the operator error on data without a backup.
  await page.getByRole('tab', { name: 'リスクを追加' }).click();
  await page.getByLabel('情報資産を選ぶ').selectOption({ label: `${ASSET.number} ${ASSET.name}` });
  const proposals = page.getByTestId('proposals');
  await proposals.waitFor(TIMEOUT);
  const boxes = proposals.getByRole('checkbox');
  for (let index = 0; index < (await boxes.count()); index++) await boxes.nth(index).uncheck();
  const ransomware = proposals.locator('tr[data-threat="ransomware"][data-vulnerability="no-backup"]');
  const mistake = proposals.locator('tr[data-threat="operator-error"][data-vulnerability="no-backup"]');
  await ransomware.getByRole('checkbox').check();
  await mistake.getByRole('checkbox').check();
  // C/I/A come from the asset; the threat and the vulnerability are rated here.
  assert.equal(await ransomware.locator('select[name^="confidentiality-"]').inputValue(), '3');
  await ransomware.locator('select[name^="threat-"]').selectOption('3');
  await ransomware.locator('select[name^="vulnerability-"]').selectOption('3');
  // People make mistakes, rarely, and the data is copied daily: 3 × 1 = 3, medium.
  await mistake.locator('select[name^="threat-"]').selectOption('1');
  await mistake.locator('select[name^="vulnerability-"]').selectOption('1');
  await page.getByRole('button', { name: '選んだリスクを追加(2件)' }).click();
  await page.getByText('2件のリスクを追加しました。').waitFor(TIMEOUT);
  await proposals.locator('tr[data-threat="ransomware"][data-vulnerability="no-backup"] [data-testid="assessed"]').waitFor(TIMEOUT);
  assert.equal(await summary.getByTestId('count-risks').innerText(), '2');

  // The register: the ransomware risk is high (3 × 3 = 9), shown with its name, not only its colour.
  await page.getByRole('tab', { name: 'リスク登録簿' }).click();
  const r1 = row(page, 'ランサムウェア');
  await r1.waitFor(TIMEOUT);
  assert.match(await r1.locator('[data-level="high"]').innerText(), /高\s*\(9\)/);
  assert.match(await r1.innerText(), /リスク 太郎/);
  assert.match(await r1.locator('[data-approval]').innerText(), /未承認/);

  // The heat map counts it; choosing its cell narrows the register to that cell.
  await page.getByRole('tab', { name: 'ヒートマップ' }).click();
  const before = await highCell(page);
  await before.locator.click();
  await page.getByTestId('cell-filter').waitFor(TIMEOUT);
  await r1.waitFor(TIMEOUT);
  await page.getByTestId('cell-filter').getByRole('button', { name: '解除' }).click();
  await page.getByTestId('cell-filter').waitFor({ state: 'detached', ...TIMEOUT });

  // Evaluate: the vulnerability is lower than first thought; the server rates it again.
  await r1.getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: /^R-\d+ RA-001 受注データ/ }).waitFor(TIMEOUT);
  const label = (await page.getByRole('heading', { level: 1 }).innerText()).split(' ')[0];
  const inherent = page.getByTestId('inherent-level');
  assert.match(await inherent.innerText(), /高\s*\(9\)/);
  const form = page.getByRole('form', { name: 'リスク', exact: true });
  await form.locator('select[name="vulnerability"]').selectOption('2');
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText(`「${label}」を更新しました。`).waitFor(TIMEOUT);
  await inherent.getByText(/\(6\)/).waitFor(TIMEOUT);

  // Treatment: modify with offline backups (8.13); residual vulnerability 1 → 3 × 1 = 3, medium.
  await form.locator('select[name="treatment"]').selectOption({ label: '低減' });
  await form.getByLabel(/^リスク対応の理由/).fill('日次のオフラインバックアップを取得する');
  await form.getByLabel(/^採用する管理策/).fill('8.13');
  await form.locator('select[name="residual_vulnerability"]').selectOption('1');
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByTestId('treatment').getByText('低減').waitFor(TIMEOUT);
  await page.getByTestId('residual-level').getByText(/中\s*\(3\)/).waitFor(TIMEOUT);
  // Only the risk owner approves it.
  const approval = page.getByTestId('owner-approval');
  await approval.getByText('リスク所有者(リスク 太郎)が承認します。').waitFor(TIMEOUT);
  assert.equal(await approval.getByRole('button', { name: 'リスク所有者として承認' }).count(), 0);

  // A treatment task with its due date, then done.
  const tasks = page.getByTestId('treatment-tasks');
  await tasks.getByRole('button', { name: '作業を追加' }).click();
  const taskDialog = page.getByRole('dialog', { name: '作業を追加' });
  await taskDialog.getByLabel(/^作業/).fill('オフラインバックアップ用NASの導入');
  await taskDialog.locator('select[name="owner_id"]').selectOption({ label: OWNER.name });
  await taskDialog.getByLabel(/^期限/).fill('2026-06-30');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  const task = tasks.locator('tbody tr', { hasText: 'オフラインバックアップ用NASの導入' });
  await task.waitFor(TIMEOUT);
  await task.getByLabel(/の状況$/).selectOption({ label: '完了' });
  await page.getByText('作業「オフラインバックアップ用NASの導入」を更新しました。').waitFor(TIMEOUT);

  // Back on the heat map the risk has left its first cell.
  await page.getByRole('link', { name: `← ${TITLE}` }).click();
  await page.getByRole('tab', { name: 'ヒートマップ' }).click();
  const moved = page.getByTestId('heat-map-inherent').locator(`button.cell[data-row="${before.row}"][data-column="${before.column}"]`);
  await page.waitForFunction(
    ({ row, column, count }) =>
      document.querySelector(`[data-testid="heat-map-inherent"] button.cell[data-row="${row}"][data-column="${column}"]`)?.getAttribute('data-count') === String(count),
    { row: before.row, column: before.column, count: before.count - 1 },
    TIMEOUT,
  );
  assert.equal(Number(await moved.getAttribute('data-count')), before.count - 1);
  // The residual map now counts it too.
  await page.getByTestId('heat-map-residual').locator('button.cell[data-level="medium"]:not([data-count="0"])').first().waitFor(TIMEOUT);
});

scenario('risk assessment: the risk owner approves the treatment and the residual risk', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, OWNER);
  await openAssessment(page);
  await openRisk(page, 'R-1');
  const approval = page.getByTestId('owner-approval');
  await approval.getByRole('button', { name: 'リスク所有者として承認' }).click();
  const dialog = page.getByRole('dialog', { name: /リスク対応計画と残留リスクの承認/ });
  await dialog.getByLabel(/^コメント/).fill('残留リスクを受容します');
  await dialog.getByRole('button', { name: 'リスク所有者として承認' }).click();
  await approval.locator('[data-approval="current"]').waitFor(TIMEOUT);
  await approval.getByText(/リスク 太郎 が .* に承認しました。/).waitFor(TIMEOUT);
  await approval.getByText('コメント: 残留リスクを受容します').waitFor(TIMEOUT);
  assert.equal(await approval.getByRole('button', { name: 'リスク所有者として承認' }).count(), 0);
});

scenario('risk assessment: a change after approval makes it stale, and submitting is refused', { allowConsole: /status of 409\b/ }, async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  await openAssessment(page);
  await openRisk(page, 'R-1');
  const form = page.getByRole('form', { name: 'リスク', exact: true });
  await form.getByLabel(/^既存の管理策/).fill('週次でNASに複製、月次で外部媒体に保管');
  await form.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByText('「R-1」を更新しました。').waitFor(TIMEOUT);
  const stale = page.getByTestId('stale-approval');
  await stale.getByText('承認後に変更されました — 再承認が必要です').waitFor(TIMEOUT);
  assert.match(await stale.innerText(), /既存の管理策/);
  await page.getByTestId('owner-approval').locator('[data-approval="stale"]', { hasText: '要再承認' }).waitFor(TIMEOUT);
  // The change is in the risk's history.
  await page.locator('.history ins', { hasText: '月次で外部媒体に保管' }).first().waitFor(TIMEOUT);

  // The register finds it among the stale approvals.
  await page.getByRole('link', { name: `← ${TITLE}` }).click();
  const filters = page.getByRole('form', { name: '絞り込み' });
  await filters.getByLabel('リスク所有者の承認').selectOption({ label: '要再承認' });
  await page.getByRole('button', { name: '絞り込む' }).click();
  await row(page, 'R-2').waitFor({ state: 'detached', ...TIMEOUT });
  await row(page, 'ランサムウェア').locator('[data-approval="stale"]').waitFor(TIMEOUT);
  assert.equal(await page.locator('tbody tr[data-key]').count(), 1);
  await page.getByTestId('count-stale').getByText('1').waitFor(TIMEOUT);

  // Not ready for review: the server's reason is shown in the dialog.
  await page.getByTestId('workflow').getByRole('button', { name: '承認を依頼' }).click();
  const dialog = page.getByRole('dialog', { name: /承認を依頼/ });
  await dialog.getByTestId('workflow-confirm').click();
  const refusal = dialog.getByTestId('workflow-error');
  await refusal.waitFor(TIMEOUT);
  assert.match(await refusal.innerText(), /まだ承認を依頼できません。/);
  assert.match(await refusal.innerText(), /not ready/);
  assert.match(await refusal.innerText(), /リスク所有者が承認していないリスクが 1 件あります。/);
  assert.match(await refusal.innerText(), /承認後に変更され、再承認が必要なリスクが 1 件あります。/);
  await dialog.getByRole('button', { name: 'キャンセル' }).click();
});

scenario('risk assessment: employees have no risk assessment in their menu', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, STAFF);
  await nav(page).getByRole('link', { name: /情報資産台帳/ }).waitFor(TIMEOUT);
  assert.equal(await nav(page).getByRole('link', { name: /リスクアセスメント/ }).count(), 0);
});

scenario('risk assessment in English: the register, the heat map and a stale approval', { locale: 'en-US' }, async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin, 'en');
  await openAssessments(page, { link: /Risk assessment/, heading: 'Risk assessments', menu: 'Main menu' });
  const listed = row(page, TITLE);
  await listed.getByText('In progress').waitFor(TIMEOUT);
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor(TIMEOUT);
  assert.equal(await page.getByTestId('count-stale').innerText(), '1');

  const r1 = row(page, 'R-1');
  await r1.locator('[data-approval="stale"]', { hasText: 'Needs re-approval' }).waitFor(TIMEOUT);
  assert.match(await r1.locator('[data-level]').first().innerText(), /High\s*\(6\)/);
  assert.match(await r1.innerText(), /Modify/);

  await page.getByRole('tab', { name: 'Heat map' }).click();
  await page.getByTestId('heat-map-inherent').getByText('Before treatment').waitFor(TIMEOUT);
  await page.getByTestId('heat-map-residual').getByText('Residual risk (after treatment)').waitFor(TIMEOUT);

  await page.getByRole('tab', { name: 'Risk register' }).click();
  // The register as a spreadsheet, written by the server in English.
  const href = await page.getByRole('link', { name: 'Export to Excel' }).getAttribute('href');
  assert.match(href ?? '', /\/export\?format=xlsx&lang=en$/);
  const workbook = await page.evaluate(async (url) => {
    const response = await fetch(url);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, disposition: response.headers.get('content-disposition'), zip: bytes[0] === 0x50 && bytes[1] === 0x4b };
  }, href);
  assert.equal(workbook.status, 200);
  assert.match(workbook.disposition ?? '', /^attachment; .*\.xlsx/);
  assert.ok(workbook.zip, 'an xlsx file');
  await page.getByRole('link', { name: 'R-1', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^R-1 / }).waitFor(TIMEOUT);
  await page.getByTestId('stale-approval').getByText('Changed after approval — needs re-approval').waitFor(TIMEOUT);
  const task = page.getByTestId('treatment-tasks').locator('tbody tr', { hasText: 'オフラインバックアップ用NASの導入' });
  assert.equal(await task.getByLabel(/^Status of /).inputValue(), 'done');
});

scenario('risk assessment: approved again by the risk owner, submitted, and approved by top management', async ({ page, baseUrl }) => {
  // The risk owner signs both risks again (R-2 for the first time).
  await signInAs(page, baseUrl, OWNER);
  await openAssessment(page);
  for (const label of ['R-1', 'R-2']) {
    await openRisk(page, label);
    const approval = page.getByTestId('owner-approval');
    await approval.getByRole('button', { name: 'リスク所有者として承認' }).click();
    await page.getByRole('dialog', { name: /リスク対応計画と残留リスクの承認/ }).getByRole('button', { name: 'リスク所有者として承認' }).click();
    await approval.locator('[data-approval="current"]').waitFor(TIMEOUT);
    await page.getByRole('link', { name: `← ${TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor(TIMEOUT);
  }
  await page.getByTestId('count-approved').getByText('2').waitFor(TIMEOUT);
  // Risk owners submit, but do not approve the results.
  await page.getByTestId('workflow').getByRole('button', { name: '承認を依頼' }).click();
  await page.getByRole('dialog', { name: /承認を依頼/ }).getByTestId('workflow-confirm').click();
  await page.getByText('承認を依頼しました。').waitFor(TIMEOUT);
  await page.getByTestId('assessment-summary').getByText('承認待ち').waitFor(TIMEOUT);
  assert.equal(await page.getByTestId('workflow').count(), 0);
  await page.getByText('リスクアセスメントの結果はトップマネジメントが承認します。').waitFor(TIMEOUT);

  // Top management approves.
  await page.context().clearCookies();
  await signInAs(page, baseUrl, BOSS);
  await openAssessment(page);
  await page.getByTestId('workflow').getByRole('button', { name: '承認', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^承認:/ });
  await dialog.getByLabel(/^コメント/).fill('承認する');
  await dialog.getByTestId('workflow-confirm').click();
  await page.getByText('承認しました。').waitFor(TIMEOUT);
  await page.getByTestId('assessment-summary').getByText('承認済み(現行)').waitFor(TIMEOUT);
  await page.getByRole('tab', { name: '承認の経緯' }).click();
  await page.getByText('承認する').waitFor(TIMEOUT);
});

scenario('risk assessment: the approved one is read-only, next year’s carries it forward and compares', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  await openAssessment(page);
  await page.getByText('このリスクアセスメントは「承認済み(現行)」のため、リスクは変更できません(リスク対応の作業は記録できます)。').waitFor(TIMEOUT);
  assert.equal(await page.getByRole('tab', { name: 'リスクを追加' }).count(), 0);
  await openRisk(page, 'R-1');
  const form = page.getByRole('form', { name: 'リスク', exact: true });
  assert.ok(await form.locator('select[name="vulnerability"]').isDisabled(), 'the risk is read-only');
  assert.equal(await form.getByRole('button', { name: '保存', exact: true }).count(), 0);
  // Treatment goes on after approval.
  const tasks = page.getByTestId('treatment-tasks');
  await tasks.getByRole('button', { name: '作業を追加' }).click();
  await page.getByRole('dialog', { name: '作業を追加' }).getByLabel(/^作業/).fill('復元テストの実施');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await tasks.locator('tbody tr', { hasText: '復元テストの実施' }).waitFor(TIMEOUT);

  // Next year's assessment starts from this one (proposed by default).
  await openAssessments(page);
  await page.getByRole('button', { name: '新しいリスクアセスメント' }).click();
  const dialog = page.getByRole('dialog', { name: '新しいリスクアセスメント' });
  await dialog.getByLabel(/^名称/).fill('2027年度 リスクアセスメント');
  await dialog.getByLabel(/^実施日/).fill('2027-04-01');
  await dialog.locator('select[name="method"]').selectOption('ipa@1');
  assert.match(await dialog.locator('select[name="copy_from"] option:checked').innerText(), new RegExp(TITLE));
  await page.getByRole('button', { name: '開始', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '2027年度 リスクアセスメント' }).waitFor(TIMEOUT);
  assert.equal(await page.getByTestId('count-risks').innerText(), '2');
  assert.equal(await page.getByTestId('count-unapproved').innerText(), '2');
  await page.getByRole('link', { name: TITLE }).waitFor(TIMEOUT);
  await page.getByRole('button', { name: '編集', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'リスクアセスメント「2027年度 リスクアセスメント」' });
  await edit.getByLabel(/^備考/).fill('クラウド移行後の見直し');
  await edit.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByTestId('assessment-summary').getByText('クラウド移行後の見直し').waitFor(TIMEOUT);

  // A risk of our own: the orders exported by hand to a personal laptop.
  await page.getByRole('tab', { name: 'リスクを追加' }).click();
  await page.getByLabel('情報資産を選ぶ').selectOption({ label: `${ASSET.number} ${ASSET.name}` });
  const custom = page.getByRole('form', { name: '独自のリスクを追加' });
  await custom.locator('input[name="threat_name"]').fill('私物PCへの持出し');
  await custom.locator('input[name="vulnerability_name"]').fill('持出し手順がない');
  await custom.getByRole('checkbox', { name: '可用性' }).uncheck();
  await custom.locator('select[name="custom_threat"]').selectOption('2');
  await custom.getByRole('button', { name: 'リスクを追加', exact: true }).click();
  await page.getByText('「R-3」を追加しました。').waitFor(TIMEOUT);
  assert.equal(await page.getByTestId('count-risks').innerText(), '3');
  await page.getByRole('tab', { name: 'リスク登録簿' }).click();
  await row(page, '私物PCへの持出し').waitFor(TIMEOUT);

  // Backups improved: the ransomware risk moves down a level.
  await page.getByRole('link', { name: 'R-1', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^R-1 / }).waitFor(TIMEOUT);
  const next = page.getByRole('form', { name: 'リスク', exact: true });
  await next.locator('select[name="vulnerability"]').selectOption('1');
  await next.getByRole('button', { name: '保存', exact: true }).click();
  await page.getByTestId('inherent-level').getByText(/中\s*\(3\)/).waitFor(TIMEOUT);
  await page.getByRole('link', { name: '← 2027年度 リスクアセスメント' }).click();
  await page.getByRole('tab', { name: '前回との比較' }).click();
  const moved = page.getByTestId('comparison-moved');
  await moved.getByText(/ランサムウェア/).waitFor(TIMEOUT);
  assert.match(await moved.innerText(), /低下/);
  assert.match(await page.getByTestId('comparison-summary').innerText(), /下がった 1件/);
  await page.getByTestId('comparison-appeared').getByText(/私物PCへの持出し/).waitFor(TIMEOUT);
  assert.match(await page.getByTestId('comparison-summary').innerText(), /新たなリスク 1件/);
});
