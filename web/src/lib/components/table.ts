// Types and pure helpers of the DataTable (kept apart so they can be unit-tested).
import type { Page } from '../api/types';

export interface Column<T> {
  key: string;
  label: string;
  sortable?: boolean;
  /** Hidden until the user picks it in the column chooser. */
  hidden?: boolean;
  /** Cannot be hidden (the row's name). */
  required?: boolean;
  /** Plain text for the cell, also used for CSV export; default: row[key]. */
  text?: (row: T) => string;
  width?: string;
  /** Long text is cut with an ellipsis at this width (the full text is in the title). */
  maxWidth?: string;
  align?: 'start' | 'end';
  mono?: boolean;
}

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterDef {
  key: string;
  label: string;
  type: 'search' | 'text' | 'select' | 'datetime-local';
  options?: readonly FilterOption[];
  /** Turns the input's value into the query value (e.g. local time → RFC 3339 UTC). */
  toQuery?: (value: string) => string;
}

export interface LoadParams {
  cursor: string | null;
  sort: string | null;
  limit: number;
  filters: Record<string, string>;
}

export type Loader<T> = (params: LoadParams) => Promise<Page<T>>;

export type SortState = { key: string; descending: boolean } | null;

/** Sort parameter as the API takes it: "field" or "-field". */
export function sortParam(sort: SortState): string | null {
  if (!sort) return null;
  return sort.descending ? `-${sort.key}` : sort.key;
}

/** Clicking a header: a new column sorts ascending, the same column flips. */
export function nextSort(sort: SortState, key: string): SortState {
  if (!sort || sort.key !== key) return { key, descending: false };
  return { key, descending: !sort.descending };
}

export function cellText<T>(row: T, column: Column<T>): string {
  if (column.text) return column.text(row);
  const value = (row as Record<string, unknown>)[column.key];
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The slice of rows to render for a scroll position (windowing). */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  total: number,
  overscan = 10,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(viewportHeight / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, first + count + overscan);
  return { start, end: Math.max(start, end) };
}

/** Where the keyboard moves the active row. */
export function moveIndex(key: string, index: number, total: number, pageRows: number): number | null {
  if (total === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(total - 1, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'PageDown':
      return Math.min(total - 1, index + pageRows);
    case 'PageUp':
      return Math.max(0, index - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
}
