import { describe, expect, it } from 'vitest';
import type { SoaRow, SoaSummary } from './api/types';
import { workflowActions } from './documents';
import {
  blockersByControl,
  blockersOfRefusal,
  canApproveSoa,
  canEditSoa,
  completion,
  defaultComparison,
  diffValue,
  groupRows,
  patchBody,
  pendingVersion,
  rowChange,
  rowDraftOf,
  rowFieldErrors,
  rowId,
  rowProblems,
  summaryChart,
  type DiffWords,
} from './soa';

function row(control_id: string, group: string, changes: Partial<SoaRow> = {}): SoaRow {
  return {
    control_id,
    group,
    title_ja: `${control_id} の題`,
    title_en: `${control_id} title`,
    applicability: 'undecided',
    reasons: [],
    reason_text: '',
    justification: '',
    derived_status: 'not_implemented',
    status: 'not_implemented',
    status_overridden: false,
    override_explanation: '',
    risk_count: 0,
    risks: [],
    applied_controls: [],
    documents: [],
    ...changes,
  };
}

const framework = {
  groups: [
    { key: 'Organizational', title: { ja: '組織的管理策', en: 'Organizational controls' } },
    { key: 'People', title: { ja: '人的管理策', en: 'People controls' } },
    { key: 'Physical', title: { ja: '物理的管理策', en: 'Physical controls' } },
  ],
};

describe('who may do what', () => {
  it('lets the ISMS manager decide and top management approve', () => {
    expect(canEditSoa(['isms_manager'])).toBe(true);
    expect(canEditSoa(['top_management', 'risk_owner'])).toBe(false);
    expect(canApproveSoa(['top_management'])).toBe(true);
    expect(canApproveSoa(['isms_manager'])).toBe(false);
  });

  it('offers submit to the ISMS manager and approval to top management only', () => {
    expect(workflowActions({ kind: 'soa', state: 'draft', roles: ['isms_manager'] })).toEqual(['submit']);
    expect(workflowActions({ kind: 'soa', state: 'in_review', roles: ['isms_manager'] })).toEqual([]);
    expect(workflowActions({ kind: 'soa', state: 'in_review', roles: ['top_management'] })).toEqual(['approve', 'return']);
    expect(workflowActions({ kind: 'soa', state: 'published', roles: ['top_management'] })).toEqual(['withdraw']);
    expect(workflowActions({ kind: 'soa', state: 'approved', roles: ['isms_manager'] })).toEqual([]);
  });

  it('finds the version being drafted or reviewed', () => {
    expect(pendingVersion([{ state: 'published' }, { state: 'superseded' }])).toBeNull();
    expect(pendingVersion([{ state: 'in_review', n: 2 }, { state: 'published', n: 1 }])).toEqual({ state: 'in_review', n: 2 });
  });
});

describe('groupRows', () => {
  it('groups by theme in the framework order with titles in the language shown', () => {
    const rows = [row('A.6.1', 'People'), row('A.5.1', 'Organizational'), row('A.5.2', 'Organizational'), row('X.1', 'Other')];
    const groups = groupRows(rows, framework, 'en');
    expect(groups.map((group) => group.title)).toEqual(['Organizational controls', 'People controls', 'Other']);
    expect(groups[0]?.rows.map((entry) => entry.control_id)).toEqual(['A.5.1', 'A.5.2']);
    expect(groupRows(rows, framework, 'ja')[1]?.title).toBe('人的管理策');
  });

  it('works before the framework is loaded', () => {
    expect(groupRows([row('A.5.1', 'Organizational')], null, 'ja')).toEqual([
      { key: 'Organizational', title: 'Organizational', rows: [row('A.5.1', 'Organizational')] },
    ]);
  });
});

describe('the summary', () => {
  const summary: SoaSummary = { controls: 93, applicable: 40, not_applicable: 43, undecided: 10, implemented: 30 };

  it('gives the shares decided and implemented', () => {
    expect(completion(summary)).toEqual({ decided: 89, implemented: 75 });
    expect(completion({ controls: 93, applicable: 0, not_applicable: 0, undecided: 93, implemented: 0 })).toEqual({ decided: 0, implemented: 0 });
  });

  it('charts applicable, excluded, undecided and implemented', () => {
    const spec = summaryChart(summary, (key) => `<${key}>`, 'controls');
    expect(spec.kind).toBe('bar');
    if (spec.kind !== 'bar') return;
    expect(spec.categories).toEqual(['<applicable>', '<not_applicable>', '<undecided>', '<implemented>']);
    expect(spec.series[0]?.values).toEqual([40, 43, 10, 30]);
    expect(spec.series[0]?.colors).toHaveLength(4);
  });
});

