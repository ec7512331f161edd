import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from './client';
import { api } from './endpoints';

interface Call {
  url: string;
  init: RequestInit;
}
let calls: Call[];

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
}
const header = (call: Call, name: string) => (call.init.headers as Record<string, string>)[name];

beforeEach(() => {
  calls = [];
  setCsrfToken('csrf');
});
afterEach(() => vi.unstubAllGlobals());

describe('documents endpoints', () => {
  it('upload a file as the raw body with its name in the query', async () => {
    answer(201, { id: 'a1', file_name: '規程.pdf' });
    const file = new File(['%PDF-1.7'], '規程.pdf', { type: 'application/pdf' });
    await api.uploadAttachment('o1', file);
    expect(calls[0]!.url).toBe(`/api/v1/orgs/o1/attachments?file_name=${encodeURIComponent('規程.pdf').replace(/%20/g, '+')}`);
    expect(header(calls[0]!, 'Content-Type')).toBe('application/pdf');
    expect(calls[0]!.init.body).toBe(file);
    expect(header(calls[0]!, 'X-CSRF-Token')).toBe('csrf');
  });

  it('edit a draft with If-Match on the version read', async () => {
    answer(200, {});
    await api.documents.updateVersion('o1', 'd1', { number: 3, version: 7 } as never, { body: '# 方針' });
    expect(calls[0]!.url).toBe('/api/v1/orgs/o1/documents/d1/versions/3');
    expect(calls[0]!.init.method).toBe('PATCH');
    expect(header(calls[0]!, 'If-Match')).toBe('"7"');
  });

  it('publish asking roles to acknowledge', async () => {
    answer(200, {});
    await api.documents.transition('o1', 'd1', 2, 'publish', { acknowledgement: { roles: ['employee'] } });
    expect(calls[0]!.url).toBe('/api/v1/orgs/o1/documents/d1/versions/2/publish');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ acknowledgement: { roles: ['employee'] } });
  });

  it('reach the scope, the map, templates and pending acknowledgements', async () => {
    answer(200, { items: [] });
    await api.scope.transition('o1', 1, 'approve');
    await api.documentedInformationMap('o1');
    await api.template('policy', 'en');
    await api.pendingAcknowledgements('o1');
    expect(calls.map((call) => call.url)).toEqual([
      '/api/v1/orgs/o1/scope/versions/1/approve',
      '/api/v1/orgs/o1/documented-information-map',
      '/api/v1/templates/policy?lang=en',
      '/api/v1/orgs/o1/acknowledgements/pending',
    ]);
  });
});
