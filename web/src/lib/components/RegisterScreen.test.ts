import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '../i18n/index.svelte';
import Fixture from './RegisterScreen.fixture.svelte';

// An ISMS manager who cannot read the audit trail (no history panel to load).
vi.mock('../session.svelte', () => ({
  canEditIsmsRecords: () => true,
  canReadAuditTrail: () => false,
}));

const field = (name: string) => document.querySelector(`#note-form [name="${name}"]`)!;

const note = { id: 'n1', version: 3, title: 'First', body: 'text' };

function mount(canEdit?: (orgId: string) => boolean) {
  setLocale('en', false);
  const api = {
    add: vi.fn(async (_orgId: string, input: { title: string; body: string }) => ({ id: 'n2', version: 1, ...input })),
    update: vi.fn(async (_orgId: string, record: typeof note, changes: Partial<typeof note>) => ({
      ...record,
      ...changes,
      version: record.version + 1,
    })),
    remove: vi.fn(async () => undefined),
  };
  const load = vi.fn(async () => ({ items: [note], next_cursor: null }));
  render(Fixture, { props: { api, load, canEdit } });
  return { api, load };
}

describe('RegisterScreen', () => {
  it('lists the records under the register title', async () => {
    const { load } = mount();
    expect(screen.getByRole('heading', { level: 1, name: 'Internal and external issues' })).toBeTruthy();
    await screen.findByText('First');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('follows the register own edit permission where it has one', async () => {
    const canEdit = vi.fn((orgId: string) => orgId === 'elsewhere');
    mount(canEdit);
    await screen.findByText('First');
    expect(canEdit).toHaveBeenCalledWith('o1');
    expect(screen.queryByRole('button', { name: 'Add issue' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });

  it('refuses a blank required field next to it, and sends nothing', async () => {
    const { api } = mount();
    await fireEvent.click(screen.getByRole('button', { name: 'Add issue' }));
    await fireEvent.submit(document.getElementById('note-form')!);
    await waitFor(() => expect(document.querySelector('[data-field-error="title"]')).toBeTruthy());
    expect(api.add).not.toHaveBeenCalled();
  });

  it('adds the draft and reloads the table', async () => {
    const { api, load } = mount();
    await screen.findByText('First');
    await fireEvent.click(screen.getByRole('button', { name: 'Add issue' }));
    await fireEvent.input(field('title'), { target: { value: 'Second' } });
    await fireEvent.submit(document.getElementById('note-form')!);
    await waitFor(() => expect(api.add).toHaveBeenCalledWith('o1', { title: 'Second', body: '' }));
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
  });

  it('edits a record by sending only what changed', async () => {
    const { api } = mount();
    await screen.findByText('First');
    await fireEvent.click(screen.getByRole('button', { name: 'Edit: First' }));
    await fireEvent.input(field('body'), { target: { value: 'new text' } });
    await fireEvent.submit(document.getElementById('note-form')!);
    await waitFor(() => expect(api.update).toHaveBeenCalledWith('o1', note, { body: 'new text' }));
  });
});