describe('a row edit', () => {
  const applicable = row('A.8.24', 'Technological', {
    applicability: 'applicable',
    reasons: ['risk_treatment', 'legal'],
    reason_text: '個人情報保護法',
    status: 'in_progress',
    derived_status: 'planned',
    status_overridden: true,
    override_explanation: '導入中',
  });

  it('starts from the stated reasons and the override', () => {
    expect(rowDraftOf(applicable)).toEqual({
      applicability: 'applicable',
      reasons: ['legal'],
      reason_text: '個人情報保護法',
      justification: '',
      status_override: 'in_progress',
      override_explanation: '導入中',
    });
    expect(rowDraftOf(row('A.5.1', 'Organizational')).status_override).toBe('');
  });

  it('sends only what changed, never the derived reason', () => {
    const draft = { ...rowDraftOf(applicable), reasons: ['contractual', 'legal'] as const, reason_text: ' 取引先契約 ' };
    expect(rowChange(applicable, { ...draft, reasons: [...draft.reasons] })).toEqual({
      control_id: 'A.8.24',
      reasons: ['contractual', 'legal'],
      reason_text: '取引先契約',
    });
    expect(rowChange(applicable, rowDraftOf(applicable))).toBeNull();
    expect(rowChange(applicable, { ...rowDraftOf(applicable), reasons: ['legal'] })).toBeNull();
  });

  it('removes an override with ""', () => {
    expect(patchBody(applicable, { ...rowDraftOf(applicable), status_override: '' })).toEqual({
      rows: [{ control_id: 'A.8.24', status_override: '' }],
    });
    expect(patchBody(applicable, rowDraftOf(applicable))).toBeNull();
  });

  it('excludes with a justification', () => {
    const undecided = row('A.7.4', 'Physical');
    expect(patchBody(undecided, { ...rowDraftOf(undecided), applicability: 'not_applicable', justification: 'クラウドのみ' })).toEqual({
      rows: [{ control_id: 'A.7.4', applicability: 'not_applicable', justification: 'クラウドのみ' }],
    });
  });

  it('asks for a justification and an explanation before sending', () => {
    expect(rowProblems({ ...rowDraftOf(row('A.7.4', 'Physical')), applicability: 'not_applicable' })).toEqual({
      justification: 'justification_required',
    });
    expect(rowProblems({ ...rowDraftOf(row('A.7.4', 'Physical')), status_override: 'planned' })).toEqual({
      override_explanation: 'explanation_required',
    });
    expect(rowProblems(rowDraftOf(applicable))).toEqual({});
  });

  it('puts the server errors of the sent row at its fields', () => {
    expect(rowFieldErrors({ 'rows[0].justification': 'is required', 'rows[1].reasons': 'x', change_summary: 'y' })).toEqual({
      justification: 'is required',
    });
  });
});

describe('blockers', () => {
  it('are gathered by control', () => {
    const byControl = blockersByControl([
      { control_id: 'A.5.1', code: 'no_applied_control', message: '' },
      { control_id: 'A.7.4', code: 'no_justification', message: '' },
      { control_id: 'A.5.1', code: 'undecided', message: '' },
    ]);
    expect(byControl.get('A.5.1')?.map((blocker) => blocker.code)).toEqual(['no_applied_control', 'undecided']);
    expect(byControl.has('A.8.1')).toBe(false);
  });

  it('are read from a refused submit', () => {
    expect(
      blockersOfRefusal([
        { field: 'A.5.1', message: 'A.5.1: applicable, but no applied control implements it' },
        { field: 'A.7.4', message: 'A.7.4: excluded without a justification' },
        { field: 'A.5.2', message: 'A.5.2: applicability not decided' },
      ]).map((blocker) => `${blocker.control_id} ${blocker.code}`),
    ).toEqual(['A.5.1 no_applied_control', 'A.7.4 no_justification', 'A.5.2 undecided']);
  });

  it('link to a row id without dots', () => {
    expect(rowId('A.8.24')).toBe('soa-row-A-8-24');
  });
});

describe('the difference between versions', () => {
  const words: DiffWords = {
    applicability: (value) => `applicability:${value}`,
    reason: (value) => `reason:${value}`,
    status: (value) => `status:${value}`,
    empty: '—',
  };

  it('translates enums and lists, and marks empty values', () => {
    expect(diffValue('applicability', 'not_applicable', words, 'en')).toBe('applicability:not_applicable');
    expect(diffValue('status', 'in_progress', words, 'ja')).toBe('status:in_progress');
    expect(diffValue('reasons', 'risk_treatment;legal', words, 'ja')).toBe('reason:risk_treatment、reason:legal');
    expect(diffValue('reasons', 'legal;business', words, 'en')).toBe('reason:legal, reason:business');
    expect(diffValue('applied_controls', 'C-001;C-002', words, 'en')).toBe('C-001, C-002');
    expect(diffValue('justification', '', words, 'en')).toBe('—');
    expect(diffValue('risk_count', '3', words, 'en')).toBe('3');
    expect(diffValue('justification', 'クラウドのみ', words, 'ja')).toBe('クラウドのみ');
  });

  it('compares the last two versions first', () => {
    expect(defaultComparison([{ number: 3 }, { number: 1 }, { number: 2 }])).toEqual({ from: 2, to: 3 });
    expect(defaultComparison([{ number: 1 }])).toBeNull();
  });
});
