// The browser scenarios of saved views (issue 5, "filters and saved views"): on the asset
// inventory, a filter saved as a view, gone after a reload, applied again from the Views menu
// and deleted; then once in English, and the menu on the risk register. They bring their own
// records (through the API), so they run alone too (E2E_ONLY="saved views").
import assert from 'node:assert/strict';
import { scenario } from './harness.mjs';

const TIMEOUT = { timeout: 10_000 };
const TEXT = {
  ja: {
    email: 'メールアドレス', password: 'パスワード', submit: 'サインイン', heading: '情報資産台帳',
    hardware: 'ハードウェア', views: 'ビュー', saveCurrent: '現在の表示を保存…', name: 'ビューの名前',
    save: '保存', clear: '条件をクリア', remove: '削除', none: '保存したビューはまだありません。',
  },
  en: {
    email: 'Email address', password: 'Password', submit: 'Sign in', heading: 'Information asset inventory',
    hardware: 'Hardware', views: 'Views', saveCurrent: 'Save current view…', name: 'View name',
    save: 'Save', clear: 'Clear', remove: 'Remove', none: 'No saved views yet.',
  },
};

async function signIn(page, baseUrl, admin, text) {
  await page.goto(baseUrl + '/');
  await page.waitForURL(/\/login\?next=/, TIMEOUT);
  await page.getByLabel(text.email).fill(admin.email);
  await page.getByLabel(text.password).fill(admin.password);
  await page.getByRole('button', { name: text.submit, exact: true }).click();
  await page.waitForURL(/\/orgs\/[^/]+\//, TIMEOUT);
  return new URL(page.url()).pathname.split('/')[2];
}

const SERVER = 'SV-H01';
const LIST = 'SV-I01';

/** Calls the API as the signed-in page does (cookie and CSRF token); answers status and body. */
async function callApi(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/me')).json();
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
        // "me" stands for the signed-in person's id.
        body: JSON.stringify(body.owner_id === 'me' ? { ...body, owner_id: me.user.id } : body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}

/** A server (hardware) and a customer list (information) of the scenarios' own; kept when there. */
async function seedAssets(page, org) {
  for (const [number, name, category] of [[SERVER, 'ビュー確認用サーバー', 'hardware'], [LIST, 'ビュー確認用名簿', 'information']]) {
    const { status } = await callApi(page, 'POST', `/api/v1/orgs/${org}/assets`, {
      number, name, category, owner_id: 'me', confidentiality: 1, integrity: 1, availability: 1,
    });
    assert.ok(status === 201 || status === 409, `asset ${number}: ${status}`);
  }
}

const row = (page, number) => page.locator('tbody tr', { hasText: number });
const menu = (page) => page.locator('.views-menu');
const categoryFilter = (page) => page.locator('#filter-assets-category');

async function openMenu(page, text) {
  await page.locator('details.views > summary', { hasText: text.views }).click();
  await menu(page).waitFor(TIMEOUT);
}

async function openInventory(page, baseUrl, org, text) {
  await page.goto(`${baseUrl}/orgs/${org}/assets`);
  await page.getByRole('heading', { level: 1, name: text.heading }).waitFor(TIMEOUT);
  await row(page, SERVER).waitFor(TIMEOUT);
  await row(page, LIST).waitFor(TIMEOUT);
}

/** Saves the hardware filter as a view, reloads, applies it again and deletes it. */
async function saveApplyAndDelete(page, baseUrl, org, text, viewName) {
  await seedAssets(page, org);
  await openInventory(page, baseUrl, org, text);

  // Only the hardware: the customer list (information) leaves the table.
  await categoryFilter(page).selectOption({ label: text.hardware });
  await row(page, LIST).waitFor({ state: 'hidden', ...TIMEOUT });
  await openMenu(page, text);
  await menu(page).getByText(text.none).waitFor(TIMEOUT);
  await menu(page).getByRole('button', { name: text.saveCurrent }).click();
  await menu(page).getByLabel(text.name).fill(viewName);
  await menu(page).getByRole('button', { name: text.save, exact: true }).click();
  await menu(page).getByRole('button', { name: viewName, exact: true }).waitFor(TIMEOUT);

  // A reload shows the whole inventory again: the view is kept, not the filter.
  await page.reload();
  await openInventory(page, baseUrl, org, text);
  assert.equal(await categoryFilter(page).inputValue(), '');

  // Applying the view sets the filter and narrows the table.
  await openMenu(page, text);
  await menu(page).getByRole('button', { name: viewName, exact: true }).click();
  await row(page, LIST).waitFor({ state: 'hidden', ...TIMEOUT });
  await row(page, SERVER).waitFor(TIMEOUT);
  assert.equal(await categoryFilter(page).inputValue(), 'hardware');
  await menu(page).waitFor({ state: 'hidden', ...TIMEOUT });

  // Clearing the filter leaves the view; deleting it asks first.
  await page.getByRole('button', { name: text.clear, exact: true }).click();
  await row(page, LIST).waitFor(TIMEOUT);
  await openMenu(page, text);
  await menu(page).locator('li', { hasText: viewName }).getByRole('button', { name: new RegExp(`^${text.remove}`) }).click();
  await page.getByRole('dialog').getByRole('button', { name: text.remove, exact: true }).click();
  await menu(page).getByText(text.none).waitFor(TIMEOUT);
}

scenario('saved views: a filter of the asset inventory saved, applied after a reload, deleted', async ({ page, baseUrl, admin }) => {
  const text = TEXT.ja;
  const org = await signIn(page, baseUrl, admin, text);
  await saveApplyAndDelete(page, baseUrl, org, text, 'ハードウェアだけ');
});

// The assets of the first scenario are there already: saving them again answers 409.
scenario('saved views in English, and the menu on the risk register', { locale: 'en-US', allowConsole: /status of 409/ }, async ({ page, baseUrl, admin }) => {
  const text = TEXT.en;
  const org = await signIn(page, baseUrl, admin, text);
  await saveApplyAndDelete(page, baseUrl, org, text, 'Hardware only');

  // The risk register of an assessment offers its own views.
  const created = await callApi(page, 'POST', `/api/v1/orgs/${org}/risk-assessments`, {
    title: 'Saved views check', assessed_on: '2026-04-01',
  });
  assert.equal(created.status, 201);
  await page.goto(`${baseUrl}/orgs/${org}/risk-assessments`);
  await page.getByRole('heading', { level: 1, name: 'Risk assessments' }).waitFor(TIMEOUT);
  await page.getByRole('link', { name: 'Saved views check' }).click();
  await page.getByRole('tab', { name: 'Risk register' }).click();
  await openMenu(page, text);
  await menu(page).getByText(text.none).waitFor(TIMEOUT);
});
