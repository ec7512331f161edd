// The main menu, by PDCA phase. Only areas that exist are listed; a phase with no
// visible area is not shown. Each area names the clause (or Annex A control) it serves.
import { pendingCount } from './acknowledgements.svelte';
import type { MessageKey } from './i18n/index.svelte';
import { mayReadControls } from './applied-controls';
import { mayReadRiskAssessments } from './risks';
import { canReadAuditTrail, canReadIsmsRecords } from './session.svelte';

export type Phase = 'plan' | 'do' | 'check' | 'act' | 'certification' | 'settings';

export interface NavItem {
  id: string;
  label: MessageKey;
  /** Route pattern; ":org" is the current organisation. */
  pattern: string;
  /** "5.3", "A.5.17"… shown beside the label; the full title is under `refTitle`. */
  ref?: string;
  refTitle?: MessageKey;
  visible: (orgId: string) => boolean;
  /** A count shown beside the label (things waiting for the user); hidden at 0. */
  badge?: (orgId: string) => number;
}

export interface NavPhase {
  phase: Phase;
  label: MessageKey;
  items: readonly NavItem[];
}

const always = () => true;

export const NAV: readonly NavPhase[] = [
  {
    phase: 'plan',
    label: 'nav.phase.plan',
    items: [
      {
        id: 'context-issues',
        label: 'nav.context_issues',
        pattern: '/orgs/:org/context/issues',
        ref: '4.1',
        refTitle: 'ref.4.1',
        visible: canReadIsmsRecords,
      },
      {
        id: 'interested-parties',
        label: 'nav.interested_parties',
        pattern: '/orgs/:org/context/interested-parties',
        ref: '4.2',
        refTitle: 'ref.4.2',
        visible: canReadIsmsRecords,
      },
      {
        id: 'scope',
        label: 'nav.scope',
        pattern: '/orgs/:org/scope',
        ref: '4.3',
        refTitle: 'ref.4.3',
        visible: canReadIsmsRecords,
      },
      {
        id: 'isms-roles',
        label: 'nav.isms_roles',
        pattern: '/orgs/:org/isms-roles',
        ref: '5.3',
        refTitle: 'ref.5.3',
        visible: canReadIsmsRecords,
      },
      {
        id: 'risks-and-opportunities',
        label: 'nav.risks_and_opportunities',
        pattern: '/orgs/:org/risks-and-opportunities',
        ref: '6.1.1',
        refTitle: 'ref.6.1.1',
        visible: canReadIsmsRecords,
      },
      {
        id: 'assets',
        label: 'nav.assets',
        pattern: '/orgs/:org/assets',
        ref: '6.1.2',
        refTitle: 'ref.6.1.2',
        visible: canReadIsmsRecords,
      },
      {
        id: 'risk-methods',
        label: 'nav.risk_methods',
        pattern: '/orgs/:org/risk-methods',
        ref: '6.1.2',
        refTitle: 'ref.6.1.2.a',
        visible: canReadIsmsRecords,
      },
      {
        id: 'risk-assessments',
        label: 'nav.risk_assessments',
        pattern: '/orgs/:org/risk-assessments',
        ref: '6.1.2, 6.1.3',
        refTitle: 'ref.6.1.2_3',
        visible: mayReadRiskAssessments,
      },
      {
        id: 'applied-controls',
        label: 'nav.applied_controls',
        pattern: '/orgs/:org/applied-controls',
        ref: '6.1.3',
        refTitle: 'ref.6.1.3',
        visible: mayReadControls,
      },
      {
        id: 'soa',
        label: 'nav.soa',
        pattern: '/orgs/:org/soa',
        ref: '6.1.3 d)',
        refTitle: 'ref.6.1.3.d',
        visible: mayReadControls,
      },
      {
        id: 'documents',
        label: 'nav.documents',
        pattern: '/orgs/:org/documents',
        ref: '7.5',
        refTitle: 'ref.7.5',
        visible: canReadIsmsRecords,
      },
    ],
  },
  {
    phase: 'do',
    label: 'nav.phase.do',
    items: [
      {
        id: 'acknowledgements',
        label: 'nav.acknowledgements',
        pattern: '/orgs/:org/acknowledgements',
        ref: '7.3',
        refTitle: 'ref.7.3',
        visible: canReadIsmsRecords,
        badge: pendingCount,
      },
    ],
  },
  { phase: 'check', label: 'nav.phase.check', items: [] },
  { phase: 'act', label: 'nav.phase.act', items: [] },
  {
    phase: 'certification',
    label: 'nav.phase.certification',
    items: [
      {
        id: 'documented-information-map',
        label: 'nav.documented_information_map',
        pattern: '/orgs/:org/documented-information-map',
        ref: '7.5.1',
        refTitle: 'ref.7.5.1',
        visible: canReadIsmsRecords,
      },
    ],
  },
  {
    phase: 'settings',
    label: 'nav.phase.settings',
    items: [
      { id: 'org', label: 'nav.org_settings', pattern: '/orgs/:org/settings', visible: always },
      {
        id: 'structure',
        label: 'nav.structure',
        pattern: '/orgs/:org/departments',
        ref: '5.3',
        refTitle: 'ref.5.3',
        visible: canReadIsmsRecords,
      },
      {
        id: 'members',
        label: 'nav.members',
        pattern: '/orgs/:org/members',
        ref: '5.3',
        refTitle: 'ref.5.3',
        visible: always,
      },
      {
        id: 'tokens',
        label: 'nav.tokens',
        pattern: '/orgs/:org/tokens',
        ref: 'A.5.17',
        refTitle: 'ref.A.5.17',
        visible: always,
      },
      {
        id: 'audit-trail',
        label: 'nav.audit_trail',
        pattern: '/orgs/:org/audit-trail',
        ref: '7.5.3',
        refTitle: 'ref.7.5.3',
        visible: (orgId) => canReadAuditTrail(orgId),
      },
    ],
  },
];

export function visiblePhases(orgId: string): { phase: NavPhase; items: NavItem[] }[] {
  return NAV.map((phase) => ({ phase, items: phase.items.filter((item) => item.visible(orgId)) })).filter(
    (entry) => entry.items.length > 0,
  );
}

