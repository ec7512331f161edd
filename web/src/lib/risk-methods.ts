// Risk methods (6.1.2 a): the API calls, the shapes the server sends, and the pure logic of
// the screen — the matrix of a method (risk value and level per cell), the lookup table, the
// editable draft of an own method and where the server's field errors belong.
import { http } from './api/client';

export type Acceptance = 'accept' | 'accept_with_monitoring' | 'treat';
export const ACCEPTANCES: readonly Acceptance[] = ['accept', 'accept_with_monitoring', 'treat'];

export interface ScaleLevel {
  value: number;
  label_ja: string;
  label_en: string;
  description_ja: string;
  description_en: string;
}

export interface Scale {
  key: string;
  name_ja: string;
  name_en: string;
  input: boolean;
  levels: ScaleLevel[];
}

export interface LookupTable {
  key: string;
  row_factor: string;
  column_factor: string;
  cells: { row: number; column: number; value: number }[];
}

export interface RiskLevel {
  key: string;
  label_ja: string;
  label_en: string;
  colour: string;
  acceptance: Acceptance;
}

export interface Band {
  min: number;
  max: number;
  level: string;
}

export interface GridCell {
  row: number;
  column: number;
  level: string;
  acceptance: Acceptance | null;
}

export interface LevelGrid {
  row_factor: string;
  column_factor: string;
  cells: GridCell[];
}

export interface MethodRef {
  key: string;
  version: number;
}

export interface RiskMethodSummary extends MethodRef {
  name_ja: string;
  name_en: string;
  origin: 'shipped' | 'own';
  based_on: MethodRef | null;
  is_default: boolean;
  newest: boolean;
  created_at: string | null;
}

/** What the server accepts back when adjusting (an own method's next version). */
export interface RiskMethodDefinition extends MethodRef {
  name_ja: string;
  name_en: string;
  description_ja: string;
  description_en: string;
  based_on: MethodRef | null;
  asset_valuation: 'max' | 'sum' | 'product';
  scales: Scale[];
  tables: LookupTable[];
  risk_value_factors: string[];
  levels: RiskLevel[];
  bands: Band[];
  level_grid: LevelGrid | null;
}

export interface RiskMethod extends RiskMethodDefinition, RiskMethodSummary {
  possible_asset_values: number[];
  possible_risk_values: number[];
}

