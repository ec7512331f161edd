// Risk assessment (6.1.2, 8.2) and risk treatment (6.1.3, 8.3): the API calls of the risk
// assessment screens and the pure rules they share — who may do what, labels of levels,
// treatment options and approval states in the user's language, the heat-map matrix, the
// completion counts and the comparison's summary.
import { ApiError, http } from './api/client';
import type { Page, RecordVersion, Role } from './api/types';
import type { ChartSpec } from './components/chart-options';
import { describeError } from './components/form.svelte';
import type { Locale } from './i18n/index.svelte';
import { rolesIn } from './session.svelte';

// --- shapes on the wire ---

/** The state of an assessment; "published" is approved by top management and in force. */
export type AssessmentState = 'draft' | 'in_review' | 'published' | 'withdrawn';
export const ASSESSMENT_STATES: readonly AssessmentState[] = ['draft', 'in_review', 'published', 'withdrawn'];

export type Acceptance = 'accept' | 'accept_with_monitoring' | 'treat';

export interface ScaleValue {
  value: number;
  label_ja: string;
  label_en: string;
}

/** One input the method reads (C, I, A, threat, vulnerability, likelihood, impact). */
export interface MethodInput {
  key: string;
  name_ja: string;
  name_en: string;
  levels: ScaleValue[];
}

export interface MethodLevel {
  key: string;
  label_ja: string;
  label_en: string;
  colour: string;
  acceptance: Acceptance;
}

export interface AssessmentMethod {
  key: string;
  version: number;
  name_ja: string;
  name_en: string;
  inputs: MethodInput[];
  levels: MethodLevel[];
}

export interface AssessmentSummary {
  risks: number;
  to_treat: number;
  undecided: number;
  /** Risks without their owner's approval. */
  unapproved: number;
  /** Risks changed after their owner approved them. */
  stale_approvals: number;
}

export interface RiskAssessment {
  id: string;
  title: string;
  assessed_on: string;
  state: AssessmentState;
  previous_id: string | null;
  notes?: string;
  method: AssessmentMethod;
  summary: AssessmentSummary;
  approved_at: string | null;
  approved_by: string | null;
  snapshot_digest: string;
  created_at?: string;
  version: number;
}

export interface Rating {
  risk_value: number;
  level: string;
  acceptance: Acceptance;
  row: number;
  column: number;
}

export type Treatment = 'modify' | 'retain' | 'avoid' | 'share';
export const TREATMENTS: readonly Treatment[] = ['modify', 'retain', 'avoid', 'share'];

export type ApprovalState = 'missing' | 'stale' | 'current';
export const APPROVAL_STATES: readonly ApprovalState[] = ['missing', 'stale', 'current'];

export interface RiskApproval {
  user_id: string;
  comment: string;
  signed_at: string;
  stale: boolean;
  /** What the owner signed: the risk's material state at the time. */
  state: Record<string, unknown> | null;
}

export type TaskStatus = 'open' | 'in_progress' | 'done';
export const TASK_STATUSES: readonly TaskStatus[] = ['open', 'in_progress', 'done'];

export interface TreatmentTask {
  id: string;
  risk_id: string;
  title: string;
  owner_id: string | null;
  due_on: string;
  resources: string;
  status: TaskStatus;
  created_at: string;
  version: number;
}

export type RiskInputs = Partial<Record<string, number | null>>;

export interface Risk {
  id: string;
  assessment_id?: string;
  label: string;
  number: number;
  asset: { id: string; number: string; name: string; department_id: string | null };
  threat_key: string;
  threat_name: string;
  vulnerability_key: string;
  vulnerability_name: string;
  /** "c;i;a" */
  affects: string;
  existing_controls: string;
  inputs: RiskInputs;
  inherent: Rating | null;
  owner_id: string | null;
  treatment: Treatment | null;
  treatment_rationale: string;
  treatment_decided: boolean;
  annex_a_controls: string[];
  applied_controls: string[];
  residual_inputs: RiskInputs;
  residual: Rating | null;
  approval: RiskApproval | null;
  created_at?: string;
  version: number;
  /** Only in the answer for one risk. */
  tasks?: TreatmentTask[];
}

export interface Proposal {
  category?: string;
  threat_key: string;
  threat_name_ja: string;
  threat_name_en: string;
  vulnerability_key: string;
  vulnerability_name_ja: string;
  vulnerability_name_en: string;
  affects: string;
  suggested_controls: string[];
  confidentiality: number;
  integrity: number;
  availability: number;
  /** Already a risk of this assessment. */
  assessed: boolean;
}

