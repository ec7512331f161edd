// Chart specifications in our own terms, turned into ECharts options. Pure: no
// echarts import here, so the charting library stays out of the initial bundle.

export interface SeriesSpec {
  name: string;
  values: readonly number[];
  /** A colour per category (bars of states: approved green, missing red…). */
  colors?: readonly string[];
}

export type ChartSpec =
  | { kind: 'bar'; categories: readonly string[]; series: readonly SeriesSpec[] }
  | { kind: 'trend'; categories: readonly string[]; series: readonly SeriesSpec[] }
  | {
      kind: 'heatmap';
      xLabels: readonly string[];
      yLabels: readonly string[];
      /** [x index, y index, value] */
      cells: readonly (readonly [number, number, number])[];
      /** Band colours from low to high; levels are also printed as numbers in cells. */
      min?: number;
      max?: number;
    };

// Okabe–Ito based palette: distinguishable with common colour-vision deficiencies;
// the first is the accent colour.
export const PALETTE = ['#1f5fa8', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];
const HEAT = ['#e3edf9', '#f6d98b', '#e69f00', '#d55e00', '#8f1e18'];

const text = { fontFamily: 'system-ui, "Hiragino Sans", "Noto Sans JP", "Yu Gothic UI", Meiryo, sans-serif' };

export function chartOption(spec: ChartSpec): Record<string, unknown> {
  const base = { textStyle: text, animation: false, color: PALETTE, aria: { enabled: true } };
  if (spec.kind === 'heatmap') {
    const values = spec.cells.map((cell) => cell[2]);
    return {
      ...base,
      tooltip: { position: 'top' },
      grid: { left: 90, right: 20, top: 10, bottom: 60 },
      xAxis: { type: 'category', data: [...spec.xLabels], splitArea: { show: true } },
      yAxis: { type: 'category', data: [...spec.yLabels], splitArea: { show: true } },
      visualMap: {
        min: spec.min ?? Math.min(0, ...values),
        max: spec.max ?? Math.max(1, ...values),
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: HEAT },
      },
      series: [
        {
          type: 'heatmap',
          data: spec.cells.map((cell) => [...cell]),
          label: { show: true },
        },
      ],
    };
  }
  return {
    ...base,
    tooltip: { trigger: 'axis' },
    legend: spec.series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 48, right: 16, top: spec.series.length > 1 ? 32 : 12, bottom: 28 },
    xAxis: { type: 'category', data: [...spec.categories] },
    yAxis: { type: 'value', minInterval: 1 },
    series: spec.series.map((series) => ({
      name: series.name,
      type: spec.kind === 'bar' ? 'bar' : 'line',
      data: series.colors
        ? series.values.map((value, index) => ({ value, itemStyle: { color: series.colors?.[index] } }))
        : [...series.values],
      ...(spec.kind === 'trend' ? { symbolSize: 6 } : { barMaxWidth: 28 }),
    })),
  };
}