const base = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/risk-methods`;

export const riskMethodsApi = {
  list: (orgId: string) => http.get<{ items: RiskMethodSummary[] }>(base(orgId)),
  get: (orgId: string, ref: MethodRef) =>
    http.get<RiskMethod>(`${base(orgId)}/${encodeURIComponent(ref.key)}/versions/${ref.version}`),
  copy: (orgId: string, from: MethodRef, key: string, nameJa: string, nameEn: string) =>
    http.post<RiskMethod>(base(orgId), { from, key, name_ja: nameJa, name_en: nameEn }),
  adjust: (orgId: string, definition: RiskMethodDefinition) =>
    http.post<RiskMethod>(`${base(orgId)}/${encodeURIComponent(definition.key)}/versions`, definition),
  setDefault: (orgId: string, ref: MethodRef) =>
    http.put<RiskMethod>(`${base(orgId)}/default`, { key: ref.key, version: ref.version }),
};

/** The editable part of a method, deep-copied so the shown version stays as it was. */
export function draftOf(method: RiskMethod): RiskMethodDefinition {
  const copy = plain(method);
  return {
    key: copy.key,
    version: copy.version,
    name_ja: copy.name_ja,
    name_en: copy.name_en,
    description_ja: copy.description_ja,
    description_en: copy.description_en,
    based_on: copy.based_on,
    asset_valuation: copy.asset_valuation,
    scales: copy.scales.map((scale) => ({
      key: scale.key,
      name_ja: scale.name_ja,
      name_en: scale.name_en,
      input: scale.input,
      levels: scale.levels.map((level) => ({
        value: level.value,
        label_ja: level.label_ja,
        label_en: level.label_en,
        description_ja: level.description_ja,
        description_en: level.description_en,
      })),
    })),
    tables: copy.tables,
    risk_value_factors: copy.risk_value_factors,
    levels: copy.levels.map((level) => ({
      key: level.key,
      label_ja: level.label_ja,
      label_en: level.label_en,
      colour: level.colour,
      acceptance: level.acceptance,
    })),
    bands: copy.bands.map((band) => ({ ...band })),
    level_grid: copy.level_grid,
  };
}

// A plain object from whatever the screen holds (Svelte state proxies included).
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export type Language = 'ja' | 'en';

export const textIn = (language: Language, ja: string, en: string) => (language === 'en' ? en : ja);

export interface Axis {
  factor: string;
  name: string;
  /** Highest first, as a risk matrix is read. */
  values: { value: number; label: string }[];
}

export interface MatrixCell {
  row: number;
  column: number;
  value: number;
  level: RiskLevel | null;
  acceptance: Acceptance | null;
}

export interface Matrix {
  rows: Axis;
  columns: Axis;
  cells: MatrixCell[];
}

function scaleOf(method: RiskMethodDefinition, key: string): Scale | undefined {
  return method.scales.find((scale) => scale.key === key);
}

/** The values a factor of the risk value takes, with their labels, highest first. */
export function axisOf(method: RiskMethod, factor: string, language: Language, assetValueName: string): Axis {
  if (factor === 'asset_value') {
    const values = [...method.possible_asset_values].sort((a, b) => b - a);
    return { factor, name: assetValueName, values: values.map((value) => ({ value, label: String(value) })) };
  }
  const scale = scaleOf(method, factor);
  const levels = [...(scale?.levels ?? [])].sort((a, b) => b.value - a.value);
  return {
    factor,
    name: scale ? textIn(language, scale.name_ja, scale.name_en) : factor,
    values: levels.map((level) => ({
      value: level.value,
      label: `${level.value} ${textIn(language, level.label_ja, level.label_en)}`,
    })),
  };
}

/** Products of several axes' values, distinct, highest first (three-factor: threat × vulnerability). */
function productAxis(axes: readonly Axis[], name: string): Axis {
  let products = [1];
  for (const axis of axes) {
    products = products.flatMap((product) => axis.values.map((entry) => product * entry.value));
  }
  const values = [...new Set(products)].sort((a, b) => b - a);
  return { factor: axes.map((axis) => axis.factor).join('*'), name, values: values.map((value) => ({ value, label: String(value) })) };
}

export function bandLevel(method: RiskMethodDefinition, value: number): RiskLevel | null {
  const band = method.bands.find((candidate) => candidate.min <= value && value <= candidate.max);
  return band ? (method.levels.find((level) => level.key === band.level) ?? null) : null;
}

/**
 * The method as a matrix: a level grid as it is; bands over the first factor and the product
 * of the others (IPA: asset value × likelihood of damage; three-factor: asset value × threat
 * × vulnerability as asset value × their product).
 */
export function matrixOf(method: RiskMethod, language: Language, assetValueName: string): Matrix | null {
  if (method.level_grid) {
    const grid = method.level_grid;
    const rows = axisOf(method, grid.row_factor, language, assetValueName);
    const columns = axisOf(method, grid.column_factor, language, assetValueName);
    const cells = grid.cells.map((cell) => {
      const level = method.levels.find((candidate) => candidate.key === cell.level) ?? null;
      return {
        row: cell.row,
        column: cell.column,
        value: cell.row * cell.column,
        level,
        acceptance: cell.acceptance ?? level?.acceptance ?? null,
      };
    });
    return { rows, columns, cells };
  }
  const [first, ...rest] = method.risk_value_factors;
  if (first === undefined || rest.length === 0) return null;
  const rows = axisOf(method, first, language, assetValueName);
  const others = rest.map((factor) => axisOf(method, factor, language, assetValueName));
  const columns =
    others.length === 1 && others[0] ? others[0] : productAxis(others, others.map((axis) => axis.name).join(' × '));
  const cells: MatrixCell[] = [];
  for (const row of rows.values) {
    for (const column of columns.values) {
      const value = row.value * column.value;
      const level = bandLevel(method, value);
      cells.push({ row: row.value, column: column.value, value, level, acceptance: level?.acceptance ?? null });
    }
  }
  return { rows, columns, cells };
}

/** A lookup table (IPA's threat × vulnerability → likelihood of damage) as a matrix. */
export function lookupMatrixOf(method: RiskMethod, table: LookupTable, language: Language, assetValueName: string) {
  const rows = axisOf(method, table.row_factor, language, assetValueName);
  const columns = axisOf(method, table.column_factor, language, assetValueName);
  const scale = scaleOf(method, table.key);
  const label = (value: number) => {
    const level = scale?.levels.find((candidate) => candidate.value === value);
    return level ? `${value} ${textIn(language, level.label_ja, level.label_en)}` : String(value);
  };
  const cells = table.cells.map((cell) => ({ ...cell, label: label(cell.value) }));
  return { name: scale ? textIn(language, scale.name_ja, scale.name_en) : table.key, rows, columns, cells };
}

/** The path of an edited field as the server names it, so its error lands next to the input. */
export function scaleLevelField(scale: Scale, scaleIndex: number, levelIndex: number, name: string): string[] {
  return [`scales[${scale.key}].levels[${levelIndex}].${name}`, `scales[${scaleIndex}].levels[${levelIndex}].${name}`];
}

/** Every field path the edit form shows (the rest go to the message above the form). */
export function shownFields(draft: RiskMethodDefinition): string[] {
  const fields = ['name_ja', 'name_en', 'bands', 'levels', 'level_grid'];
  draft.scales.forEach((scale, scaleIndex) => {
    fields.push(`scales[${scale.key}]`, `scales[${scaleIndex}]`);
    scale.levels.forEach((_, levelIndex) => {
      for (const name of ['label_ja', 'label_en']) fields.push(...scaleLevelField(scale, scaleIndex, levelIndex, name));
    });
  });
  draft.levels.forEach((_, index) => {
    for (const name of ['', '.label_ja', '.label_en', '.colour', '.acceptance']) fields.push(`levels[${index}]${name}`);
  });
  draft.bands.forEach((_, index) => {
    for (const name of ['', '.min', '.max', '.level']) fields.push(`bands[${index}]${name}`);
  });
  draft.level_grid?.cells.forEach((_, index) => {
    for (const name of ['', '.level', '.acceptance']) fields.push(`level_grid.cells[${index}]${name}`);
  });
  return fields;
}

/** The first error among `fields`. */
export function errorOf(errors: Record<string, string>, ...fields: string[]): string | undefined {
  for (const field of fields) if (errors[field]) return errors[field];
  return undefined;
}

/** Black or white text, whichever reads better on `colour` ("#rrggbb"). */
export function textColourOn(colour: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) return 'inherit';
  const [red = 0, green = 0, blue = 0] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  return luminance > 0.25 ? '#1a2230' : '#ffffff';
}

/** One cell of a shown matrix: a value, and the level's label and colour when it has one. */
export interface MatrixEntry {
  value: string;
  label?: string;
  colour?: string;
  note?: string;
}
