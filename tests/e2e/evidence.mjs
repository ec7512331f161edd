// The browser scenarios of the evidence (証跡) of applied controls: the ISMS manager opens an
// applied control on the register, adds a PDF as evidence (a file that is not what its name
// says is refused at the file field first), sees it listed and downloads it, adds a second
// version as a link and reads the version history; evidence that expired (as the demo's
// March restore test has) is marked 期限切れ in words; an internal auditor reads and downloads
// but adds nothing; one pass in English. Everything happens in an organisation of its own.
import assert from 'node:assert/strict';
import { scenario } from './harness.mjs';
import { signInAs, orgIdFrom, callApi } from './session.mjs';

const TIMEOUT = { timeout: 10_000 };
const ORG = '証跡検証株式会社';
const MANAGER = { email: 'evidence-manager@example.com', name: '管理 三郎', password: 'evidence manager password 1', roles: ['isms_manager'] };
const AUDITOR = { email: 'evidence-auditor@example.com', name: '監査 四郎', password: 'evidence auditor password 1', roles: ['internal_auditor'] };
const CONTROL = { number: 'EV-C-005', title: 'バックアップと復元テスト' };
const EXPIRED = 'バックアップ復旧テスト結果 2025年上期';
const REPORT = '脆弱性診断報告書';

