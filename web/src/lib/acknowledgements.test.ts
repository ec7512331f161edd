import { afterEach, describe, expect, it, vi } from 'vitest';
import { pendingCount, refreshPendingAcks } from './acknowledgements.svelte';

afterEach(() => vi.unstubAllGlobals());

function answer(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
  );
}

const item = (number: string) => ({
  document_id: number,
  number,
  title: '情報セキュリティ方針',
  version_number: 1,
  requested_at: '2026-04-01T00:00:00Z',
});

describe('pending acknowledgements', () => {
  it('count for the organisation they were read for only', async () => {
    answer(200, { items: [item('ISMS-POL-001'), item('ISMS-RUL-002')] });
    await refreshPendingAcks('o1');
    expect(pendingCount('o1')).toBe(2);
    expect(pendingCount('o2')).toBe(0);
  });

  it('hide the badge when they cannot be read', async () => {
    answer(200, { items: [item('ISMS-POL-001')] });
    await refreshPendingAcks('o1');
    answer(403, { type: 'about:blank', title: 'Forbidden', status: 403 });
    await expect(refreshPendingAcks('o1')).rejects.toThrow();
    expect(pendingCount('o1')).toBe(0);
  });
});
