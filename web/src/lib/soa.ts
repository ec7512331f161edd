// Rules of the Statement of Applicability screen (適用宣言書, 6.1.3 d): who decides and who
// approves, the rows grouped by theme, the completion chart, the change a row's edit sends,
// where the server's errors go, and the difference between versions in words. Pure: no I/O.
import type { SoaRowChange } from './api/endpoints';
import type {
  Applicability,
  Framework,
  ImplementationStatus,
  InclusionReason,
  Role,
  SoaBlocker,
  SoaRow,
  SoaSummary,
  SoaVersion,
  VersionState,
} from './api/types';
import type { ChartSpec } from './components/chart-options';
import type { Locale } from './i18n/index.svelte';

/** Decide applicability, start drafts and submit them: the ISMS manager (the API agrees). */
export function canEditSoa(roles: readonly Role[]): boolean {
  return roles.includes('isms_manager');
}

/** Approve, return and withdraw a version: top management (the API agrees). */
export function canApproveSoa(roles: readonly Role[]): boolean {
  return roles.includes('top_management');
}

/** A version being drafted or reviewed: no other draft may be started meanwhile. */
export function pendingVersion<V extends { state: VersionState }>(versions: readonly V[]): V | null {
  return versions.find((version) => version.state === 'draft' || version.state === 'in_review') ?? null;
}

export interface RowGroup {
  key: string;
  title: string;
  rows: SoaRow[];
}

/**
 * The rows by theme in the framework's order of themes (rows keep their order inside a
 * theme); a theme the framework does not name comes last under its key.
 */
