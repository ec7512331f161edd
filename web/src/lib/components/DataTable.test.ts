import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '../i18n/index.svelte';
import DataTable from './DataTable.svelte';
import { moveIndex, nextSort, sortParam, visibleRange, type Column, type LoadParams } from './table';

interface Row {
  id: string;
  name: string;
}

const columns: Column<Row>[] = [
  { key: 'name', label: 'Name', sortable: true, required: true },
  { key: 'id', label: 'ID', hidden: true },
];

function rows(from: number, count: number): Row[] {
  return Array.from({ length: count }, (_, index) => ({ id: `r${from + index}`, name: `Row ${from + index}` }));
}

function pagedLoader(total: number) {
  return vi.fn(async (params: LoadParams) => {
    const start = params.cursor ? Number(params.cursor) : 0;
    const end = Math.min(total, start + params.limit);
    return { items: rows(start, end - start), next_cursor: end < total ? String(end) : null };
  });
}

function mount(load: ReturnType<typeof pagedLoader>, extra: Record<string, unknown> = {}) {
  setLocale('en', false);
  return render(DataTable<Row>, {
    props: {
      id: `test-${Math.random()}`,
      caption: 'Rows',
      columns,
      load,
      rowKey: (row: Row) => row.id,
      pageSize: 20,
      ...extra,
    },
  });
}

afterEach(() => localStorage.clear());

describe('table helpers', () => {
  it('sorts: new column ascending, same column flips', () => {
    const first = nextSort(null, 'name');
    expect(sortParam(first)).toBe('name');
    expect(sortParam(nextSort(first, 'name'))).toBe('-name');
    expect(sortParam(nextSort(first, 'email'))).toBe('email');
    expect(sortParam(null)).toBeNull();
  });

  it('windows rows around the scroll position', () => {
    expect(visibleRange(0, 360, 36, 5000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(36 * 1000, 360, 36, 5000, 5)).toEqual({ start: 995, end: 1015 });
    expect(visibleRange(36 * 4999, 360, 36, 5000, 5)).toEqual({ start: 4994, end: 5000 });
  });

  it('moves the keyboard focus within bounds', () => {
    expect(moveIndex('ArrowDown', 9, 10, 5)).toBe(9);
    expect(moveIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(moveIndex('PageDown', 2, 10, 5)).toBe(7);
    expect(moveIndex('End', 2, 10, 5)).toBe(9);
    expect(moveIndex('Home', 5, 10, 5)).toBe(0);
    expect(moveIndex('x', 5, 10, 5)).toBeNull();
    expect(moveIndex('ArrowDown', 0, 0, 5)).toBeNull();
  });
});

describe('DataTable', () => {
  it('loads the first page, then more with the cursor', async () => {
    const load = pagedLoader(30);
    mount(load);
    await screen.findByText('Row 0');
    expect(screen.getByText('20 rows shown')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('Row 29');
    expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ cursor: '20', limit: 20 }));
    expect(screen.getByText('All rows loaded')).toBeTruthy();
  });

  it('shows the empty state', async () => {
    mount(pagedLoader(0), { emptyText: 'No members.' });
    await screen.findByText('No members.');
  });

  it('shows a load error in the user language', async () => {
    const load = vi.fn(async () => Promise.reject(new Error('boom')));
    mount(load as unknown as ReturnType<typeof pagedLoader>);
    await screen.findByText('An unexpected error occurred.');
  });

  it('asks the server to sort when a header is clicked', async () => {
    const load = pagedLoader(3);
    mount(load);
    await screen.findByText('Row 0');
    await fireEvent.click(screen.getByRole('button', { name: /Name/ }));
    await waitFor(() => expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'name', cursor: null })));
    await fireEvent.click(screen.getByRole('button', { name: /Name/ }));
    await waitFor(() => expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ sort: '-name' })));
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('passes filters to the loader', async () => {
    const load = pagedLoader(3);
    mount(load, { filters: [{ key: 'q', label: 'Search', type: 'search', toQuery: (v: string) => v.toUpperCase() }] });
    await screen.findByText('Row 0');
    await fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'abc' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ filters: { q: 'ABC' } })));
  });

  it('hides and shows columns from the chooser', async () => {
    mount(pagedLoader(2));
    await screen.findByText('Row 0');
    expect(screen.queryByRole('columnheader', { name: 'ID' })).toBeNull();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'ID' }));
    expect(screen.getByRole('columnheader', { name: 'ID' })).toBeTruthy();
  });

  it('moves between rows with the keyboard and activates with Enter', async () => {
    const onactivate = vi.fn();
    const { container } = mount(pagedLoader(5), { onactivate });
    await screen.findByText('Row 0');
    const first = container.querySelector<HTMLElement>('tr[data-index="0"]')!;
    expect(first.tabIndex).toBe(0);
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-index')).toBe('1'));
    await fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-index')).toBe('4'));
    await fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onactivate).toHaveBeenCalledWith({ id: 'r4', name: 'Row 4' });
  });

  it('renders only a window of rows when thousands are loaded', async () => {
    const { container } = mount(pagedLoader(3000), { pageSize: 3000 });
    await screen.findByText('Row 0');
    const rendered = container.querySelectorAll('tbody tr[data-index]').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(200);
    expect(screen.getByText('3,000 rows shown')).toBeTruthy();
  });

  it('selects rows one by one or all shown, and counts them', async () => {
    mount(pagedLoader(3), { selectable: true, rowLabel: (row: Row) => row.name });
    await screen.findByText('Row 0');
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Select Row 1' }));
    expect(screen.getByText('1 selected')).toBeTruthy();
    const all = screen.getByRole('checkbox', { name: 'Select all rows shown' }) as HTMLInputElement;
    expect(all.indeterminate).toBe(true);
    await fireEvent.click(all);
    expect(screen.getByText('3 selected')).toBeTruthy();
    await fireEvent.click(all);
    expect(screen.queryByText(/selected/)).toBeNull();
  });

  it('exports the current view as CSV', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:x';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const load = vi.fn(async () => ({ items: [{ id: 'r1', name: '=cmd|calc' }], next_cursor: null }));
    mount(load as unknown as ReturnType<typeof pagedLoader>);
    await screen.findByText('=cmd|calc');
    await fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(created).toHaveLength(1);
    const buffer = await new Promise<ArrayBuffer>((settle) => {
      const reader = new FileReader();
      reader.onload = () => settle(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(created[0]!);
    });
    const bytes = new Uint8Array(buffer);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toBe("Name\r\n'=cmd|calc\r\n");
    vi.unstubAllGlobals();
  });
});
