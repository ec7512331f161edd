import { describe, expect, it } from 'vitest';
import { ApiError } from './api/client';
import type { DocumentInfo, Role } from './api/types';
import {
  acknowledgementPercent,
  canApprove,
  canDispose,
  canReadDrafts,
  canStartDraft,
  commentRequired,
  compareClauses,
  describeRecordError,
  describeUploadError,
  documentInputOf,
  draftOf,
  linesToList,
  mapChartSpec,
  mapCompletion,
  mapTone,
  ownApprovalBlocked,
  retentionEnds,
  splitAcknowledgements,
  summarise,
  versionTone,
  workflowActions,
} from './documents';
import { setLocale } from './i18n/index.svelte';

const manager: Role[] = ['isms_manager'];
const top: Role[] = ['top_management'];
const employee: Role[] = ['employee'];
const auditor: Role[] = ['internal_auditor'];

describe('state badges', () => {
  it('colour each version state, approved and published alike', () => {
    expect(versionTone('draft')).toBe('warning');
    expect(versionTone('in_review')).toBe('accent');
    expect(versionTone('approved')).toBe('success');
    expect(versionTone('published')).toBe('success');
    expect(versionTone('superseded')).toBe('muted');
    expect(versionTone('withdrawn')).toBe('danger');
  });

  it('colour the stage 1 checklist: missing and overdue are both a problem', () => {
    expect(mapTone('approved')).toBe('success');
    expect(mapTone('draft')).toBe('warning');
    expect(mapTone('missing')).toBe('danger');
    expect(mapTone('overdue')).toBe('danger');
  });
});

describe('workflow buttons', () => {
  it('let the ISMS manager submit a draft and publish an approved document', () => {
    expect(workflowActions({ kind: 'document', type: 'rule', state: 'draft', roles: manager })).toEqual(['submit']);
    expect(workflowActions({ kind: 'document', type: 'rule', state: 'approved', roles: manager })).toEqual([
      'publish',
      'withdraw',
    ]);
  });

  it('let approvers approve or return a version in review', () => {
    expect(workflowActions({ kind: 'document', type: 'rule', state: 'in_review', roles: manager })).toEqual([
      'approve',
      'return',
    ]);
    expect(workflowActions({ kind: 'document', type: 'rule', state: 'in_review', roles: top })).toEqual([
      'approve',
      'return',
    ]);
  });

  it('leave the policy to top management (5.2)', () => {
    expect(workflowActions({ kind: 'document', type: 'policy', state: 'in_review', roles: manager })).toEqual([]);
    expect(workflowActions({ kind: 'document', type: 'policy', state: 'in_review', roles: top })).toEqual([
      'approve',
      'return',
    ]);
    // Top management approves but does not publish; the ISMS manager publishes.
    expect(workflowActions({ kind: 'document', type: 'policy', state: 'approved', roles: top })).toEqual(['withdraw']);
    expect(workflowActions({ kind: 'document', type: 'policy', state: 'approved', roles: manager })).toEqual(['publish']);
    expect(canApprove(manager, 'document', 'policy')).toBe(false);
    expect(canApprove([...manager, ...top], 'document', 'policy')).toBe(true);
  });

  it('offer withdrawal of a published version to approvers only', () => {
    expect(workflowActions({ kind: 'document', type: 'procedure', state: 'published', roles: top })).toEqual(['withdraw']);
    expect(workflowActions({ kind: 'document', type: 'procedure', state: 'published', roles: employee })).toEqual([]);
  });

  it('show nothing to employees and auditors, nor on superseded or withdrawn versions', () => {
    for (const state of ['draft', 'in_review', 'approved', 'published'] as const) {
      expect(workflowActions({ kind: 'document', type: 'rule', state, roles: employee })).toEqual([]);
      expect(workflowActions({ kind: 'document', type: 'rule', state, roles: auditor })).toEqual([]);
    }
    for (const state of ['superseded', 'withdrawn'] as const) {
      expect(workflowActions({ kind: 'document', type: 'rule', state, roles: [...manager, ...top] })).toEqual([]);
    }
  });

  it('have no publication step for the scope: approved means current', () => {
    expect(workflowActions({ kind: 'scope', state: 'approved', roles: manager })).toEqual(['withdraw']);
    expect(workflowActions({ kind: 'scope', state: 'in_review', roles: manager })).toEqual(['approve', 'return']);
  });

  it('require a comment to return or withdraw', () => {
    expect(commentRequired('return')).toBe(true);
    expect(commentRequired('withdraw')).toBe(true);
    expect(commentRequired('submit')).toBe(false);
    expect(commentRequired('approve')).toBe(false);
    expect(commentRequired('publish')).toBe(false);
  });

  it('start a new draft only when none is drafted or in review', () => {
    expect(canStartDraft(null, manager)).toBe(true);
    expect(canStartDraft({ state: 'draft' }, manager)).toBe(false);
    expect(canStartDraft({ state: 'in_review' }, manager)).toBe(false);
    expect(canStartDraft(null, top)).toBe(false);
  });

  it('warn the author against approving their own version when duties are separated', () => {
    const version = { author_id: 'u1', state: 'in_review' as const };
    expect(ownApprovalBlocked(version, 'u1', true)).toBe(true);
    expect(ownApprovalBlocked(version, 'u1', false)).toBe(false);
    expect(ownApprovalBlocked(version, 'u2', true)).toBe(false);
    expect(ownApprovalBlocked({ ...version, state: 'draft' }, 'u1', true)).toBe(false);
  });

  it('let managers and auditors read drafts, not employees', () => {
    expect(canReadDrafts(manager)).toBe(true);
    expect(canReadDrafts(top)).toBe(true);
    expect(canReadDrafts(auditor)).toBe(true);
    expect(canReadDrafts(['external_auditor'])).toBe(true);
    expect(canReadDrafts(employee)).toBe(false);
    expect(canReadDrafts(['risk_owner'])).toBe(false);
  });
});

