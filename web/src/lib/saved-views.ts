// Saved views of the registers (the asset inventory, the risk register): the API calls and the
// pure rules of the "Views" menu — a table's filters and sort turned into the query string the
// register's list takes (what a view keeps) and back, and the checks of a view's name.
import { http } from './api/client';
import type { Page } from './api/types';

export type ViewRegister = 'assets' | 'risks';

export interface SavedView {
  id: string;
  register: ViewRegister;
  name: string;
  /** The register list's query string, e.g. "category=information&q=%E9%A1%A7". */
  query: string;
  created_at: string;
  updated_at: string;
  version: number;
}

/** What a table shows: its applied filters by key and its sort ("field" or "-field"). */
export interface ViewState {
  filters: Record<string, string>;
  sort: string | null;
}

/** The server's limits (domain/views/saved_view.h). */
export const MAX_VIEW_NAME_LENGTH = 100;
export const MAX_VIEW_QUERY_LENGTH = 2000;
export const MAX_VIEWS_PER_REGISTER = 50;

const views = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/saved-views`;

export const savedViewsApi = {
  list: (orgId: string, register: ViewRegister) =>
    http.get<Page<SavedView>>(views(orgId), { query: { register } }),
  create: (orgId: string, register: ViewRegister, name: string, query: string) =>
    http.post<SavedView>(views(orgId), { register, name, query }),
  remove: (orgId: string, id: string) => http.delete(`${views(orgId)}/${encodeURIComponent(id)}`),
};

/**
 * The query a view keeps for a table's state: its filters in the table's order (empty ones
 * left out) and the sort unless it is the table's own first order.
 */
export function queryOfState(state: ViewState, keys: readonly string[], defaultSort: string | null = null): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = (state.filters[key] ?? '').trim();
    if (value) params.append(key, value);
  }
  if (state.sort && state.sort !== defaultSort) params.append('sort', state.sort);
  return params.toString();
}

/**
 * A table's state from a view's query: every filter the table has (cleared when the view does
 * not set it), the sort or the table's own; parameters the table does not know are ignored.
 */
export function stateOfQuery(query: string, keys: readonly string[], defaultSort: string | null = null): ViewState {
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const filters: Record<string, string> = {};
  for (const key of keys) filters[key] = params.get(key) ?? '';
  return { filters, sort: params.get('sort') || defaultSort };
}

/** The table's sort as the API writes it, and back ("-risk_value" ↔ descending by risk_value). */
export function sortOfParam(sort: string | null): { key: string; descending: boolean } | null {
  if (!sort) return null;
  return sort.startsWith('-') ? { key: sort.slice(1), descending: true } : { key: sort, descending: false };
}

/** Whether two queries hold the same parameters, whatever their order. */
export function sameQuery(first: string, second: string): boolean {
  const sorted = (query: string) => [...new URLSearchParams(query).entries()].map((pair) => pair.join('=')).sort().join('&');
  return sorted(first) === sorted(second);
}

export type NameProblem = 'required' | 'too_long' | 'taken';

/** What is wrong with a new view's name before the server is asked (it checks again). */
export function nameProblem(name: string, existing: readonly SavedView[]): NameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'required';
  if ([...trimmed].length > MAX_VIEW_NAME_LENGTH) return 'too_long';
  if (existing.some((view) => view.name === trimmed)) return 'taken';
  return null;
}
