// The rules of the information asset inventory (情報資産台帳, 6.1.2) the screen shares with its
// tests: how effective C/I/A are shown and marked when inherited or overridden, which assets
// raise an inherited value, the form's draft and its conversion to the API's input, the
// filters as query parameters, the chart's counts, and the server's problems in the user's
// language. Pure: no components, no requests.
import { ApiError, type Problem } from './api/client';
import type { AssetInput } from './api/endpoints';
import {
  ASSET_CATEGORIES,
  CIA_PROPERTIES,
  type Asset,
  type AssetCategory,
  type AssetFormat,
  type AssetStatus,
  type CiaProperty,
  type ListParams,
  type PersonalInformationKind,
} from './api/types';
import type { MessageKey } from './i18n/index.svelte';

/** The letter of a property in the register's columns. */
export const CIA_LETTER: Record<CiaProperty, 'C' | 'I' | 'A'> = {
  confidentiality: 'C',
  integrity: 'I',
  availability: 'A',
};

const overrideOf = (asset: Asset, property: CiaProperty): number | null => asset[`${property}_override`];

/**
 * How a property's effective value came about: raised by what the asset supports
 * ("inherited"), set by an override with a reason ("overridden"), or the asset's own value.
 */
export type CiaMark = 'inherited' | 'overridden' | 'own';

export function ciaMark(asset: Asset, property: CiaProperty): CiaMark {
  if (overrideOf(asset, property) !== null) return 'overridden';
  const inherited = asset.inherited[property];
  if (inherited !== null && inherited > asset[property]) return 'inherited';
  return 'own';
}

/** The sign after an effective value: ↑ inherited, * overridden. */
export const MARK_SIGN: Record<CiaMark, string> = { inherited: '↑', overridden: '*', own: '' };

/** An effective value with its mark, as the table and its CSV show it ("3↑"). */
export function ciaText(asset: Asset, property: CiaProperty): string {
  const value = asset.effective[property] ?? asset[property];
  return `${value}${MARK_SIGN[ciaMark(asset, property)]}`;
}

/** All three, for one line of text: "C3↑ I2 A2". */
export function ciaSummary(asset: Asset): string {
  return CIA_PROPERTIES.map((property) => `${CIA_LETTER[property]}${ciaText(asset, property)}`).join(' ');
}

/**
 * The assets it supports that give it its inherited value of a property (their effective
 * value is the inherited one); empty when nothing is inherited.
 */
export function raisedBy(asset: Asset, property: CiaProperty, known: ReadonlyMap<string, Asset>): Asset[] {
  const inherited = asset.inherited[property];
  if (inherited === null) return [];
  return asset.supports
    .map((id) => known.get(id))
    .filter((other): other is Asset => other !== undefined && other.effective[property] === inherited);
}

/** Counts of assets per category (in the catalogue's order) and per asset value 1–3. */
export function assetCounts(assets: readonly Asset[]): {
  categories: Record<AssetCategory, number>;
  values: [number, number, number];
} {
  const categories = Object.fromEntries(ASSET_CATEGORIES.map((category) => [category, 0])) as Record<AssetCategory, number>;
  const values: [number, number, number] = [0, 0, 0];
  for (const asset of assets) {
    categories[asset.category] += 1;
    if (asset.asset_value === 1) values[0] += 1;
    else if (asset.asset_value === 2) values[1] += 1;
    else if (asset.asset_value === 3) values[2] += 1;
  }
  return { categories, values };
}

/** The register's filters as the API's query: ?category= ?department_id= ?owner_id= ?q=. */
export function assetQuery(filters: Readonly<Record<string, string>>): ListParams {
  const query: ListParams = {};
  for (const key of ['category', 'department_id', 'owner_id', 'q'] as const) {
    const value = filters[key]?.trim();
    if (value) query[key] = value;
  }
  return query;
}

/** The owner as one choice: a member ("member:<id>") or an ISMS role ("role:<id>"). */
export function ownerChoice(owner_id: string | null, owner_role_id: string | null): string {
  if (owner_id) return `member:${owner_id}`;
  if (owner_role_id) return `role:${owner_role_id}`;
  return '';
}

