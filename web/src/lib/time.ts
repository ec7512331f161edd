// Time helpers: the API speaks RFC 3339 UTC with "Z" and whole seconds.

/** "2025-04-01T09:30" (a datetime-local input, local time) → "2025-04-01T00:30:00Z". */
export function localInputToRfc3339(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
