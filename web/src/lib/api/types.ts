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
