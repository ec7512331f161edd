import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, buildUrl, http, onUnauthorized, parseProblem, setCsrfToken } from './client';

interface Call {
  url: string;
  init: RequestInit;
}

let calls: Call[];

function answer(status: number, body?: unknown, type = 'application/json') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: body === undefined ? {} : { 'content-type': type },
      });
    }),
  );
}

const header = (call: Call, name: string) => (call.init.headers as Record<string, string>)[name];

beforeEach(() => {
  calls = [];
  setCsrfToken('csrf-123');
});

afterEach(() => {
  vi.unstubAllGlobals();
  onUnauthorized(null);
});

describe('http client', () => {
  it('sends the CSRF token on unsafe requests only', async () => {
    answer(200, { ok: true });
    await http.get('/api/v1/me');
    await http.post('/api/v1/x', { a: 1 });
    await http.patch('/api/v1/x', { a: 1 });
    await http.delete('/api/v1/x');
    expect(header(calls[0]!, 'X-CSRF-Token')).toBeUndefined();
    expect(calls.slice(1).map((call) => header(call, 'X-CSRF-Token'))).toEqual([
      'csrf-123',
      'csrf-123',
      'csrf-123',
    ]);
    expect(header(calls[1]!, 'Content-Type')).toBe('application/json');
    expect(calls[1]!.init.body).toBe('{"a":1}');
  });

  it('hands a 401 to the unauthorized handler', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    answer(401, { type: 'about:blank', title: 'Unauthorized', status: 401 }, 'application/problem+json');
    await expect(http.get('/api/v1/orgs')).rejects.toBeInstanceOf(ApiError);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('does not redirect when a 401 is an expected answer', async () => {
    const handler = vi.fn();
    onUnauthorized(handler);
    answer(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json');
    await expect(http.post('/api/v1/auth/login', {}, { expectUnauthorized: true })).rejects.toMatchObject({
      status: 401,
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('parses problem+json with field errors', async () => {
    answer(
      400,
      {
        type: 'https://mamori.example/problems/validation',
        title: 'Invalid input',
        status: 400,
        detail: 'Some fields are invalid',
        errors: [
          { field: 'new_password', message: 'too short' },
          { field: 'new_password', message: 'too common' },
          { field: 'email', message: 'bad' },
          { nonsense: true },
        ],
      },
      'application/problem+json',
    );
    const error = (await http.post('/api/v1/me/password', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(400);
    expect(error.problem.errors).toHaveLength(3);
    expect(error.fieldErrors()).toEqual({ new_password: 'too short too common', email: 'bad' });
  });

  it('turns a non-JSON error into a problem', async () => {
    const problem = await parseProblem(new Response('oops', { status: 502, statusText: 'Bad Gateway' }));
    expect(problem).toMatchObject({ status: 502, title: 'Bad Gateway' });
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(http.get('/api/v1/me')).rejects.toMatchObject({ status: 0 });
  });

  it('returns undefined for 204', async () => {
    answer(204);
    await expect(http.delete('/api/v1/x')).resolves.toBeUndefined();
  });

  it('builds query strings without empty values', () => {
    expect(buildUrl('/a', { limit: 50, cursor: null, q: '', sort: '-name' })).toBe('/a?limit=50&sort=-name');
    expect(buildUrl('/a', { q: '山田 太郎' })).toBe('/a?q=%E5%B1%B1%E7%94%B0+%E5%A4%AA%E9%83%8E');
  });
});
