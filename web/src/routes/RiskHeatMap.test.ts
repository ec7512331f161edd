import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '../lib/i18n/index.svelte';
import type { AssessmentMethod, HeatMap } from '../lib/risks';
import RiskHeatMap from './RiskHeatMap.svelte';
import RiskLevelChip from './RiskLevelChip.svelte';

const values = [1, 2, 3].map((value) => ({ value, label_ja: ['低', '中', '高'][value - 1] ?? '', label_en: ['Low', 'Medium', 'High'][value - 1] ?? '' }));
const method: AssessmentMethod = {
  key: 'ipa',
  version: 1,
  name_ja: 'IPA',
  name_en: 'IPA',
  inputs: [],
  levels: [
    { key: 'low', label_ja: '低', label_en: 'Low', colour: '#009e73', acceptance: 'accept' },
    { key: 'high', label_ja: '高', label_en: 'High', colour: '#b3261e', acceptance: 'treat' },
  ],
};
const map: HeatMap = {
  residual: false,
  rows: { factor: 'asset_value', name_ja: '資産価値', name_en: 'Asset value', values },
  columns: { factor: 'likelihood', name_ja: '被害発生可能性', name_en: 'Likelihood of damage', values },
  cells: [
    { row: 1, column: 1, level: 'low', colour: '#009e73', acceptance: 'accept', count: 0 },
    { row: 3, column: 3, level: 'high', colour: '#b3261e', acceptance: 'treat', count: 2 },
  ],
  total: 2,
};

describe('RiskHeatMap', () => {
  it('shows each cell’s count and level name, and asks to filter by a cell', async () => {
    setLocale('ja', false);
    const onselect = vi.fn();
    const { container } = render(RiskHeatMap, { props: { title: 'リスク対応前', method, map, onselect } });
    const cells = container.querySelectorAll('button.cell');
    expect(cells).toHaveLength(9);
    const high = container.querySelector<HTMLButtonElement>('button.cell[data-row="3"][data-column="3"]')!;
    expect(high.textContent?.replace(/\s+/g, '')).toBe('2高');
    expect(high.getAttribute('aria-label')).toBe('3 高 × 3 高: 高、2件');
    expect(container.querySelector<HTMLButtonElement>('button.cell[data-row="1"][data-column="1"]')!.disabled).toBe(true);
    await fireEvent.click(high);
    expect(onselect).toHaveBeenCalledWith({ residual: false, row: 3, column: 3, level: 'high' }, { row: '3 高', column: '3 高' });
  });
});

describe('RiskLevelChip', () => {
  it('names the level beside its colour', () => {
    setLocale('en', false);
    const { container } = render(RiskLevelChip, {
      props: { method, rating: { risk_value: 9, level: 'high', acceptance: 'treat', row: 3, column: 3 }, withValue: true },
    });
    expect(container.querySelector('[data-level="high"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('High (9)');
  });
});
