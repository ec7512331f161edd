// A stand-in for `mamori serve`, written from the API contract, for developing the UI
// and these tests before (or without) the C++ server. It is NOT what `run.sh` tests:
// run.sh always drives the real binary. In-memory, single process, no persistence.
//
//   node tests/e2e/mock-server.mjs [--web-root web/dist] [--listen 127.0.0.1:0]
//
// Seeds: admin@example.com / MAMORI_ADMIN_PASSWORD (default "correct horse battery"),
// organisations "株式会社テスト" and "Second Org", user other@example.com.
import { createServer } from 'node:http';
import { randomUUID, randomBytes, createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, value, index, all) => {
    if (value.startsWith('--')) pairs.push([value.slice(2), all[index + 1]]);
    return pairs;
  }, []),
);
const webRoot = resolve(args['web-root'] ?? 'web/dist');
const [host, port] = (args.listen ?? '127.0.0.1:0').split(':');
const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

// --- data ---
const users = new Map(); // id -> {id,email,display_name,locale,is_admin,password}
const orgs = new Map(); // id -> {id,name,created_at,version}
const memberships = []; // {org_id,user_id,roles,added_at}
const tokens = []; // {id,org_id,user_id,name,created_at,last_used_at,revoked_at}
const sessions = new Map(); // sid -> {user_id, csrf}
const audit = []; // entries
let failures = 0;

function record(actor, org_id, entity_type, entity_id, action, before, after) {
  const previous = audit.at(-1)?.hash ?? '';
  const seq = audit.length + 1;
  const entry = { seq, at: now(), actor_id: actor?.id ?? null, actor_email: actor?.email ?? null, org_id, entity_type, entity_id, action, before, after };
  entry.hash = createHash('sha256').update(previous + JSON.stringify(entry)).digest('hex');
  audit.push(entry);
}

function addUser(email, display_name, password, is_admin = false) {
  const user = { id: randomUUID(), email, display_name, locale: 'ja', is_admin, password };
  users.set(user.id, user);
  record(null, null, 'user', user.id, 'create', null, { email, display_name });
  return user;
}
function addOrg(name, actor = null) {
  const org = { id: randomUUID(), name, created_at: now(), version: 1 };
  orgs.set(org.id, org);
  record(actor, org.id, 'organisation', org.id, 'create', null, { name });
  return org;
}
function addMembership(org_id, user_id, roles, actor = null) {
  const membership = { org_id, user_id, roles, added_at: now() };
  memberships.push(membership);
  record(actor, org_id, 'membership', user_id, 'create', null, { roles });
  return membership;
}

const admin = addUser('admin@example.com', '管理者', process.env.MAMORI_ADMIN_PASSWORD ?? 'correct horse battery', true);
const firstOrg = addOrg('株式会社テスト');
addMembership(firstOrg.id, admin.id, ['isms_manager']);
addOrg('Second Org');
addUser('other@example.com', 'Other User', process.env.MAMORI_PASSWORD ?? 'another long password');

// --- http helpers ---
function send(res, status, body, headers = {}) {
  const payload = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': headers['Content-Type'] ?? 'application/json' }),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(payload);
}
function problem(res, status, title, detail, errors) {
  send(res, status, { type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) }, {
    'Content-Type': 'application/problem+json',
  });
}
async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  if (chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return null;
  }
}
function cookies(req) {
  return Object.fromEntries((req.headers.cookie ?? '').split(';').filter(Boolean).map((part) => part.trim().split('=')));
}
function page(items, url, keyOf) {
  const limit = Math.min(500, Number(url.searchParams.get('limit') ?? 50) || 50);
  const cursor = url.searchParams.get('cursor');
  let start = 0;
  if (cursor) start = items.findIndex((item) => keyOf(item) === cursor) + 1;
  const slice = items.slice(start, start + limit);
  const next = start + limit < items.length ? keyOf(slice.at(-1)) : null;
  return { items: slice, next_cursor: next };
}
const publicUser = (u) => ({ id: u.id, email: u.email, display_name: u.display_name, locale: u.locale, is_admin: u.is_admin });
const memberView = (m) => {
  const u = users.get(m.user_id);
  return { user_id: u.id, email: u.email, display_name: u.display_name, roles: m.roles, added_at: m.added_at };
};
const ROLES = ['isms_manager', 'top_management', 'risk_owner', 'internal_auditor', 'employee', 'external_auditor'];

