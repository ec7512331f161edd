// Rules of documented information (7.5), the scope statement (4.3) and acknowledgements
// (5.2, 7.3) that the screens share: which workflow buttons a person sees for a version
// in a state, how a state is shown, acknowledgement progress and the stage 1 summary.
// Pure: the permission table of docs/design/documented-information.md, no I/O.
import type {
  AcknowledgementStatus,
  DocumentInfo,
  DocumentType,
  MapItem,
  MapState,
  MapSummary,
  Role,
  VersionState,
  WorkflowAction,
} from './api/types';
import { ApiError } from './api/client';
import type { DocumentInput } from './api/endpoints';
import type { ChartSpec } from './components/chart-options';
import { describeError } from './components/form.svelte';
import { t, type Locale } from './i18n/index.svelte';

export type RecordKind = 'document' | 'scope' | 'soa';

/** Badge colour of a state; the badge always carries the state's name as text too. */
export type Tone = 'muted' | 'accent' | 'success' | 'warning' | 'danger';

export function versionTone(state: VersionState): Tone {
  switch (state) {
    case 'draft':
      return 'warning';
    case 'in_review':
      return 'accent';
    case 'approved':
    case 'published':
      return 'success';
    case 'withdrawn':
      return 'danger';
    default:
      return 'muted';
  }
}

export function mapTone(state: MapState): Tone {
  switch (state) {
    case 'approved':
      return 'success';
    case 'draft':
      return 'warning';
    default:
      return 'danger';
  }
}

const READERS_OF_DRAFTS: readonly Role[] = ['isms_manager', 'top_management', 'internal_auditor', 'external_auditor'];

/** Drafts, every version and acknowledgement status: managers and auditors. */
export function canReadDrafts(roles: readonly Role[]): boolean {
  return roles.some((role) => READERS_OF_DRAFTS.includes(role));
}

/** Create and edit documents and drafts, submit, publish, dispose: the ISMS manager. */
export function canEditDocuments(roles: readonly Role[]): boolean {
  return roles.includes('isms_manager');
}

/** Approve, return and withdraw. A policy is approved by top management only (5.2). */
export function canApprove(roles: readonly Role[], kind: RecordKind, type?: DocumentType): boolean {
  if (kind === 'document' && type === 'policy') return roles.includes('top_management');
  // The SoA is approved by top management (6.1.3 d); the ISMS manager drafts and submits it.
  if (kind === 'soa') return roles.includes('top_management');
  return roles.includes('isms_manager') || roles.includes('top_management');
}

export interface WorkflowContext {
  kind: RecordKind;
  /** The document's type (a policy's approvers differ). */
  type?: DocumentType;
  state: VersionState;
  roles: readonly Role[];
}

/** The transitions a person may start on a version in its state, in workflow order. */
export function workflowActions({ kind, type, state, roles }: WorkflowContext): WorkflowAction[] {
  const editor = canEditDocuments(roles);
  const approver = canApprove(roles, kind, type);
  const actions: WorkflowAction[] = [];
  if (state === 'draft' && editor) actions.push('submit');
  if (state === 'in_review' && approver) actions.push('approve', 'return');
  // The scope has no publication step: approval makes it current.
  if (state === 'approved' && editor && kind === 'document') actions.push('publish');
  if ((state === 'approved' || state === 'published') && approver) actions.push('withdraw');
  return actions;
}

/** Returning and withdrawing must say why. */
export function commentRequired(action: WorkflowAction): boolean {
  return action === 'return' || action === 'withdraw';
}

/** The next draft can be started when none is being drafted or reviewed. */
export function canStartDraft(pending: { state: VersionState } | null, roles: readonly Role[]): boolean {
  return canEditDocuments(roles) && pending === null;
}

/**
 * The author approving their own version while the organisation separates duties: the
 * API refuses it (403); the screen says so beside the button before anyone tries.
 */
export function ownApprovalBlocked(
  version: { author_id: string | null; state: VersionState },
  userId: string | null | undefined,
  separateApproval: boolean,
): boolean {
  return separateApproval && version.state === 'in_review' && !!userId && version.author_id === userId;
}

/** A version can be edited only while it is a draft. */
export function isEditable(state: VersionState): boolean {
  return state === 'draft';
}

