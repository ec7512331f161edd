import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../i18n/index.svelte';
import SavedViews from './SavedViews.svelte';

afterEach(() => vi.unstubAllGlobals());

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const VIEW = {
  id: 'v1',
  register: 'assets',
  name: 'Hardware only',
  query: 'category=hardware',
  created_at: '2026-04-01T00:00:00Z',
  updated_at: '2026-04-01T00:00:00Z',
  version: 1,
};

/** Opens the menu (a <details>) and waits for the person's views. */
async function openMenu(): Promise<void> {
  const details = document.querySelector('details.views') as HTMLDetailsElement;
  details.open = true;
  await fireEvent(details, new Event('toggle'));
}

describe('SavedViews', () => {
  it('lists the views of its register and applies the one chosen', async () => {
    setLocale('en', false);
    const urls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        urls.push(url);
        return json({ items: [VIEW], next_cursor: null });
      }),
    );
    const onapply = vi.fn();
    render(SavedViews, { props: { orgId: 'o1', register: 'assets', current: () => '', onapply } });
    await openMenu();
    await fireEvent.click(await screen.findByRole('button', { name: 'Hardware only' }));
    expect(onapply).toHaveBeenCalledWith('category=hardware');
    expect(urls[0]).toBe('/api/v1/orgs/o1/saved-views?register=assets');
  });

  it('saves what the table shows under a trimmed name, and names a taken one', async () => {
    setLocale('en', false);
    const posted: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        if (init?.method === 'POST') {
          posted.push(JSON.parse(String(init.body)));
          return json({ ...VIEW, id: 'v2', name: 'Confidential', query: 'q=x' }, 201);
        }
        return json({ items: posted.length ? [VIEW, { ...VIEW, id: 'v2', name: 'Confidential' }] : [VIEW], next_cursor: null });
      }),
    );
    render(SavedViews, { props: { orgId: 'o1', register: 'risks', current: () => 'q=x', onapply: () => {} } });
    await openMenu();
    await fireEvent.click(await screen.findByRole('button', { name: 'Save current view…' }));
    const input = screen.getByLabelText('View name') as HTMLInputElement;
    await fireEvent.input(input, { target: { value: 'Hardware only' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('You already have a view with this name.');
    expect(posted).toEqual([]);

    await fireEvent.input(input, { target: { value: '  Confidential ' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Confidential' });
    expect(posted).toEqual([{ register: 'risks', name: 'Confidential', query: 'q=x' }]);
  });
});
