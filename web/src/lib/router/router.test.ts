import { describe, expect, it } from 'vitest';
import { addGuard, current, href, matchPath, navigate, resolve, safeNext, startRouter } from './router.svelte';

describe('matchPath', () => {
  it('matches static and parameter segments', () => {
    expect(matchPath('/orgs/:org/members', '/orgs/abc/members')).toEqual({ org: 'abc' });
    expect(matchPath('/orgs/:org/members', '/orgs/abc/tokens')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/orgs/:org', '/orgs/a%20b')).toEqual({ org: 'a b' });
    expect(matchPath('/orgs/:org', '/orgs/%E0%A4%A')).toBeNull();
  });

  it('resolves the first matching route', () => {
    const routes = [
      { name: 'a', pattern: '/x', data: 1 },
      { name: 'b', pattern: '/:any', data: 2 },
    ];
    expect(resolve(routes, '/x')?.route.name).toBe('a');
    expect(resolve(routes, '/y')?.params).toEqual({ any: 'y' });
    expect(resolve(routes, '/y/z')).toBeNull();
  });

  it('builds paths', () => {
    expect(href('/orgs/:org/members', { org: 'a/b' })).toBe('/orgs/a%2Fb/members');
  });
});

describe('safeNext', () => {
  it('accepts same-site paths only', () => {
    expect(safeNext('/orgs/1/members?x=1')).toBe('/orgs/1/members?x=1');
    expect(safeNext('https://evil.example/')).toBe('/');
    expect(safeNext('//evil.example/')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('/login?next=/x')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});

describe('navigate', () => {
  it('updates the location and honours guards', async () => {
    const stop = startRouter();
    expect(await navigate('/profile')).toBe(true);
    expect(current.path).toBe('/profile');
    expect(window.location.pathname).toBe('/profile');

    let allow = false;
    const remove = addGuard(() => allow);
    expect(await navigate('/orgs/1/members')).toBe(false);
    expect(current.path).toBe('/profile');
    expect(await navigate('/orgs/1/members', { force: true })).toBe(true);
    allow = true;
    expect(await navigate('/orgs/1/tokens?x=1')).toBe(true);
    expect(current.query.get('x')).toBe('1');
    remove();
    stop();
  });

  it('routes clicks on same-site links', async () => {
    const stop = startRouter();
    const link = document.createElement('a');
    link.href = '/orgs/9/audit-trail';
    document.body.append(link);
    link.click();
    await new Promise((settle) => setTimeout(settle, 0));
    expect(current.path).toBe('/orgs/9/audit-trail');
    link.remove();
    stop();
  });
});
