// Bulk edit of the information asset inventory (情報資産台帳): the fields a user picks for many
// assets at once, the request body they become, and the server's problems sorted into those of
// the change (changes.field), those of each asset (assets[i], assets[i].field, by asset number)
// and the rest. Pure: no components, no requests.
import type { ApiError } from './api/client';
import type { AssetInput } from './api/endpoints';
import type { Asset } from './api/types';
import { assetChanges, problemKey, type AssetDraft, type DraftProblem } from './assets';
import type { MessageKey } from './i18n/index.svelte';

/** The fields a bulk change may set, in the dialog's order (the owner is one choice). */
export const BULK_FIELDS = [
  'owner',
  'department_id',
  'custodian_id',
  'classification',
  'status',
  'next_review_on',
  'confidentiality',
  'integrity',
  'availability',
  'location',
  'retention_months',
] as const;

export type BulkField = (typeof BULK_FIELDS)[number];
export type BulkDraft = Pick<AssetDraft, BulkField>;

/** What the dialog starts with: nothing picked, values as a new asset would have them. */
export function blankBulkDraft(): BulkDraft {
  return {
    owner: '',
    department_id: '',
    custodian_id: '',
    classification: '',
    status: 'in_use',
    next_review_on: '',
    confidentiality: '2',
    integrity: '2',
    availability: '2',
    location: '',
    retention_months: '0',
  };
}

export interface BulkChangeRequest {
  asset_ids: string[];
  changes: Partial<AssetInput>;
}

/**
 * The request for the picked fields of the draft: the owner choice becomes owner_id and
 * owner_role_id (the other one cleared), levels and months become numbers. Problems the
 * browser already sees are named by draft field; "none_picked" when nothing is picked,
 * "owner_missing" when the owner is picked but not chosen.
 */
export function bulkChangeRequest(
  assets: readonly Pick<Asset, 'id'>[],
  draft: BulkDraft,
  picked: ReadonlySet<BulkField>,
): { request: BulkChangeRequest; problems: Record<string, DraftProblem | 'none_picked' | 'owner_missing'> } {
  const part: Partial<AssetDraft> = {};
  for (const field of BULK_FIELDS) {
    if (picked.has(field)) (part as Record<string, unknown>)[field] = draft[field];
  }
  const { changes, problems } = assetChanges(part);
  const all: Record<string, DraftProblem | 'none_picked' | 'owner_missing'> = { ...problems };
  if (picked.size === 0) all.changes = 'none_picked';
  if (picked.has('owner') && draft.owner === '') all.owner = 'owner_missing';
  return {
    request: { asset_ids: assets.map((asset) => asset.id), changes },
    problems: all,
  };
}

/** One asset's problems, in the user's words, beside its number. */
export interface AssetProblems {
  index: number;
  number: string;
  name: string;
  messages: string[];
}

export interface BulkProblems {
  /** By the dialog's field (the owner's two API fields both land on "owner"). */
  fields: Record<string, string>;
  assets: AssetProblems[];
  general: string[];
}

const ASSET_PROBLEM = /^assets\[(\d+)\](?:\.(\w+))?$/;
const CHANGE_PROBLEM = /^changes\.(\w+)$/;

const BULK_PROBLEM_KEYS: readonly [RegExp, MessageKey][] = [
  [/^is not an asset of this organisation$/, 'assets.bulk.problem.unknown'],
  [/^repeats assets\[\d+\]$/, 'assets.bulk.problem.repeated'],
  [/^must list at most \d+ assets$/, 'assets.bulk.problem.too_many'],
  [/^must change at least one field$/, 'assets.bulk.problem.none_picked'],
];

const dialogField = (field: string) => (field === 'owner_id' || field === 'owner_role_id' ? 'owner' : field);

/**
 * The server's 400 for a bulk change sorted for the dialog; messages in the user's language
 * where we have words for them. `assets` are those sent, in the order sent.
 */
export function bulkProblems(
  error: ApiError,
  assets: readonly Pick<Asset, 'number' | 'name'>[],
  translate: (key: MessageKey) => string,
  fieldLabel: (field: string) => string,
): BulkProblems {
  const say = (message: string) => {
    const key = BULK_PROBLEM_KEYS.find(([pattern]) => pattern.test(message))?.[1] ?? problemKey(message);
    return key ? translate(key) : message;
  };
  const result: BulkProblems = { fields: {}, assets: [], general: [] };
  const byIndex = new Map<number, AssetProblems>();
  for (const { field, message } of error.problem.errors ?? []) {
    const onAsset = ASSET_PROBLEM.exec(field);
    const onChange = CHANGE_PROBLEM.exec(field);
    const index = Number(onAsset?.[1]);
    const asset = onAsset ? assets[index] : undefined;
    if (onAsset && asset) {
      const entry = byIndex.get(index) ?? { index, number: asset.number, name: asset.name, messages: [] };
      byIndex.set(index, entry);
      const about = onAsset[2];
      entry.messages.push(about ? `${fieldLabel(dialogField(about))}: ${say(message)}` : say(message));
    } else if (onChange?.[1]) {
      const target = dialogField(onChange[1]);
      result.fields[target] = result.fields[target] ? `${result.fields[target]} ${say(message)}` : say(message);
    } else {
      result.general.push(say(message));
    }
  }
  result.assets = [...byIndex.values()].sort((a, b) => a.index - b.index);
  return result;
}
