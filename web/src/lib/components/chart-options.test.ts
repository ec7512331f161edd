import { describe, expect, it } from 'vitest';
import { PALETTE, chartOption } from './chart-options';

describe('chartOption', () => {
  it('makes bar and trend series on a category axis', () => {
    const bar = chartOption({ kind: 'bar', categories: ['a', 'b'], series: [{ name: 'n', values: [1, 2] }] });
    expect(bar.xAxis).toMatchObject({ type: 'category', data: ['a', 'b'] });
    expect(bar.series).toEqual([expect.objectContaining({ type: 'bar', data: [1, 2] })]);
    const trend = chartOption({
      kind: 'trend',
      categories: ['Q1', 'Q2'],
      series: [
        { name: 'x', values: [1, 2] },
        { name: 'y', values: [3, 4] },
      ],
    });
    expect((trend.series as { type: string }[]).map((s) => s.type)).toEqual(['line', 'line']);
    expect(trend.legend).toBeDefined();
    expect(trend.animation).toBe(false);
    expect(trend.color).toBe(PALETTE);
  });

  it('makes a labelled heat map with a visual map', () => {
    const heat = chartOption({
      kind: 'heatmap',
      xLabels: ['1', '2', '3'],
      yLabels: ['low', 'high'],
      cells: [
        [0, 0, 1],
        [2, 1, 9],
      ],
    });
    expect(heat.visualMap).toMatchObject({ min: 0, max: 9 });
    expect(heat.series).toEqual([expect.objectContaining({ type: 'heatmap', label: { show: true } })]);
  });

  it('colours bars per category when asked (states)', () => {
    const bars = chartOption({
      kind: 'bar',
      categories: ['approved', 'missing'],
      series: [{ name: 'Items', values: [7, 3], colors: ['#1d6b38', '#b3261e'] }],
    });
    expect((bars.series as { data: unknown[] }[])[0]!.data).toEqual([
      { value: 7, itemStyle: { color: '#1d6b38' } },
      { value: 3, itemStyle: { color: '#b3261e' } },
    ]);
  });
});