export interface HeatMapAxis {
  factor: string;
  name_ja: string;
  name_en: string;
  values: ScaleValue[];
}

export interface HeatMapCell {
  row: number;
  column: number;
  level: string;
  colour: string;
  acceptance: Acceptance;
  count: number;
}

export interface HeatMap {
  residual: boolean;
  rows: HeatMapAxis;
  columns: HeatMapAxis;
  cells: HeatMapCell[];
  total: number;
}

export interface RiskChange {
  asset_id: string;
  threat_name: string;
  vulnerability_name: string;
  previous_id?: string | null;
  current_id?: string | null;
  previous: Rating | null;
  current: Rating | null;
  direction: number;
}

export interface Comparison {
  previous: { id: string; title: string; assessed_on: string };
  appeared: RiskChange[];
  disappeared: RiskChange[];
  moved: RiskChange[];
  unchanged: number;
}

export interface NewAssessment {
  title: string;
  assessed_on: string;
  method_key?: string;
  method_version?: number;
  copy_from?: string;
}

export type AssessmentChanges = Partial<Pick<RiskAssessment, 'title' | 'assessed_on' | 'notes'>> & {
  method_version?: number;
};

/** A risk as the API takes it: inputs by name, residual inputs as residual_<name>. */
export interface RiskInput {
  asset_id?: string;
  threat_key?: string;
  threat_name?: string;
  vulnerability_key?: string;
  vulnerability_name?: string;
  affects?: string;
  existing_controls?: string;
  owner_id?: string;
  treatment?: Treatment | '';
  treatment_rationale?: string;
  annex_a_controls?: string[];
  applied_controls?: string[];
  [input: string]: string | number | string[] | undefined;
}

export interface TaskInput {
  title?: string;
  owner_id?: string;
  due_on?: string;
  resources?: string;
  status?: TaskStatus;
}

export type AssessmentAction = 'submit' | 'return' | 'approve' | 'withdraw';

// --- API ---