// A small PDF a reader opens: one page, one line of text.
function smallPdf(text) {
  const content = `BT /F1 14 Tf 56 780 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = out.length;
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function openControl(page, { link = /^管理策/, heading = '管理策の実施', menu = 'メインメニュー', button = '編集', dialogName } = {}) {
  await page.getByRole('navigation', { name: menu }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor(TIMEOUT);
  const row = page.locator('tbody tr', { hasText: CONTROL.number });
  await row.getByRole('button', { name: new RegExp(`^${button}`) }).click();
  const dialog = page.getByRole('dialog', { name: dialogName ?? `${CONTROL.number} ${CONTROL.title} の編集` });
  await dialog.waitFor(TIMEOUT);
  const panel = dialog.getByTestId('evidence');
  await panel.waitFor(TIMEOUT);
  return { dialog, panel };
}

const evidenceRow = (panel, title) => panel.locator('tbody[data-evidence]', { hasText: title });

/** Fetches a link's address with the page's session: status, disposition and first bytes. */
const fetchHref = (page, href) =>
  page.evaluate(async (url) => {
    const response = await fetch(url);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      disposition: response.headers.get('content-disposition') ?? '',
      type: response.headers.get('content-type') ?? '',
      head: String.fromCharCode(...bytes.slice(0, 5)),
    };
  }, href);

scenario('evidence: setup — an organisation, its ISMS manager and auditor, a control with expired evidence', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  const created = await callApi(page, 'POST', '/api/v1/orgs', { name: ORG });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const orgId = created.body.id;
  const ids = {};
  for (const person of [MANAGER, AUDITOR]) {
    const added = await callApi(page, 'POST', `/api/v1/orgs/${orgId}/members`, {
      email: person.email,
      display_name: person.name,
      password: person.password,
      roles: person.roles,
    });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    ids[person.email] = added.body.user_id;
  }
  await callApi(page, 'POST', '/api/v1/auth/logout');

  // The manager keeps the control; last year's restore test (as in the demo) has expired.
  await signInAs(page, baseUrl, MANAGER);
  const control = await callApi(page, 'POST', `/api/v1/orgs/${orgId}/applied-controls`, {
    number: CONTROL.number,
    title: CONTROL.title,
    owner_id: ids[MANAGER.email],
    status: 'implemented',
    implemented_on: '2025-04-01',
    references: [{ control_id: 'A.8.13' }],
  });
  assert.equal(control.status, 201, JSON.stringify(control.body));
  const expired = await callApi(page, 'POST', `/api/v1/orgs/${orgId}/applied-controls/${control.body.id}/evidence`, {
    title: EXPIRED,
    owner_id: ids[MANAGER.email],
    link: 'https://wiki.example.com/backup/restore-2025-03',
    effective_on: '2025-03-28',
    expires_on: '2025-09-30',
  });
  assert.equal(expired.status, 201, JSON.stringify(expired.body));
  assert.equal(expired.body.stale, true);
});

scenario(
  'evidence: the manager adds a PDF, sees it listed and downloads it; a mislabelled file is refused at its field',
  { allowConsole: /status of 400\b/ },
  async ({ page, baseUrl }) => {
    await signInAs(page, baseUrl, MANAGER);
    const { panel } = await openControl(page);

    // The demo-like expired evidence is marked in words, not only in colour.
    const expired = evidenceRow(panel, EXPIRED);
    await expired.waitFor(TIMEOUT);
    const marker = expired.locator('[data-stale="true"]');
    assert.equal((await marker.innerText()).trim(), '期限切れ');
    assert.match(await panel.getByRole('heading', { name: /^証跡/ }).innerText(), /1 件\(期限切れ 1 件\)/);
    assert.equal(await expired.getByRole('link', { name: /リンクを開く/ }).getAttribute('href'), 'https://wiki.example.com/backup/restore-2025-03');

    await panel.getByRole('button', { name: '証跡を追加' }).click();
    const form = panel.getByTestId('evidence-form');
    // Nothing filled in: every problem at its field.
    await form.getByRole('button', { name: '追加', exact: true }).click();
    await form.getByText('名称を入力してください。').waitFor(TIMEOUT);
    await form.getByText('ファイルを選んでください。').waitFor(TIMEOUT);
    await form.getByText('有効日を入力してください。').waitFor(TIMEOUT);

    await form.getByLabel(/^名称/).fill(REPORT);
    await form.getByLabel(/^有効日/).fill('2026-06-12');
    await form.getByLabel(/^有効期限/).fill('2027-06-11');
    await form.getByLabel(/^備考/).fill('外部診断会社による年次診断');

    // A program named .pdf: the server refuses it, and says so at the file field.
    await form.getByLabel(/^ファイル/).setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ this is a program') });
    await form.getByRole('button', { name: '追加', exact: true }).click();
    const fileError = form.locator('[data-field-error="file"]');
    await fileError.waitFor(TIMEOUT);
    assert.match(await fileError.innerText(), /PDF、Word、Excel、PNG、JPEG のいずれでもない/);

    await form.getByLabel(/^ファイル/).setInputFiles({ name: '脆弱性診断報告書2026.pdf', mimeType: 'application/pdf', buffer: smallPdf('Vulnerability assessment 2026') });
    await form.getByRole('button', { name: '追加', exact: true }).click();
    await page.getByText(`証跡「${REPORT}」を追加しました。`).waitFor(TIMEOUT);
    assert.equal(await panel.getByTestId('evidence-form').count(), 0);

    const row = evidenceRow(panel, REPORT);
    await row.waitFor(TIMEOUT);
    const text = await row.innerText();
    assert.match(text, /管理 三郎/);
    assert.match(text, /2026-06-12/);
    assert.match(text, /2027-06-11/);
    assert.match(text, /1 版/);
    assert.equal(await row.locator('[data-stale]').count(), 0);

    // The download is the PDF, as an attachment.
    const download = row.getByRole('link', { name: `${REPORT} 第1版のファイルをダウンロード` });
    const file = await fetchHref(page, await download.getAttribute('href'));
    assert.equal(file.status, 200);
    assert.match(file.disposition, /^attachment; .*\.pdf/);
    assert.match(file.type, /application\/pdf/);
    assert.equal(file.head, '%PDF-');
    // And the browser saves it when the link is clicked.
    const [saved] = await Promise.all([page.waitForEvent('download', TIMEOUT), download.click()]);
    assert.match(saved.suggestedFilename(), /\.pdf$/);
  },
);

scenario('evidence: a new version (a link) is added and the version history lists both', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, MANAGER);
  const { panel } = await openControl(page);
  const row = evidenceRow(panel, REPORT);
  await row.getByRole('button', { name: new RegExp(`^新しい版を追加\\s*: ${REPORT}$`) }).click();
  const form = panel.getByTestId('evidence-form');
  await form.getByRole('heading', { name: `「${REPORT}」の新しい版` }).waitFor(TIMEOUT);
  assert.equal(await form.getByLabel(/^名称/).count(), 0);
  await form.getByLabel('リンク', { exact: true }).check();
  await form.getByLabel(/^リンク\(URL\)/).fill('https://tickets.example.com/SEC-120');
  await form.getByLabel(/^有効日/).fill('2026-07-15');
  await form.getByLabel(/^備考/).fill('指摘事項の是正を再診断で確認');
  await form.getByRole('button', { name: '追加', exact: true }).click();
  await page.getByText(`「${REPORT}」の第2版を追加しました。`).waitFor(TIMEOUT);

  assert.match(await row.innerText(), /2 版/);
  assert.match(await row.innerText(), /2026-07-15/);
  assert.match(await row.innerText(), /期限なし/);
  // The history opened after the addition, newest first; version 1's file is still there.
  const history = row.getByTestId('evidence-history');
  await history.waitFor(TIMEOUT);
  const versions = await history.locator('li[data-version]').evaluateAll((items) => items.map((item) => item.dataset.version));
  assert.deepEqual(versions, ['2', '1']);
  const second = history.locator('li[data-version="2"]');
  assert.match(await second.innerText(), /第2版[\s\S]*最新[\s\S]*リンク[\s\S]*2026-07-15/);
  assert.equal(await second.getByRole('link', { name: /リンクを開く/ }).getAttribute('href'), 'https://tickets.example.com/SEC-120');
  const first = history.locator('li[data-version="1"]');
  assert.match(await first.innerText(), /第1版[\s\S]*ファイル[\s\S]*2026-06-12[\s\S]*2027-06-11/);
  const old = await fetchHref(page, await first.getByRole('link', { name: /ダウンロード/ }).getAttribute('href'));
  assert.equal(old.status, 200);
  assert.equal(old.head, '%PDF-');

  // The history closes again.
  await row.getByRole('button', { name: new RegExp(`^版の履歴を閉じる\\s*: ${REPORT}$`) }).click();
  assert.equal(await row.getByTestId('evidence-history').count(), 0);
});

scenario('evidence: an internal auditor reads and downloads evidence but adds none', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, AUDITOR);
  const { panel } = await openControl(page, { button: '表示' });
  const row = evidenceRow(panel, REPORT);
  await row.waitFor(TIMEOUT);
  assert.equal(await panel.getByRole('button', { name: '証跡を追加' }).count(), 0);
  assert.equal(await panel.getByRole('button', { name: /新しい版を追加/ }).count(), 0);
  await row.getByRole('button', { name: new RegExp(`^版の履歴\\s*: ${REPORT}$`) }).click();
  const first = row.getByTestId('evidence-history').locator('li[data-version="1"]');
  const file = await fetchHref(page, await first.getByRole('link', { name: /ダウンロード/ }).getAttribute('href'));
  assert.equal(file.status, 200);
  assert.equal((await evidenceRow(panel, EXPIRED).locator('[data-stale="true"]').innerText()).trim(), '期限切れ');
});

scenario('evidence in English: the expired marker, versions and the add form', { locale: 'en-US' }, async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, MANAGER, 'en');
  const { panel } = await openControl(page, {
    link: /^Applied controls/,
    heading: 'Applied controls',
    menu: 'Main menu',
    button: 'Edit',
    dialogName: `Edit ${CONTROL.number} ${CONTROL.title}`,
  });
  await panel.getByRole('heading', { name: /^Evidence/ }).waitFor(TIMEOUT);
  const expired = evidenceRow(panel, EXPIRED);
  assert.equal((await expired.locator('[data-stale="true"]').innerText()).trim(), 'Expired');
  const report = evidenceRow(panel, REPORT);
  assert.match(await report.innerText(), /2026-07-15\s+No expiry\s+2\s/);
  await report.getByRole('button', { name: /^Version history\s*: / }).click();
  assert.match(await report.getByTestId('evidence-history').locator('li[data-version="1"]').innerText(), /Version 1[\s\S]*File[\s\S]*Effective date: 2026-06-12/);
  await panel.getByRole('button', { name: 'Add evidence' }).click();
  const form = panel.getByTestId('evidence-form');
  await form.getByLabel('Link', { exact: true }).check();
  await form.getByLabel(/^Link \(URL\)/).fill('ftp://example.com/x');
  await form.getByLabel(/^Title/).fill('Restore test');
  await form.getByLabel(/^Effective date/).fill('2026-03-31');
  await form.getByLabel(/^Expires on/).fill('2026-03-01');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await form.getByText('Enter an address starting with http:// or https://.').waitFor(TIMEOUT);
  await form.getByText('The expiry date cannot be before the effective date.').waitFor(TIMEOUT);
  await form.getByRole('button', { name: 'Cancel' }).click();
});
