// The browser scenarios of importing the asset inventory (情報資産台帳) from a spreadsheet:
// a file with an error is checked and the problem shown by row and column, the corrected
// file is imported and its assets appear in the register; in English, a sheet whose header
// is not recognised is mapped column by column.
import { scenario } from './harness.mjs';

const TIMEOUT = { timeout: 10_000 };

async function signIn(page, baseUrl, admin, text) {
  await page.goto(baseUrl + '/');
  await page.waitForURL(/\/login\?next=/, TIMEOUT);
  await page.getByLabel(text.email).fill(admin.email);
  await page.getByLabel(text.password).fill(admin.password);
  await page.getByRole('button', { name: text.submit, exact: true }).click();
  await page.waitForURL(/\/orgs\/[^/]+\//, TIMEOUT);
}

const csv = (name, lines) => ({ name, mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n') });

async function check(page, file, button) {
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByTestId('import-preview').waitFor(TIMEOUT);
}

scenario('asset import: a row with an error is shown by row and column, the corrected file is imported', async ({ page, baseUrl, admin }) => {
  await signIn(page, baseUrl, admin, { email: 'メールアドレス', password: 'パスワード', submit: 'サインイン' });
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: /情報資産台帳/ }).click();
  await page.getByRole('heading', { level: 1, name: '情報資産台帳' }).waitFor(TIMEOUT);
  await page.getByRole('link', { name: 'インポート', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: '情報資産台帳のインポート' }).waitFor(TIMEOUT);

  const header = '管理番号,情報資産名称,分類,機密性,完全性,可用性';
  await check(page, csv('台帳.csv', [header, 'M-001,取引先名簿,情報(電子データ),3,2,2', 'M-002,見積書控え,紙媒体,5,2,2']), '確認する');
  await page.getByText('1行に1件の問題があります。').waitFor(TIMEOUT);
  const problem = page.locator('tbody tr', { hasText: '1・2・3のいずれかにしてください。' });
  await problem.waitFor(TIMEOUT);
  const cells = await problem.locator('td').allInnerTexts();
  if (cells[0].trim() !== '3' || cells[1].trim() !== 'D' || cells[2].trim() !== '機密性') {
    throw new Error(`the problem is not named by row 3, column D, 機密性: ${cells.join(' | ')}`);
  }
  await page.getByRole('button', { name: '取り込む(問題のない 1 行)' }).waitFor(TIMEOUT);

  // The file is corrected in Excel and checked again: every row passes.
  await check(page, csv('台帳.csv', [header, 'M-001,取引先名簿,情報(電子データ),3,2,2', 'M-002,見積書控え,紙媒体,2,2,2']), '確認する');
  await page.getByRole('button', { name: '取り込む(問題のない 2 行)' }).click();
  await page.getByRole('heading', { level: 1, name: '情報資産台帳' }).waitFor(TIMEOUT);
  await page.getByText('取り込みました: 新規 2 件、更新 0 件、問題のため取り込まなかった行 0 行').waitFor(TIMEOUT);
  await page.locator('tbody tr', { hasText: 'M-001' }).filter({ hasText: '取引先名簿' }).waitFor(TIMEOUT);
  await page.locator('tbody tr', { hasText: 'M-002' }).filter({ hasText: '紙媒体' }).waitFor(TIMEOUT);
});

scenario('asset import (English): an unrecognised header is mapped column by column', { locale: 'en-US' }, async ({ page, baseUrl, admin }) => {
  await signIn(page, baseUrl, admin, { email: 'Email address', password: 'Password', submit: 'Sign in' });
  const org = new URL(page.url()).pathname.split('/')[2];
  await page.goto(`${baseUrl}/orgs/${org}/assets/import`);
  await page.getByRole('heading', { level: 1, name: 'Import the asset inventory' }).waitFor(TIMEOUT);

  const file = csv('odd.csv', ['Ref,Title,Secrecy,Accuracy,Uptime', 'E-001,Supplier contracts,2,2,1']);
  await check(page, file, 'Check');
  await page.getByText(/The header was not recognised: no column found for Number, Name, Confidentiality, Integrity, Availability\./).waitFor(TIMEOUT);
  for (const [field, column] of [['number', 'A: Ref'], ['name', 'B: Title'], ['confidentiality', 'C: Secrecy'], ['integrity', 'D: Accuracy'], ['availability', 'E: Uptime']]) {
    await page.locator(`select[name="mapping-${field}"]`).selectOption({ label: column });
  }
  await page.getByRole('button', { name: 'Check with this mapping' }).click();
  await page.getByRole('button', { name: 'Import 1 valid rows' }).click();
  await page.getByText('Imported: 1 new, 0 updated, 0 rows with problems left out').waitFor(TIMEOUT);
  await page.locator('tbody tr', { hasText: 'E-001' }).filter({ hasText: 'Supplier contracts' }).waitFor(TIMEOUT);
});
