// One function per API call the UI makes; paths as in the API contract.
import { http } from './client';
import type {
  ApiToken,
  AuditEntry,
  ClimateDecision,
  ContextIssue,
  Department,
  IsmsRole,
  Site,
  InterestedParty,
  Requirement,
  RiskOrOpportunity,
  CreatedToken,
  ListParams,
  LoginResult,
  Me,
  Member,
  OrgSummary,
  Organisation,
  Page,
  Role,
  User,
} from './types';

const base = '/api/v1';
const org = (orgId: string) => `${base}/orgs/${encodeURIComponent(orgId)}`;
const ifMatch = (version: number) => ({ headers: { 'If-Match': `"${version}"` } });

/** List, add, change (with the version read) and delete one register's records. */
function register<T extends { id: string; version: number }, Input>(path: (orgId: string) => string) {
  const item = (orgId: string, id: string) => `${path(orgId)}/${encodeURIComponent(id)}`;
  return {
    list: (orgId: string, params: ListParams = {}) => http.get<Page<T>>(path(orgId), { query: params }),
    add: (orgId: string, input: Input) => http.post<T>(path(orgId), input),
    update: (orgId: string, record: T, changes: Partial<Input>) =>
      http.patch<T>(item(orgId, record.id), changes, ifMatch(record.version)),
    remove: (orgId: string, id: string) => http.delete(item(orgId, id)),
  };
}

export type ContextIssueInput = Omit<ContextIssue, 'id' | 'created_at' | 'version'>;
export type InterestedPartyInput = Omit<InterestedParty, 'id' | 'created_at' | 'version'>;
export type RequirementInput = Omit<Requirement, 'id' | 'created_at' | 'version'>;
export type RiskOrOpportunityInput = Omit<RiskOrOpportunity, 'id' | 'created_at' | 'version'>;
/** Optional references are "" in a form: the API clears them on "" and answers null. */
export type DepartmentInput = { name: string; parent_id: string; head_id: string };
export type SiteInput = Omit<Site, 'id' | 'created_at' | 'version'>;
export type IsmsRoleInput = Omit<IsmsRole, 'id' | 'created_at' | 'version' | 'department_id' | 'reports_to'> & {
  department_id: string;
  reports_to: string;
};
export type ClimateDecisionInput = Omit<ClimateDecision, 'recorded_at' | 'version'>;

export const api = {
  login: (email: string, password: string) =>
    http.post<LoginResult>(`${base}/auth/login`, { email, password }, { expectUnauthorized: true }),
  logout: () => http.post<void>(`${base}/auth/logout`, undefined, { expectUnauthorized: true }),
  me: () => http.get<Me>(`${base}/me`, { expectUnauthorized: true }),
  updateMe: (changes: { display_name?: string; locale?: 'ja' | 'en' }) =>
    http.patch<User>(`${base}/me`, changes),
  changePassword: (current_password: string, new_password: string) =>
    http.post<void>(`${base}/me/password`, { current_password, new_password }, {
      // A wrong current password may come back as 401: a field error, not an expiry.
      expectUnauthorized: true,
    }),

  listOrgs: (params: ListParams = {}) => http.get<Page<OrgSummary>>(`${base}/orgs`, { query: params }),
  getOrg: (orgId: string) => http.get<Organisation>(org(orgId)),
  renameOrg: (orgId: string, name: string, version: Organisation['version']) =>
    http.patch<Organisation>(org(orgId), { name }, { headers: { 'If-Match': `"${version}"` } }),

  listMembers: (orgId: string, params: ListParams = {}) =>
    http.get<Page<Member>>(`${org(orgId)}/members`, { query: params }),
  addMember: (
    orgId: string,
    member: { email: string; display_name: string; roles: Role[]; password?: string },
  ) => http.post<Member>(`${org(orgId)}/members`, member),
  setMemberRoles: (orgId: string, userId: string, roles: Role[]) =>
    http.patch<Member>(`${org(orgId)}/members/${encodeURIComponent(userId)}`, { roles }),
  removeMember: (orgId: string, userId: string) =>
    http.delete(`${org(orgId)}/members/${encodeURIComponent(userId)}`),

  listTokens: (orgId: string, params: ListParams = {}) =>
    http.get<Page<ApiToken>>(`${org(orgId)}/tokens`, { query: params }),
  createToken: (orgId: string, name: string) =>
    http.post<CreatedToken>(`${org(orgId)}/tokens`, { name }),
  revokeToken: (orgId: string, tokenId: string) =>
    http.delete(`${org(orgId)}/tokens/${encodeURIComponent(tokenId)}`),

  auditTrail: (orgId: string, params: ListParams = {}) =>
    http.get<Page<AuditEntry>>(`${org(orgId)}/audit-trail`, { query: params }),

  issues: register<ContextIssue, ContextIssueInput>((orgId) => `${org(orgId)}/context/issues`),
  parties: register<InterestedParty, InterestedPartyInput>(
    (orgId) => `${org(orgId)}/context/interested-parties`,
  ),
  requirements: register<Requirement, RequirementInput>((orgId) => `${org(orgId)}/context/requirements`),
  risksAndOpportunities: register<RiskOrOpportunity, RiskOrOpportunityInput>(
    (orgId) => `${org(orgId)}/risks-and-opportunities`,
  ),
  departments: register<Department, DepartmentInput>((orgId) => `${org(orgId)}/departments`),
  sites: register<Site, SiteInput>((orgId) => `${org(orgId)}/sites`),
  ismsRoles: register<IsmsRole, IsmsRoleInput>((orgId) => `${org(orgId)}/isms-roles`),
  /** Undefined (204) until a decision is recorded. */
  climateDecision: (orgId: string) =>
    http.get<ClimateDecision | undefined>(`${org(orgId)}/context/climate-decision`),
  /** `version` is the decision read, 0 when there was none. */
  recordClimateDecision: (orgId: string, decision: ClimateDecisionInput, version: number) =>
    http.put<ClimateDecision>(`${org(orgId)}/context/climate-decision`, decision, ifMatch(version)),
};
