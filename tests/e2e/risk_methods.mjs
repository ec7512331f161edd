// The browser scenarios of the risk criteria (6.1.2 a): the ISMS manager copies the shipped
// IPA method as the organisation's own, sees a wrong band threshold named, moves a threshold
// and recolours and renames a level, sees version 2 in the matrix and makes it the default;
// then the screen in English.
import assert from 'node:assert/strict';
import { scenario } from './harness.mjs';

const TIMEOUT = { timeout: 10_000 };

async function signIn(page, baseUrl, admin, labels) {
  await page.goto(baseUrl + '/');
  await page.waitForURL(/\/login\?next=/, TIMEOUT);
  await page.getByLabel(labels.email).fill(admin.email);
  await page.getByLabel(labels.password).fill(admin.password);
  await page.getByRole('button', { name: labels.signIn, exact: true }).click();
  await page.waitForURL(/\/orgs\/[^/]+\//, TIMEOUT);
}

async function openRiskMethods(page, menu, link, heading) {
  const item = page.getByRole('navigation', { name: menu }).getByRole('link', { name: link });
  assert.match(await item.innerText(), /6\.1\.2/);
  await item.click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor(TIMEOUT);
}

/** The text of the risk matrix cell at asset value `row`, likelihood of damage `column`. */
const matrixCell = (page, row, column) =>
  page.getByTestId('risk-matrix').locator(`td[data-row="${row}"][data-column="${column}"]`);

scenario('risk methods: copy IPA, adjust a band and a level, make version 2 the default', { allowConsole: /status of 400 \(Bad Request\)/ }, async ({ page, baseUrl, admin }) => {
  await signIn(page, baseUrl, admin, { email: 'メールアドレス', password: 'パスワード', signIn: 'サインイン' });
  await openRiskMethods(page, 'メインメニュー', /リスク基準/, 'リスク基準とリスク評価手法');

  // IPA is the default: its matrix, its lookup table and its acceptance criteria are shown.
  const detail = page.getByTestId('risk-method-detail');
  await detail.getByRole('heading', { name: /IPA方式/ }).waitFor(TIMEOUT);
  await detail.getByTestId('default-tag').waitFor(TIMEOUT);
  assert.match(await matrixCell(page, 3, 3).innerText(), /9\s*高/);
  assert.match(await matrixCell(page, 1, 3).innerText(), /3\s*中/);
  await detail.getByRole('heading', { name: '被害発生可能性の算出表' }).waitFor(TIMEOUT);
  const lookup = detail.getByTestId('lookup-matrix');
  assert.match(await lookup.locator('td[data-row="3"][data-column="2"]').innerText(), /2 中/);
  assert.match(await detail.getByTestId('risk-levels').innerText(), /監視して受容/);

  // Copy it as the organisation's own method.
  await page.getByRole('button', { name: 'コピーして自組織の手法を作る' }).click();
  let dialog = page.getByRole('dialog', { name: /をコピー/ });
  await dialog.getByLabel(/^キー/).fill('our-ipa');
  await dialog.getByLabel(/^名称\(日本語\)/).fill('当社のIPA方式');
  await dialog.getByLabel(/^名称\(英語\)/).fill('Our IPA method');
  await dialog.getByRole('button', { name: 'コピーして自組織の手法を作る' }).click();
  await dialog.waitFor({ state: 'hidden', ...TIMEOUT });
  await page.getByRole('status').getByText('自組織の手法「当社のIPA方式」を作成しました。').waitFor(TIMEOUT);
  await detail.getByRole('heading', { name: /当社のIPA方式\s*第1版/ }).waitFor(TIMEOUT);
  assert.match(await detail.innerText(), /コピー元: ipa 第1版/);

  // A medium band that overlaps the low one is refused and named next to the band.
  await page.getByRole('button', { name: '調整して新しい版を作る' }).click();
  dialog = page.getByRole('dialog', { name: /当社のIPA方式」の調整/ });
  await dialog.locator('input[name="bands[1].min"]').fill('2');
  await dialog.getByRole('button', { name: '保存', exact: true }).click();
  const bandError = dialog.locator('[data-field="bands[1]"]');
  await bandError.waitFor(TIMEOUT);
  assert.match(await bandError.innerText(), /overlap/);

  // Low now reaches 3; medium is 4, orange and "to be monitored".
  await dialog.locator('input[name="bands[0].max"]').fill('3');
  await dialog.locator('input[name="bands[1].min"]').fill('4');
  await dialog.locator('input[name="levels[1].colour"]').fill('#E69F00');
  await dialog.locator('input[name="levels[1].label_ja"]').fill('中(要監視)');
  await dialog.getByRole('button', { name: '保存', exact: true }).click();
  await dialog.waitFor({ state: 'hidden', ...TIMEOUT });
  await page.getByRole('status').getByText('第2版を保存しました。').waitFor(TIMEOUT);
  await detail.getByRole('heading', { name: /当社のIPA方式\s*第2版/ }).waitFor(TIMEOUT);
  assert.match(await matrixCell(page, 1, 3).innerText(), /3\s*低/);
  assert.match(await matrixCell(page, 2, 2).innerText(), /4\s*中\(要監視\)/);
  assert.equal(
    await matrixCell(page, 2, 2).evaluate((cell) => getComputedStyle(cell).backgroundColor),
    'rgb(230, 159, 0)',
  );
  // Both versions are listed; version 1 is kept.
  await page.getByTestId('method-our-ipa-1').waitFor(TIMEOUT);
  await page.getByTestId('method-our-ipa-2').waitFor(TIMEOUT);

  // Version 2 becomes the default of new assessments.
  await page.getByRole('button', { name: '既定の手法にする' }).click();
  await page.getByRole('status').getByText('「当社のIPA方式」第2版を既定の手法にしました。').waitFor(TIMEOUT);
  await detail.getByTestId('default-tag').waitFor(TIMEOUT);
  assert.match(await page.locator('tbody tr', { hasText: '当社のIPA方式' }).last().innerText(), /既定/);
});

scenario('risk methods in English: the default, the matrix and the acceptance criteria', { locale: 'en-US' }, async ({ page, baseUrl, admin }) => {
  await signIn(page, baseUrl, admin, { email: 'Email address', password: 'Password', signIn: 'Sign in' });
  await openRiskMethods(page, 'Main menu', /Risk criteria/, 'Risk criteria and risk methods');
  const detail = page.getByTestId('risk-method-detail');
  await detail.getByTestId('default-tag').waitFor(TIMEOUT);
  assert.match(await detail.getByTestId('default-tag').innerText(), /Default method of new risk assessments/);
  await page.getByTestId('method-ipa-1').click();
  await detail.getByRole('heading', { name: /^IPA method/ }).waitFor(TIMEOUT);
  assert.match(await matrixCell(page, 3, 3).innerText(), /9\s*High/);
  assert.match(await detail.getByTestId('risk-levels').innerText(), /Accept with monitoring/);
  assert.match(await detail.innerText(), /Risk value = Asset value × Likelihood of damage/);
});
