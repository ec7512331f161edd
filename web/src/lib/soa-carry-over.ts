// Carrying a 2013 SoA over (適用宣言書の移行): reading the earlier SoA from a CSV sheet the
// organisation keeps (管理策番号, 適用/除外, 採用理由, 除外理由 — the template lists the 2013
// controls), what each row becomes in 2022 by the carry-over table, and the problems a person
// fixes before sending. Pure: no I/O.
import type { CarryOverTable } from './api/types';
import { toCsv } from './components/csv';

export interface EarlierRow {
  control_id: string;
  applicability: 'applicable' | 'not_applicable';
  reason_text: string;
  justification: string;
}

export interface SheetProblem {
  /** The sheet's line, 1-based, counting the header. */
  line: number;
  kind: 'unknown_control' | 'applicability' | 'duplicate';
  value: string;
}

/** RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < source.length; index += 1) {
    const c = source[index]!;
    if (quoted) {
      if (c === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((value) => value.trim() !== ''));
}

/** The decoded text of a file: UTF-8, else Shift_JIS (Excel's CSV on Japanese Windows). */
export function decodeSheet(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('shift_jis').decode(bytes);
  }
}

const APPLICABLE = new Set(['適用', '採用', '○', '〇', 'yes', 'y', 'applicable', 'included', 'true', '1']);
const NOT_APPLICABLE = new Set(['除外', '非適用', '不採用', '×', '✕', 'no', 'n', 'not_applicable', 'not applicable', 'excluded', 'false', '0']);

export function readApplicability(text: string): EarlierRow['applicability'] | null {
  const value = text.trim().toLowerCase();
  if (APPLICABLE.has(value)) return 'applicable';
  if (NOT_APPLICABLE.has(value)) return 'not_applicable';
  return null;
}

/** "9.2.3" or "A.9.2.3" as the table writes it. */
export function earlierId(text: string): string {
  const value = text.trim().replace(/^a\./i, '');
  return value ? `A.${value}` : '';
}

/**
 * The rows of the sheet (the first line is the header): each control once, with every
 * problem by line. Rows with problems are left out.
 */
export function readEarlierSheet(cells: string[][], table: CarryOverTable): { rows: EarlierRow[]; problems: SheetProblem[] } {
  const known = new Set(table.rows.map((row) => row.earlier_id).filter(Boolean));
  const rows: EarlierRow[] = [];
  const problems: SheetProblem[] = [];
  const seen = new Set<string>();
  cells.slice(1).forEach((line, index) => {
    const number = index + 2;
    const id = earlierId(line[0] ?? '');
    const applicability = readApplicability(line[1] ?? '');
    if (!known.has(id)) problems.push({ line: number, kind: 'unknown_control', value: line[0] ?? '' });
    else if (seen.has(id)) problems.push({ line: number, kind: 'duplicate', value: id });
    else if (!applicability) problems.push({ line: number, kind: 'applicability', value: line[1] ?? '' });
    else {
      seen.add(id);
      rows.push({ control_id: id, applicability, reason_text: (line[2] ?? '').trim(), justification: (line[3] ?? '').trim() });
    }
  });
  return { rows, problems };
}

/** The 2022 controls an earlier one became. */
export function successorsOf(table: CarryOverTable, id: string): string[] {
  return table.rows.filter((row) => row.earlier_id === id).map((row) => row.id);
}

/** A sheet listing every earlier control, to be filled in (the header in the reader's words). */
export function templateSheet(table: CarryOverTable, header: readonly string[]): string {
  const ids = [...new Set(table.rows.map((row) => row.earlier_id).filter(Boolean))];
  const titles = new Map(table.rows.map((row) => [row.earlier_id, row.earlier_title]));
  return toCsv(header, ids.map((id) => [id, '', '', '', titles.get(id) ?? '']));
}
