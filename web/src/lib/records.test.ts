import { describe, expect, it } from 'vitest';
import { changedFields, isOverdue, todayIso } from './records';

describe('changedFields', () => {
  it('keeps only what the form changed', () => {
    const original = { name: '顧客', kind: 'customer', needs: '情報を守る' };
    expect(changedFields(original, { ...original, needs: '情報を守り、止めない' })).toEqual({
      needs: '情報を守り、止めない',
    });
  });

  it('is empty when nothing changed', () => {
    const original = { addressed: true, how_addressed: '規程' };
    expect(changedFields(original, { ...original })).toEqual({});
  });

  it('compares lists item by item, in order', () => {
    const original = { holders: ['a', 'b'] };
    expect(changedFields(original, { holders: ['a', 'b'] })).toEqual({});
    expect(changedFields(original, { holders: ['b', 'a'] })).toEqual({ holders: ['b', 'a'] });
    expect(changedFields(original, { holders: ['a'] })).toEqual({ holders: ['a'] });
  });

  it('notices a flag turned off', () => {
    expect(changedFields({ addressed: true }, { addressed: false })).toEqual({ addressed: false });
  });
});

describe('isOverdue', () => {
  it('is late only when not done and past the due date', () => {
    expect(isOverdue({ due_on: '2026-03-31', status: 'open' }, '2026-04-01')).toBe(true);
    expect(isOverdue({ due_on: '2026-03-31', status: 'in_progress' }, '2026-04-01')).toBe(true);
    expect(isOverdue({ due_on: '2026-03-31', status: 'done' }, '2026-04-01')).toBe(false);
    expect(isOverdue({ due_on: '2026-04-01', status: 'open' }, '2026-04-01')).toBe(false);
  });
});

describe('todayIso', () => {
  it('writes the local date with two-digit month and day', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
