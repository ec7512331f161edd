// One function per API call the UI makes; paths as in the API contract.
import { http } from './client';
import type { EarlierRow } from '../soa-carry-over';
import type {
  AppliedControl,
  Evidence,
  Framework,
  SoaCarryOverResult,
  SoaDiff,
  SoaPage,
  SoaVersion,
  ApiToken,
  Asset,
  AuditEntry,
  AcknowledgementStatus,
  Attachment,
  ClimateDecision,
  ContextIssue,
  DocumentInfo,
  DocumentVersion,
  DocumentedInformationMap,
  PendingAcknowledgement,
  ScopeFields,
  ScopeStatement,
  ScopeVersion,
  SignOff,
  TemplateInfo,
  TemplateText,
  WorkflowAction,
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
/**
 * An asset as the API takes it: "" clears a reference or the review date, 0 clears an
 * override; a PATCH sends only what changed.
 */
export type AssetInput = Omit<
  Asset,
  | 'id'
  | 'created_at'
  | 'version'
  | 'inherited'
  | 'effective'
  | 'asset_value'
  | 'supports'
  | 'owner_id'
  | 'owner_role_id'
  | 'department_id'
  | 'custodian_id'
  | 'next_review_on'
  | 'confidentiality_override'
  | 'integrity_override'
  | 'availability_override'
> & {
  owner_id: string;
  owner_role_id: string;
  department_id: string;
  custodian_id: string;
  next_review_on: string;
  confidentiality_override: number;
  integrity_override: number;
  availability_override: number;
};
/** An applied control as the API takes it: "" clears a reference or a date. */
export interface AppliedControlInput {
  number: string;
  title: string;
  description: string;
  owner_id: string;
  owner_role_id: string;
  department_id: string;
  status: AppliedControl['status'];
  planned_on: string;
  implemented_on: string;
  next_review_on: string;
  references: { framework?: string; control_id: string }[];
  documents: string[];
}

/** New evidence, or (without title and owner) a new version of it: a file or a link. */
export interface EvidenceInput {
  title?: string;
  owner_id?: string;
  attachment_id?: string;
  link?: string;
  effective_on: string;
  expires_on?: string;
  note?: string;
}

/** Changes to some controls' decisions in a draft of the SoA ("" removes a status override). */
export interface SoaRowChange {
  control_id: string;
  applicability?: string;
  reasons?: string[];
  reason_text?: string;
  justification?: string;
  status_override?: string;
  override_explanation?: string;
}

export type ClimateDecisionInput = Omit<ClimateDecision, 'recorded_at' | 'version'>;

/** A document's fields as the forms send them: "" clears a reference or date, 0 a period. */
export interface DocumentInput {
  number: string;
  title: string;
  type: DocumentInfo['type'];
  owner_id: string;
  owner_role_id: string;
  department_id: string;
  classification: DocumentInfo['classification'];
  retention_months: number;
  review_cycle_months: number;
  next_review_on: string;
  clauses: string[];
}

export interface NewDocumentInput extends DocumentInput {
  template?: string;
  lang?: 'ja' | 'en';
}

export interface VersionChanges {
  body?: string;
  change_summary?: string;
  /** "" removes the attachment. */
  attachment_id?: string;
}

export interface ScopeVersionChanges {
  body?: string;
  change_summary?: string;
  fields?: ScopeFields;
}

export interface PublishInput {
  comment?: string;
  acknowledgement?: { roles?: Role[]; user_ids?: string[] };
}

const documentPath = (orgId: string, docId: string) => `${org(orgId)}/documents/${encodeURIComponent(docId)}`;
const versionPath = (orgId: string, docId: string, n: number) => `${documentPath(orgId, docId)}/versions/${n}`;

const evidencePath = (orgId: string, id: string) => `${org(orgId)}/evidence/${encodeURIComponent(id)}`;

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
  assets: {
    ...register<Asset, AssetInput>((orgId) => `${org(orgId)}/assets`),
    /** One change to many assets, all or nothing; the assets as changed, in the order sent. */
    bulkChange: (orgId: string, request: { asset_ids: string[]; changes: Partial<AssetInput> }) =>
      http.post<Page<Asset>>(`${org(orgId)}/assets/bulk-changes`, request),
  },
  /** Undefined (204) until a decision is recorded. */
  climateDecision: (orgId: string) =>
    http.get<ClimateDecision | undefined>(`${org(orgId)}/context/climate-decision`),
  /** `version` is the decision read, 0 when there was none. */
  recordClimateDecision: (orgId: string, decision: ClimateDecisionInput, version: number) =>
    http.put<ClimateDecision>(`${org(orgId)}/context/climate-decision`, decision, ifMatch(version)),

  updateOrgSettings: (orgId: string, changes: { separate_approval?: boolean }, version: Organisation['version']) =>
    http.patch<Organisation>(org(orgId), changes, { headers: { 'If-Match': `"${version}"` } }),

  // Documented information (7.5).
  documents: {
    list: (orgId: string, params: ListParams = {}) => http.get<Page<DocumentInfo>>(`${org(orgId)}/documents`, { query: params }),
    get: (orgId: string, docId: string) => http.get<DocumentInfo>(documentPath(orgId, docId)),
    add: (orgId: string, input: NewDocumentInput) => http.post<DocumentInfo>(`${org(orgId)}/documents`, input),
    update: (orgId: string, doc: DocumentInfo, changes: Partial<DocumentInput>) =>
      http.patch<DocumentInfo>(documentPath(orgId, doc.id), changes, ifMatch(doc.version)),
    remove: (orgId: string, docId: string) => http.delete(documentPath(orgId, docId)),
    dispose: (orgId: string, docId: string, reason: string) =>
      http.post<DocumentInfo>(`${documentPath(orgId, docId)}/dispose`, { reason }),
    versions: (orgId: string, docId: string) =>
      http.get<Page<DocumentVersion>>(`${documentPath(orgId, docId)}/versions`, { query: { limit: 500 } }),
    version: (orgId: string, docId: string, n: number) => http.get<DocumentVersion>(versionPath(orgId, docId, n)),
    newDraft: (orgId: string, docId: string) => http.post<DocumentVersion>(`${documentPath(orgId, docId)}/versions`, {}),
    updateVersion: (orgId: string, docId: string, version: DocumentVersion, changes: VersionChanges) =>
      http.patch<DocumentVersion>(versionPath(orgId, docId, version.number), changes, ifMatch(version.version)),
    transition: (orgId: string, docId: string, n: number, action: WorkflowAction, body: PublishInput = {}) =>
      http.post<DocumentVersion>(`${versionPath(orgId, docId, n)}/${action}`, body),
    acknowledge: (orgId: string, docId: string, n: number, comment = '') =>
      http.post<SignOff>(`${versionPath(orgId, docId, n)}/acknowledge`, comment ? { comment } : {}),
    acknowledgements: (orgId: string, docId: string, n: number) =>
      http.get<AcknowledgementStatus>(`${versionPath(orgId, docId, n)}/acknowledgements`),
  },
  pendingAcknowledgements: (orgId: string) =>
    http.get<Page<PendingAcknowledgement>>(`${org(orgId)}/acknowledgements/pending`),

  uploadAttachment: (orgId: string, file: File) =>
    http.upload<Attachment>(`${org(orgId)}/attachments`, file, { query: { file_name: file.name } }),
  attachmentUrl: (orgId: string, attachmentId: string) =>
    `${org(orgId)}/attachments/${encodeURIComponent(attachmentId)}/content`,

  // The scope statement (4.3).
  scope: {
    get: (orgId: string) => http.get<ScopeStatement>(`${org(orgId)}/scope`),
    versions: (orgId: string) => http.get<Page<ScopeVersion>>(`${org(orgId)}/scope/versions`, { query: { limit: 500 } }),
    version: (orgId: string, n: number) => http.get<ScopeVersion>(`${org(orgId)}/scope/versions/${n}`),
    newDraft: (orgId: string) => http.post<ScopeVersion>(`${org(orgId)}/scope/versions`, {}),
    updateVersion: (orgId: string, version: ScopeVersion, changes: ScopeVersionChanges) =>
      http.patch<ScopeVersion>(`${org(orgId)}/scope/versions/${version.number}`, changes, ifMatch(version.version)),
    transition: (orgId: string, n: number, action: WorkflowAction, body: { comment?: string } = {}) =>
      http.post<ScopeVersion>(`${org(orgId)}/scope/versions/${n}/${action}`, body),
  },

  // Control frameworks (Annex A), applied controls and the SoA (6.1.3).
  frameworks: {
    get: (key: string) => http.get<Framework>(`${base}/frameworks/${encodeURIComponent(key)}`),
  },
  appliedControls: {
    ...register<AppliedControl, AppliedControlInput>((orgId) => `${org(orgId)}/applied-controls`),
    get: (orgId: string, id: string) => http.get<AppliedControl>(`${org(orgId)}/applied-controls/${encodeURIComponent(id)}`),
  },
  evidence: {
    /** A file to be named as evidence (PDF, DOCX, XLSX, PNG, JPEG), sent as it is. */
    upload: (orgId: string, file: File) =>
      http.upload<Attachment>(`${org(orgId)}/evidence-files`, file, { query: { file_name: file.name } }),
    /** A control's evidence, newest first, each with every version. */
    list: (orgId: string, controlId: string) =>
      http.get<Page<Evidence>>(`${org(orgId)}/applied-controls/${encodeURIComponent(controlId)}/evidence`),
    add: (orgId: string, controlId: string, input: EvidenceInput) =>
      http.post<Evidence>(`${org(orgId)}/applied-controls/${encodeURIComponent(controlId)}/evidence`, input),
    get: (orgId: string, id: string) => http.get<Evidence>(evidencePath(orgId, id)),
    /** A newer file or link; `evidence.version` as read goes in If-Match (412 when it moved on). */
    addVersion: (orgId: string, evidence: Pick<Evidence, 'id' | 'version'>, input: Omit<EvidenceInput, 'title' | 'owner_id'>) =>
      http.post<Evidence>(`${evidencePath(orgId, evidence.id)}/versions`, input, ifMatch(evidence.version)),
    /** The download address of a version's file (Content-Disposition: attachment). */
    contentUrl: (orgId: string, id: string, n: number) => `${evidencePath(orgId, id)}/versions/${n}/content`,
  },
  soa: {
    get: (orgId: string, version?: number) => http.get<SoaPage>(`${org(orgId)}/soa`, { query: { version } }),
    versions: (orgId: string) => http.get<Page<SoaVersion>>(`${org(orgId)}/soa/versions`, { query: { limit: 500 } }),
    version: (orgId: string, n: number) => http.get<SoaVersion>(`${org(orgId)}/soa/versions/${n}`),
    newDraft: (orgId: string) => http.post<SoaVersion>(`${org(orgId)}/soa/versions`, {}),
    updateVersion: (orgId: string, version: Pick<SoaVersion, 'number' | 'version'>, changes: { change_summary?: string; rows: SoaRowChange[] }) =>
      http.patch<SoaVersion>(`${org(orgId)}/soa/versions/${version.number}`, changes, ifMatch(version.version)),
    transition: (orgId: string, n: number, action: WorkflowAction, body: { comment?: string } = {}) =>
      http.post<SoaVersion>(`${org(orgId)}/soa/versions/${n}/${action}`, body),
    diff: (orgId: string, from: number, to: number) => http.get<SoaDiff>(`${org(orgId)}/soa/diff`, { query: { from, to } }),
    /** An earlier edition's SoA into the draft's undecided controls. */
    carryOver: (orgId: string, version: Pick<SoaVersion, 'number' | 'version'>, from: string, rows: EarlierRow[]) =>
      http.post<SoaCarryOverResult>(`${org(orgId)}/soa/versions/${version.number}/carry-over`, { from, rows }, ifMatch(version.version)),
  },

  documentedInformationMap: (orgId: string) =>
    http.get<DocumentedInformationMap>(`${org(orgId)}/documented-information-map`),

  templates: () => http.get<Page<TemplateInfo>>(`${base}/templates`),
  template: (key: string, lang: 'ja' | 'en') =>
    http.get<TemplateText>(`${base}/templates/${encodeURIComponent(key)}`, { query: { lang } }),
};
