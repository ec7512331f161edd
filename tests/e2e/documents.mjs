// The browser scenarios of issue 4's second half: documented information (7.5), the policy's
// approval and acknowledgement (5.2, 7.3), the stage 1 checklist and separation of duties.
// They run after scenarios.mjs, in order, each in a fresh browser profile.
import assert from 'node:assert/strict';
import { scenario } from './harness.mjs';

const TIMEOUT = { timeout: 10_000 };

const TOP = { email: 'top@example.com', name: '山田 社長', password: 'top management password 1' };
const EMPLOYEE = { email: 'tanaka@example.com', name: '田中 一郎', password: 'employee password 1' };
const POLICY = { number: 'ISMS-POL-001', title: '情報セキュリティ方針' };
const RULE = { number: 'ISMS-RUL-010', title: 'クリアデスク規程' };

async function signInAs(page, baseUrl, person, path = '/') {
  await page.goto(baseUrl + path);
  await page.waitForURL(/\/login\?next=/, TIMEOUT);
  await page.getByLabel('メールアドレス').fill(person.email);
  await page.getByLabel('パスワード').fill(person.password);
  await page.getByRole('button', { name: 'サインイン', exact: true }).click();
  if (path === '/') await page.waitForURL(/\/orgs\/[^/]+\/settings$/, TIMEOUT);
  else await page.waitForURL((url) => url.pathname === path, TIMEOUT);
}

const nav = (page) => page.getByRole('navigation', { name: 'メインメニュー' });

async function expectHeading(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor(TIMEOUT);
}

async function openDocument(page, number) {
  await nav(page).getByRole('link', { name: /文書管理/ }).click();
  await expectHeading(page, '文書管理台帳');
  await page.locator('tbody tr', { hasText: number }).getByRole('link', { name: number }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(number) }).waitFor(TIMEOUT);
}

/** The stage 1 checklist row of a clause, once its state reads `state`. */
async function expectMapState(page, clause, state) {
  await nav(page).getByRole('link', { name: /文書化した情報の一覧/ }).click();
  await expectHeading(page, '文書化した情報の一覧');
  await page.locator(`tbody tr[data-key="${clause}"] [data-state="${state}"]`).waitFor(TIMEOUT);
}

