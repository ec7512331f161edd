// Runs the browser scenarios against a running server.
//   node tests/e2e/main.mjs --base-url http://127.0.0.1:PORT
// Fixture values come from the environment set by run.sh.
import { runScenarios } from './harness.mjs';
import './scenarios.mjs';
import './documents.mjs';
import './assets.mjs';
import './risk_methods.mjs';
import './risk_assessments.mjs';
import './asset_import.mjs';
import './asset_bulk_edit.mjs';
import './soa.mjs';
import './trace.mjs';
import './saved_views.mjs';
import './evidence.mjs';

const index = process.argv.indexOf('--base-url');
const baseUrl = (index > 0 ? process.argv[index + 1] : process.env.E2E_BASE_URL)?.replace(/\/$/, '');
if (!baseUrl) {
  console.error('usage: node main.mjs --base-url http://127.0.0.1:PORT');
  process.exit(2);
}

const ok = await runScenarios({
  baseUrl,
  admin: {
    email: process.env.E2E_ADMIN_EMAIL ?? 'admin@example.com',
    password: process.env.E2E_ADMIN_PASSWORD ?? 'correct horse battery',
  },
  other: {
    email: process.env.E2E_OTHER_EMAIL ?? 'other@example.com',
    name: process.env.E2E_OTHER_NAME ?? 'Other User',
  },
  orgs: {
    first: process.env.E2E_FIRST_ORG ?? '株式会社テスト',
    second: process.env.E2E_SECOND_ORG ?? 'Second Org',
  },
});
process.exit(ok ? 0 : 1);
