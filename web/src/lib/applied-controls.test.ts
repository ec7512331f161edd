import { describe, expect, it } from 'vitest';
import type { AppliedControl } from './api/types';
import {
  appliedControlDraftOf,
  appliedControlInput,
  canEditControls,
  canReadControls,
  compareControlIds,
  controlStatusTone,
  draftProblems,
  errorFields,
  referenceProblems,
  searchControls,
} from './applied-controls';
import { changedFields } from './records';

const control: AppliedControl = {
  id: 'c1',
  number: 'C-001',
  title: 'ノートPCのディスク暗号化',
  description: 'BitLocker',
  owner_id: null,
  owner_role_id: 'r1',
  department_id: 'd1',
  status: 'implemented',
  planned_on: null,
  implemented_on: '2025-10-01',
  next_review_on: null,
  references: [
    { framework: 'iso27001-2022', control_id: 'A.8.24', title_ja: '暗号の利用', title_en: 'Use of cryptography' },
    { framework: 'iso27001-2022', control_id: 'A.8.1', title_ja: '', title_en: 'User end point devices' },
  ],
  documents: ['doc1'],
  created_at: '2026-01-01T00:00:00Z',
  version: 3,
};

const controls = [
  { id: 'A.5.1', title: { ja: '情報セキュリティのための方針群', en: 'Policies for information security' } },
  { id: 'A.5.15', title: { ja: 'アクセス制御', en: 'Access control' } },
  { id: 'A.8.2', title: { ja: '特権的アクセス権', en: 'Privileged access rights' } },
  { id: 'A.8.24', title: { ja: '暗号の利用', en: 'Use of cryptography' } },
];

describe('who may read and change applied controls', () => {
  it('is everyone with a role but employees, and the ISMS manager and risk owners', () => {
    expect(canReadControls(['employee'])).toBe(false);
    expect(canReadControls(['internal_auditor'])).toBe(true);
    expect(canReadControls([])).toBe(false);
    expect(canEditControls(['risk_owner'])).toBe(true);
    expect(canEditControls(['isms_manager'])).toBe(true);
    expect(canEditControls(['top_management', 'internal_auditor'])).toBe(false);
  });
});

describe('the draft', () => {
  it('holds the owner as one choice and references as ids', () => {
    const draft = appliedControlDraftOf(control);
    expect(draft.owner).toBe('role:r1');
    expect(draft.references).toEqual(['A.8.24', 'A.8.1']);
    expect(draft.planned_on).toBe('');
    expect(appliedControlDraftOf(null, 'member:u1')).toMatchObject({ owner: 'member:u1', status: 'planned', references: [] });
  });

  it('becomes the API fields, changed fields only', () => {
    const before = appliedControlDraftOf(control);
    const after = { ...before, owner: 'member:u2', references: [...before.references, 'A.5.1'], title: ' 暗号化 ' };
    expect(appliedControlInput(changedFields(before, after))).toEqual({
      owner_id: 'u2',
      owner_role_id: '',
      references: [{ control_id: 'A.8.24' }, { control_id: 'A.8.1' }, { control_id: 'A.5.1' }],
      title: '暗号化',
    });
    expect(changedFields(before, appliedControlDraftOf(control))).toEqual({});
  });

  it('needs the date of an implemented control', () => {
    expect(draftProblems({ ...appliedControlDraftOf(control), implemented_on: '' })).toEqual({
      implemented_on: 'implemented_on_required',
    });
    expect(draftProblems(appliedControlDraftOf(control))).toEqual({});
  });
});

describe('errors on references', () => {
  it('name the control chosen at that place', () => {
    expect(
      referenceProblems(
        { 'references[2]': 'A.8.24 is listed twice', title: 'is required', 'references[1]': 'no control A.9.9 in iso27001-2022' },
        ['A.8.24', 'A.9.9', 'A.8.24'],
      ),
    ).toEqual(['A.9.9: no control A.9.9 in iso27001-2022', 'A.8.24: A.8.24 is listed twice']);
  });

  it('are put in the user\'s words', () => {
    const words = { unknown: (id: string, framework: string) => `${framework} に ${id} なし`, twice: (id: string) => `${id} 重複` };
    expect(
      referenceProblems({ 'references[1]': 'no control A.9.9 in iso27001-2022', 'references[2]': 'A.8.24 is listed twice', 'references[0]': 'odd' }, ['A.5.1', 'A.9.9', 'A.8.24'], words),
    ).toEqual(['A.5.1: odd', 'A.9.9: iso27001-2022 に A.9.9 なし', 'A.8.24: A.8.24 重複']);
  });

  it('are fields the form shows', () => {
    const fields = errorFields(3);
    expect(fields).toContain('references[2]');
    expect(fields).toContain('documents[0]');
    expect(fields).toContain('owner_id');
  });
});

describe('searchControls', () => {
  it('finds by id with or without "A."', () => {
    expect(searchControls(controls, '8.2', 'ja').map((c) => c.id)).toEqual(['A.8.2', 'A.8.24']);
    expect(searchControls(controls, 'A.8.24', 'ja').map((c) => c.id)).toEqual(['A.8.24']);
    expect(searchControls(controls, 'a.5.1', 'en').map((c) => c.id)).toEqual(['A.5.1', 'A.5.15']);
  });

  it('finds by title in the language shown', () => {
    expect(searchControls(controls, '暗号', 'ja').map((c) => c.id)).toEqual(['A.8.24']);
    expect(searchControls(controls, 'ACCESS', 'en').map((c) => c.id)).toEqual(['A.5.15', 'A.8.2']);
    expect(searchControls(controls, 'access', 'ja')).toEqual([]);
  });

  it('lists the first ones for an empty query', () => {
    expect(searchControls(controls, ' ', 'ja', 2).map((c) => c.id)).toEqual(['A.5.1', 'A.5.15']);
  });
});

describe('helpers', () => {
  it('sort ids as numbers', () => {
    expect(['A.8.24', 'A.5.10', 'A.5.2', 'A.8.3'].sort(compareControlIds)).toEqual(['A.5.2', 'A.5.10', 'A.8.3', 'A.8.24']);
  });

  it('colour statuses', () => {
    expect(controlStatusTone('implemented')).toBe('success');
    expect(controlStatusTone('not_implemented')).toBe('danger');
    expect(controlStatusTone('retired')).toBe('muted');
  });
});