/** Runs a workflow button of the selected version and confirms its dialog. */
async function transition(page, label, { comment } = {}) {
  await page.getByTestId('workflow').getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^${label}`) });
  await dialog.waitFor(TIMEOUT);
  if (comment) await dialog.getByLabel(/^コメント/).fill(comment);
  return dialog;
}

scenario('documents: add top management and an employee', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  await page.getByRole('link', { name: /メンバーと役割/ }).click();
  await expectHeading(page, 'メンバーと役割');
  for (const [person, role] of [[TOP, 'トップマネジメント'], [EMPLOYEE, '社員']]) {
    await page.getByRole('button', { name: 'メンバーを追加' }).click();
    const dialog = page.getByRole('dialog', { name: 'メンバーを追加(招待)' });
    await dialog.getByLabel('メールアドレス').fill(person.email);
    await dialog.getByLabel('表示名').fill(person.name);
    await dialog.getByLabel('初期パスワード').fill(person.password);
    await dialog.getByLabel(role).check();
    await page.getByRole('button', { name: '追加', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', ...TIMEOUT });
    await page.locator('tbody tr', { hasText: person.email }).waitFor(TIMEOUT);
  }
});

scenario('write the information security policy from the template and submit it', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  // Nothing provides 5.2 yet.
  await expectMapState(page, '5.2', 'missing');

  await nav(page).getByRole('link', { name: /文書管理/ }).click();
  await expectHeading(page, '文書管理台帳');
  await page.getByRole('button', { name: '文書を登録' }).click();
  const dialog = page.getByRole('dialog', { name: '文書を登録' });
  const template = dialog.getByLabel('ひな形', { exact: true });
  await template.locator('option', { hasText: '情報セキュリティ方針' }).waitFor({ state: 'attached', ...TIMEOUT });
  await template.selectOption({ label: '情報セキュリティ方針' });
  // The template sets the title and the type.
  assert.equal(await dialog.getByLabel(/^文書名/).inputValue(), POLICY.title);
  assert.equal(await dialog.getByLabel(/^種類/).inputValue(), 'policy');
  // The number is required, and checked next to its field.
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await dialog.locator('[data-field-error="number"]').waitFor(TIMEOUT);
  await dialog.getByLabel(/^文書番号/).fill(POLICY.number);
  await page.getByRole('button', { name: '追加', exact: true }).click();

  // The document's page: version 1, a draft with the template's text.
  await page.getByRole('heading', { level: 1, name: `${POLICY.number} ${POLICY.title}` }).waitFor(TIMEOUT);
  const version = page.getByTestId('version');
  await version.locator('[data-state="draft"]').first().waitFor(TIMEOUT);
  const body = version.getByLabel(/^本文/);
  assert.match(await body.inputValue(), /情報セキュリティ/);
  await body.fill(`${await body.inputValue()}\n\n## 附則\n\n- 本方針は2026年4月1日から施行する。\n`);
  await version.getByLabel(/^改訂内容/).fill('初版');
  await version.getByRole('button', { name: '下書きを保存' }).click();
  await page.getByText('下書きを保存しました。').waitFor(TIMEOUT);
  // The preview is the server's rendering of what was saved.
  await version.getByTestId('preview').locator('h2', { hasText: '附則' }).waitFor(TIMEOUT);
  await version.getByTestId('preview').locator('li', { hasText: '本方針は2026年4月1日から施行する。' }).waitFor(TIMEOUT);

  // The ISMS manager submits; the policy's approval is top management's.
  const submit = await transition(page, 'レビュー依頼', { comment: 'トップマネジメントの承認をお願いします' });
  await submit.getByTestId('workflow-confirm').click();
  await submit.waitFor({ state: 'hidden', ...TIMEOUT });
  await version.locator('.version-head [data-state="in_review"]').waitFor(TIMEOUT);
  await version.getByText('情報セキュリティ方針の承認はトップマネジメントが行います。').waitFor(TIMEOUT);
  assert.equal(await page.getByTestId('workflow').getByRole('button', { name: '承認' }).count(), 0);
  await version.locator('li[data-action="submit"]', { hasText: 'トップマネジメントの承認をお願いします' }).waitFor(TIMEOUT);

  await expectMapState(page, '5.2', 'draft');
});

scenario('top management approves the policy; the stage 1 checklist shows 5.2 approved', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, TOP);
  await openDocument(page, POLICY.number);
  const version = page.getByTestId('version');
  await version.locator('.version-head [data-state="in_review"]').waitFor(TIMEOUT);
  const approve = await transition(page, '承認', { comment: '承認します' });
  await approve.getByTestId('workflow-confirm').click();
  await approve.waitFor({ state: 'hidden', ...TIMEOUT });
  await version.locator('.version-head [data-state="approved"]').waitFor(TIMEOUT);
  await version.locator('li[data-action="approve"]', { hasText: TOP.name }).waitFor(TIMEOUT);
  // Top management approves but does not publish.
  assert.equal(await page.getByTestId('workflow').getByRole('button', { name: '発行' }).count(), 0);

  await expectMapState(page, '5.2', 'approved');
  const providers = page.locator('tbody tr[data-key="5.2"]').getByRole('link', { name: new RegExp(POLICY.number) });
  await providers.waitFor(TIMEOUT);
});

scenario('the ISMS manager publishes the policy and asks employees to acknowledge it', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  await openDocument(page, POLICY.number);
  const publish = await transition(page, '発行');
  const employees = publish.getByRole('checkbox', { name: '社員' });
  assert.equal(await employees.isChecked(), true, 'employees are asked by default');
  await publish.getByTestId('workflow-confirm').click();
  await publish.waitFor({ state: 'hidden', ...TIMEOUT });
  await page.getByTestId('version').locator('.version-head [data-state="published"]').waitFor(TIMEOUT);
  const status = page.getByTestId('ack-status');
  await status.getByTestId('ack-waiting').getByText(EMPLOYEE.name).waitFor(TIMEOUT);
  assert.match(await status.getByTestId('ack-progress').innerText(), /名中 0 名が確認済み/);
});

