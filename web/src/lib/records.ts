// Small rules the register screens share: what a PATCH sends, and when a planned action is late.

/**
 * The fields of `draft` that differ from `original`: a PATCH sends only what changed, so an
 * edit never overwrites a field someone else changed meanwhile with the value the form loaded.
 */
export function changedFields<T extends object>(original: T, draft: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(draft) as (keyof T)[]) {
    if (!sameValue(draft[key], original[key])) changes[key] = draft[key];
  }
  return changes;
}

/** Equal values; arrays (a role's holders) by their items in order. */
function sameValue(left: unknown, right: unknown): boolean {
  if (Array.isArray(left) && Array.isArray(right))
    return left.length === right.length && left.every((item, index) => item === right[index]);
  return left === right;
}

/** Today's date as YYYY-MM-DD in the user's time zone (what a date input shows). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A planned action is overdue when it is not done and its due date has passed. */
export function isOverdue(record: { due_on: string; status: string }, today: string): boolean {
  return record.status !== 'done' && record.due_on < today;
}
