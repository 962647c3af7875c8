import type { ChartOption } from './echarts';

/** One series of a category chart: its name and one value per category (null = no figure, e.g. no results). */
export interface CategorySeries {
  name: string;
  data: (number | null)[];
  /** Series with the same stack are drawn on top of each other. */
  stack?: string;
  /** 'line' draws a line over the bars (e.g. a rate next to counts), on the right-hand axis when percent. */
  type?: 'bar' | 'line';
  /** Values are shares 0..1, drawn as percentages. */
  percent?: boolean;
}

export interface CategoryChartOpts {
  /** Bars run left to right (long category names read better). */
  horizontal?: boolean;
  /** Room for a category label before it is cut with "…" (the table below the chart has the full text). */
  labelWidth?: number;
}

const pct = (v: number | null) => (v == null ? null : Math.round(v * 10000) / 100);

/** A bar (and line) chart over categories; a percent series gets its own 0–100 % axis. */
export function categoryOption(categories: string[], series: CategorySeries[], opts: CategoryChartOpts = {}): ChartOption {
  const hasPercent = series.some((s) => s.percent);
  const hasCount = series.some((s) => !s.percent);
  const catAxis = { type: 'category' as const, data: categories, axisLabel: { interval: 0, overflow: 'truncate' as const, width: opts.labelWidth ?? 110 } };
  const valueAxes = [
    ...(hasCount ? [{ type: 'value' as const, minInterval: 1 }] : []),
    ...(hasPercent ? [{ type: 'value' as const, min: 0, max: 100, axisLabel: { formatter: '{value}%' } }] : []),
  ];
  return {
    tooltip: { trigger: 'axis' },
    legend: { show: series.length > 1, top: 0 },
    grid: { left: 8, right: 16, top: series.length > 1 ? 32 : 16, bottom: 8, containLabel: true },
    [opts.horizontal ? 'yAxis' : 'xAxis']: catAxis,
    [opts.horizontal ? 'xAxis' : 'yAxis']: valueAxes,
    series: series.map((s) => {
      const axisIndex = s.percent && hasCount ? 1 : 0;
      return {
        name: s.name,
        type: s.type ?? 'bar',
        stack: s.stack,
        data: s.percent ? s.data.map(pct) : s.data,
        ...(opts.horizontal ? { xAxisIndex: axisIndex } : { yAxisIndex: axisIndex }),
        ...(s.percent ? { tooltip: { valueFormatter: (v: unknown) => (v == null ? '—' : `${v}%`) } } : {}),
      };
    }),
  } as ChartOption;
}

/** A pie of named counts (a ring, with the share in the label). */
export function pieOption(items: { name: string; value: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { type: 'scroll', bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data: items, label: { formatter: '{b}\n{c}' } }],
  };
}

/** 0.8333 → "83.33%", null → "—" (no results: a rate of nothing is not 0 %). */
export function formatRate(v: number | string | null | undefined): string {
  if (v == null || v === '') return '—';
  const n = Number(v);
  return Number.isFinite(n) ? `${Math.round(n * 10000) / 100}%` : '—';
}
