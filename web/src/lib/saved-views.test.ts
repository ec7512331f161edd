import { describe, expect, it } from 'vitest';
import {
  MAX_VIEW_NAME_LENGTH,
  nameProblem,
  queryOfState,
  sameQuery,
  sortOfParam,
  stateOfQuery,
  type SavedView,
} from './saved-views';

const ASSET_KEYS = ['q', 'category', 'department_id', 'owner_id'] as const;
const RISK_KEYS = ['q', 'level', 'owner_id', 'asset_id', 'department_id', 'treatment', 'approval'] as const;

function view(name: string): SavedView {
  return { id: name, register: 'assets', name, query: '', created_at: '', updated_at: '', version: 1 };
}

describe('queryOfState', () => {
  it('keeps the set filters in the table order, encoded as the list takes them', () => {
    const query = queryOfState({ filters: { category: 'information', q: '顧客 名簿', owner_id: '' }, sort: null }, ASSET_KEYS);
    expect(query).toBe('q=%E9%A1%A7%E5%AE%A2+%E5%90%8D%E7%B0%BF&category=information');
  });

  it('leaves out the sort the table opens with, keeps another', () => {
    const filters = { level: 'high' };
    expect(queryOfState({ filters, sort: 'number' }, RISK_KEYS, 'number')).toBe('level=high');
    expect(queryOfState({ filters, sort: '-risk_value' }, RISK_KEYS, 'number')).toBe('level=high&sort=-risk_value');
  });

  it('ignores filters the register does not have and blank values', () => {
    expect(queryOfState({ filters: { limit: '5', q: '   ' }, sort: null }, ASSET_KEYS)).toBe('');
  });
});

describe('stateOfQuery', () => {
  it('is the inverse of queryOfState', () => {
    const state = { filters: { q: '顧客 名簿', category: 'information', department_id: '', owner_id: '' }, sort: null };
    expect(stateOfQuery(queryOfState(state, ASSET_KEYS), ASSET_KEYS)).toEqual(state);
  });

  it('clears every filter the view does not set and falls back to the table sort', () => {
    const state = stateOfQuery('?approval=missing', RISK_KEYS, 'number');
    expect(state.filters).toEqual({ q: '', level: '', owner_id: '', asset_id: '', department_id: '', treatment: '', approval: 'missing' });
    expect(state.sort).toBe('number');
    expect(stateOfQuery('sort=-risk_value', RISK_KEYS, 'number').sort).toBe('-risk_value');
  });

  it('ignores parameters the table does not know', () => {
    expect(stateOfQuery('limit=5&cursor=x&q=a', ['q']).filters).toEqual({ q: 'a' });
  });
});

describe('sortOfParam', () => {
  it('reads the direction from the sign', () => {
    expect(sortOfParam('-risk_value')).toEqual({ key: 'risk_value', descending: true });
    expect(sortOfParam('number')).toEqual({ key: 'number', descending: false });
    expect(sortOfParam(null)).toBeNull();
  });
});

describe('sameQuery', () => {
  it('compares parameters whatever their order', () => {
    expect(sameQuery('a=1&b=2', 'b=2&a=1')).toBe(true);
    expect(sameQuery('a=1', 'a=2')).toBe(false);
    expect(sameQuery('', '')).toBe(true);
  });
});

describe('nameProblem', () => {
  it('needs a name, at most 100 characters, not one already used', () => {
    expect(nameProblem('  ', [])).toBe('required');
    expect(nameProblem('あ'.repeat(MAX_VIEW_NAME_LENGTH + 1), [])).toBe('too_long');
    expect(nameProblem('あ'.repeat(MAX_VIEW_NAME_LENGTH), [])).toBeNull();
    expect(nameProblem(' 機密 ', [view('機密')])).toBe('taken');
    expect(nameProblem('機密情報', [view('機密')])).toBeNull();
  });
});
