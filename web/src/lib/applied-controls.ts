// Rules of the applied controls (管理策の実施, 6.1.3 b): who reads and changes them, how a
// control becomes the form's draft and back, the reference-control picker's search, and where
// the server's errors on a reference (`references[1]`) are shown. Pure: no I/O.
import type { AppliedControlInput } from './api/endpoints';
import type { AppliedControl, AppliedControlStatus, FrameworkControl, Role } from './api/types';
import { ownerChoice, ownerFields } from './assets';
import type { Locale } from './i18n/index.svelte';
import { canReadRisks } from './risks';
import { rolesIn } from './session.svelte';

/** The framework the picker offers (the API's default). */
export const ANNEX_A = 'iso27001-2022';

/** Everyone with a role but employees: the controls show where the organisation is weak. */
export function canReadControls(roles: readonly Role[]): boolean {
  return canReadRisks(roles);
}

/** The ISMS manager and the risk owners keep the applied controls (the API agrees). */
export function canEditControls(roles: readonly Role[]): boolean {
  return roles.includes('isms_manager') || roles.includes('risk_owner');
}

export function mayReadControls(orgId: string | undefined): boolean {
  return canReadControls(rolesIn(orgId));
}

export function mayEditControls(orgId: string | undefined): boolean {
  return canEditControls(rolesIn(orgId));
}

/** An applied control as the form holds it: the owner as one choice, references as ids. */
export interface AppliedControlDraft {
  number: string;
  title: string;
  description: string;
  /** ownerChoice(): "member:<id>" or "role:<id>". */
  owner: string;
  department_id: string;
  status: AppliedControlStatus;
  planned_on: string;
  implemented_on: string;
  next_review_on: string;
  /** Annex A control ids ("A.8.24"), in the order chosen. */
  references: string[];
  /** Document ids. */
  documents: string[];
}

export const APPLIED_CONTROL_FIELDS = [
  'number',
  'title',
  'description',
  'owner',
  'department_id',
  'status',
  'planned_on',
  'implemented_on',
  'next_review_on',
  'references',
  'documents',
] as const;

export function appliedControlDraftOf(record: AppliedControl | null, defaultOwner = ''): AppliedControlDraft {
  return {
    number: record?.number ?? '',
    title: record?.title ?? '',
    description: record?.description ?? '',
    owner: record ? ownerChoice(record.owner_id, record.owner_role_id) : defaultOwner,
    department_id: record?.department_id ?? '',
    status: record?.status ?? 'planned',
    planned_on: record?.planned_on ?? '',
    implemented_on: record?.implemented_on ?? '',
    next_review_on: record?.next_review_on ?? '',
    references: record ? record.references.filter((ref) => ref.framework === ANNEX_A || !ref.framework).map((ref) => ref.control_id) : [],
    documents: record ? [...record.documents] : [],
  };
}

/** The API's fields for the changed (or all) fields of a draft. */
export function appliedControlInput(draft: Partial<AppliedControlDraft>): Partial<AppliedControlInput> {
  const input: Partial<AppliedControlInput> = {};
  for (const [key, value] of Object.entries(draft) as [keyof AppliedControlDraft, unknown][]) {
    if (key === 'owner') Object.assign(input, ownerFields(value as string));
    else if (key === 'references') input.references = (value as string[]).map((control_id) => ({ control_id }));
    else if (key === 'documents') input.documents = [...(value as string[])];
    else (input as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() : value;
  }
  return input;
}

/** Problems found before sending, by field: an implemented control needs its date. */
export function draftProblems(draft: AppliedControlDraft): Record<string, 'implemented_on_required'> {
  const problems: Record<string, 'implemented_on_required'> = {};
  if (draft.status === 'implemented' && !draft.implemented_on.trim()) problems.implemented_on = 'implemented_on_required';
  return problems;
}

/**
 * The server's errors on the references (`references[1]`: the second chosen), each named by
 * the control it concerns, in the order chosen.
 */
export function referenceProblems(
  fields: Record<string, string>,
  references: readonly string[],
  words: ReferenceWords | null = null,
): string[] {
  const problems: { index: number; text: string }[] = [];
  for (const [field, message] of Object.entries(fields)) {
    const match = field.match(/^references\[(\d+)\]/);
    if (!match) continue;
    const index = Number(match[1]);
    const id = references[index];
    const text = words ? localiseReferenceMessage(message, words) : message;
    problems.push({ index, text: id ? `${id}: ${text}` : text });
  }
  return problems.sort((a, b) => a.index - b.index).map((problem) => problem.text);
}

/** The words of the server's reference problems in the user's language. */
export interface ReferenceWords {
  unknown: (control: string, framework: string) => string;
  twice: (control: string) => string;
}

/** "no control A.9.9 in iso27001-2022" and "A.8.24 is listed twice" in words; others as they are. */
export function localiseReferenceMessage(message: string, words: ReferenceWords): string {
  const unknown = message.match(/^no control (\S+) in (\S+)$/);
  if (unknown) return words.unknown(unknown[1] ?? '', unknown[2] ?? '');
  const twice = message.match(/^(\S+) is listed twice$/);
  if (twice) return words.twice(twice[1] ?? '');
  return message;
}

/** Field names the form shows errors for: the plain ones and each reference and document. */
export function errorFields(max = 100): string[] {
  const fields: string[] = [...APPLIED_CONTROL_FIELDS, 'owner_id', 'owner_role_id'];
  for (let index = 0; index < max; index++) fields.push(`references[${index}]`, `documents[${index}]`);
  return fields;
}

/** The control's title in a language. */
export function controlTitle(control: Pick<FrameworkControl, 'title'>, language: Locale): string {
  return control.title[language] || control.title.ja || control.title.en;
}

/** Sorts Annex A ids as numbers: A.5.2 before A.5.10. */
export function compareControlIds(a: string, b: string): number {
  const parts = (id: string) => id.replace(/^A\./, '').split('.').map(Number);
  const left = parts(a);
  const right = parts(b);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return a.localeCompare(b);
}

/**
 * The controls matching a search: by id ("8.24", "A.8.24", "a.8.2" as a prefix) or by a part
 * of the title in the language shown (case-insensitive); all when the query is blank.
 */
export function searchControls<C extends Pick<FrameworkControl, 'id' | 'title'>>(
  controls: readonly C[],
  query: string,
  language: Locale,
  limit = 20,
): C[] {
  const text = query.trim().toLowerCase();
  if (!text) return controls.slice(0, limit);
  const id = text.startsWith('a.') ? text : `a.${text}`;
  const byId = controls.filter((control) => control.id.toLowerCase().startsWith(id));
  const byTitle = controls.filter(
    (control) => !byId.includes(control) && controlTitle(control, language).toLowerCase().includes(text),
  );
  return [...byId, ...byTitle].slice(0, limit);
}

/** Badge colour of a status; the badge always carries the status's name too. */
export function controlStatusTone(status: AppliedControlStatus | 'not_implemented'): 'muted' | 'accent' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'implemented':
      return 'success';
    case 'in_progress':
      return 'accent';
    case 'planned':
      return 'warning';
    case 'not_implemented':
      return 'danger';
    default:
      return 'muted';
  }
}
