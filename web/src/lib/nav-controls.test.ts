import { afterEach, describe, expect, it } from 'vitest';
import { mayEditControls, mayReadControls } from './applied-controls';
import { visiblePhases } from './nav';
import { session } from './session.svelte';

afterEach(() => {
  session.organisations = [];
});

const planItems = (orgId: string) =>
  visiblePhases(orgId)
    .find((entry) => entry.phase.phase === 'plan')
    ?.items.map((item) => item.id) ?? [];

describe('the menu entries of applied controls and the SoA', () => {
  it('follow the risk assessment, for everyone with a role but employees', () => {
    session.organisations = [
      { id: 'staff', name: 'S', roles: ['employee'] },
      { id: 'audit', name: 'A', roles: ['internal_auditor'] },
      { id: 'owner', name: 'O', roles: ['risk_owner'] },
    ];
    expect(planItems('staff')).not.toContain('soa');
    expect(planItems('staff')).not.toContain('applied-controls');
    const items = planItems('audit');
    expect(items.indexOf('applied-controls')).toBe(items.indexOf('risk-assessments') + 1);
    expect(items.indexOf('soa')).toBe(items.indexOf('applied-controls') + 1);
    expect(mayReadControls('audit')).toBe(true);
    expect(mayEditControls('audit')).toBe(false);
    expect(mayEditControls('owner')).toBe(true);
    expect(mayReadControls('staff')).toBe(false);
  });
});
