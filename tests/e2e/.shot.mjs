import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ja-JP' });
const base = 'http://127.0.0.1:18090';
await page.goto(base + '/');
await page.waitForURL(/login/);
await page.getByLabel('メールアドレス').fill('suzuki.hanako@minato-soft.example');
await page.getByLabel('パスワード').fill('mamori-demo-2026');
await page.getByRole('button', { name: 'サインイン', exact: true }).click();
await page.waitForURL(/settings/);
const org = page.url().match(/orgs\/([^/]+)/)[1];
for (const [name, path] of [['docs', '/documents'], ['map', '/documented-information-map'], ['scope', '/scope']]) {
  await page.goto(`${base}/orgs/${org}${path}`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
}
await page.goto(`${base}/orgs/${org}/documents`);
await page.waitForTimeout(1000);
await page.getByRole('link', { name: 'ISMS-POL-001' }).click();
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/shot-policy.png', fullPage: false });
await browser.close();