scenario('an employee reads and acknowledges the policy', async ({ page, baseUrl }) => {
  await signInAs(page, baseUrl, EMPLOYEE);
  const link = nav(page).getByRole('link', { name: /要確認の文書/ });
  await nav(page).getByTestId('nav-badge-acknowledgements').filter({ hasText: '1' }).waitFor(TIMEOUT);
  // The register shows an employee the published policy, and its page says it awaits them.
  await openDocument(page, POLICY.number);
  await page.getByTestId('ack-request').waitFor(TIMEOUT);
  assert.equal(await page.getByRole('button', { name: '改訂版を作成' }).count(), 0);
  await link.click();
  await expectHeading(page, '要確認の文書');
  const entry = page.locator('tbody tr', { hasText: POLICY.number });
  await entry.getByRole('button', { name: /読む/ }).click();
  const reader = page.getByTestId('reader');
  await reader.locator('.prose li', { hasText: '本方針は2026年4月1日から施行する。' }).waitFor(TIMEOUT);
  await reader.getByRole('button', { name: '確認しました' }).click();
  await page.getByText(`「${POLICY.title}」の確認を記録しました。`).waitFor(TIMEOUT);
  await page.getByText('確認が必要な文書はありません。').waitFor(TIMEOUT);
  await nav(page).getByTestId('nav-badge-acknowledgements').waitFor({ state: 'detached', ...TIMEOUT });
});

scenario('the ISMS manager sees who has acknowledged the policy', async ({ page, baseUrl, admin }) => {
  await signInAs(page, baseUrl, admin);
  await nav(page).getByRole('link', { name: /文書管理/ }).click();
  await expectHeading(page, '文書管理台帳');
  // The register's acknowledgement column (percent and acknowledged/requested).
  await page.locator('tbody tr', { hasText: POLICY.number }).getByText(/%\s*\(1\/\d+\)/).waitFor(TIMEOUT);
  await openDocument(page, POLICY.number);
  const status = page.getByTestId('ack-status');
  await status.getByTestId('ack-done').getByText(EMPLOYEE.name).waitFor(TIMEOUT);
  assert.match(await status.getByTestId('ack-progress').innerText(), /名中 1 名が確認済み/);
  await status.locator('figure.chart canvas').waitFor(TIMEOUT);
});