// --- API ---
async function api(req, res, url) {
  const method = req.method;
  const path = url.pathname;
  const sid = cookies(req).mamori_session;
  const session = sid ? sessions.get(sid) : undefined;
  const me = session ? users.get(session.user_id) : undefined;
  const unsafe = method !== 'GET' && method !== 'HEAD';

  if (path === '/api/v1/auth/login' && method === 'POST') {
    const body = await readJson(req);
    if (failures >= 20) return problem(res, 429, 'Too Many Requests');
    const user = [...users.values()].find((u) => u.email === body?.email);
    if (!user || user.password !== body?.password) {
      failures++;
      return problem(res, 401, 'Unauthorized', 'invalid email or password');
    }
    const newSid = randomBytes(16).toString('hex');
    const csrf = randomBytes(16).toString('hex');
    sessions.set(newSid, { user_id: user.id, csrf });
    return send(res, 200, { user: publicUser(user), csrf_token: csrf }, {
      'Set-Cookie': `mamori_session=${newSid}; HttpOnly; SameSite=Strict; Path=/`,
    });
  }
  if (!me) return problem(res, 401, 'Unauthorized');
  if (unsafe && req.headers['x-csrf-token'] !== session.csrf) return problem(res, 403, 'Forbidden', 'CSRF token missing or wrong');

  if (path === '/api/v1/auth/logout' && method === 'POST') {
    sessions.delete(sid);
    return send(res, 204, undefined, { 'Set-Cookie': 'mamori_session=; Max-Age=0; Path=/' });
  }
  if (path === '/api/v1/me' && method === 'GET') {
    const organisations = memberships
      .filter((m) => m.user_id === me.id)
      .map((m) => ({ id: m.org_id, name: orgs.get(m.org_id).name, roles: m.roles }));
    return send(res, 200, { user: publicUser(me), csrf_token: session.csrf, organisations });
  }
  if (path === '/api/v1/me' && method === 'PATCH') {
    const body = await readJson(req);
    const errors = [];
    if (body.locale !== undefined && !['ja', 'en'].includes(body.locale)) errors.push({ field: 'locale', message: 'must be ja or en' });
    if (body.display_name !== undefined && !String(body.display_name).trim()) errors.push({ field: 'display_name', message: 'required' });
    if (errors.length) return problem(res, 400, 'Invalid input', undefined, errors);
    Object.assign(me, body.locale ? { locale: body.locale } : {}, body.display_name ? { display_name: body.display_name } : {});
    return send(res, 200, publicUser(me));
  }
  if (path === '/api/v1/me/password' && method === 'POST') {
    const body = await readJson(req);
    const errors = [];
    if (body.current_password !== me.password) errors.push({ field: 'current_password', message: 'is wrong' });
    if (String(body.new_password ?? '').length < 12) errors.push({ field: 'new_password', message: 'must be at least 12 characters' });
    if (errors.length) return problem(res, 400, 'Invalid input', undefined, errors);
    me.password = body.new_password;
    return send(res, 204);
  }
  if (path === '/api/v1/orgs' && method === 'GET') {
    const visible = [...orgs.values()].filter((o) => me.is_admin || memberships.some((m) => m.org_id === o.id && m.user_id === me.id));
    return send(res, 200, page(visible.map(({ version, ...o }) => o), url, (o) => o.id));
  }
  const match = path.match(/^\/api\/v1\/orgs\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?$/);
  if (!match) return problem(res, 404, 'Not Found');
  const [, orgId, sub, itemId] = match;
  const org = orgs.get(orgId);
  const membership = memberships.find((m) => m.org_id === orgId && m.user_id === me.id);
  if (!org || (!membership && !me.is_admin)) return problem(res, 404, 'Not Found');
  const roles = membership?.roles ?? [];
  const manager = me.is_admin || roles.includes('isms_manager');

  if (!sub && method === 'GET') return send(res, 200, org, { ETag: `"${org.version}"` });
  if (!sub && method === 'PATCH') {
    if (!manager) return problem(res, 403, 'Forbidden');
    if (req.headers['if-match'] !== `"${org.version}"`) return problem(res, 412, 'Precondition Failed');
    const body = await readJson(req);
    if (!String(body.name ?? '').trim()) return problem(res, 400, 'Invalid input', undefined, [{ field: 'name', message: 'required' }]);
    const before = { name: org.name };
    org.name = body.name;
    org.version++;
    record(me, org.id, 'organisation', org.id, 'update', before, { name: org.name });
    return send(res, 200, org);
  }
  if (sub === 'members') {
    const list = memberships.filter((m) => m.org_id === orgId);
    if (!itemId && method === 'GET') {
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const sort = url.searchParams.get('sort') ?? 'display_name';
      const key = sort.replace(/^-/, '');
      let views = list.map(memberView).filter((v) => !q || v.email.toLowerCase().includes(q) || v.display_name.toLowerCase().includes(q));
      views.sort((a, b) => String(a[key]).localeCompare(String(b[key])) * (sort.startsWith('-') ? -1 : 1));
      return send(res, 200, page(views, url, (v) => v.user_id));
    }
    if (!manager) return problem(res, 403, 'Forbidden');
    if (!itemId && method === 'POST') {
      const body = await readJson(req);
      const errors = [];
      if (!/^[^@\s]+@[^@\s]+$/.test(body.email ?? '')) errors.push({ field: 'email', message: 'invalid email' });
      if (!Array.isArray(body.roles) || body.roles.length === 0 || body.roles.some((r) => !ROLES.includes(r))) errors.push({ field: 'roles', message: 'invalid roles' });
      let user = [...users.values()].find((u) => u.email === body.email);
      if (!user && String(body.password ?? '').length < 12) errors.push({ field: 'password', message: 'must be at least 12 characters' });
      if (!user && !String(body.display_name ?? '').trim()) errors.push({ field: 'display_name', message: 'required' });
      if (user && list.some((m) => m.user_id === user.id)) return problem(res, 409, 'Conflict', 'already a member');
      if (errors.length) return problem(res, 400, 'Invalid input', undefined, errors);
      if (!user) user = addUser(body.email, body.display_name, body.password);
      const created = addMembership(orgId, user.id, body.roles, me);
      return send(res, 201, memberView(created), { Location: `${path}/${user.id}` });
    }
    const target = list.find((m) => m.user_id === itemId);
    if (!target) return problem(res, 404, 'Not Found');
    if (method === 'PATCH') {
      const body = await readJson(req);
      if (!Array.isArray(body.roles) || body.roles.length === 0) return problem(res, 400, 'Invalid input', undefined, [{ field: 'roles', message: 'at least one role' }]);
      const before = { roles: target.roles };
      target.roles = body.roles;
      record(me, orgId, 'membership', itemId, 'update', before, { roles: target.roles });
      return send(res, 200, memberView(target));
    }
    if (method === 'DELETE') {
      memberships.splice(memberships.indexOf(target), 1);
      record(me, orgId, 'membership', itemId, 'delete', { roles: target.roles }, null);
      return send(res, 204);
    }
  }
  if (sub === 'tokens') {
    const mine = tokens.filter((t) => t.org_id === orgId && t.user_id === me.id);
    if (!itemId && method === 'GET') return send(res, 200, page(mine.map(({ org_id, user_id, secret, ...t }) => t), url, (t) => t.id));
    if (!itemId && method === 'POST') {
      const body = await readJson(req);
      if (!String(body.name ?? '').trim()) return problem(res, 400, 'Invalid input', undefined, [{ field: 'name', message: 'required' }]);
      const token = { id: randomUUID(), org_id: orgId, user_id: me.id, name: body.name, created_at: now(), last_used_at: null, revoked_at: null };
      tokens.push(token);
      record(me, orgId, 'api_token', token.id, 'create', null, { name: token.name });
      return send(res, 201, { id: token.id, name: token.name, created_at: token.created_at, token: `mamori_${randomBytes(24).toString('hex')}` });
    }
    const target = mine.find((t) => t.id === itemId);
    if (!target) return problem(res, 404, 'Not Found');
    if (method === 'DELETE') {
      target.revoked_at = now();
      record(me, orgId, 'api_token', target.id, 'revoke', { revoked_at: null }, { revoked_at: target.revoked_at });
      return send(res, 204);
    }
  }
  if (sub === 'audit-trail' && method === 'GET') {
    const readers = ['isms_manager', 'internal_auditor', 'external_auditor', 'top_management'];
    if (!me.is_admin && !roles.some((r) => readers.includes(r))) return problem(res, 403, 'Forbidden');
    const p = url.searchParams;
    const entries = audit
      .filter((e) => e.org_id === orgId)
      .filter((e) => !p.get('entity_type') || e.entity_type === p.get('entity_type'))
      .filter((e) => !p.get('entity_id') || e.entity_id === p.get('entity_id'))
      .filter((e) => !p.get('actor') || e.actor_id === p.get('actor'))
      .filter((e) => !p.get('from') || e.at >= p.get('from'))
      .filter((e) => !p.get('to') || e.at <= p.get('to'))
      .reverse();
    return send(res, 200, page(entries, url, (e) => String(e.seq)));
  }
  return problem(res, 405, 'Method Not Allowed');
}

// --- static files with history fallback ---
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
async function staticFile(req, res, url) {
  const security = {
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
  };
  let file = normalize(join(webRoot, decodeURIComponent(url.pathname)));
  if (!file.startsWith(webRoot)) file = join(webRoot, 'index.html');
  let info = await stat(file).catch(() => null);
  const isAsset = url.pathname.startsWith('/assets/');
  if (!info || info.isDirectory()) {
    if (isAsset) return problem(res, 404, 'Not Found');
    file = join(webRoot, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info) return problem(res, 404, 'Not Found');
  const body = await readFile(file);
  res.writeHead(200, {
    ...security,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  res.end(body);
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const handler = url.pathname.startsWith('/api/') ? api : staticFile;
  handler(req, res, url).catch((error) => {
    console.error(error);
    problem(res, 500, 'Internal Server Error');
  });
});
server.listen(Number(port), host, () => {
  console.log(`listening on http://${host}:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('SIGINT', () => server.close(() => process.exit(0)));