export function groupRows(rows: readonly SoaRow[], framework: Pick<Framework, 'groups'> | null, language: Locale): RowGroup[] {
  const groups = new Map<string, RowGroup>();
  for (const group of framework?.groups ?? []) {
    groups.set(group.key, { key: group.key, title: group.title[language] || group.title.ja || group.key, rows: [] });
  }
  for (const row of rows) {
    let group = groups.get(row.group);
    if (!group) {
      group = { key: row.group, title: row.group, rows: [] };
      groups.set(row.group, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()].filter((group) => group.rows.length > 0);
}

/** Shares in whole percent: decided of all controls, implemented of the applicable ones. */
export function completion(summary: SoaSummary): { decided: number; implemented: number } {
  const percent = (part: number, whole: number) => (whole <= 0 ? 0 : Math.round((part / whole) * 100));
  return {
    decided: percent(summary.controls - summary.undecided, summary.controls),
    implemented: percent(summary.implemented, summary.applicable),
  };
}

export const SUMMARY_ORDER = ['applicable', 'not_applicable', 'undecided', 'implemented'] as const;
export type SummaryKey = (typeof SUMMARY_ORDER)[number];
const SUMMARY_COLORS: Record<SummaryKey, string> = {
  applicable: '#1f5fa8',
  not_applicable: '#8a94a3',
  undecided: '#d55e00',
  implemented: '#1d6b38',
};

/** The completion chart: applicable / not applicable / undecided, and implemented among applicable. */
export function summaryChart(summary: SoaSummary, label: (key: SummaryKey) => string, seriesName: string): ChartSpec {
  return {
    kind: 'bar',
    categories: SUMMARY_ORDER.map(label),
    series: [
      {
        name: seriesName,
        values: SUMMARY_ORDER.map((key) => summary[key]),
        colors: SUMMARY_ORDER.map((key) => SUMMARY_COLORS[key]),
      },
    ],
  };
}

/** A row's decision as the editor holds it; "" is "no status override". */
export interface RowDraft {
  applicability: Applicability;
  /** The stated reasons (legal, contractual, business); risk treatment is derived. */
  reasons: InclusionReason[];
  reason_text: string;
  justification: string;
  status_override: ImplementationStatus | '';
  override_explanation: string;
}

export function rowDraftOf(row: SoaRow): RowDraft {
  return {
    applicability: row.applicability,
    reasons: row.reasons.filter((reason) => reason !== 'risk_treatment'),
    reason_text: row.reason_text,
    justification: row.justification,
    status_override: row.status_overridden ? row.status : '',
    override_explanation: row.override_explanation,
  };
}

const sameReasons = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().every((reason, index) => reason === [...b].sort()[index]);

/** What a row's edit sends: the control and the fields that changed; null when none did. */
export function rowChange(row: SoaRow, draft: RowDraft): SoaRowChange | null {
  const before = rowDraftOf(row);
  const change: SoaRowChange = { control_id: row.control_id };
  if (draft.applicability !== before.applicability) change.applicability = draft.applicability;
  if (!sameReasons(draft.reasons, before.reasons)) change.reasons = draft.reasons.filter((reason) => reason !== 'risk_treatment');
  if (draft.reason_text.trim() !== before.reason_text) change.reason_text = draft.reason_text.trim();
  if (draft.justification.trim() !== before.justification) change.justification = draft.justification.trim();
  if (draft.status_override !== before.status_override) change.status_override = draft.status_override;
  if (draft.override_explanation.trim() !== before.override_explanation)
    change.override_explanation = draft.override_explanation.trim();
  return Object.keys(change).length > 1 ? change : null;
}

/** The PATCH body of a draft for one row's edit (null when nothing changed). */
export function patchBody(row: SoaRow, draft: RowDraft): { rows: SoaRowChange[] } | null {
  const change = rowChange(row, draft);
  return change ? { rows: [change] } : null;
}

/** Problems seen before sending: an exclusion needs its justification, an override its explanation. */
export function rowProblems(draft: RowDraft): Partial<Record<keyof RowDraft, 'justification_required' | 'explanation_required'>> {
  const problems: Partial<Record<keyof RowDraft, 'justification_required' | 'explanation_required'>> = {};
  if (draft.applicability === 'not_applicable' && !draft.justification.trim()) problems.justification = 'justification_required';
  if (draft.status_override !== '' && !draft.override_explanation.trim()) problems.override_explanation = 'explanation_required';
  return problems;
}

/** The server's errors on one sent row (`rows[0].justification`) by the row's field. */
export function rowFieldErrors(fields: Record<string, string>, index = 0): Record<string, string> {
  const prefix = `rows[${index}].`;
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    if (field.startsWith(prefix)) result[field.slice(prefix.length)] = message;
  }
  return result;
}

/** Which rows a blocker concerns, for a row's mark; blockers by control id. */
export function blockersByControl(blockers: readonly SoaBlocker[]): Map<string, SoaBlocker[]> {
  const byControl = new Map<string, SoaBlocker[]>();
  for (const blocker of blockers) byControl.set(blocker.control_id, [...(byControl.get(blocker.control_id) ?? []), blocker]);
  return byControl;
}

/** The blockers a refused submit or approval lists (409, `errors: [{field: control id, message}]`). */
export function blockersOfRefusal(errors: readonly { field: string; message: string }[]): SoaBlocker[] {
  return errors.map((error) => ({ control_id: error.field, code: codeOfMessage(error.message), message: error.message }));
}

function codeOfMessage(message: string): string {
  if (/no applied control/i.test(message)) return 'no_applied_control';
  if (/justification/i.test(message)) return 'no_justification';
  if (/not decided|undecided/i.test(message)) return 'undecided';
  if (/risk/i.test(message)) return 'excluded_but_treats_risks';
  return '';
}

/** The fields of the difference between versions, in the order the server reports them. */
export const DIFF_FIELDS = [
  'applicability',
  'reasons',
  'reason_text',
  'justification',
  'status',
  'override_explanation',
  'risk_count',
  'applied_controls',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export function isDiffField(field: string): field is DiffField {
  return (DIFF_FIELDS as readonly string[]).includes(field);
}

/** Words a diff value needs: the labels of applicability, reasons and statuses. */
export interface DiffWords {
  applicability: (value: Applicability) => string;
  reason: (value: InclusionReason) => string;
  status: (value: ImplementationStatus) => string;
  /** An empty value ("—"). */
  empty: string;
}

/** One value of the difference in words: enums translated, lists (";") joined with "、" / ", ". */
export function diffValue(field: string, value: string, words: DiffWords, language: Locale): string {
  if (value === '') return words.empty;
  const separator = language === 'ja' ? '、' : ', ';
  switch (field) {
    case 'applicability':
      return words.applicability(value as Applicability);
    case 'status':
      return words.status(value as ImplementationStatus);
    case 'reasons':
      return value
        .split(';')
        .filter(Boolean)
        .map((reason) => words.reason(reason as InclusionReason))
        .join(separator);
    case 'applied_controls':
      return value.split(';').filter(Boolean).join(separator);
    default:
      return value;
  }
}

/** The versions newest first, and the pair a comparison starts with: the previous and the latest. */
export function defaultComparison(versions: readonly Pick<SoaVersion, 'number'>[]): { from: number; to: number } | null {
  const numbers = versions.map((version) => version.number).sort((a, b) => a - b);
  const [from, to] = numbers.slice(-2);
  if (from === undefined || to === undefined) return null;
  return { from, to };
}

/** The DOM id of a control's row (a blocker's link scrolls to it). */
export function rowId(controlId: string): string {
  return `soa-row-${controlId.replace(/[^A-Za-z0-9]/g, '-')}`;
}