describe('refusals', () => {
  const problem = (status: number, detail: string) => new ApiError({ type: 'about:blank', title: 'x', status, detail });

  it('explain separation of duties and immutable versions in the user language', () => {
    setLocale('ja', false);
    expect(
      describeRecordError(problem(403, 'you wrote this version; someone else must approve it (separation of duties)')),
    ).toContain('承認の職務分離');
    expect(
      describeRecordError(problem(409, 'version 1 is approved: only a draft can be changed; create a new draft instead')),
    ).toContain('改訂版を作成');
    expect(describeRecordError(problem(409, 'version 2 is in_review; finish it before starting another draft'))).toBe(
      '下書き又はレビュー中の版が既にあります。',
    );
    setLocale('en', false);
    expect(describeRecordError(problem(403, 'you wrote this version; someone else must approve it (separation of duties)'))).toBe(
      'You wrote this version, so you cannot approve it (separation of duties). Ask another approver.',
    );
  });

  it('keep the server reason of other refusals', () => {
    setLocale('en', false);
    expect(describeRecordError(problem(403, 'you were not asked to acknowledge this version'))).toBe(
      'You do not have permission to do this. (you were not asked to acknowledge this version)',
    );
  });
});

describe('refused uploads', () => {
  const refused = (status: number, errors?: { field: string; message: string }[]) =>
    new ApiError({ type: 'about:blank', title: 'Bad Request', status, errors });

  it('say why in the user language', () => {
    setLocale('ja', false);
    expect(describeUploadError(refused(413))).toBe('ファイルが大きすぎます。');
    expect(describeUploadError(refused(400, [{ field: 'file', message: 'is not a PDF, Word (.docx) or Excel (.xlsx) file' }]))).toBe(
      'PDF、Word(.docx)、Excel(.xlsx)のいずれでもないため添付できません。',
    );
    setLocale('en', false);
    expect(
      describeUploadError(refused(400, [{ field: 'file', message: 'content does not match its name: the name says x but the content is y' }])),
    ).toBe('The content does not match the file name (extension), so it cannot be attached.');
    expect(describeUploadError(refused(400, [{ field: 'file_name', message: 'must end in .pdf, .docx or .xlsx' }]))).toContain('.pdf');
    expect(describeUploadError(refused(400, [{ field: 'file', message: 'something new' }]))).toBe('something new');
  });
});

describe('acknowledgements', () => {
  it('give the share acknowledged in whole percent', () => {
    expect(acknowledgementPercent({ requested: 30, acknowledged: 26 })).toBe(87);
    expect(acknowledgementPercent({ requested: 0, acknowledged: 0 })).toBe(0);
    expect(acknowledgementPercent({ requested: 3, acknowledged: 3 })).toBe(100);
  });

  it('split who has and has not acknowledged, by name', () => {
    const person = (name: string, at: string | null) => ({
      user_id: name,
      email: `${name}@example.com`,
      display_name: name,
      requested_at: '2026-04-01T00:00:00Z',
      acknowledged_at: at,
    });
    const { done, waiting } = splitAcknowledgements({
      requested: 3,
      acknowledged: 1,
      items: [person('suzuki', null), person('abe', '2026-04-02T00:00:00Z'), person('kato', null)],
    });
    expect(done.map((p) => p.user_id)).toEqual(['abe']);
    expect(waiting.map((p) => p.user_id)).toEqual(['kato', 'suzuki']);
  });
});

