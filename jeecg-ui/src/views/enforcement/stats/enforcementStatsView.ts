// Turns the B15/B17 statistics answers into the page's charts and tables (pure; tests/enforcementStats.test.ts).
import { categoryOption, formatRate, pieOption } from '@/components/charts/chartOptions';
import type { ChartOption } from '@/components/charts/echarts';
import type { CaseFigures, CategoryFigures, Causes, GridFigures, Overview, SubjectCount, TrendFigures } from '@/api/enforcementStats';

export type Row = Record<string, unknown> & { key: string };

export interface Figure {
  option: ChartOption | null;
  rows: Row[];
}

export const MEASURE_TYPES: Record<string, string> = { FINE: '罚款', SUSPENSION: '停业整顿', REVOCATION: '吊销许可', POLICE_REFERRAL: '移送公安' };
// the options of form enforcement_subject (form-schemas/enforcement_subject.json)
export const SUBJECT_TYPES: Record<string, string> = { ENTERPRISE: '企业', INDIVIDUAL: '个体工商户', PERSON: '个人/驾驶员' };
export const SUBJECT_STATUS: Record<string, string> = {
  NORMAL: '正常', UNDER_CASE: '立案处理中', PENALISED: '已处罚', SUSPENDED: '停业整顿', REVOKED: '已吊销',
};
export const APPEAL_STATUS: Record<string, string> = { PENDING: '待答复', ACCEPTED: '已采纳', REJECTED: '已驳回' };

const n = (v: unknown) => {
  const x = Number(v ?? 0);
  return Number.isFinite(x) ? x : 0;
};

