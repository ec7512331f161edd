import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../i18n/index.svelte';
import HistoryPanel from './HistoryPanel.svelte';

afterEach(() => vi.unstubAllGlobals());

describe('HistoryPanel', () => {
  it('reads the audit trail for one record and shows what changed', async () => {
    setLocale('en', false);
    const urls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        urls.push(url);
        return new Response(
          JSON.stringify({
            items: [
              {
                seq: 7,
                at: '2025-04-01T00:00:00Z',
                actor_id: 'u1',
                actor_email: 'manager@example.com',
                org_id: 'o1',
                entity_type: 'membership',
                entity_id: 'u2',
                action: 'update',
                before: { roles: ['employee'] },
                after: { roles: ['employee', 'internal_auditor'] },
                hash: 'abc',
              },
            ],
            next_cursor: null,
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        );
      }),
    );
    render(HistoryPanel, { props: { orgId: 'o1', entityType: 'membership', entityId: 'u2' } });
    await screen.findByText('Updated by manager@example.com');
    expect(screen.getByText('employee, internal_auditor')).toBeTruthy();
    expect(urls[0]).toBe('/api/v1/orgs/o1/audit-trail?entity_type=membership&entity_id=u2&limit=20');
  });
});
