// The ISMS organisation chart (5.3) drawn from each role's `reports_to`: a forest of roles,
// children in the order the roles were recorded. The API refuses loops, but the chart must
// still terminate on any data, so a role reached twice (or reporting to a role not in the
// list) starts its own tree instead of being lost.

export interface ChartRole {
  id: string;
  reports_to: string | null;
}

export interface ChartNode<T extends ChartRole> {
  role: T;
  children: ChartNode<T>[];
}

export function buildOrgChart<T extends ChartRole>(roles: readonly T[]): ChartNode<T>[] {
  const byId = new Map(roles.map((role) => [role.id, role]));
  const childrenOf = new Map<string, T[]>();
  for (const role of roles) {
    if (role.reports_to && byId.has(role.reports_to) && role.reports_to !== role.id) {
      const siblings = childrenOf.get(role.reports_to) ?? [];
      siblings.push(role);
      childrenOf.set(role.reports_to, siblings);
    }
  }
  const placed = new Set<string>();
  const grow = (role: T): ChartNode<T> => {
    placed.add(role.id);
    const children = (childrenOf.get(role.id) ?? []).filter((child) => !placed.has(child.id));
    for (const child of children) placed.add(child.id);
    return { role, children: children.map(grow) };
  };
  const isRoot = (role: T) => !role.reports_to || !byId.has(role.reports_to) || role.reports_to === role.id;
  const forest = roles.filter(isRoot).map(grow);
  // Roles caught in a loop have no root above them: each unplaced one starts a tree.
  for (const role of roles) if (!placed.has(role.id)) forest.push(grow(role));
  return forest;
}

/** The roles `id` must not report to: itself and every role below it (a loop otherwise). */
export function rolesBelow<T extends ChartRole>(roles: readonly T[], id: string): Set<string> {
  const below = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const role of roles) {
      if (role.reports_to && below.has(role.reports_to) && !below.has(role.id)) {
        below.add(role.id);
        grew = true;
      }
    }
  }
  return below;
}
