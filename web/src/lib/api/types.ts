// Shapes of the /api/v1 resources the UI uses (snake_case, as on the wire).

export type Role =
  | 'isms_manager'
  | 'top_management'
  | 'risk_owner'
  | 'internal_auditor'
  | 'employee'
  | 'external_auditor';

export const ROLES: readonly Role[] = [
  'isms_manager',
  'top_management',
  'risk_owner',
  'internal_auditor',
  'employee',
  'external_auditor',
];

export interface User {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  is_admin: boolean;
}

export interface Membership {
  id: string;
  name: string;
  roles: Role[];
}

export interface Me {
  user: User;
  csrf_token: string;
  organisations: Membership[];
}

export interface LoginResult {
  user: User;
  csrf_token: string;
}

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export interface OrgSummary {
  id: string;
  name: string;
  created_at: string;
}

export interface Organisation extends OrgSummary {
  version: number | string;
  /** Separation of duties (承認の職務分離): the author of a version may not approve it. */
  separate_approval?: boolean;
}

export interface Member {
  user_id: string;
  email: string;
  display_name: string;
  roles: Role[];
  added_at: string;
}

export interface ApiToken {
  id: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface CreatedToken {
  id: string;
  name: string;
  created_at: string;
  token: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_email: string | null;
  org_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
  hash: string;
}

export interface ListParams {
  limit?: number;
  cursor?: string | null;
  sort?: string | null;
  [filter: string]: string | number | null | undefined;
}

// The context of the organisation (4.1, 4.2) and risks and opportunities to the ISMS (6.1.1).

export type IssueCategory = 'internal' | 'external';
export const ISSUE_CATEGORIES: readonly IssueCategory[] = ['internal', 'external'];

export interface ContextIssue {
  id: string;
  category: IssueCategory;
  description: string;
  effect: string;
  source: string;
  /** YYYY-MM-DD */
  reviewed_on: string;
  created_at: string;
  version: number;
}

export type PartyKind =
  | 'customer'
  | 'employee'
  | 'shareholder'
  | 'supplier'
  | 'regulator'
  | 'partner'
  | 'community'
  | 'other';
export const PARTY_KINDS: readonly PartyKind[] = [
  'customer',
  'employee',
  'shareholder',
  'supplier',
  'regulator',
  'partner',
  'community',
  'other',
];

export interface InterestedParty {
  id: string;
  name: string;
  kind: PartyKind;
  needs: string;
  created_at: string;
  version: number;
}

export type RequirementKind = 'legal' | 'regulatory' | 'contractual' | 'other';
export const REQUIREMENT_KINDS: readonly RequirementKind[] = ['legal', 'regulatory', 'contractual', 'other'];

export interface Requirement {
  id: string;
  party_id: string;
  kind: RequirementKind;
  description: string;
  addressed: boolean;
  how_addressed: string;
  created_at: string;
  version: number;
}

export interface ClimateDecision {
  relevant: boolean;
  justification: string;
  decided_by: string;
  decided_on: string;
  recorded_at: string;
  version: number;
}

export type RiskOrOpportunityType = 'risk' | 'opportunity';
export const RISK_OR_OPPORTUNITY_TYPES: readonly RiskOrOpportunityType[] = ['risk', 'opportunity'];
export type ActionStatus = 'open' | 'in_progress' | 'done';
export const ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_progress', 'done'];

export interface RiskOrOpportunity {
  id: string;
  type: RiskOrOpportunityType;
  description: string;
  planned_action: string;
  owner_id: string;
  due_on: string;
  status: ActionStatus;
  created_at: string;
  version: number;
}

// Leadership (5.3): departments (部門), sites (拠点) and the ISMS roles (推進組織).

export interface Department {
  id: string;
  name: string;
  parent_id: string | null;
  /** A member's user id. */
  head_id: string | null;
  created_at: string;
  version: number;
}

export type SiteKind = 'office' | 'data_centre' | 'cloud_region' | 'other';
export const SITE_KINDS: readonly SiteKind[] = ['office', 'data_centre', 'cloud_region', 'other'];

export interface Site {
  id: string;
  name: string;
  address: string;
  kind: SiteKind;
  created_at: string;
  version: number;
}

/** An ISMS role of the organisation (not a sign-in role of the permission table). */
export interface IsmsRole {
  id: string;
  name: string;
  responsibilities: string;
  authorities: string;
  /** Members' user ids, in the order given. */
  holders: string[];
  deputies: string[];
  department_id: string | null;
  reports_to: string | null;
  created_at: string;
  version: number;
}

// Documented information (7.5), the scope statement (4.3) and acknowledgements (5.2, 7.3):
// docs/design/documented-information.md.

/** The states of a version of a versioned, approvable record. */
export type VersionState = 'draft' | 'in_review' | 'approved' | 'published' | 'superseded' | 'withdrawn';
export const VERSION_STATES: readonly VersionState[] = [
  'draft',
  'in_review',
  'approved',
  'published',
  'superseded',
  'withdrawn',
];

export type WorkflowAction = 'submit' | 'return' | 'approve' | 'publish' | 'withdraw';

export interface Transition {
  action: WorkflowAction | string;
  from_state: VersionState | null;
  to_state: VersionState;
  actor_id: string | null;
  actor_name: string;
  at: string;
  comment: string;
}

export interface Attachment {
  id: string;
  file_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string;
  uploaded_at: string;
}

/** One version of a versioned record; `F` is the kind's structured fields. */
export interface RecordVersion<F = Record<string, unknown>> {
  number: number;
  state: VersionState;
  body: string;
  /** The body rendered on the server (raw HTML dropped, unsafe links removed). */
  html: string;
  fields: F;
  attachment_id?: string | null;
  /** Only in the answer for one version (GET …/versions/{n}), as are the transitions. */
  attachment?: Attachment | null;
  change_summary: string;
  author_id: string | null;
  created_at: string;
  updated_at: string;
  approved_by: string | null;
  approved_at: string | null;
  published_at: string | null;
  transitions?: Transition[];
  version: number;
}

export type DocumentType = 'policy' | 'rule' | 'procedure' | 'form' | 'record' | 'external';
export const DOCUMENT_TYPES: readonly DocumentType[] = ['policy', 'rule', 'procedure', 'form', 'record', 'external'];

export type Classification = 'public' | 'internal' | 'confidential' | 'restricted';
export const CLASSIFICATIONS: readonly Classification[] = ['public', 'internal', 'confidential', 'restricted'];

export interface DocumentInfo {
  id: string;
  number: string;
  title: string;
  type: DocumentType;
  owner_id: string | null;
  owner_role_id: string | null;
  department_id: string | null;
  classification: Classification;
  /** 0 (or null): kept while in use. */
  retention_months: number | null;
  /** 0 (or null): no periodic review. */
  review_cycle_months: number | null;
  next_review_on: string | null;
  review_overdue: boolean;
  /** Of the version in force, else of the one being worked on; withdrawn when neither exists. */
  state: VersionState;
  clauses: string[];
  current: { number: number; state: VersionState; published_at: string | null } | null;
  pending: { number: number; state: VersionState } | null;
  /** Of the version in force; null for those who may not see who acknowledged. */
  acknowledgement: { requested: number; acknowledged: number } | null;
  disposed_at: string | null;
  disposed_by: string | null;
  disposal_reason: string;
  created_at: string;
  version: number;
}

export type DocumentVersion = RecordVersion;

export interface SignOff {
  id: string;
  user_id: string;
  user_name: string;
  decision: 'acknowledged' | string;
  comment: string;
  digest: string;
  signed_at: string;
  stale: boolean;
}

export interface PendingAcknowledgement {
  document_id: string;
  number: string;
  title: string;
  version_number: number;
  requested_at: string;
}

export interface AcknowledgementStatus {
  requested: number;
  acknowledged: number;
  items: {
    user_id: string;
    email: string;
    display_name: string;
    requested_at: string;
    acknowledged_at: string | null;
  }[];
}

export interface ScopeExclusion {
  item: string;
  justification: string;
}

export interface ScopeFields {
  units: string[];
  sites: string[];
  systems: string[];
  interfaces: string[];
  exclusions: ScopeExclusion[];
}

export type ScopeVersion = RecordVersion<ScopeFields>;

export interface ScopeStatement {
  current: ScopeVersion | null;
  pending: ScopeVersion | null;
}

export type MapState = 'missing' | 'draft' | 'approved' | 'overdue';
export const MAP_STATES: readonly MapState[] = ['missing', 'draft', 'approved', 'overdue'];

export interface MapProvider {
  kind: 'document' | 'scope';
  id: string;
  number: string;
  title: string;
  state: VersionState | null;
  next_review_on: string | null;
}

export interface MapItem {
  clause: string;
  title_ja: string;
  title_en: string;
  requirement: string;
  retention: 'maintain' | 'retain';
  state: MapState;
  providers: MapProvider[];
}

export type MapSummary = Record<MapState, number>;

export interface DocumentedInformationMap {
  items: MapItem[];
  summary: MapSummary;
}

export interface TemplateInfo {
  key: string;
  type: DocumentType;
  clauses: string[];
  title_ja: string;
  title_en: string;
}

export interface TemplateText {
  key: string;
  lang: 'ja' | 'en';
  title: string;
  body: string;
}

// Applied controls (管理策の実施) and the Statement of Applicability (適用宣言書, 6.1.3).

export interface LocalisedText {
  ja: string;
  en: string;
}

export interface FrameworkControl {
  id: string;
  /** The theme (Organizational, People, Physical, Technological). */
  group: string;
  title: LocalisedText;
  attributes: Record<string, unknown>;
}

export interface Framework {
  key: string;
  name: LocalisedText;
  groups: { key: string; title: LocalisedText }[];
  attributes: { key: string; label: LocalisedText; values: { key: string; label: LocalisedText }[] }[];
  controls: FrameworkControl[];
  /** How an earlier edition's controls became these (2013 → 2022). */
  carry_overs?: CarryOverTable[];
}

export type CarryOverRelation = 'one-to-one' | 'merged' | 'split' | 'new';

export interface CarryOverTable {
  from: string;
  name: LocalisedText;
  /** earlier_id is empty for a control new in this edition. */
  rows: { earlier_id: string; earlier_title: string; id: string; relation: CarryOverRelation }[];
}

export type AppliedControlStatus = 'planned' | 'in_progress' | 'implemented' | 'retired';
export const APPLIED_CONTROL_STATUSES: readonly AppliedControlStatus[] = ['planned', 'in_progress', 'implemented', 'retired'];

export interface ControlReference {
  framework: string;
  control_id: string;
  title_ja: string;
  title_en: string;
}

export interface AppliedControl {
  id: string;
  number: string;
  title: string;
  description: string;
  owner_id: string | null;
  owner_role_id: string | null;
  department_id: string | null;
  status: AppliedControlStatus;
  planned_on: string | null;
  implemented_on: string | null;
  next_review_on: string | null;
  references: ControlReference[];
  /** Document ids. */
  documents: string[];
  created_at: string;
  version: number;
}

/** One version of a piece of evidence: a file (an attachment) or a link, never both. */
export interface EvidenceVersion {
  number: number;
  attachment_id: string | null;
  /** An http(s) address, or "" for a file. */
  link: string;
  /** YYYY-MM-DD: the date the evidence speaks for (not when it was added). */
  effective_on: string;
  /** YYYY-MM-DD, or null when it does not expire. */
  expires_on: string | null;
  note: string;
  added_by: string;
  added_at: string;
}

/** Evidence (証跡) that an applied control works; versions oldest first. */
export interface Evidence {
  id: string;
  applied_control_id: string;
  title: string;
  owner_id: string | null;
  /** The latest version expired before today. */
  stale: boolean;
  versions: EvidenceVersion[];
  created_at: string;
  version: number;
}

export type Applicability = 'undecided' | 'applicable' | 'not_applicable';
export const APPLICABILITIES: readonly Applicability[] = ['undecided', 'applicable', 'not_applicable'];
/** risk_treatment is derived from the risks; the others are stated. */
export type InclusionReason = 'risk_treatment' | 'legal' | 'contractual' | 'business';
export const STATED_REASONS: readonly InclusionReason[] = ['legal', 'contractual', 'business'];
export type ImplementationStatus = 'not_implemented' | 'planned' | 'in_progress' | 'implemented';
export const IMPLEMENTATION_STATUSES: readonly ImplementationStatus[] = ['not_implemented', 'planned', 'in_progress', 'implemented'];

export interface SoaDecision {
  control_id: string;
  applicability: Applicability;
  reasons: InclusionReason[];
  reason_text: string;
  justification: string;
  status_override: ImplementationStatus | null;
  override_explanation: string;
}

export type SoaVersion = Omit<RecordVersion, 'fields'> & { decisions: SoaDecision[] };

export interface SoaRow {
  control_id: string;
  group: string;
  title_ja: string;
  title_en: string;
  applicability: Applicability;
  reasons: InclusionReason[];
  reason_text: string;
  justification: string;
  derived_status: ImplementationStatus;
  status: ImplementationStatus;
  status_overridden: boolean;
  override_explanation: string;
  risk_count: number;
  risks: { id: string; number: number; title: string; level: string }[];
  applied_controls: { id: string; number: string; title: string; status: AppliedControlStatus }[];
  documents: string[];
}

export interface SoaSummary {
  controls: number;
  applicable: number;
  not_applicable: number;
  undecided: number;
  implemented: number;
}

export type SoaBlockerCode = 'undecided' | 'no_justification' | 'no_applied_control' | 'excluded_but_treats_risks';

export interface SoaBlocker {
  control_id: string;
  code: SoaBlockerCode | string;
  message: string;
}

export interface SoaPage {
  version: SoaVersion | null;
  /** An approved version exactly as approved. */
  from_snapshot: boolean;
  risk_assessment: { id: string; title: string; assessed_on: string } | null;
  summary: SoaSummary;
  blockers: SoaBlocker[];
  rows: SoaRow[];
}

export interface SoaFieldChange {
  field: string;
  before: string;
  after: string;
}

export interface SoaCarryOverResult {
  version: SoaVersion;
  carried: { control_id: string; applicability: Applicability; from: string[] }[];
  /** Already decided in the draft, left as they were. */
  kept: string[];
  /** New in this edition, or no predecessor given. */
  to_decide: string[];
}

export interface SoaDiff {
  from: number;
  to: number;
  controls: { control_id: string; title_ja: string; title_en: string; changes: SoaFieldChange[] }[];
}

// The information asset inventory (情報資産台帳, 6.1.2).

export type AssetCategory = 'information' | 'paper' | 'software' | 'hardware' | 'service' | 'people' | 'facility';
export const ASSET_CATEGORIES: readonly AssetCategory[] = [
  'information',
  'paper',
  'software',
  'hardware',
  'service',
  'people',
  'facility',
];
export type AssetFormat = 'electronic' | 'paper' | 'both';
export const ASSET_FORMATS: readonly AssetFormat[] = ['electronic', 'paper', 'both'];
export type PersonalInformationKind = 'none' | 'personal' | 'special_care' | 'specific_personal';
export const PERSONAL_INFORMATION_KINDS: readonly PersonalInformationKind[] = [
  'none',
  'personal',
  'special_care',
  'specific_personal',
];
export type AssetStatus = 'in_use' | 'planned' | 'retired';
export const ASSET_STATUSES: readonly AssetStatus[] = ['in_use', 'planned', 'retired'];

export type CiaProperty = 'confidentiality' | 'integrity' | 'availability';
export const CIA_PROPERTIES: readonly CiaProperty[] = ['confidentiality', 'integrity', 'availability'];

/** C/I/A values; null where nothing is inherited. */
export type CiaValues = Record<CiaProperty, number | null>;

export interface Asset {
  id: string;
  number: string;
  name: string;
  category: AssetCategory;
  description: string;
  owner_id: string | null;
  owner_role_id: string | null;
  department_id: string | null;
  custodian_id: string | null;
  user_scope: string;
  location: string;
  format: AssetFormat;
  quantity: number;
  /** 0: kept while in use. */
  retention_months: number;
  /** The asset's own values, 1–3. */
  confidentiality: number;
  integrity: number;
  availability: number;
  /** Replaces the inherited value; null when the inherited value stands. */
  confidentiality_override: number | null;
  integrity_override: number | null;
  availability_override: number | null;
  override_reason: string;
  /** The highest effective values of the assets it supports. */
  inherited: CiaValues;
  /** Own values raised to the inherited ones (or to the override). */
  effective: CiaValues;
  asset_value: number;
  classification: string;
  personal_information: PersonalInformationKind;
  personal_records: number;
  status: AssetStatus;
  next_review_on: string | null;
  notes: string;
  /** The assets it relies on (information → server → data centre). */
  supported_by: string[];
  /** The assets that rely on it. */
  supports: string[];
  created_at: string;
  version: number;
}