/** The API's two owner fields for a choice; the one not chosen is cleared (""). */
export function ownerFields(choice: string): { owner_id: string; owner_role_id: string } {
  if (choice.startsWith('member:')) return { owner_id: choice.slice('member:'.length), owner_role_id: '' };
  if (choice.startsWith('role:')) return { owner_id: '', owner_role_id: choice.slice('role:'.length) };
  return { owner_id: '', owner_role_id: '' };
}

/** An asset as the form holds it: references, numbers and levels as text. */
export interface AssetDraft {
  number: string;
  name: string;
  category: AssetCategory;
  description: string;
  /** ownerChoice(): "member:<id>" or "role:<id>". */
  owner: string;
  department_id: string;
  custodian_id: string;
  user_scope: string;
  location: string;
  format: AssetFormat;
  quantity: string;
  retention_months: string;
  confidentiality: string;
  integrity: string;
  availability: string;
  /** "" while the inherited value stands; "1"–"3" replace it. */
  confidentiality_override: string;
  integrity_override: string;
  availability_override: string;
  override_reason: string;
  classification: string;
  personal_information: PersonalInformationKind;
  personal_records: string;
  status: AssetStatus;
  next_review_on: string;
  notes: string;
  supported_by: string[];
}

/** The fields of the form, as the API's problems name them (the owner is two of them). */
export const ASSET_FIELDS = [
  'number',
  'name',
  'category',
  'description',
  'owner_id',
  'owner_role_id',
  'department_id',
  'custodian_id',
  'user_scope',
  'location',
  'format',
  'quantity',
  'retention_months',
  'confidentiality',
  'integrity',
  'availability',
  'confidentiality_override',
  'integrity_override',
  'availability_override',
  'override_reason',
  'classification',
  'personal_information',
  'personal_records',
  'status',
  'next_review_on',
  'notes',
  'supported_by',
] as const;

const levelText = (value: number | null) => (value ? String(value) : '');

/** The draft of a new asset (owner: the one adding it) or of an existing one. */
export function assetDraftOf(asset: Asset | null, defaultOwner = ''): AssetDraft {
  return {
    number: asset?.number ?? '',
    name: asset?.name ?? '',
    category: asset?.category ?? 'information',
    description: asset?.description ?? '',
    owner: asset ? ownerChoice(asset.owner_id, asset.owner_role_id) : defaultOwner,
    department_id: asset?.department_id ?? '',
    custodian_id: asset?.custodian_id ?? '',
    user_scope: asset?.user_scope ?? '',
    location: asset?.location ?? '',
    format: asset?.format ?? 'electronic',
    quantity: String(asset?.quantity ?? 1),
    retention_months: String(asset?.retention_months ?? 0),
    confidentiality: levelText(asset?.confidentiality ?? 2),
    integrity: levelText(asset?.integrity ?? 2),
    availability: levelText(asset?.availability ?? 2),
    confidentiality_override: levelText(asset?.confidentiality_override ?? null),
    integrity_override: levelText(asset?.integrity_override ?? null),
    availability_override: levelText(asset?.availability_override ?? null),
    override_reason: asset?.override_reason ?? '',
    classification: asset?.classification ?? '',
    personal_information: asset?.personal_information ?? 'none',
    personal_records: String(asset?.personal_records ?? 0),
    status: asset?.status ?? 'in_use',
    next_review_on: asset?.next_review_on ?? '',
    notes: asset?.notes ?? '',
    supported_by: [...(asset?.supported_by ?? [])],
  };
}

/** A field of the draft the browser already knows to be wrong, and why. */
export type DraftProblem = 'whole_number' | 'level';

const wholeNumber = (text: string): number | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : undefined;
};

/**
 * The API's fields for the given part of a draft (all of it when adding; the changed fields
 * when editing): the owner choice becomes owner_id and owner_role_id (the other one cleared),
 * numbers become numbers, an empty override becomes 0 (which clears it). Text that is not a
 * whole number or a level is named in `problems`.
 */
