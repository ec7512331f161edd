// Initial-load budget check: gzipped size of the JS and CSS that dist/index.html
// loads directly (script, stylesheet and modulepreload links). Lazy chunks
// (ECharts) are listed for information but do not count. Fails above the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 200 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error('dist/index.html not found: run `npm run build` first');
  process.exit(2);
}

const initial = new Set(
  [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]),
);
// Static imports of the entry chunk are part of the initial load too.
for (const file of [...initial]) {
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(join(dist, file), 'utf8');
  for (const match of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    initial.add(`assets/${match[1]}`);
  }
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let total = 0;
for (const file of [...initial].sort()) {
  const size = gz(file);
  total += size;
  console.log(`initial  ${kb(size).padStart(9)}  ${file}`);
}
for (const file of readdirSync(join(dist, 'assets')).sort()) {
  const path = `assets/${file}`;
  if (initial.has(path) || !/\.(js|css)$/.test(file)) continue;
  console.log(`lazy     ${kb(gz(path)).padStart(9)}  ${path}`);
}
console.log(`initial JS+CSS gzipped: ${kb(total)} (budget ${kb(BUDGET_BYTES)})`);
if (total > BUDGET_BYTES) {
  console.error('over budget');
  process.exit(1);
}