/** Acknowledged share in whole percent (0 when nobody was asked). */
export function acknowledgementPercent(status: Pick<AcknowledgementStatus, 'requested' | 'acknowledged'>): number {
  if (status.requested <= 0) return 0;
  return Math.round((status.acknowledged / status.requested) * 100);
}

/** Who has acknowledged and who has not, each sorted by name. */
export function splitAcknowledgements(status: AcknowledgementStatus): {
  done: AcknowledgementStatus['items'];
  waiting: AcknowledgementStatus['items'];
} {
  const byName = (a: { display_name: string; email: string }, b: { display_name: string; email: string }) =>
    (a.display_name || a.email).localeCompare(b.display_name || b.email);
  return {
    done: status.items.filter((item) => item.acknowledged_at).sort(byName),
    waiting: status.items.filter((item) => !item.acknowledged_at).sort(byName),
  };
}

/** The stage 1 checklist's numbers: total, share approved, and the chart of the four states. */
export function mapCompletion(summary: MapSummary): { total: number; approved: number; percent: number } {
  const total = summary.missing + summary.draft + summary.approved + summary.overdue;
  return {
    total,
    approved: summary.approved,
    percent: total === 0 ? 0 : Math.round((summary.approved / total) * 100),
  };
}

export const MAP_CHART_ORDER: readonly MapState[] = ['approved', 'draft', 'overdue', 'missing'];

/** Bar colours of the states (the tokens' success, warning and danger; text labels always shown). */
export const STATE_COLORS: Record<MapState | 'waiting', string> = {
  approved: '#1d6b38',
  draft: '#e69f00',
  overdue: '#d55e00',
  missing: '#b3261e',
  waiting: '#8a94a3',
};

export function mapChartSpec(summary: MapSummary, label: (state: MapState) => string, seriesName: string): ChartSpec {
  return {
    kind: 'bar',
    categories: MAP_CHART_ORDER.map(label),
    series: [
      {
        name: seriesName,
        values: MAP_CHART_ORDER.map((state) => summary[state] ?? 0),
        colors: MAP_CHART_ORDER.map((state) => STATE_COLORS[state]),
      },
    ],
  };
}

/** Counts of the map's items by state (when the API's summary is not at hand). */
export function summarise(items: readonly { state: MapState }[]): MapSummary {
  const summary: MapSummary = { missing: 0, draft: 0, approved: 0, overdue: 0 };
  for (const item of items) summary[item.state] += 1;
  return summary;
}

/** The date a record's retention ends: created (UTC date) + retention months. */
export function retentionEnds(createdAt: string, months: number | null): string | null {
  // 0 (or null): kept while in use.
  if (!months) return null;
  const created = new Date(createdAt);
  if (Number.isNaN(created.getTime())) return null;
  const year = created.getUTCFullYear();
  const month = created.getUTCMonth() + months;
  const day = created.getUTCDate();
  const target = new Date(Date.UTC(year, month, 1));
  // The same day of the month, or the month's last day (31 March + 1 month = 30 April).
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return target.toISOString().slice(0, 10);
}

/** A record whose retention has passed may be disposed (once). */
export function canDispose(doc: DocumentInfo, today: string, roles: readonly Role[]): boolean {
  if (!canEditDocuments(roles) || doc.type !== 'record' || doc.disposed_at) return false;
  const ends = retentionEnds(doc.created_at, doc.retention_months);
  return ends !== null && ends <= today;
}

/** One entry per line, blank lines dropped (systems and interfaces in the scope form). */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

export const ACCEPTED_ATTACHMENTS = '.pdf,.docx,.xlsx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "1.2 MB" style size of an attachment. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A refused transition or edit in the user's language. The API's reasons for the cases the
 * contract names (separation of duties, an approved version, a draft already open) get their
 * own sentence; another refusal keeps the server's reason after the generic one.
 */
export function describeRecordError(error: unknown): string {
  if (error instanceof ApiError) {
    const detail = error.problem.detail ?? '';
    if (/separation of duties/i.test(detail)) return t('wf.error.separation');
    if (/create a new draft/i.test(detail)) return t('wf.error.immutable');
    if (/before starting another draft|already exists/i.test(detail) && error.status === 409)
      return t('wf.error.pending_exists');
    if (error.status === 409 && detail) return `${t('wf.error.state')} (${detail})`;
    if (error.status === 403 && detail) return `${describeError(error)} (${detail})`;
  }
  return describeError(error);
}

