import { describe, expect, it } from 'vitest';
import { buildOrgChart, rolesBelow } from './org-chart';

const role = (id: string, reports_to: string | null = null) => ({ id, reports_to });
const shape = (nodes: ReturnType<typeof buildOrgChart>): unknown =>
  nodes.map((node) => [node.role.id, shape(node.children)]);

describe('buildOrgChart', () => {
  it('nests roles under the role they report to, in recorded order', () => {
    const roles = [role('top'), role('manager', 'top'), role('auditor', 'top'), role('committee', 'manager')];
    expect(shape(buildOrgChart(roles))).toEqual([
      ['top', [['manager', [['committee', []]]], ['auditor', []]]],
    ]);
  });

  it('starts a tree for a role reporting to a role not in the list', () => {
    expect(shape(buildOrgChart([role('a', 'gone'), role('b')]))).toEqual([
      ['a', []],
      ['b', []],
    ]);
  });

  it('shows every role once even when the data has a loop', () => {
    const forest = buildOrgChart([role('a', 'b'), role('b', 'a'), role('c', 'c')]);
    expect(shape(forest)).toEqual([
      ['c', []],
      ['a', [['b', []]]],
    ]);
  });
});

describe('rolesBelow', () => {
  it('is the role and everything under it', () => {
    const roles = [role('top'), role('manager', 'top'), role('committee', 'manager'), role('auditor', 'top')];
    expect([...rolesBelow(roles, 'manager')].sort()).toEqual(['committee', 'manager']);
  });
});
