// A very small test harness: scenarios run one after another, each in a fresh
// Chromium profile (its own temporary --user-data-dir). A scenario fails on a thrown
// error, a page error, or a console error; a failing scenario leaves a screenshot in
// tests/e2e/screenshots/. The last line printed is "N passed, N failed".
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const here = dirname(fileURLToPath(import.meta.url));
export const SCREENSHOTS = join(here, 'screenshots');

/** A fresh browser profile; call close() when done. */
export async function openBrowser({ locale = 'ja-JP', viewport = { width: 1280, height: 800 } } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'mamori-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    locale,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

// Chrome logs every non-2xx fetch as a console error. A 401 is part of the contract
// (the session probe before sign-in, a wrong password, an expired session) and is
// asserted on by the scenarios themselves; every other console error fails the test,
// except what a scenario that provokes a 4xx on purpose allows (`allowConsole`).
const EXPECTED_CONSOLE = /Failed to load resource: the server responded with a status of 401\b/;

const scenarios = [];

export function scenario(name, options, body) {
  if (typeof options === 'function') [options, body] = [{}, options];
  scenarios.push({ name, options, body });
}

export async function runScenarios(context) {
  await mkdir(SCREENSHOTS, { recursive: true });
  // Screenshots of an earlier run would pass for failures of this one.
  for (const file of await readdir(SCREENSHOTS)) {
    if (file.endsWith('.png')) await rm(join(SCREENSHOTS, file));
  }
  const only = process.env.E2E_ONLY;
  let passed = 0;
  let failed = 0;
  for (const { name, options, body } of scenarios) {
    if (only && !name.includes(only)) continue;
    const started = Date.now();
    const browser = await openBrowser(options);
    const problems = [];
    browser.page.on('console', (message) => {
      if (message.type() !== 'error' || EXPECTED_CONSOLE.test(message.text())) return;
      if (options.allowConsole?.test(message.text())) return;
      problems.push(`console error on ${browser.page.url()}: ${message.text()}`);
    });
    browser.page.on('pageerror', (error) => problems.push(`page error on ${browser.page.url()}: ${error.message}`));
    try {
      await body({ ...context, page: browser.page, browser });
      // Let late errors (lazy chunks, CSP reports) surface before judging.
      await browser.page.waitForTimeout(150);
      if (problems.length) throw new Error(problems.join('\n'));
      passed++;
      console.log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      const file = join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      await browser.page.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.log(`FAIL ${name} (${Date.now() - started} ms)`);
      console.log(`     ${String(error?.stack ?? error).split('\n').join('\n     ')}`);
      if (problems.length && !String(error).includes(problems[0])) console.log(`     also: ${problems.join('\n     ')}`);
      console.log(`     screenshot: ${file}`);
    } finally {
      await browser.close();
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}
