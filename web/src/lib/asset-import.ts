// Importing the asset inventory (情報資産台帳) from xlsx or CSV: the API's preview and summary,
// the multipart upload, and the column mapping the user gives when the header is not
// recognised.
import { http } from './api/client';
import { locale, t } from './i18n/index.svelte';

export interface ImportColumn {
  field?: string;
  column: string;
  title: string;
}

export interface CellProblem {
  row: number;
  column: string;
  field: string;
  message: string;
}

export interface ImportPreview {
  id: string;
  state: 'pending' | 'committed' | 'discarded';
  file_name: string;
  format: 'xlsx' | 'csv';
  encoding: string;
  sheet: string;
  default_owner_id: string;
  created_at: string;
  expires_at: string;
  header_recognised: boolean;
  header_row: number;
  columns: ImportColumn[];
  missing: string[];
  unrecognised: ImportColumn[];
  sheet_columns: ImportColumn[];
  counts: {
    rows: number;
    valid: number;
    with_problems: number;
    to_create: number;
    to_update: number;
    unchanged: number;
    problems: number;
  };
  problems: CellProblem[];
  preview: { row: number; number: string; name: string; action: string; problems: number }[];
}

export interface ImportSummary {
  id: string;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  problem_count: number;
  problems: CellProblem[];
}

/** The fields a column can fill, required ones first (the server's asset_import_fields). */
export const IMPORT_FIELDS = [
  'number',
  'name',
  'confidentiality',
  'integrity',
  'availability',
  'category',
  'description',
  'owner',
  'department',
  'custodian',
  'user_scope',
  'location',
  'format',
  'quantity',
  'retention_months',
  'classification',
  'personal_information',
  'personal_records',
  'status',
  'next_review_on',
  'supported_by',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'number',
  'name',
  'confidentiality',
  'integrity',
  'availability',
];

/** Field → column letters; '' for a field no column fills. */
export type Mapping = Record<ImportField, string>;

export function emptyMapping(): Mapping {
  return Object.fromEntries(IMPORT_FIELDS.map((field) => [field, ''])) as Mapping;
}

/** The mapping the preview found, to start the form from. */
export function mappingOf(preview: ImportPreview): Mapping {
  const mapping = emptyMapping();
  for (const column of preview.columns) {
    if (column.field && (IMPORT_FIELDS as readonly string[]).includes(column.field)) {
      mapping[column.field as ImportField] = column.column;
    }
  }
  return mapping;
}

/** Required fields without a column, and columns chosen twice: what the form names. */
export function mappingProblems(mapping: Mapping): Partial<Record<ImportField, 'required' | 'twice'>> {
  const problems: Partial<Record<ImportField, 'required' | 'twice'>> = {};
  for (const field of REQUIRED_IMPORT_FIELDS) if (!mapping[field]) problems[field] = 'required';
  const seen = new Map<string, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (!column) continue;
    if (seen.has(column)) problems[field] = 'twice';
    else seen.set(column, field);
  }
  return problems;
}

// The server words a refused file in English; the common cases are said in the UI's language.
const FILE_ERRORS: readonly [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^is empty$/, () => t('asset_import.error.empty')],
  [/^is (a .* file, not an xlsx workbook or CSV|a zip archive but not an xlsx workbook|neither an xlsx workbook nor CSV text)$/, () => t('asset_import.error.type')],
  [/^is not readable text/, () => t('asset_import.error.encoding')],
  [/zip bomb/, () => t('asset_import.error.zip_bomb')],
  [/has more than (\d+) rows/, (match) => t('asset_import.error.rows', { limit: match[1] ?? '' })],
  [/(?:line|row) (\d+) has more than (\d+) columns/, (match) =>
    t('asset_import.error.columns', { row: match[1] ?? '', limit: match[2] ?? '' })],
];

export function localiseFileError(message: string): string {
  if (locale() !== 'ja') return message;
  for (const [pattern, say] of FILE_ERRORS) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return message;
}

// The problems rows have most often, in the UI's language; others as the server wrote them.
const ROW_PROBLEMS: readonly [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^is required/, () => t('asset_import.problem.required')],
  [/^must be 1, 2 or 3$/, () => t('asset_import.problem.level')],
  [/^is a formula/, () => t('asset_import.problem.formula')],
  [/^(.*) is on rows (.*); each asset may appear once$/, (m) => t('asset_import.problem.duplicate', { number: m[1] ?? '', rows: m[2] ?? '' })],
  [/^「(.*)」 is neither a member nor an ISMS role$/, (m) => t('asset_import.problem.owner', { text: m[1] ?? '' })],
  [/^「(.*)」 is not a member$/, (m) => t('asset_import.problem.member', { text: m[1] ?? '' })],
  [/^「(.*)」 is not a department$/, (m) => t('asset_import.problem.department', { text: m[1] ?? '' })],
  [/^「(.*)」 is not an asset number$/, (m) => t('asset_import.problem.asset', { text: m[1] ?? '' })],
  [/^relies on the asset of row (\d+), which has problems/, (m) => t('asset_import.problem.dropped', { row: m[1] ?? '' })],
  [/^「(.*)」 is not (.*)$/, (m) => t('asset_import.problem.value', { text: m[1] ?? '', expected: m[2] ?? '' })],
];

export function localiseProblem(message: string): string {
  for (const [pattern, say] of ROW_PROBLEMS) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return message;
}

const BOUNDARY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A multipart/form-data body with the file and the text fields, as one Blob whose type
 * carries the boundary (lower case: Blob types are lower-cased).
 */
export function formBody(file: Blob, fileName: string, fields: Record<string, string>): Blob {
  let boundary = 'mamori-';
  for (let index = 0; index < 24; index++) {
    boundary += BOUNDARY_CHARS[Math.floor(Math.random() * BOUNDARY_CHARS.length)];
  }
  const quoted = (text: string) => text.replace(/[\r\n"]/g, (c) => encodeURIComponent(c));
  const parts: BlobPart[] = [
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${quoted(fileName)}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
    file,
    '\r\n',
  ];
  for (const [name, value] of Object.entries(fields)) {
    if (!value) continue;
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  }
  parts.push(`--${boundary}--\r\n`);
  return new Blob(parts, { type: `multipart/form-data; boundary=${boundary}` });
}

const importPath = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/assets/import`;

export const assetImport = {
  preview: (orgId: string, file: File, options: { sheet?: string; mapping?: Mapping } = {}) =>
    http.upload<ImportPreview>(
      importPath(orgId),
      formBody(file, file.name, {
        sheet: options.sheet ?? '',
        mapping: options.mapping ? JSON.stringify(options.mapping) : '',
      }),
    ),
  get: (orgId: string, id: string) => http.get<ImportPreview>(`${importPath(orgId)}/${encodeURIComponent(id)}`),
  commit: (orgId: string, id: string) =>
    http.post<ImportSummary>(`${importPath(orgId)}/${encodeURIComponent(id)}/commit`),
};
