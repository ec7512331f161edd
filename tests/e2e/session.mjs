// What scenarios do as a person: sign in through the login page, read the organisation from
// the URL, and call the API with the page's own session and CSRF token (setup a person would
// do on other screens).
import assert from 'node:assert/strict';

const TIMEOUT = { timeout: 10_000 };
const LOGIN_TEXT = {
  ja: { email: 'メールアドレス', password: 'パスワード', submit: 'サインイン' },
  en: { email: 'Email address', password: 'Password', submit: 'Sign in' },
};

export async function signInAs(page, baseUrl, person, lang = 'ja') {
  const text = LOGIN_TEXT[lang];
  await page.goto(baseUrl + '/');
  await page.waitForURL(/\/login\?next=/, TIMEOUT);
  await page.getByLabel(text.email).fill(person.email);
  await page.getByLabel(text.password).fill(person.password);
  await page.getByRole('button', { name: text.submit, exact: true }).click();
  await page.waitForURL(/\/orgs\/[^/]+\//, TIMEOUT);
}

export function orgIdFrom(page) {
  const match = new URL(page.url()).pathname.match(/^\/orgs\/([^/]+)/);
  assert.ok(match, `no organisation in ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** A call to the API as the signed-in person (their session and CSRF token). */
export async function callApi(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = await (await fetch('/api/v1/me')).json();
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    { method, path, body },
  );
}