/** Amounts in yuan with two decimals and thousands separators ("12,500.00"). */
export function formatAmount(v: unknown): string {
  return n(v).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The figures every cohort row carries, as table cells. */
function cells(f: CaseFigures) {
  return {
    cases: n(f.cases), closed: n(f.closed), completionRate: formatRate(f.completionRate), overdue: n(f.overdue),
    appeals: n(f.appeals), penalisedCases: n(f.penalisedCases), measures: n(f.measures), fineAmount: formatAmount(f.fineAmount),
    outOfRange: n(f.outOfRange),
  };
}

/** Cases, closed and overdue as bars, completion rate as a line (on a % axis). */
function cohortOption(labels: string[], list: CaseFigures[], horizontal = false): ChartOption {
  return categoryOption(labels, [
    { name: '案件数', data: list.map((r) => n(r.cases)) },
    { name: '办结数', data: list.map((r) => n(r.closed)) },
    { name: '超期数', data: list.map((r) => n(r.overdue)) },
    { name: '处罚案件', data: list.map((r) => n(r.penalisedCases)) },
    ...(horizontal ? [] : [{ name: '办结率', type: 'line' as const, percent: true, data: list.map((r) => n(r.completionRate)) }]),
  ], { horizontal });
}

export const categoryLabel = (r: { categoryName?: string | null; categoryId?: unknown; majorName?: string | null }) =>
  `${r.majorName ? `${r.majorName} / ` : ''}${r.categoryName ?? `#${r.categoryId}`}`;
export const gridLabel = (r: { gridName?: string | null; gridId?: unknown }) =>
  r.gridName ?? (r.gridId == null ? '未划分网格' : `网格 #${r.gridId}`);

/** The headline figures of the overview as a two-column table (figure, value). */
export function overviewRows(o: Overview | null): Row[] {
  if (!o) return [];
  const t = o.totals;
  return [
    { key: 'cases', figure: '案件总数', value: n(t.cases) },
    { key: 'closed', figure: '办结数', value: n(t.closed) },
    { key: 'completionRate', figure: '办结率', value: formatRate(t.completionRate) },
    { key: 'overdue', figure: '超期案件', value: n(t.overdue) },
    { key: 'appeals', figure: '申诉次数', value: n(t.appeals) },
    { key: 'penalisedCases', figure: '处罚案件', value: n(t.penalisedCases) },
    { key: 'measures', figure: '处置措施', value: n(t.measures) },
    { key: 'fineAmount', figure: '罚款金额（元）', value: formatAmount(t.fineAmount) },
    { key: 'outOfRange', figure: '超幅度处罚', value: n(t.outOfRange) },
  ];
}

/** Measures by type (count and amount) as a ring of counts. */
export function measuresFigure(o: Overview | null): Figure {
  const rows = (o?.measuresByType ?? []).map((m) => ({
    key: m.measureType, type: MEASURE_TYPES[m.measureType] ?? m.measureType, measures: n(m.measures), amount: formatAmount(m.amount),
  }));
  return { option: rows.length ? pieOption(rows.map((r) => ({ name: r.type, value: r.measures }))) : null, rows };
}

export function appealsFigure(o: Overview | null): Figure {
  const rows = (o?.appealsByStatus ?? []).map((a) => ({ key: a.status, status: APPEAL_STATUS[a.status] ?? a.status, appeals: n(a.appeals) }));
  return { option: rows.length ? pieOption(rows.map((r) => ({ name: r.status, value: r.appeals }))) : null, rows };
}

/** By class: the table names "major / minor", the chart's axis the minor class alone (it has little room). */
export function categoryFigure(list: CategoryFigures[]): Figure {
  const rows = list.map((r) => ({ key: String(r.categoryId), category: categoryLabel(r), ...cells(r) }));
  return { option: rows.length ? cohortOption(list.map((r) => r.categoryName ?? `#${r.categoryId}`), list) : null, rows };
}

export function gridFigure(list: GridFigures[]): Figure {
  const rows = list.map((r) => ({ key: String(r.gridId ?? 'none'), grid: gridLabel(r), ...cells(r) }));
  return { option: rows.length ? cohortOption(rows.map((r) => r.grid), list) : null, rows };
}

/** Month / quarter / year: lines of cases, closed, overdue and penalised cases over the periods. */
export function trendFigure(list: TrendFigures[]): Figure {
  const rows = list.map((r) => ({ key: r.period, period: r.period, ...cells(r) }));
  const line = (name: string, pick: (r: TrendFigures) => unknown) => ({ name, type: 'line' as const, data: list.map((r) => n(pick(r))) });
  return {
    option: rows.length ? categoryOption(rows.map((r) => r.period), [
      line('案件数', (r) => r.cases), line('办结数', (r) => r.closed), line('超期数', (r) => r.overdue),
      line('处罚案件', (r) => r.penalisedCases), line('申诉次数', (r) => r.appeals),
    ]) : null,
    rows,
  };
}

/** High-incidence causes (verification causes) and classes, each a horizontal bar chart, most frequent on top. */
export function causesFigures(c: Causes | null): { causes: Figure; categories: Figure } {
  const causes = (c?.causes ?? []).map((r, i) => ({ key: `c${i}`, cause: r.cause?.trim() || '（未填写原因）', cases: n(r.cases) }));
  const categories = (c?.categories ?? []).map((r) => ({ key: String(r.categoryId), category: categoryLabel(r), cases: n(r.cases) }));
  const bars = (labels: string[], values: number[]) =>
    categoryOption([...labels].reverse(), [{ name: '案件数', data: [...values].reverse() }], { horizontal: true, labelWidth: 180 });
  return {
    causes: { option: causes.length ? bars(causes.map((r) => r.cause), causes.map((r) => r.cases)) : null, rows: causes },
    categories: { option: categories.length ? bars(categories.map((r) => r.category), categories.map((r) => r.cases)) : null, rows: categories },
  };
}

/** B15: enforced subjects per type, stacked by status. */
export function subjectsFigure(list: SubjectCount[]): Figure {
  const typeOf = (r: SubjectCount) => SUBJECT_TYPES[r.subjectType] ?? r.subjectType ?? '—';
  const statusOf = (r: SubjectCount) => SUBJECT_STATUS[r.status] ?? r.status ?? '—';
  const types = [...new Set(list.map(typeOf))];
  const statuses = [...new Set(list.map(statusOf))];
  const series = statuses.map((st) => ({
    name: st,
    stack: 'subjects',
    data: types.map((t) => list.filter((r) => typeOf(r) === t && statusOf(r) === st).reduce((a, r) => a + n(r.subjects), 0)),
  }));
  const rows = list.map((r) => ({ key: `${r.subjectType}-${r.status}`, type: typeOf(r), status: statusOf(r), subjects: n(r.subjects) }));
  return { option: rows.length ? categoryOption(types, series) : null, rows };
}

/**
 * Class filter options: majors and minors met in by-category answers, kept across filtered answers (a filtered
 * answer lists fewer classes; the choice must not disappear with it).
 */
export function categoryOptions(list: CategoryFigures[], known: Map<string, { label: string; major: boolean }>) {
  const out = new Map(known);
  for (const r of list) {
    if (r.majorId && r.majorName) out.set(String(r.majorId), { label: r.majorName, major: true });
    out.set(String(r.categoryId), { label: categoryLabel(r), major: false });
  }
  return out;
}

export function toSelectOptions(known: Map<string, { label: string; major: boolean }>) {
  return [...known.entries()]
    .sort((a, b) => a[1].label.localeCompare(b[1].label, 'zh-CN'))
    .map(([value, o]) => ({ value, label: o.major ? `${o.label}（大类）` : o.label }));
}