export function assetChanges(draft: Partial<AssetDraft>): {
  changes: Partial<AssetInput>;
  problems: Record<string, DraftProblem>;
} {
  const changes: Partial<AssetInput> = {};
  const problems: Record<string, DraftProblem> = {};
  const number = (field: 'quantity' | 'retention_months' | 'personal_records', text: string) => {
    const value = wholeNumber(text);
    if (value === undefined) problems[field] = 'whole_number';
    else changes[field] = value;
  };
  const level = (field: CiaProperty, text: string) => {
    if (/^[123]$/.test(text)) changes[field] = Number(text);
    else problems[field] = 'level';
  };
  const override = (field: `${CiaProperty}_override`, text: string) => {
    if (text === '') changes[field] = 0;
    else if (/^[123]$/.test(text)) changes[field] = Number(text);
    else problems[field] = 'level';
  };
  for (const [key, value] of Object.entries(draft) as [keyof AssetDraft, AssetDraft[keyof AssetDraft]][]) {
    if (value === undefined) continue;
    switch (key) {
      case 'owner':
        Object.assign(changes, ownerFields(value as string));
        break;
      case 'quantity':
      case 'retention_months':
      case 'personal_records':
        number(key, value as string);
        break;
      case 'confidentiality':
      case 'integrity':
      case 'availability':
        level(key, value as string);
        break;
      case 'confidentiality_override':
      case 'integrity_override':
      case 'availability_override':
        override(key, value as string);
        break;
      case 'supported_by':
        changes.supported_by = [...(value as string[])];
        break;
      case 'number':
      case 'name':
        changes[key] = (value as string).trim();
        break;
      default:
        (changes as Record<string, unknown>)[key] = value;
    }
  }
  return { changes, problems };
}

/** A 400 problem naming the fields of the draft the browser refused, in the user's words. */
export function draftProblem(problems: Record<string, DraftProblem>, message: (problem: DraftProblem) => string): ApiError {
  const problem: Problem = {
    type: 'about:blank',
    title: 'Bad Request',
    status: 400,
    errors: Object.entries(problems).map(([field, kind]) => ({ field, message: message(kind) })),
  };
  return new ApiError(problem);
}

/** The server's words for the asset's problems, and ours for them. */
const PROBLEM_KEYS: readonly [RegExp, MessageKey][] = [
  [/^is required$/, 'form.required'],
  [/^must be 1, 2 or 3$/, 'assets.problem.level'],
  [/^give an owner \(a member\) or an owner role$/, 'assets.problem.owner_missing'],
  [/^give either an owner or an owner role, not both$/, 'assets.problem.owner_both'],
  [/must be a member of the organisation$/, 'assets.problem.not_member'],
  [/must be an ISMS role of the organisation$/, 'assets.problem.not_role'],
  [/must be a department of the organisation$/, 'assets.problem.not_department'],
  [/^must list assets of the organisation$/, 'assets.problem.unknown_asset'],
  [/^would make the asset rely on itself/, 'assets.problem.loop'],
  [/^cannot list the asset itself$/, 'assets.problem.self'],
  [/^must be 0 when the asset holds no personal information$/, 'assets.problem.records_without_pi'],
  [/^asset number .* is already used$/, 'assets.problem.number_taken'],
];

/** The message key for a server message about an asset, or null when we have no words for it. */
export function problemKey(message: string): MessageKey | null {
  return PROBLEM_KEYS.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

/**
 * The error with its messages in the user's language where we know them (the server writes
 * English); a number already used (409) becomes the number field's error.
 */
export function localiseAssetError(error: unknown, translate: (key: MessageKey) => string): unknown {
  if (!(error instanceof ApiError)) return error;
  const say = (message: string) => {
    const key = problemKey(message);
    return key ? translate(key) : message;
  };
  if (error.status === 409 && error.problem.detail && problemKey(error.problem.detail) === 'assets.problem.number_taken') {
    return new ApiError({
      ...error.problem,
      status: 400,
      errors: [{ field: 'number', message: say(error.problem.detail) }],
    });
  }
  if (!error.problem.errors?.length) return error;
  return new ApiError({
    ...error.problem,
    errors: error.problem.errors.map((item) => ({ field: item.field, message: say(item.message) })),
  });
}
