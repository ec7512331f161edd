// Reading audit-trail entries for people: which fields an entry changed.

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.join(', ');
  }
  return JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Top-level fields that differ between `before` and `after` (either may be null). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const left = asRecord(before) ?? {};
  const right = asRecord(after) ?? {};
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const from = show(left[field]);
    const to = show(right[field]);
    if (from !== to) changes.push({ field, before: from, after: to });
  }
  return changes;
}

/** One line summary: "name: A → B; roles: x → y". */
export function summariseChanges(before: unknown, after: unknown, maxFields = 4): string {
  const changes = changedFields(before, after);
  const shown = changes.slice(0, maxFields).map((change) => {
    if (!change.before) return `${change.field}: ${change.after}`;
    if (!change.after) return `${change.field}: ${change.before} →`;
    return `${change.field}: ${change.before} → ${change.after}`;
  });
  if (changes.length > maxFields) shown.push('…');
  return shown.join('; ');
}

/** Days (YYYY-MM-DD, local time) with their entry counts, oldest first. */
export function countPerDay(times: readonly string[]): { day: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const time of times) {
    const date = new Date(time);
    if (Number.isNaN(date.getTime())) continue;
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, count]) => ({ day, count }));
}
