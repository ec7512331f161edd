// Load benchmark (not a timed test): time to first render of the web UI on
// localhost, measured in Chromium with the Performance API. "First render" is the
// first contentful paint of the sign-in page, and the moment the app's own markup
// (the sign-in form) is in the DOM. Cold = fresh profile; warm = reload with cache.
//   node tests/e2e/first-render.mjs --base-url http://127.0.0.1:PORT [--runs 5]
import { openBrowser } from './harness.mjs';

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const baseUrl = arg('base-url', process.env.E2E_BASE_URL)?.replace(/\/$/, '');
const runs = Number(arg('runs', '5'));
if (!baseUrl) {
  console.error('usage: node first-render.mjs --base-url http://127.0.0.1:PORT [--runs N]');
  process.exit(2);
}

async function measure(page) {
  await page.waitForSelector('form input[type="password"]', { timeout: 15_000 });
  return page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const navigation = performance.getEntriesByType('navigation')[0];
    const app = performance.getEntriesByName('mamori:first-render')[0];
    return {
      fcp: paint?.startTime ?? NaN,
      app: app?.startTime ?? NaN,
      domContentLoaded: navigation?.domContentLoadedEventEnd ?? NaN,
      transferred: performance
        .getEntriesByType('resource')
        .reduce((sum, entry) => sum + (entry.transferSize || 0), navigation?.transferSize || 0),
    };
  });
}

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};

const cold = [];
const warm = [];
for (let run = 0; run < runs; run++) {
  const browser = await openBrowser();
  try {
    await browser.page.goto(`${baseUrl}/login`);
    cold.push(await measure(browser.page));
    await browser.page.reload();
    warm.push(await measure(browser.page));
  } finally {
    await browser.close();
  }
}

const ms = (value) => `${value.toFixed(0)} ms`;
const show = (label, samples) =>
  console.log(
    `${label}: first contentful paint ${ms(median(samples.map((s) => s.fcp)))}, ` +
      `app rendered ${ms(median(samples.map((s) => s.app)))}, ` +
      `DOMContentLoaded ${ms(median(samples.map((s) => s.domContentLoaded)))}, ` +
      `transferred ${(median(samples.map((s) => s.transferred)) / 1024).toFixed(1)} KB ` +
      `(median of ${samples.length})`,
  );
show('cold', cold);
show('warm', warm);