scenario('a rule with an attachment checked by content; separation of duties: the author cannot approve it until top management switches it off', { allowConsole: /status of (400|403|415)\b/ }, async ({ page, baseUrl, admin, browser }) => {
  await signInAs(page, baseUrl, admin);
  await nav(page).getByRole('link', { name: /文書管理/ }).click();
  await page.getByRole('button', { name: '文書を登録' }).click();
  const dialog = page.getByRole('dialog', { name: '文書を登録' });
  await dialog.getByLabel(/^文書番号/).fill(RULE.number);
  await dialog.getByLabel(/^文書名/).fill(RULE.title);
  await dialog.getByLabel(/^種類/).selectOption('rule');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: `${RULE.number} ${RULE.title}` }).waitFor(TIMEOUT);
  const version = page.getByTestId('version');
  await version.getByLabel(/^本文/).fill('# クリアデスク\n\n離席時は机上に書類を残さない。\n');
  await version.getByRole('button', { name: '下書きを保存' }).click();
  await version.getByTestId('preview').locator('h1', { hasText: 'クリアデスク' }).waitFor(TIMEOUT);

  // Attachments are checked by content: a text file named .pdf is refused, with the reason.
  const file = version.getByLabel('添付するファイル');
  await file.setInputFiles({ name: '規程.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf at all') });
  await version.getByRole('button', { name: '添付する', exact: true }).click();
  const refusal = version.getByTestId('upload-error');
  await refusal.filter({ hasText: 'PDF、Word(.docx)、Excel(.xlsx)のいずれでもないため添付できません。' }).waitFor(TIMEOUT);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  await file.setInputFiles({ name: 'クリアデスク規程.pdf', mimeType: 'application/pdf', buffer: pdf });
  await version.getByRole('button', { name: '添付する', exact: true }).click();
  const download = version.getByRole('link', { name: /ダウンロード: クリアデスク規程\.pdf/ });
  await download.waitFor(TIMEOUT);
  assert.equal(await refusal.count(), 0, 'the refusal is gone after a good upload');
  const fetched = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, disposition: response.headers.get('content-disposition'), text: await response.text() };
  }, await download.getAttribute('href'));
  assert.equal(fetched.status, 200);
  assert.match(fetched.disposition ?? '', /^attachment/);
  assert.ok(fetched.text.startsWith('%PDF-'));

  const submit = await transition(page, 'レビュー依頼');
  await submit.getByTestId('workflow-confirm').click();
  await submit.waitFor({ state: 'hidden', ...TIMEOUT });

  // The author is warned, and the server's refusal is explained in the dialog.
  await version.getByText('この版はあなたが作成しました。承認の職務分離により、別の承認者が承認します。').waitFor(TIMEOUT);
  const approve = await transition(page, '承認');
  await approve.getByTestId('workflow-confirm').click();
  await approve.getByRole('alert').filter({ hasText: 'この版はあなたが作成したため承認できません(承認の職務分離)。' }).waitFor(TIMEOUT);
  await approve.getByRole('button', { name: 'キャンセル' }).click();
  await version.locator('.version-head [data-state="in_review"]').waitFor(TIMEOUT);

  // The ISMS manager cannot switch it off for themselves: the setting is top management's.
  await nav(page).getByRole('link', { name: /^組織/ }).click();
  await expectHeading(page, '組織の設定');
  const settingsPath = new URL(page.url()).pathname;
  assert.equal(await page.getByRole('switch', { name: '承認の職務分離' }).isDisabled(), true);

  // Top management switches it off; then the author's approval goes through.
  const toggleAs = async (person, on) => {
    await browser.context.clearCookies();
    await signInAs(page, baseUrl, person, settingsPath);
    const toggle = page.getByRole('switch', { name: '承認の職務分離' });
    assert.equal(await toggle.isChecked(), !on);
    if (on) await toggle.check();
    else await toggle.uncheck();
    await page.getByText(on ? '承認の職務分離を有効にしました。' : '承認の職務分離を無効にしました。').waitFor(TIMEOUT);
  };
  await toggleAs(TOP, false);
  try {
    await browser.context.clearCookies();
    await signInAs(page, baseUrl, admin, settingsPath);
    await openDocument(page, RULE.number);
    const again = await transition(page, '承認');
    await again.getByTestId('workflow-confirm').click();
    await again.waitFor({ state: 'hidden', ...TIMEOUT });
    await page.getByTestId('version').locator('.version-head [data-state="approved"]').waitFor(TIMEOUT);
  } finally {
    await toggleAs(TOP, true);
  }
});

