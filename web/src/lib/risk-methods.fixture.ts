// A risk method as the server sends it, for the tests of the risk-methods screen.
import type { RiskMethod, Scale } from './risk-methods';

function scale(key: string, values: number[], input = true): Scale {
  return {
    key,
    name_ja: `${key}_ja`,
    name_en: key,
    input,
    levels: values.map((value) => ({
      value,
      label_ja: ['', '低', '中', '高'][value] ?? String(value),
      label_en: ['', 'Low', 'Medium', 'High'][value] ?? String(value),
      description_ja: '',
      description_en: '',
    })),
  };
}

const levels = [
  { key: 'low', label_ja: '低', label_en: 'Low', colour: '#009E73', acceptance: 'accept' as const },
  { key: 'medium', label_ja: '中', label_en: 'Medium', colour: '#F0E442', acceptance: 'accept_with_monitoring' as const },
  { key: 'high', label_ja: '高', label_en: 'High', colour: '#D55E00', acceptance: 'treat' as const },
];

/** The shipped IPA method, shortened: C, threat, vulnerability and the lookup. */
export function ipa(): RiskMethod {
  return {
    key: 'ipa',
    version: 1,
    name_ja: 'IPA方式',
    name_en: 'IPA',
    description_ja: '',
    description_en: '',
    based_on: null,
    asset_valuation: 'max',
    scales: [
      scale('confidentiality', [1, 2, 3]),
      scale('threat', [1, 2, 3]),
      scale('vulnerability', [1, 2, 3]),
      scale('likelihood_of_damage', [1, 2, 3], false),
    ],
    tables: [
      {
        key: 'likelihood_of_damage',
        row_factor: 'threat',
        column_factor: 'vulnerability',
        cells: [
          { row: 3, column: 3, value: 3 },
          { row: 3, column: 2, value: 2 },
          { row: 1, column: 1, value: 1 },
        ],
      },
    ],
    risk_value_factors: ['asset_value', 'likelihood_of_damage'],
    levels,
    bands: [
      { min: 1, max: 2, level: 'low' },
      { min: 3, max: 4, level: 'medium' },
      { min: 6, max: 9, level: 'high' },
    ],
    level_grid: null,
    possible_asset_values: [1, 2, 3],
    possible_risk_values: [1, 2, 3, 4, 6, 9],
    origin: 'shipped',
    is_default: true,
    newest: true,
    created_at: null,
  };
}
