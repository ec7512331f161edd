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
