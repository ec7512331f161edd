import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Evidence, Member } from '../lib/api/types';
import { setLocale } from '../lib/i18n/index.svelte';
import EvidencePanel from './EvidencePanel.svelte';

const members: Member[] = [
  { user_id: 'u1', email: 'suzuki@example.com', display_name: '鈴木 花子', roles: ['isms_manager'], added_at: '2026-04-01T00:00:00Z' },
];

const expired: Evidence = {
  id: 'e1',
  applied_control_id: 'c1',
  title: 'バックアップ復旧テスト結果',
  owner_id: 'u1',
  stale: true,
  versions: [
    {
      number: 1,
      attachment_id: 'a1',
      link: '',
      effective_on: '2026-03-27',
      expires_on: '2026-09-30',
      note: '半期ごとの復元テスト',
      added_by: 'u1',
      added_at: '2026-04-01T00:00:00Z',
    },
  ],
  created_at: '2026-04-01T00:00:00Z',
  version: 1,
};

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

let calls: { method: string; url: string; body: unknown }[] = [];

function stubApi(answer: (method: string, url: string) => Response | undefined): void {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      calls.push({ method, url, body: init.body });
      const given = answer(method, url);
      if (given) return given;
      if (method === 'GET' && url.endsWith('/evidence')) return json(200, { items: [expired], next_cursor: null });
      return json(404, { title: 'Not Found', status: 404 }, 'application/problem+json');
    }),
  );
}

beforeEach(() => setLocale('ja', false));
afterEach(() => vi.unstubAllGlobals());

describe('EvidencePanel', () => {
  it('lists evidence with the expired marker in words, the owner, dates and the download', async () => {
    stubApi(() => undefined);
    render(EvidencePanel, { props: { orgId: 'o1', controlId: 'c1', manage: true, members } });
    const marker = await screen.findByText('期限切れ');
    expect(marker.getAttribute('data-stale')).toBe('true');
    const row = marker.closest('tbody')!;
    expect(within(row as HTMLElement).getByText('鈴木 花子')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('2026-03-27')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('1 版')).toBeTruthy();
    const download = screen.getByRole('link', { name: 'バックアップ復旧テスト結果 第1版のファイルをダウンロード' });
    expect(download.getAttribute('href')).toBe('/api/v1/orgs/o1/evidence/e1/versions/1/content');
    expect(calls[0]?.url).toBe('/api/v1/orgs/o1/applied-controls/c1/evidence');
    expect(screen.getByRole('button', { name: '証跡を追加' })).toBeTruthy();
  });

  it('offers no additions to those who do not edit controls', async () => {
    stubApi(() => undefined);
    render(EvidencePanel, { props: { orgId: 'o1', controlId: 'c1', manage: false, members } });
    await screen.findByText('期限切れ');
    expect(screen.queryByRole('button', { name: '証跡を追加' })).toBeNull();
    expect(screen.queryByRole('button', { name: /新しい版を追加/ })).toBeNull();
  });

  it('shows the server’s field errors beside their fields', async () => {
    stubApi((method, url) =>
      method === 'POST' && url.endsWith('/evidence')
        ? json(
            400,
            {
              title: 'Invalid request',
              status: 400,
              errors: [
                { field: 'link', message: 'must be an http or https address of at most 2,000 bytes' },
                { field: 'effective_on', message: 'must be a date (YYYY-MM-DD)' },
              ],
            },
            'application/problem+json',
          )
        : undefined,
    );
    render(EvidencePanel, { props: { orgId: 'o1', controlId: 'c1', manage: true, members, userId: 'u1' } });
    await fireEvent.click(await screen.findByRole('button', { name: '証跡を追加' }));
    const form = screen.getByTestId('evidence-form');
    await fireEvent.input(within(form).getByLabelText(/^名称/), { target: { value: '週次ログ確認' } });
    await fireEvent.click(within(form).getByLabelText('リンク'));
    await fireEvent.input(within(form).getByLabelText(/^リンク\(URL\)/), { target: { value: 'https://tickets.example.com/SEC-1' } });
    await fireEvent.input(within(form).getByLabelText(/^有効日/), { target: { value: '2026-11-16' } });
    await fireEvent.submit(form);
    const linkError = await within(form).findByText('must be an http or https address of at most 2,000 bytes');
    expect(linkError.getAttribute('data-field-error')).toBe('evidence_link');
    expect(within(form).getByText('must be a date (YYYY-MM-DD)').getAttribute('data-field-error')).toBe('effective_on');
    const sent = calls.find((call) => call.method === 'POST');
    expect(JSON.parse(String(sent?.body))).toEqual({
      title: '週次ログ確認',
      owner_id: 'u1',
      link: 'https://tickets.example.com/SEC-1',
      effective_on: '2026-11-16',
    });
  });

  it('after a lost update (412) keeps the form and sends the next try with the version read again', async () => {
    let reads = 0;
    stubApi((method, url) => {
      if (method === 'GET' && url.endsWith('/evidence')) {
        reads += 1;
        // Someone else added version 2 in the meantime.
        const current = reads === 1 ? expired : { ...expired, version: 2, versions: [...expired.versions, { ...expired.versions[0]!, number: 2 }] };
        return json(200, { items: [current], next_cursor: null });
      }
      if (method === 'POST' && url.endsWith('/versions')) return json(412, { title: 'Precondition Failed', status: 412 }, 'application/problem+json');
      return undefined;
    });
    render(EvidencePanel, { props: { orgId: 'o1', controlId: 'c1', manage: true, members } });
    await fireEvent.click(await screen.findByRole('button', { name: /新しい版を追加/ }));
    const form = screen.getByTestId('evidence-form');
    await fireEvent.click(within(form).getByLabelText('リンク'));
    await fireEvent.input(within(form).getByLabelText(/^リンク\(URL\)/), { target: { value: 'https://wiki.example.com/restore-2026-09' } });
    await fireEvent.input(within(form).getByLabelText(/^有効日/), { target: { value: '2026-09-28' } });
    await fireEvent.submit(form);
    await within(form).findByRole('alert');
    expect(screen.getByTestId('evidence-form')).toBeTruthy();
    await screen.findByText('2 版');
    await fireEvent.submit(screen.getByTestId('evidence-form'));
    await vi.waitFor(() => expect(calls.filter((call) => call.method === 'POST')).toHaveLength(2));
    const tries = (vi.mocked(fetch).mock.calls as [string, RequestInit][]).filter(([, init]) => init?.method === 'POST');
    expect((tries[0]![1].headers as Record<string, string>)['If-Match']).toBe('"1"');
    expect((tries[1]![1].headers as Record<string, string>)['If-Match']).toBe('"2"');
  });
});