describe('documented-information map', () => {
  const summary = { missing: 3, draft: 2, approved: 7, overdue: 1 };

  it('sums the items and the share approved', () => {
    expect(mapCompletion(summary)).toEqual({ total: 13, approved: 7, percent: 54 });
    expect(mapCompletion({ missing: 0, draft: 0, approved: 0, overdue: 0 })).toEqual({ total: 0, approved: 0, percent: 0 });
  });

  it('charts approved, draft, overdue, missing in that order', () => {
    const spec = mapChartSpec(summary, (state) => state.toUpperCase(), 'Items');
    expect(spec).toEqual({
      kind: 'bar',
      categories: ['APPROVED', 'DRAFT', 'OVERDUE', 'MISSING'],
      series: [{ name: 'Items', values: [7, 2, 1, 3], colors: ['#1d6b38', '#e69f00', '#d55e00', '#b3261e'] }],
    });
  });

  it('counts items by state', () => {
    expect(summarise([{ state: 'missing' }, { state: 'approved' }, { state: 'missing' }])).toEqual({
      missing: 2,
      draft: 0,
      approved: 1,
      overdue: 0,
    });
  });

  it('orders clauses as the standard does', () => {
    expect(['10.2', '6.1.3', '4.3', '6.1.2', '5.2', '9.2'].sort(compareClauses)).toEqual([
      '4.3',
      '5.2',
      '6.1.2',
      '6.1.3',
      '9.2',
      '10.2',
    ]);
  });
});

describe('document form', () => {
  it('sends empty references and dates as "" and empty periods as 0 (which clear them)', () => {
    const draft = { ...draftOf(null), number: ' ISMS-POL-001 ', title: '情報セキュリティ方針', review_cycle_months: '12' };
    const result = documentInputOf(draft);
    expect(result.errors).toBeNull();
    expect(result.input).toMatchObject({
      number: 'ISMS-POL-001',
      owner_id: '',
      owner_role_id: '',
      department_id: '',
      retention_months: 0,
      review_cycle_months: 12,
      next_review_on: '',
    });
  });

  it('names the fields in error', () => {
    const result = documentInputOf({ ...draftOf(null), retention_months: 'five' });
    expect(result.errors).toEqual({ number: 'required', title: 'required', retention_months: 'months' });
  });

  it('reads a document back into the form', () => {
    const doc = {
      number: 'R-1',
      title: '入退室記録',
      type: 'record',
      owner_id: 'u1',
      owner_role_id: null,
      department_id: null,
      classification: 'confidential',
      retention_months: 36,
      review_cycle_months: 0,
      next_review_on: null,
      clauses: ['7.5'],
    } as unknown as DocumentInfo;
    expect(draftOf(doc)).toMatchObject({ owner_id: 'u1', owner_role_id: '', retention_months: '36', review_cycle_months: '' });
  });

  it('splits one entry per line', () => {
    expect(linesToList(' 会計システム \n\n顧客管理システム\n')).toEqual(['会計システム', '顧客管理システム']);
  });
});

describe('retention and disposal of records', () => {
  const record = (created: string, months: number | null, extra: Partial<DocumentInfo> = {}) =>
    ({ type: 'record', created_at: created, retention_months: months, disposed_at: null, ...extra }) as DocumentInfo;

  it('ends retention the same day months later, or the month end', () => {
    expect(retentionEnds('2021-04-01T09:00:00Z', 60)).toBe('2026-04-01');
    expect(retentionEnds('2026-01-31T00:00:00Z', 1)).toBe('2026-02-28');
    expect(retentionEnds('2026-01-31T00:00:00Z', null)).toBeNull();
    expect(retentionEnds('2026-01-31T00:00:00Z', 0)).toBeNull();
  });

  it('lets the ISMS manager dispose of a record once its retention has passed', () => {
    expect(canDispose(record('2020-01-01T00:00:00Z', 12), '2026-04-01', manager)).toBe(true);
    expect(canDispose(record('2026-01-01T00:00:00Z', 12), '2026-04-01', manager)).toBe(false);
    expect(canDispose(record('2020-01-01T00:00:00Z', 12), '2026-04-01', top)).toBe(false);
    expect(canDispose(record('2020-01-01T00:00:00Z', 12, { type: 'rule' }), '2026-04-01', manager)).toBe(false);
    expect(canDispose(record('2020-01-01T00:00:00Z', 12, { disposed_at: '2025-01-01T00:00:00Z' }), '2026-04-01', manager)).toBe(false);
    expect(canDispose(record('2020-01-01T00:00:00Z', null), '2026-04-01', manager)).toBe(false);
  });
});