/** A document's properties as the form holds them: references and numbers as text. */
export interface DocumentDraft {
  number: string;
  title: string;
  type: DocumentType;
  owner_id: string;
  owner_role_id: string;
  department_id: string;
  classification: DocumentInfo['classification'];
  retention_months: string;
  review_cycle_months: string;
  next_review_on: string;
  clauses: string[];
}

export function draftOf(doc: DocumentInfo | null): DocumentDraft {
  return {
    number: doc?.number ?? '',
    title: doc?.title ?? '',
    type: doc?.type ?? 'rule',
    owner_id: doc?.owner_id ?? '',
    owner_role_id: doc?.owner_role_id ?? '',
    department_id: doc?.department_id ?? '',
    classification: doc?.classification ?? 'internal',
    retention_months: doc?.retention_months ? String(doc.retention_months) : '',
    review_cycle_months: doc ? (doc.review_cycle_months ? String(doc.review_cycle_months) : '') : '12',
    next_review_on: doc?.next_review_on ?? '',
    clauses: [...(doc?.clauses ?? [])],
  };
}

const months = (text: string): number | null | undefined => {
  const trimmed = text.trim();
  if (!trimmed) return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
};

/**
 * The API's input for a form's values, or the fields in error (required text, months that
 * are not whole numbers). The API keeps a field sent as null, so an empty reference or date
 * is sent as "" and an empty period as 0, which clear them.
 */
export function documentInputOf(
  draft: DocumentDraft,
): { input: DocumentInput; errors: null } | { input: null; errors: Record<string, 'required' | 'months'> } {
  const errors: Record<string, 'required' | 'months'> = {};
  if (!draft.number.trim()) errors.number = 'required';
  if (!draft.title.trim()) errors.title = 'required';
  const retention = months(draft.retention_months);
  const cycle = months(draft.review_cycle_months);
  if (retention === undefined) errors.retention_months = 'months';
  if (cycle === undefined) errors.review_cycle_months = 'months';
  if (Object.keys(errors).length > 0) return { input: null, errors };
  return {
    errors: null,
    input: {
      number: draft.number.trim(),
      title: draft.title.trim(),
      type: draft.type,
      owner_id: draft.owner_id,
      owner_role_id: draft.owner_role_id,
      department_id: draft.department_id,
      classification: draft.classification,
      retention_months: retention ?? 0,
      review_cycle_months: cycle ?? 0,
      next_review_on: draft.next_review_on,
      clauses: [...draft.clauses],
    },
  };
}

/** The fields of a document's register entry, as problems name them. */
export const DOCUMENT_FIELDS = [
  'number',
  'title',
  'type',
  'owner_id',
  'owner_role_id',
  'department_id',
  'classification',
  'retention_months',
  'review_cycle_months',
  'next_review_on',
  'clauses',
] as const;

/** The clauses a document may provide, in the standard's order, titled in the UI language. */
export function clauseChoices(items: readonly MapItem[], language: Locale): { value: string; label: string }[] {
  return [...items]
    .sort((a, b) => compareClauses(a.clause, b.clause))
    .map((item) => ({ value: item.clause, label: `${item.clause} ${language === 'ja' ? item.title_ja : item.title_en}` }));
}

/** Clause numbers in the standard's order: 4.3 < 5.2 < 6.1.2 < 6.1.3 < 10.2. */
export function compareClauses(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Why an upload was refused, in the user's language: too large (413), not a document type,
 * content that does not match the name, a name that is not a document's, or empty; another
 * reason keeps the server's words.
 */
export function describeUploadError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 413) return t('doc.upload_too_large');
    const byField = error.fieldErrors();
    if (byField.file_name) return t('doc.upload_bad_name');
    const message = byField.file ?? '';
    if (/is not a PDF/i.test(message)) return t('doc.upload_not_document');
    if (/does not match/i.test(message)) return t('doc.upload_mismatch');
    if (/is empty/i.test(message)) return t('doc.upload_empty');
    if (message) return message;
    if (error.status === 400 || error.status === 415) return error.problem.detail || error.problem.title;
  }
  return describeRecordError(error);
}
