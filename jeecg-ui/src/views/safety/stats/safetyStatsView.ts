// Turns the A7/A9 statistics answers into what the page draws: one chart option and the table rows with the
// same numbers for each figure. Pure functions (tested without a browser in tests/safetyStats.test.ts).
import { categoryOption, formatRate, pieOption } from '@/components/charts/chartOptions';
import type { ChartOption } from '@/components/charts/echarts';
import type { Assessment, IndustrySubjects, ItemPassRate, SamplingPassRate, UnqualifiedItem, Workload } from '@/api/safetyStats';

export type Row = Record<string, unknown> & { key: string };

/** A figure of the page: its chart (null when there is nothing to draw) and its table rows. */
export interface Figure {
  option: ChartOption | null;
  rows: Row[];
}

const named = (name: string | null | undefined, id: unknown, none: string) =>
  name && String(name).trim() ? String(name) : id == null ? none : `#${id}`;
export const industryLabel = (r: { industryName?: string | null; industryId?: unknown }) => named(r.industryName, r.industryId, '未分类行业');
export const itemLabel = (r: { itemName?: string | null; itemId?: unknown }) => named(r.itemName, r.itemId, '—');
export const inspectorLabel = (r: { inspectorName?: string | null; inspectorId?: unknown }) => named(r.inspectorName, r.inspectorId, '—');

/** Subjects per industry: a ring, largest first (the server's order). */
export function industryFigure(list: IndustrySubjects[]): Figure {
  const rows = list.map((r) => ({ key: String(r.industryId ?? 'none'), industry: industryLabel(r), subjects: r.subjects }));
  return { option: rows.length ? pieOption(rows.map((r) => ({ name: r.industry, value: r.subjects }))) : null, rows };
}

/** Unqualified results per industry, stacked by check item (each item one series). */
export function unqualifiedFigure(list: UnqualifiedItem[]): Figure {
  const industries = unique(list.map(industryLabel));
  const items = unique(list.map(itemLabel));
  const series = items.map((item) => ({
    name: item,
    stack: 'unqualified',
    data: industries.map((ind) => sum(list.filter((r) => industryLabel(r) === ind && itemLabel(r) === item), 'unqualified')),
  }));
  const rows = list.map((r) => ({
    key: `${r.industryId ?? 'none'}-${r.itemId}`, industry: industryLabel(r), item: itemLabel(r), unqualified: r.unqualified,
  }));
  return { option: rows.length ? categoryOption(industries, series) : null, rows };
}

/** Workload per grid member: inspections, items checked and unqualified findings side by side. */
export function workloadFigure(list: Workload[]): Figure {
  const rows = list.map((r) => ({
    key: String(r.inspectorId), inspector: inspectorLabel(r), inspections: r.inspections, itemsChecked: num(r.itemsChecked),
    unqualified: num(r.unqualified), subjects: r.subjects,
  }));
  const names = rows.map((r) => r.inspector);
  return {
    option: rows.length ? categoryOption(names, [
      { name: '检查次数', data: rows.map((r) => r.inspections) },
      { name: '检查项数', data: rows.map((r) => r.itemsChecked) },
      { name: '不达标项', data: rows.map((r) => r.unqualified) },
    ]) : null,
    rows,
  };
}

/** Random checks: qualified vs unqualified results, and dispatched vs done sampling tasks. */
export function samplingFigure(s: SamplingPassRate | null): Figure {
  if (!s) return { option: null, rows: [] };
  const rows: Row[] = [
    { key: 'results', figure: '抽检检查项结果', qualified: s.qualified, unqualified: s.unqualified, rate: formatRate(s.passRate) },
    { key: 'tasks', figure: '抽检任务', qualified: s.tasksDone, unqualified: s.tasks - s.tasksDone,
      rate: s.tasks ? formatRate(s.tasksDone / s.tasks) : '—' },
  ];
  if (!s.qualified && !s.unqualified && !s.tasks) return { option: null, rows: [] };
  return {
    option: pieOption([{ name: '达标', value: s.qualified }, { name: '不达标', value: s.unqualified }]),
    rows,
  };
}

/** Pass rate per check item: qualified and unqualified stacked, the rate as a line on a % axis. */
export function itemPassFigure(list: ItemPassRate[]): Figure {
  const rows = list.map((r) => ({
    key: String(r.itemId), item: itemLabel(r), qualified: r.qualified, unqualified: r.unqualified, rate: formatRate(r.passRate),
  }));
  return {
    option: rows.length ? categoryOption(rows.map((r) => r.item), [
      { name: '达标', stack: 'result', data: list.map((r) => r.qualified) },
      { name: '不达标', stack: 'result', data: list.map((r) => r.unqualified) },
      { name: '达标率', type: 'line', percent: true, data: list.map((r) => r.passRate) },
    ]) : null,
    rows,
  };
}

/** Pass rate per item per industry: one bar series per industry over the items (no results → no bar). */
export function itemIndustryPassFigure(list: ItemPassRate[]): Figure {
  const items = unique(list.map(itemLabel));
  const industries = unique(list.map(industryLabel));
  const series = industries.map((ind) => ({
    name: ind,
    percent: true,
    data: items.map((item) => list.find((r) => industryLabel(r) === ind && itemLabel(r) === item)?.passRate ?? null),
  }));
  const rows = list.map((r) => ({
    key: `${r.industryId ?? 'none'}-${r.itemId}`, industry: industryLabel(r), item: itemLabel(r), qualified: r.qualified,
    unqualified: r.unqualified, rate: formatRate(r.passRate),
  }));
  return { option: rows.length ? categoryOption(items, series) : null, rows };
}

const PERIOD_TEXT: Record<string, string> = { MONTH: '月', QUARTER: '季度', YEAR: '年度' };

/** The assessment of one month / quarter / year: the headline figures and the per-member workload. */
export function assessmentFigure(a: Assessment | null): { summary: Row[]; perInspector: Figure; title: string } {
  if (!a) return { summary: [], perInspector: { option: null, rows: [] }, title: '考核统计' };
  const summary: Row[] = [
    { key: 'inspections', figure: '监管（检查）次数', value: num(a.inspections) },
    { key: 'unqualified', figure: '不达标项数', value: num(a.unqualified) },
    { key: 'subjectsInspected', figure: '被检查主体数', value: num(a.subjectsInspected) },
    { key: 'subjects', figure: '期末主体总数', value: num(a.subjects) },
    { key: 'newSubjects', figure: '期内新增主体', value: num(a.newSubjects) },
  ];
  return { summary, perInspector: workloadFigure(a.perInspector ?? []), title: `考核统计（${PERIOD_TEXT[a.period] ?? a.period}：${a.from} 至 ${a.to}）` };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function num(v: unknown): number {
  const n = Number(v ?? 0);
  return Number.isFinite(n) ? n : 0;
}

function sum<T>(list: T[], key: keyof T): number {
  return list.reduce((acc, r) => acc + num(r[key]), 0);
}
