import { describe, expect, it } from 'vitest';
import { ApiError } from './api/client';
import { blankBulkDraft, bulkChangeRequest, bulkProblems, type BulkField } from './asset-bulk-edit';
import type { MessageKey } from './i18n/index.svelte';

const assets = [
  { id: 'a1', number: 'A-001', name: '就業規則' },
  { id: 'a2', number: 'A-002', name: '給与計算表' },
  { id: 'a3', number: 'A-003', name: '勤怠管理システム' },
];

const picked = (...fields: BulkField[]) => new Set<BulkField>(fields);

describe('bulkChangeRequest', () => {
  it('sends the picked fields only, for every selected asset', () => {
    const draft = { ...blankBulkDraft(), classification: '社外秘', department_id: 'd1', confidentiality: '3', location: 'ignored' };
    const { request, problems } = bulkChangeRequest(assets, draft, picked('classification', 'department_id', 'confidentiality'));
    expect(problems).toEqual({});
    expect(request).toEqual({
      asset_ids: ['a1', 'a2', 'a3'],
      changes: { classification: '社外秘', department_id: 'd1', confidentiality: 3 },
    });
  });

  it('turns the owner choice into both owner fields, clearing the other', () => {
    const draft = { ...blankBulkDraft(), owner: 'role:r1' };
    expect(bulkChangeRequest(assets, draft, picked('owner')).request.changes).toEqual({ owner_id: '', owner_role_id: 'r1' });
    draft.owner = 'member:u1';
    expect(bulkChangeRequest(assets, draft, picked('owner')).request.changes).toEqual({ owner_id: 'u1', owner_role_id: '' });
  });

  it('clears a review date, a department or a classification with an empty value', () => {
    const { request } = bulkChangeRequest(assets, blankBulkDraft(), picked('next_review_on', 'department_id', 'classification'));
    expect(request.changes).toEqual({ next_review_on: '', department_id: '', classification: '' });
  });

  it('names what the browser already knows to be wrong', () => {
    expect(bulkChangeRequest(assets, blankBulkDraft(), picked()).problems).toEqual({ changes: 'none_picked' });
    expect(bulkChangeRequest(assets, blankBulkDraft(), picked('owner')).problems).toEqual({ owner: 'owner_missing' });
    const draft = { ...blankBulkDraft(), retention_months: 'ten', integrity: '5' };
    expect(bulkChangeRequest(assets, draft, picked('retention_months', 'integrity')).problems).toEqual({
      retention_months: 'whole_number',
      integrity: 'level',
    });
  });
});

describe('bulkProblems', () => {
  const translate = (key: MessageKey) => `<${key}>`;
  const label = (field: string) => `[${field}]`;
  const refused = (errors: { field: string; message: string }[]) =>
    new ApiError({ type: 'about:blank', title: 'Bad Request', status: 400, errors });

  it('puts each asset problem beside its number, in the order sent', () => {
    const problems = bulkProblems(
      refused([
        { field: 'assets[2].owner_role_id', message: 'give either an owner or an owner role, not both' },
        { field: 'assets[0]', message: 'is not an asset of this organisation' },
        { field: 'assets[2]', message: 'something new' },
      ]),
      assets,
      translate,
      label,
    );
    expect(problems.assets).toEqual([
      { index: 0, number: 'A-001', name: '就業規則', messages: ['<assets.bulk.problem.unknown>'] },
      { index: 2, number: 'A-003', name: '勤怠管理システム', messages: ['[owner]: <assets.problem.owner_both>', 'something new'] },
    ]);
    expect(problems.fields).toEqual({});
    expect(problems.general).toEqual([]);
  });

  it('puts a problem of the change at its field, and the rest on top', () => {
    const problems = bulkProblems(
      refused([
        { field: 'changes.confidentiality', message: 'must be 1, 2 or 3' },
        { field: 'changes.owner_id', message: 'must be a member of the organisation' },
        { field: 'asset_ids', message: 'must list at most 1000 assets' },
        { field: 'assets[9]', message: 'is not an asset of this organisation' },
      ]),
      assets,
      translate,
      label,
    );
    expect(problems.fields).toEqual({ confidentiality: '<assets.problem.level>', owner: '<assets.problem.not_member>' });
    expect(problems.general).toEqual(['<assets.bulk.problem.too_many>', '<assets.bulk.problem.unknown>']);
    expect(problems.assets).toEqual([]);
  });
});