const base = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/risk-assessments`;
const one = (orgId: string, id: string) => `${base(orgId)}/${encodeURIComponent(id)}`;
const riskPath = (orgId: string, id: string, riskId: string) => `${one(orgId, id)}/risks/${encodeURIComponent(riskId)}`;
const ifMatch = (version: number) => ({ headers: { 'If-Match': `"${version}"` } });

export const riskApi = {
  list: (orgId: string) => http.get<Page<RiskAssessment>>(base(orgId)),
  get: (orgId: string, id: string) => http.get<RiskAssessment>(one(orgId, id)),
  create: (orgId: string, input: NewAssessment) => http.post<RiskAssessment>(base(orgId), input),
  update: (orgId: string, assessment: RiskAssessment, changes: AssessmentChanges) =>
    http.patch<RiskAssessment>(one(orgId, assessment.id), changes, ifMatch(assessment.version)),
  transition: (orgId: string, id: string, action: AssessmentAction, comment: string) =>
    http.post<RecordVersion>(`${one(orgId, id)}/versions/1/${action}`, comment ? { comment } : {}),
  /** The assessment's one version with its transitions (submit, return, approve…). */
  version: (orgId: string, id: string) => http.get<RecordVersion>(`${one(orgId, id)}/versions/1`),

  risks: (orgId: string, id: string, query: Record<string, string | number | null | undefined>) =>
    http.get<Page<Risk>>(`${one(orgId, id)}/risks`, { query }),
  risk: (orgId: string, id: string, riskId: string) => http.get<Risk>(riskPath(orgId, id, riskId)),
  addRisk: (orgId: string, id: string, input: RiskInput) => http.post<Risk>(`${one(orgId, id)}/risks`, input),
  addRisks: (orgId: string, id: string, risks: RiskInput[]) =>
    http.post<Page<Risk>>(`${one(orgId, id)}/risks/bulk`, { risks }),
  updateRisk: (orgId: string, id: string, risk: Risk, changes: RiskInput) =>
    http.patch<Risk>(riskPath(orgId, id, risk.id), changes, ifMatch(risk.version)),
  removeRisk: (orgId: string, id: string, riskId: string) => http.delete(riskPath(orgId, id, riskId)),
  approveRisk: (orgId: string, id: string, riskId: string, comment: string) =>
    http.post<Risk>(`${riskPath(orgId, id, riskId)}/approval`, comment ? { comment } : {}),

  addTask: (orgId: string, id: string, riskId: string, input: TaskInput) =>
    http.post<TreatmentTask>(`${riskPath(orgId, id, riskId)}/tasks`, input),
  updateTask: (orgId: string, id: string, riskId: string, task: TreatmentTask, changes: TaskInput) =>
    http.patch<TreatmentTask>(
      `${riskPath(orgId, id, riskId)}/tasks/${encodeURIComponent(task.id)}`,
      changes,
      ifMatch(task.version),
    ),
  removeTask: (orgId: string, id: string, riskId: string, taskId: string) =>
    http.delete(`${riskPath(orgId, id, riskId)}/tasks/${encodeURIComponent(taskId)}`),

  proposals: (orgId: string, id: string, assetId: string) =>
    http.get<Page<Proposal>>(`${one(orgId, id)}/proposals`, { query: { asset_id: assetId } }),
  heatMap: (orgId: string, id: string, residual: boolean, filters: Record<string, string> = {}) =>
    http.get<HeatMap>(`${one(orgId, id)}/heat-map`, { query: { ...filters, residual: String(residual) } }),
  /** 404 when there is no earlier assessment to compare with. */
  comparison: (orgId: string, id: string, withId?: string) =>
    http.get<Comparison>(`${one(orgId, id)}/comparison`, { query: { with: withId } }),
};

// --- who may do what (the API's permission table) ---

/** Everyone with a role except employees reads the risk assessments. */
export function canReadRisks(roles: readonly Role[]): boolean {
  return roles.some((role) => role !== 'employee');
}

/** The ISMS manager and the risk owners identify, analyse, evaluate and treat risks. */
export function canEditRisks(roles: readonly Role[]): boolean {
  return roles.includes('isms_manager') || roles.includes('risk_owner');
}

/** Top management approves the results (and returns or withdraws them). */
export function canApproveAssessment(roles: readonly Role[]): boolean {
  return roles.includes('top_management');
}

/** The workflow buttons a person sees on an assessment in a state. */
export function assessmentActions(state: AssessmentState, roles: readonly Role[]): AssessmentAction[] {
  const actions: AssessmentAction[] = [];
  if (state === 'draft' && canEditRisks(roles)) actions.push('submit');
  if (state === 'in_review' && canApproveAssessment(roles)) actions.push('approve', 'return');
  if (state === 'published' && canApproveAssessment(roles)) actions.push('withdraw');
  return actions;
}

/** Returning and withdrawing must say why. */
export function assessmentCommentRequired(action: AssessmentAction): boolean {
  return action === 'return' || action === 'withdraw';
}

/** Risks change only while the assessment is a draft; treatment tasks go on after approval. */
export function risksEditable(state: AssessmentState, roles: readonly Role[]): boolean {
  return state === 'draft' && canEditRisks(roles);
}

export function tasksEditable(state: AssessmentState, roles: readonly Role[]): boolean {
  return state !== 'withdrawn' && canEditRisks(roles);
}

/** The owner's approval button: the risk's owner, while the assessment is a draft. */
export function mayApproveRisk(risk: Pick<Risk, 'owner_id' | 'approval'>, userId: string | null | undefined, state: AssessmentState): boolean {
  if (!userId || risk.owner_id !== userId || state !== 'draft') return false;
  return approvalState(risk) !== 'current';
}

// --- labels ---

/** The Japanese or English text of an API object that carries both (label_ja/label_en…). */
export function localised(item: Record<string, unknown> | null | undefined, field: string, language: Locale): string {
  if (!item) return '';
  const value = item[`${field}_${language}`] ?? item[`${field}_ja`];
  return typeof value === 'string' ? value : '';
}

export function findLevel(method: AssessmentMethod | null | undefined, key: string | null | undefined): MethodLevel | undefined {
  if (!method || !key) return undefined;
  return method.levels.find((level) => level.key === key);
}

/** A level's label in the language, or its key when the method does not name it. */
export function levelLabel(method: AssessmentMethod | null | undefined, key: string | null | undefined, language: Locale): string {
  if (!key) return '';
  const level = findLevel(method, key);
  return level ? localised(level as unknown as Record<string, unknown>, 'label', language) || key : key;
}

export function levelColour(method: AssessmentMethod | null | undefined, key: string | null | undefined): string {
  return findLevel(method, key)?.colour ?? '#8a94a3';
}

/** Dark or white text on a level's colour: the risk methods' rule, so matrices look alike. */
export { textColourOn } from './risk-methods';

export function findInput(method: AssessmentMethod | null | undefined, key: string): MethodInput | undefined {
  return method?.inputs.find((input) => input.key === key);
}

/** "3 高" style label of an input's value on the method's scale. */
export function inputValueLabel(method: AssessmentMethod | null | undefined, key: string, value: number | null | undefined, language: Locale): string {
  if (value === null || value === undefined) return '';
  const level = findInput(method, key)?.levels.find((candidate) => candidate.value === value);
  const label = level ? localised(level as unknown as Record<string, unknown>, 'label', language) : '';
  return label ? `${value} ${label}` : String(value);
}

const CIA_KEYS = ['confidentiality', 'integrity', 'availability'];
const RESIDUAL_KEYS = ['threat', 'vulnerability', 'likelihood', 'impact'];

/** The method's inputs that come from the asset (C, I, A) and those rated per risk. */
export function splitInputs(method: AssessmentMethod | null | undefined): { asset: MethodInput[]; risk: MethodInput[] } {
  const inputs = method?.inputs ?? [];
  return {
    asset: inputs.filter((input) => CIA_KEYS.includes(input.key)),
    risk: inputs.filter((input) => !CIA_KEYS.includes(input.key)),
  };
}

/** The inputs that treatment changes (the residual risk is rated on these). */
export function residualInputs(method: AssessmentMethod | null | undefined): MethodInput[] {
  return (method?.inputs ?? []).filter((input) => RESIDUAL_KEYS.includes(input.key));
}

/** The owner's approval of a risk: none, given for what the risk still is, or stale. */
export function approvalState(risk: Pick<Risk, 'approval'>): ApprovalState {
  if (!risk.approval) return 'missing';
  return risk.approval.stale ? 'stale' : 'current';
}

export function approvalTone(state: ApprovalState): 'danger' | 'warning' | 'success' {
  return state === 'current' ? 'success' : state === 'stale' ? 'danger' : 'warning';
}

/** Badge tone of an assessment's state (the badge always names the state too). */
export function assessmentTone(state: AssessmentState): 'warning' | 'accent' | 'success' | 'danger' {
  switch (state) {
    case 'draft':
      return 'warning';
    case 'in_review':
      return 'accent';
    case 'published':
      return 'success';
    default:
      return 'danger';
  }
}

/** "8.13, 5.1 8.7" → ["8.13", "5.1", "8.7"] (commas, spaces or 、 between; an "A." prefix dropped). */
export function parseControls(text: string): string[] {
  const ids = text
    .split(/[\s,、，;]+/)
    .map((part) => part.trim().replace(/^A\./i, ''))
    .filter(Boolean);
  return [...new Set(ids)];
}

export function controlsText(ids: readonly string[]): string {
  return ids.join(', ');
}

/** The affected properties "c;i" as letters "C, I". */
export function affectsText(affects: string): string {
  return affects
    .split(';')
    .map((part) => part.trim().toUpperCase())
    .filter(Boolean)
    .join(', ');
}

// --- the register's query ---

export interface RegisterFilters {
  level?: string;
  owner_id?: string;
  asset_id?: string;
  department_id?: string;
  treatment?: string;
  approval?: string;
  q?: string;
}

const FILTER_KEYS: readonly (keyof RegisterFilters)[] = ['level', 'owner_id', 'asset_id', 'department_id', 'treatment', 'approval', 'q'];

/** The register's filters as the API takes them: empty ones left out, text trimmed. */
export function registerQuery(filters: Record<string, string | undefined>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = (filters[key] ?? '').trim();
    if (value) query[key] = value;
  }
  return query;
}

/** A heat-map cell chosen to narrow the register: inherent or residual row × column. */
export interface CellFilter {
  residual: boolean;
  row: number;
  column: number;
  level: string;
}

export function inCell(risk: Pick<Risk, 'inherent' | 'residual'>, cell: CellFilter): boolean {
  const rating = cell.residual ? risk.residual : risk.inherent;
  return !!rating && rating.row === cell.row && rating.column === cell.column;
}

// --- the heat map ---

export interface MatrixCell extends HeatMapCell {
  rowLabel: string;
  columnLabel: string;
}

export interface HeatMatrix {
  rowTitle: string;
  columnTitle: string;
  columns: { value: number; label: string }[];
  /** Highest row value first, as a risk matrix is read. */
  rows: { value: number; label: string; cells: MatrixCell[] }[];
  total: number;
}

const axisLabel = (value: ScaleValue, language: Locale) => {
  const label = localised(value as unknown as Record<string, unknown>, 'label', language);
  // A scale whose labels are its numbers (asset value 1–3) is not written "3 3".
  return label && label !== String(value.value) ? `${value.value} ${label}` : String(value.value);
};

/** The response of …/heat-map as rows of cells, every row × column present (count 0 if none came). */
export function heatMatrix(map: HeatMap, language: Locale): HeatMatrix {
  const byPosition = new Map(map.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  const columnValues = [...map.columns.values].sort((a, b) => a.value - b.value);
  const rowValues = [...map.rows.values].sort((a, b) => b.value - a.value);
  return {
    rowTitle: localised(map.rows as unknown as Record<string, unknown>, 'name', language) || map.rows.factor,
    columnTitle: localised(map.columns as unknown as Record<string, unknown>, 'name', language) || map.columns.factor,
    columns: columnValues.map((value) => ({ value: value.value, label: axisLabel(value, language) })),
    rows: rowValues.map((row) => ({
      value: row.value,
      label: axisLabel(row, language),
      cells: columnValues.map((column) => {
        const found = byPosition.get(`${row.value}:${column.value}`);
        return {
          row: row.value,
          column: column.value,
          level: found?.level ?? '',
          colour: found?.colour ?? '#ffffff',
          acceptance: found?.acceptance ?? 'accept',
          count: found?.count ?? 0,
          rowLabel: axisLabel(row, language),
          columnLabel: axisLabel(column, language),
        };
      }),
    })),
    total: map.total,
  };
}

/** Risks per level (from the heat map's cells), in the method's order of levels. */
export function countsByLevel(map: HeatMap, method: AssessmentMethod): { key: string; count: number }[] {
  return method.levels.map((level) => ({
    key: level.key,
    count: map.cells.filter((cell) => cell.level === level.key).reduce((sum, cell) => sum + cell.count, 0),
  }));
}

// --- completion and comparison ---

export interface Completion {
  risks: number;
  approved: number;
  unapproved: number;
  stale: number;
  /** Share of risks with a current approval, whole percent. */
  percent: number;
}

/** How far the risk owners' approvals are: current, missing, stale. */
export function completion(summary: AssessmentSummary): Completion {
  const risks = summary.risks ?? 0;
  const unapproved = summary.unapproved ?? 0;
  const stale = summary.stale_approvals ?? 0;
  const approved = Math.max(0, risks - unapproved - stale);
  return { risks, approved, unapproved, stale, percent: risks === 0 ? 0 : Math.round((approved / risks) * 100) };
}

export const COMPLETION_COLOURS = { approved: '#1d6b38', unapproved: '#e69f00', stale: '#b3261e' } as const;

/** The bars of one assessment's approvals: current, missing and stale, each in its colour. */
export function completionChart(
  summary: AssessmentSummary,
  names: { approved: string; unapproved: string; stale: string },
  seriesName: string,
): ChartSpec {
  const counts = completion(summary);
  const order = ['approved', 'unapproved', 'stale'] as const;
  return {
    kind: 'bar',
    categories: order.map((key) => names[key]),
    series: [{ name: seriesName, values: order.map((key) => counts[key]), colors: order.map((key) => COMPLETION_COLOURS[key]) }],
  };
}

export interface ComparisonSummary {
  appeared: number;
  disappeared: number;
  higher: number;
  lower: number;
  unchanged: number;
}

export function comparisonSummary(comparison: Comparison): ComparisonSummary {
  return {
    appeared: comparison.appeared.length,
    disappeared: comparison.disappeared.length,
    higher: comparison.moved.filter((change) => change.direction > 0).length,
    lower: comparison.moved.filter((change) => change.direction < 0).length,
    unchanged: comparison.unchanged,
  };
}

// --- adding risks ---

/** A proposal picked for the bulk add, with the inputs chosen for it. */
export function proposalInput(
  proposal: Proposal,
  assetId: string,
  inputs: Record<string, number | null | undefined>,
): RiskInput {
  const input: RiskInput = {
    asset_id: assetId,
    threat_key: proposal.threat_key,
    vulnerability_key: proposal.vulnerability_key,
  };
  for (const [key, value] of Object.entries(inputs)) if (typeof value === 'number') input[key] = value;
  return input;
}

/** The inputs a proposal starts with: its C/I/A, the middle of every other scale. */
export function proposalDefaults(proposal: Pick<Proposal, 'confidentiality' | 'integrity' | 'availability'>, method: AssessmentMethod): Record<string, number> {
  const values: Record<string, number> = {};
  for (const input of method.inputs) {
    if (input.key === 'confidentiality' || input.key === 'integrity' || input.key === 'availability') {
      values[input.key] = proposal[input.key];
    } else if (input.levels.length > 0) {
      const sorted = [...input.levels].sort((a, b) => a.value - b.value);
      const middle = sorted[Math.floor((sorted.length - 1) / 2)];
      if (middle) values[input.key] = middle.value;
    }
  }
  return values;
}

/** "risks[2].threat" → 2 (the bulk add names each bad risk by its position). */
export function bulkErrorIndex(field: string): number | null {
  const match = /^risks\[(\d+)\]/.exec(field);
  return match ? Number(match[1]) : null;
}

// --- editing a risk ---

/** A risk as the detail form holds it: inputs and references as text. */
export interface RiskDraft {
  existing_controls: string;
  owner_id: string;
  treatment: Treatment | '';
  treatment_rationale: string;
  annex_a_controls: string;
  inputs: Record<string, string>;
  residual: Record<string, string>;
}

export function riskDraftOf(risk: Risk, method: AssessmentMethod | null | undefined): RiskDraft {
  const inputs: Record<string, string> = {};
  for (const input of method?.inputs ?? []) {
    const value = risk.inputs[input.key];
    inputs[input.key] = value === null || value === undefined ? '' : String(value);
  }
  const residual: Record<string, string> = {};
  for (const input of residualInputs(method)) {
    const value = risk.residual_inputs?.[input.key];
    residual[input.key] = value === null || value === undefined ? '' : String(value);
  }
  return {
    existing_controls: risk.existing_controls,
    owner_id: risk.owner_id ?? '',
    treatment: risk.treatment ?? '',
    treatment_rationale: risk.treatment_rationale,
    annex_a_controls: controlsText(risk.annex_a_controls),
    inputs,
    residual,
  };
}

/** Only what changed, as the PATCH takes it (residual inputs as residual_<name>). */
export function riskChanges(risk: Risk, method: AssessmentMethod | null | undefined, draft: RiskDraft): RiskInput {
  const before = riskDraftOf(risk, method);
  const changes: RiskInput = {};
  if (draft.existing_controls !== before.existing_controls) changes.existing_controls = draft.existing_controls;
  if (draft.owner_id !== before.owner_id) changes.owner_id = draft.owner_id;
  if (draft.treatment !== before.treatment) changes.treatment = draft.treatment;
  if (draft.treatment_rationale !== before.treatment_rationale) changes.treatment_rationale = draft.treatment_rationale;
  const controls = parseControls(draft.annex_a_controls);
  if (controls.join(',') !== risk.annex_a_controls.join(',')) changes.annex_a_controls = controls;
  for (const [key, value] of Object.entries(draft.inputs)) {
    if (value !== '' && value !== before.inputs[key]) changes[key] = Number(value);
  }
  for (const [key, value] of Object.entries(draft.residual)) {
    if (value !== '' && value !== before.residual[key]) changes[`residual_${key}`] = Number(value);
  }
  return changes;
}

// --- errors ---

/**
 * A refusal the person must read as the server gave it: "not ready: 2 risks are not
 * approved by their risk owner", "choose a treatment option…", "only the risk owner…".
 * Other errors as every form shows them.
 */
export function describeRiskError(error: unknown, generic: (error: unknown) => string = describeError): string {
  if (error instanceof ApiError && (error.status === 409 || error.status === 403) && error.problem.detail) {
    return error.problem.detail;
  }
  return generic(error);
}

/** Whether a 409 is the "not ready" refusal of submit or approve. */
export function isNotReady(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && /^not ready/i.test(error.problem.detail ?? '');
}

/**
 * Whether an earlier assessment exists to compare with: the one it was carried forward from,
 * or an approved one dated no later (what the API picks). Spares a 404.
 */
export function canCompare(
  assessment: Pick<RiskAssessment, 'id' | 'previous_id' | 'assessed_on'>,
  all: readonly Pick<RiskAssessment, 'id' | 'assessed_on' | 'snapshot_digest'>[],
): boolean {
  if (assessment.previous_id) return true;
  return all.some(
    (other) => other.id !== assessment.id && other.snapshot_digest !== '' && other.assessed_on <= assessment.assessed_on,
  );
}

// --- the owner's approval ---

/** What a risk owner signed: the risk's material state when they approved it. */
export interface SignedState {
  scenario?: string;
  inputs?: RiskInputs;
  inherent?: Partial<Rating> | null;
  owner_id?: string | null;
  existing_controls?: string;
  treatment?: string | null;
  treatment_rationale?: string;
  annex_a_controls?: string[];
  residual_inputs?: RiskInputs;
  residual?: Partial<Rating> | null;
}

export function signedState(risk: Pick<Risk, 'approval'>): SignedState | null {
  const state = risk.approval?.state;
  return state && typeof state === 'object' ? (state as SignedState) : null;
}

/** The parts of a risk that changed since its owner signed, in the form's order. */
export const SIGNED_FIELDS = [
  'inputs',
  'existing_controls',
  'owner_id',
  'treatment',
  'treatment_rationale',
  'annex_a_controls',
  'residual_inputs',
] as const;
export type SignedField = (typeof SIGNED_FIELDS)[number];

const setValues = (inputs: RiskInputs | undefined) =>
  JSON.stringify(
    Object.entries(inputs ?? {})
      .filter(([, value]) => value !== null && value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

export function changedSinceApproval(risk: Risk): SignedField[] {
  const signed = signedState(risk);
  if (!signed) return [];
  const now: Record<SignedField, string> = {
    inputs: setValues(risk.inputs),
    existing_controls: risk.existing_controls,
    owner_id: risk.owner_id ?? '',
    treatment: risk.treatment ?? '',
    treatment_rationale: risk.treatment_rationale,
    annex_a_controls: risk.annex_a_controls.join(','),
    residual_inputs: setValues(risk.residual_inputs),
  };
  const then: Partial<Record<SignedField, string>> = {
    inputs: signed.inputs ? setValues(signed.inputs) : undefined,
    existing_controls: signed.existing_controls,
    owner_id: signed.owner_id === undefined ? undefined : (signed.owner_id ?? ''),
    treatment: signed.treatment === undefined ? undefined : (signed.treatment ?? ''),
    treatment_rationale: signed.treatment_rationale,
    annex_a_controls: signed.annex_a_controls?.join(','),
    residual_inputs: signed.residual_inputs ? setValues(signed.residual_inputs) : undefined,
  };
  return SIGNED_FIELDS.filter((field) => then[field] !== undefined && then[field] !== now[field]);
}

/** Server field errors named by position ("annex_a_controls[1]") shown at their field. */
export function fieldOf(name: string): string {
  return name.replace(/\[\d+\]$/, '');
}

/** The menu entry and the routes: members whose roles may read risk assessments (not employees). */
export function mayReadRiskAssessments(orgId: string | undefined): boolean {
  return canReadRisks(rolesIn(orgId));
}

export type NotReadyReason =
  | { kind: 'no_risks' }
  | { kind: 'undecided' | 'unapproved' | 'stale'; count: number };

/**
 * The reasons of a "not ready: …" refusal, so that they can be said in the user's language:
 * "not ready: 2 risks are not approved by their risk owner; 1 risks changed after…".
 * Parts it does not know are left out (the server's text is shown as well).
 */
export function notReadyReasons(detail: string): NotReadyReason[] {
  const match = /^not ready:\s*(.*)$/i.exec(detail.trim());
  if (!match) return [];
  const reasons: NotReadyReason[] = [];
  for (const part of (match[1] ?? '').split(';').map((text) => text.trim())) {
    const count = Number(/^(\d+)/.exec(part)?.[1] ?? NaN);
    if (/has no risks/.test(part)) reasons.push({ kind: 'no_risks' });
    else if (/no treatment option/.test(part) && count >= 0) reasons.push({ kind: 'undecided', count });
    else if (/not approved by their risk owner/.test(part) && count >= 0) reasons.push({ kind: 'unapproved', count });
    else if (/changed after their owner approved/.test(part) && count >= 0) reasons.push({ kind: 'stale', count });
  }
  return reasons;
}
