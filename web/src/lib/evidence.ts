// Rules of the evidence (証跡) of applied controls: what the add and new-version forms hold and
// send, what is checked before sending (the server checks the same and more), where the
// server's errors are shown, and how a piece of evidence reads in the list (its latest version,
// whether it expired or soon will). Pure: no I/O.
import { ApiError } from './api/client';
import type { EvidenceInput } from './api/endpoints';
import type { Evidence, EvidenceVersion } from './api/types';

/** What the file chooser offers: the types evidence takes (checked again by content). */
export const ACCEPTED_EVIDENCE =
  '.pdf,.docx,.xlsx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,image/png,image/jpeg';

const EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.png', '.jpg', '.jpeg'];

/** Days before its expiry that evidence is shown as expiring soon. */
export const EXPIRING_SOON_DAYS = 30;

export type EvidenceKind = 'file' | 'link';

/** The add form; the new-version form uses the same draft without title and owner. */
export interface EvidenceDraft {
  title: string;
  /** A member's user id, or "" for none. */
  owner_id: string;
  kind: EvidenceKind;
  link: string;
  effective_on: string;
  expires_on: string;
  note: string;
}

export function blankEvidenceDraft(ownerId = ''): EvidenceDraft {
  return { title: '', owner_id: ownerId, kind: 'file', link: '', effective_on: '', expires_on: '', note: '' };
}

/** A new version's draft: the kind and note of the latest version carried over, dates blank. */
export function nextVersionDraft(evidence: Evidence): EvidenceDraft {
  const latest = latestVersion(evidence);
  return {
    ...blankEvidenceDraft(evidence.owner_id ?? ''),
    title: evidence.title,
    kind: latest && !latest.attachment_id && latest.link ? 'link' : 'file',
  };
}

/** The fields the forms show errors beside: the API's, and the upload's (file, file_name). */
export const EVIDENCE_ERROR_FIELDS = [
  'title',
  'owner_id',
  'attachment_id',
  'link',
  'effective_on',
  'expires_on',
  'note',
  'file',
  'file_name',
] as const;

export type EvidenceProblem =
  | 'title_required'
  | 'effective_on_required'
  | 'date_invalid'
  | 'file_required'
  | 'file_type'
  | 'link_required'
  | 'link_scheme'
  | 'expires_before_effective';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a file's name ends in an extension evidence takes. */
export function acceptedFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Problems found before sending, by the API's field names (the file's under `file`).
 * `file` is the chosen file's name, or null; `withTitle` for new evidence.
 */
export function evidenceProblems(
  draft: EvidenceDraft,
  file: { name: string } | null,
  withTitle: boolean,
): Partial<Record<string, EvidenceProblem>> {
  const problems: Partial<Record<string, EvidenceProblem>> = {};
  if (withTitle && !draft.title.trim()) problems.title = 'title_required';
  if (draft.kind === 'file') {
    if (!file) problems.file = 'file_required';
    else if (!acceptedFileName(file.name)) problems.file = 'file_type';
  } else {
    const link = draft.link.trim();
    if (!link) problems.link = 'link_required';
    else if (!/^https?:\/\/[^\s/]+/i.test(link)) problems.link = 'link_scheme';
  }
  const effective = draft.effective_on.trim();
  const expires = draft.expires_on.trim();
  if (!effective) problems.effective_on = 'effective_on_required';
  else if (!isIsoDate(effective)) problems.effective_on = 'date_invalid';
  if (expires && !isIsoDate(expires)) problems.expires_on = 'date_invalid';
  else if (expires && isIsoDate(effective) && expires < effective) problems.expires_on = 'expires_before_effective';
  return problems;
}

/** What the API takes from a draft: the file as the uploaded attachment's id, empty fields left out. */
export function evidenceInput(draft: EvidenceDraft, attachmentId: string | null, withTitle: boolean): EvidenceInput {
  const input: EvidenceInput = { effective_on: draft.effective_on.trim() };
  if (withTitle) {
    input.title = draft.title.trim();
    if (draft.owner_id) input.owner_id = draft.owner_id;
  }
  if (draft.kind === 'file') {
    if (attachmentId) input.attachment_id = attachmentId;
  } else {
    input.link = draft.link.trim();
  }
  if (draft.expires_on.trim()) input.expires_on = draft.expires_on.trim();
  if (draft.note.trim()) input.note = draft.note.trim();
  return input;
}

/** The version that speaks for the evidence now: the last one (versions come oldest first). */
export function latestVersion(evidence: Pick<Evidence, 'versions'>): EvidenceVersion | null {
  return evidence.versions.length ? (evidence.versions[evidence.versions.length - 1] ?? null) : null;
}

/** The version history as the panel lists it: newest first. */
export function versionsNewestFirst(evidence: Pick<Evidence, 'versions'>): EvidenceVersion[] {
  return [...evidence.versions].sort((a, b) => b.number - a.number);
}

export function isFileVersion(version: EvidenceVersion): boolean {
  return version.attachment_id !== null && version.attachment_id !== '';
}

/** Whole days from `today` to `date` (both YYYY-MM-DD); negative when `date` has passed. */
export function daysBetween(today: string, date: string): number {
  const at = (text: string) => {
    const [year, month, day] = text.split('-').map(Number);
    return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  };
  return Math.round((at(date) - at(today)) / 86_400_000);
}

export type ExpiryState = 'expired' | 'expiring' | 'valid' | 'no_expiry';

/**
 * How the evidence stands on `today`: expired when the server says it is stale (its latest
 * version expired), expiring within EXPIRING_SOON_DAYS, valid, or without an expiry.
 */
export function expiryState(evidence: Pick<Evidence, 'stale' | 'versions'>, today: string): ExpiryState {
  if (evidence.stale) return 'expired';
  const expires = latestVersion(evidence)?.expires_on;
  if (!expires) return 'no_expiry';
  const days = daysBetween(today, expires);
  if (days < 0) return 'expired';
  return days <= EXPIRING_SOON_DAYS ? 'expiring' : 'valid';
}

/** Counts for the panel's heading: all and expired. */
export function evidenceSummary(items: readonly Pick<Evidence, 'stale'>[]): { total: number; stale: number } {
  return { total: items.length, stale: items.filter((item) => item.stale).length };
}

export type UploadProblem = 'too_large' | 'bad_name' | 'not_evidence' | 'mismatch' | 'empty';

/**
 * A refused upload as one of the known problems, shown at the file field; null for other
 * errors (the form's general message).
 */
export function uploadProblem(error: unknown): UploadProblem | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 413) return 'too_large';
  const byField = error.fieldErrors();
  if (byField.file_name) return 'bad_name';
  const message = byField.file ?? '';
  if (/is not a PDF/i.test(message)) return 'not_evidence';
  if (/does not match/i.test(message)) return 'mismatch';
  if (/is empty/i.test(message)) return 'empty';
  return null;
}
