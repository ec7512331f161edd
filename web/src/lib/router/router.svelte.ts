// A small client-side router on the History API. Routes are patterns such as
// "/orgs/:org/members"; the server answers index.html for every non-API path, so a
// reload or a bookmarked URL lands here. Guards (the unsaved-changes guard) may veto
// a navigation, including browser back/forward.

export type Params = Record<string, string>;

export interface RouteDef<T = unknown> {
  name: string;
  pattern: string;
  data: T;
}

export interface Match<T = unknown> {
  route: RouteDef<T>;
  params: Params;
}

export type Guard = () => boolean | Promise<boolean>;

/** Matches "/orgs/:org/members" against a path; returns the decoded params or null. */
export function matchPath(pattern: string, path: string): Params | null {
  const patternParts = pattern.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (patternParts.length !== pathParts.length) return null;
  const params: Params = {};
  for (let index = 0; index < patternParts.length; index++) {
    const expected = patternParts[index]!;
    const actual = pathParts[index]!;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

export function resolve<T>(routes: readonly RouteDef<T>[], path: string): Match<T> | null {
  for (const route of routes) {
    const params = matchPath(route.pattern, path);
    if (params) return { route, params };
  }
  return null;
}

/** Builds a path from a pattern: href('/orgs/:org/members', {org: 'x'}). */
export function href(pattern: string, params: Params = {}): string {
  return (
    '/' +
    pattern
      .split('/')
      .filter(Boolean)
      .map((part) => (part.startsWith(':') ? encodeURIComponent(params[part.slice(1)] ?? '') : part))
      .join('/')
  );
}

/** A "next" value from the login URL is followed only if it stays on this site. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

interface Location {
  path: string;
  search: string;
}

function readLocation(): Location {
  if (typeof window === 'undefined') return { path: '/', search: '' };
  return { path: window.location.pathname, search: window.location.search };
}

const location = $state<Location>(readLocation());
const guards = new Set<Guard>();
let lastHref = location.path + location.search;
let navigating = false;

export const current = {
  get path(): string {
    return location.path;
  },
  get search(): string {
    return location.search;
  },
  get query(): URLSearchParams {
    return new URLSearchParams(location.search);
  },
  get href(): string {
    return location.path + location.search;
  },
};

export function addGuard(guard: Guard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

async function guardsAllow(): Promise<boolean> {
  for (const guard of [...guards]) {
    if (!(await guard())) return false;
  }
  return true;
}

function apply(): void {
  const next = readLocation();
  location.path = next.path;
  location.search = next.search;
  lastHref = next.path + next.search;
}

export interface NavigateOptions {
  replace?: boolean;
  /** Skip the guards (used when the session has ended and the page must go). */
  force?: boolean;
}

/** Goes to a same-site URL. Resolves false if a guard vetoed it. */
export async function navigate(to: string, options: NavigateOptions = {}): Promise<boolean> {
  if (to === current.href && !options.replace) return true;
  if (!options.force && !(await guardsAllow())) return false;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  apply();
  if (typeof window !== 'undefined') window.scrollTo?.(0, 0);
  return true;
}

async function onPopState(): Promise<void> {
  if (navigating) return;
  const target = window.location.pathname + window.location.search;
  if (guards.size > 0) {
    // The URL has already changed: put the old one back while we ask.
    navigating = true;
    history.pushState(null, '', lastHref);
    const allowed = await guardsAllow();
    if (allowed) history.replaceState(null, '', target);
    navigating = false;
    if (!allowed) return;
  }
  apply();
}

/** Sends clicks on same-site <a href> links through the router. */
function onClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor || !anchor.href || anchor.target || anchor.hasAttribute('download')) return;
  if (anchor.dataset.external !== undefined) return;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
  event.preventDefault();
  void navigate(url.pathname + url.search);
}

let started = false;

export function startRouter(): () => void {
  if (started) return () => {};
  started = true;
  apply();
  window.addEventListener('popstate', onPopState);
  document.addEventListener('click', onClick);
  return () => {
    started = false;
    window.removeEventListener('popstate', onPopState);
    document.removeEventListener('click', onClick);
  };
}