scenario('define the ISMS scope: departments and sites by name, an exclusion, approved by top management', async ({ page, baseUrl, admin, browser }) => {
  await signInAs(page, baseUrl, admin);
  // A department and a site to put in scope.
  await nav(page).getByRole('link', { name: /部門と拠点/ }).click();
  await expectHeading(page, '部門と拠点');
  await page.getByRole('button', { name: '部門を追加' }).click();
  const department = page.getByRole('dialog', { name: '部門を追加' });
  await department.getByLabel(/^部門名/).fill('開発部');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await department.waitFor({ state: 'hidden', ...TIMEOUT });
  await page.getByRole('button', { name: '拠点を追加' }).click();
  const site = page.getByRole('dialog', { name: '拠点を追加' });
  await site.getByLabel(/^拠点名/).fill('本社(東京)');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await site.waitFor({ state: 'hidden', ...TIMEOUT });

  await nav(page).getByRole('link', { name: /適用範囲/ }).click();
  await expectHeading(page, '適用範囲記述書');
  await page.getByText('承認された適用範囲はまだありません。').waitFor(TIMEOUT);
  await page.getByRole('button', { name: '適用範囲記述書の作成を始める' }).click();
  const pending = page.getByTestId('scope-pending');
  await pending.getByRole('checkbox', { name: '開発部' }).check();
  await pending.getByRole('checkbox', { name: '本社(東京)' }).check();
  await pending.getByLabel(/^対象システム/).fill('会計システム\n顧客管理システム');
  await pending.getByLabel(/^インタフェース及び依存関係/).fill('クラウド事業者とのデータ連携');
  await pending.getByRole('button', { name: '除外を追加' }).click();
  await pending.getByLabel(/^除外する対象/).fill('8.30 外部委託による開発');
  await pending.getByLabel(/^適用範囲の記述/).fill('本社における**ソフトウェア開発及び保守**');
  // An exclusion needs its justification.
  await pending.getByRole('button', { name: '下書きを保存' }).click();
  await pending.getByText('除外の理由を入力してください。').waitFor(TIMEOUT);
  await pending.getByLabel(/^除外の理由/).fill('開発を外部に委託していないため');
  await pending.getByRole('button', { name: '下書きを保存' }).click();
  await pending.locator('.prose strong', { hasText: 'ソフトウェア開発及び保守' }).waitFor(TIMEOUT);
  const submit = await transition(page, 'レビュー依頼');
  await submit.getByTestId('workflow-confirm').click();
  await submit.waitFor({ state: 'hidden', ...TIMEOUT });
  await pending.locator('[data-state="in_review"]').first().waitFor(TIMEOUT);

  // Top management approves: the version becomes the current scope, shown by name.
  await browser.context.clearCookies();
  await signInAs(page, baseUrl, TOP, new URL(page.url()).pathname);
  await page.getByTestId('scope-pending').getByTestId('workflow').getByRole('button', { name: '承認', exact: true }).click();
  const approve = page.getByRole('dialog', { name: /^承認/ });
  await approve.getByTestId('workflow-confirm').click();
  await approve.waitFor({ state: 'hidden', ...TIMEOUT });
  const currentScope = page.getByTestId('scope-current');
  await currentScope.getByTestId('scope-units').getByText('開発部').waitFor(TIMEOUT);
  await currentScope.getByTestId('scope-sites').getByText('本社(東京)').waitFor(TIMEOUT);
  await currentScope.getByText('開発を外部に委託していないため').waitFor(TIMEOUT);
  await currentScope.locator('[data-state="published"]', { hasText: '承認済み(現行)' }).first().waitFor(TIMEOUT);
  await expectMapState(page, '4.3', 'approved');
});

scenario('in English: the register, the acknowledgement count and the stage 1 checklist', { locale: 'en-US' }, async ({ page, baseUrl, admin }) => {
  await page.goto(baseUrl + '/');
  await page.waitForURL(/\/login/, TIMEOUT);
  await page.getByLabel('Email address').fill(admin.email);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/orgs\/[^/]+\/settings$/, TIMEOUT);
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('link', { name: /^Documents/ }).click();
  await expectHeading(page, 'Document register');
  const policy = page.locator('tbody tr', { hasText: POLICY.number });
  await policy.locator('[data-state="published"]', { hasText: 'Published' }).first().waitFor(TIMEOUT);
  await policy.getByText(/%\s*\(1\/\d+\)/).waitFor(TIMEOUT);
  await menu.getByRole('link', { name: /Documented-information map/ }).click();
  await expectHeading(page, 'Documented-information map');
  const row = page.locator('tbody tr[data-key="5.2"]');
  await row.getByText('Policy', { exact: true }).waitFor(TIMEOUT);
  await row.locator('[data-state="approved"]', { hasText: 'Approved' }).waitFor(TIMEOUT);
  await page.locator('tbody tr[data-key="9.1"] [data-state="missing"]', { hasText: 'Missing' }).waitFor(TIMEOUT);
});
