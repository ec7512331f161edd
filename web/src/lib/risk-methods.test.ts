import { describe, expect, it } from 'vitest';
import { draftOf, errorOf, lookupMatrixOf, matrixOf, shownFields } from './risk-methods';
import { ipa } from './risk-methods.fixture';

describe('matrixOf', () => {
  it('lays IPA out as asset value × likelihood of damage, levels from the bands', () => {
    const matrix = matrixOf(ipa(), 'en', 'Asset value')!;
    expect(matrix.rows.name).toBe('Asset value');
    expect(matrix.rows.values.map((entry) => entry.value)).toEqual([3, 2, 1]);
    expect(matrix.columns.values[0]?.label).toBe('3 High');
    const cell = (row: number, column: number) => matrix.cells.find((c) => c.row === row && c.column === column)!;
    expect(cell(3, 3)).toMatchObject({ value: 9, acceptance: 'treat' });
    expect(cell(2, 2).level?.key).toBe('medium');
    expect(cell(1, 2).level?.key).toBe('low');
  });

  it('shows a three-factor method as asset value × the product of the others', () => {
    const method = ipa();
    method.risk_value_factors = ['asset_value', 'threat', 'vulnerability'];
    method.bands = [
      { min: 1, max: 7, level: 'low' },
      { min: 8, max: 11, level: 'medium' },
      { min: 12, max: 27, level: 'high' },
    ];
    const matrix = matrixOf(method, 'ja', '資産価値')!;
    expect(matrix.columns.name).toBe('threat_ja × vulnerability_ja');
    expect(matrix.columns.values.map((entry) => entry.value)).toEqual([9, 6, 4, 3, 2, 1]);
    expect(matrix.cells.find((c) => c.row === 3 && c.column === 4)?.level?.key).toBe('high');
  });

  it('takes a grid cell’s own acceptance over its level’s', () => {
    const method = ipa();
    method.bands = [];
    method.level_grid = {
      row_factor: 'threat',
      column_factor: 'vulnerability',
      cells: [
        { row: 3, column: 3, level: 'high', acceptance: null },
        { row: 2, column: 3, level: 'medium', acceptance: 'treat' },
      ],
    };
    const matrix = matrixOf(method, 'en', 'Asset value')!;
    expect(matrix.cells[0]).toMatchObject({ value: 9, acceptance: 'treat' });
    expect(matrix.cells[1]).toMatchObject({ value: 6, acceptance: 'treat' });
    expect(matrix.cells[1]?.level?.key).toBe('medium');
  });
});

describe('lookupMatrixOf', () => {
  it('labels each looked-up value by its scale', () => {
    const method = ipa();
    const table = lookupMatrixOf(method, method.tables[0]!, 'ja', '資産価値');
    expect(table.name).toBe('likelihood_of_damage_ja');
    expect(table.cells[0]?.label).toBe('3 高');
  });
});

describe('the edit form', () => {
  it('edits a copy that leaves the shown version alone and drops what the server sends only', () => {
    const method = ipa();
    const draft = draftOf(method);
    draft.bands[0]!.max = 3;
    expect(method.bands[0]?.max).toBe(2);
    expect('possible_risk_values' in draft).toBe(false);
    expect('is_default' in draft).toBe(false);
  });

  it('knows where the server names a band, a colour or a scale label', () => {
    const fields = shownFields(draftOf(ipa()));
    expect(fields).toContain('bands[1]');
    expect(fields).toContain('bands[1].max');
    expect(fields).toContain('levels[2].colour');
    expect(fields).toContain('scales[threat].levels[0].label_en');
    expect(fields).toContain('scales[1].levels[0].label_en');
    expect(fields).not.toContain('tables[likelihood_of_damage].cells[0]');
    expect(errorOf({ 'bands[1]': 'overlap' }, 'bands[1].min', 'bands[1]')).toBe('overlap');
  });
});
