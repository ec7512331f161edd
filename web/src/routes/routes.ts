// The route table. Paths mirror the API nouns (/orgs/{org}/members …).
import type { Component } from 'svelte';
import type { RouteDef } from '../lib/router/router.svelte';
import { canEditAssets, canReadIsmsRecords } from '../lib/session.svelte';
import AppliedControls from './AppliedControls.svelte';
import AssetImport from './AssetImport.svelte';
import AssetTrace from './AssetTrace.svelte';
import Assets from './Assets.svelte';
import AuditTrail from './AuditTrail.svelte';
import ContextIssues from './ContextIssues.svelte';
import ControlTrace from './ControlTrace.svelte';
import DocumentDetail from './DocumentDetail.svelte';
import DocumentedInformationMap from './DocumentedInformationMap.svelte';
import Documents from './Documents.svelte';
import InterestedParties from './InterestedParties.svelte';
import MyAcknowledgements from './MyAcknowledgements.svelte';
import Scope from './Scope.svelte';
import Soa from './Soa.svelte';
import { mayReadControls } from '../lib/applied-controls';
import IsmsRoles from './IsmsRoles.svelte';
import Login from './Login.svelte';
import Members from './Members.svelte';
import OrgSettings from './OrgSettings.svelte';
import Profile from './Profile.svelte';
import RiskAssessment from './RiskAssessment.svelte';
import RiskAssessments from './RiskAssessments.svelte';
import RiskDetail from './RiskDetail.svelte';
import { mayReadRiskAssessments } from '../lib/risks';
import RisksAndOpportunities from './RisksAndOpportunities.svelte';
import RiskMethods from './RiskMethods.svelte';
import Structure from './Structure.svelte';
import Tokens from './Tokens.svelte';

/** A trace shows controls and risks together (the API asks for both rights). */
const mayReadTraces = (orgId: string) => mayReadControls(orgId) && mayReadRiskAssessments(orgId);

export interface RouteData {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  component: Component<any> | null;
  /** Shown without signing in, outside the app shell. */
  public?: boolean;
  /** Needs a role check beyond membership; false shows "not allowed". */
  allowed?: (orgId: string) => boolean;
}

export const routes: readonly RouteDef<RouteData>[] = [
  { name: 'login', pattern: '/login', data: { component: Login, public: true } },
  { name: 'home', pattern: '/', data: { component: null } },
  { name: 'org-home', pattern: '/orgs/:org', data: { component: null } },
  {
    name: 'context-issues',
    pattern: '/orgs/:org/context/issues',
    data: { component: ContextIssues, allowed: canReadIsmsRecords },
  },
  {
    name: 'interested-parties',
    pattern: '/orgs/:org/context/interested-parties',
    data: { component: InterestedParties, allowed: canReadIsmsRecords },
  },
  {
    name: 'risks-and-opportunities',
    pattern: '/orgs/:org/risks-and-opportunities',
    data: { component: RisksAndOpportunities, allowed: canReadIsmsRecords },
  },
  {
    name: 'risk-methods',
    pattern: '/orgs/:org/risk-methods',
    data: { component: RiskMethods, allowed: canReadIsmsRecords },
  },
  {
    name: 'assets',
    pattern: '/orgs/:org/assets',
    data: { component: Assets, allowed: canReadIsmsRecords },
  },
  {
    name: 'asset-import',
    pattern: '/orgs/:org/assets/import',
    data: { component: AssetImport, allowed: canEditAssets },
  },
  {
    name: 'asset-trace',
    pattern: '/orgs/:org/assets/:asset/trace',
    data: { component: AssetTrace, allowed: mayReadTraces },
  },
  {
    name: 'isms-roles',
    pattern: '/orgs/:org/isms-roles',
    data: { component: IsmsRoles, allowed: canReadIsmsRecords },
  },
  {
    name: 'scope',
    pattern: '/orgs/:org/scope',
    data: { component: Scope, allowed: canReadIsmsRecords },
  },
  {
    name: 'documents',
    pattern: '/orgs/:org/documents',
    data: { component: Documents, allowed: canReadIsmsRecords },
  },
  {
    name: 'document',
    pattern: '/orgs/:org/documents/:doc',
    data: { component: DocumentDetail, allowed: canReadIsmsRecords },
  },
  {
    name: 'risk-assessments',
    pattern: '/orgs/:org/risk-assessments',
    data: { component: RiskAssessments, allowed: mayReadRiskAssessments },
  },
  {
    name: 'risk-assessment',
    pattern: '/orgs/:org/risk-assessments/:assessment',
    data: { component: RiskAssessment, allowed: mayReadRiskAssessments },
  },
  {
    name: 'risk',
    pattern: '/orgs/:org/risk-assessments/:assessment/risks/:risk',
    data: { component: RiskDetail, allowed: mayReadRiskAssessments },
  },
  {
    name: 'applied-controls',
    pattern: '/orgs/:org/applied-controls',
    data: { component: AppliedControls, allowed: mayReadControls },
  },
  {
    name: 'applied-control',
    pattern: '/orgs/:org/applied-controls/:id',
    data: { component: AppliedControls, allowed: mayReadControls },
  },
  {
    name: 'soa',
    pattern: '/orgs/:org/soa',
    data: { component: Soa, allowed: mayReadControls },
  },
  {
    name: 'control-trace',
    pattern: '/orgs/:org/soa/controls/:control',
    data: { component: ControlTrace, allowed: mayReadTraces },
  },
  {
    name: 'acknowledgements',
    pattern: '/orgs/:org/acknowledgements',
    data: { component: MyAcknowledgements, allowed: canReadIsmsRecords },
  },
  {
    name: 'documented-information-map',
    pattern: '/orgs/:org/documented-information-map',
    data: { component: DocumentedInformationMap, allowed: canReadIsmsRecords },
  },
  {
    name: 'structure',
    pattern: '/orgs/:org/departments',
    data: { component: Structure, allowed: canReadIsmsRecords },
  },
  { name: 'org-settings', pattern: '/orgs/:org/settings', data: { component: OrgSettings } },
  { name: 'members', pattern: '/orgs/:org/members', data: { component: Members } },
  { name: 'tokens', pattern: '/orgs/:org/tokens', data: { component: Tokens } },
  { name: 'audit-trail', pattern: '/orgs/:org/audit-trail', data: { component: AuditTrail } },
  { name: 'profile', pattern: '/profile', data: { component: Profile } },
];
