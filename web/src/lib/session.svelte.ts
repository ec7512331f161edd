// Who is signed in, in which organisations, with which roles. Loaded from GET /me
// at start (which also gives the CSRF token after a reload) and from the login answer.
import { api } from './api/endpoints';
import { ApiError, onUnauthorized, setCsrfToken, setLanguageProvider } from './api/client';
import type { Membership, Role, User } from './api/types';
import { locale } from './i18n/index.svelte';
import { current, navigate } from './router/router.svelte';

export type SessionStatus = 'unknown' | 'signed_out' | 'signed_in';

interface SessionState {
  status: SessionStatus;
  user: User | null;
  organisations: Membership[];
  /** Why the user is on the login page, for the message shown there. */
  reason: 'expired' | 'signed_out' | null;
}

export const session = $state<SessionState>({
  status: 'unknown',
  user: null,
  organisations: [],
  reason: null,
});

const ORG_KEY = 'mamori.org';

setLanguageProvider(() => locale());

onUnauthorized(() => {
  if (session.status !== 'signed_in') return;
  clear('expired');
  if (!current.path.startsWith('/login')) {
    void navigate(`/login?next=${encodeURIComponent(current.href)}`, { force: true, replace: true });
  }
});

function clear(reason: SessionState['reason']): void {
  session.status = 'signed_out';
  session.user = null;
  session.organisations = [];
  session.reason = reason;
  setCsrfToken(null);
}

/** Installation admins may open every organisation, not only those they hold roles in. */
async function withAdminOrganisations(user: User, own: Membership[]): Promise<Membership[]> {
  if (!user.is_admin) return own;
  try {
    const page = await api.listOrgs({ limit: 500 });
    const byId = new Map(own.map((membership) => [membership.id, membership]));
    for (const org of page.items) {
      if (!byId.has(org.id)) byId.set(org.id, { id: org.id, name: org.name, roles: [] });
    }
    return [...byId.values()];
  } catch {
    return own;
  }
}

// The UI language is the browser's (or the one chosen here and remembered); the
// profile's language is what the server uses for what it writes (exports, mail). A
// switch in the UI updates both, so the account's `locale` does not override a
// language the user is already reading on the login page.
function adoptUser(user: User): void {
  session.user = user;
}

/** Asks the server who we are. Resolves to the new status. */
export async function loadSession(): Promise<SessionStatus> {
  try {
    const me = await api.me();
    setCsrfToken(me.csrf_token);
    adoptUser(me.user);
    session.organisations = await withAdminOrganisations(me.user, me.organisations);
    session.status = 'signed_in';
    session.reason = null;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) clear(session.reason);
    else throw error;
  }
  return session.status;
}

export async function signIn(email: string, password: string): Promise<void> {
  const result = await api.login(email, password);
  setCsrfToken(result.csrf_token);
  adoptUser(result.user);
  // /me carries the organisations and roles (and a fresh CSRF token).
  await loadSession();
}

export async function signOut(): Promise<void> {
  try {
    await api.logout();
  } catch {
    // The session is gone either way.
  }
  clear('signed_out');
  await navigate('/login', { force: true });
}

export function updateUser(user: User): void {
  session.user = user;
}

export function rolesIn(orgId: string | undefined): readonly Role[] {
  return session.organisations.find((membership) => membership.id === orgId)?.roles ?? [];
}

export function isAdmin(): boolean {
  return session.user?.is_admin === true;
}

/** Members and organisation settings are managed by the ISMS manager (or an admin). */
export function canManage(orgId: string | undefined): boolean {
  return isAdmin() || rolesIn(orgId).includes('isms_manager');
}

const AUDIT_READERS: readonly Role[] = [
  'isms_manager',
  'internal_auditor',
  'external_auditor',
  'top_management',
];

/**
 * The audit trail is read by holders of these roles in the organisation. Being an
 * installation admin is not enough (the API answers 403): an admin who must read it
 * gives themselves a role first, which the trail then records.
 */
export function canReadAuditTrail(orgId: string | undefined): boolean {
  return rolesIn(orgId).some((role) => AUDIT_READERS.includes(role));
}

/**
 * The organisation's ISMS records (context, risks and opportunities…) are read by every
 * member holding a role and changed by the ISMS manager. Unlike members and settings, an
 * installation admin without a role does neither: the API answers 403.
 */
export function canReadIsmsRecords(orgId: string | undefined): boolean {
  return rolesIn(orgId).length > 0;
}

export function canEditIsmsRecords(orgId: string | undefined): boolean {
  return rolesIn(orgId).includes('isms_manager');
}

/** The asset inventory is kept by the ISMS manager and the risk owners (the API agrees). */
export function canEditAssets(orgId: string | undefined): boolean {
  return rolesIn(orgId).some((role) => role === 'isms_manager' || role === 'risk_owner');
}

/** Whether authors may approve their own versions is top management's decision (the API agrees). */
export function canConfigureApproval(orgId: string | undefined): boolean {
  return rolesIn(orgId).includes('top_management');
}

export function rememberOrg(orgId: string): void {
  try {
    localStorage.setItem(ORG_KEY, orgId);
  } catch {
    // not remembered
  }
}

/** The organisation to open when the URL names none: the last one used, else the first. */
export function preferredOrg(): string | null {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(ORG_KEY);
  } catch {
    stored = null;
  }
  if (stored && session.organisations.some((membership) => membership.id === stored)) return stored;
  return session.organisations[0]?.id ?? null;
}

export function orgName(orgId: string | undefined): string {
  return session.organisations.find((membership) => membership.id === orgId)?.name ?? '';
}

export function setOrgName(orgId: string, name: string): void {
  const membership = session.organisations.find((entry) => entry.id === orgId);
  if (membership) membership.name = name;
}
