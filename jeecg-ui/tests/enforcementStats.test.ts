/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import type { CaseFigures, CategoryFigures, GridFigures, TrendFigures } from '@/api/enforcementStats';
import {
  appealsFigure, categoryFigure, categoryOptions, causesFigures, formatAmount, gridFigure, measuresFigure, overviewRows,
  subjectsFigure, toSelectOptions, trendFigure,
} from '@/views/enforcement/stats/enforcementStatsView';

type Series = { name: string; type: string; data: (number | null)[]; yAxisIndex?: number };
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;
const labels = (o: unknown, k: 'xAxis' | 'yAxis') => (o as Record<string, { data?: string[] }>)[k].data;

const figures = (f: Partial<CaseFigures>): CaseFigures => ({
  cases: 0, closed: 0, completionRate: 0, overdue: 0, appeals: 0, penalisedCases: 0, measures: 0, fineAmount: 0, outOfRange: 0, ...f,
});

describe('enforcement statistics page logic (B15/B17)', () => {
  it('by grid: rows and bars are labelled with the grid names the server sends; a missing name falls back to the id', () => {
    const rows: GridFigures[] = [
      { gridId: '201', gridName: '执法一中队网格', ...figures({ cases: 4, closed: 3, completionRate: 0.75, overdue: 1, fineAmount: 12500 }) },
      { gridId: '102', gridName: null, ...figures({ cases: 1 }) },
    ];
    const f = gridFigure(rows);
    expect(labels(f.option, 'xAxis')).toEqual(['执法一中队网格', '网格 #102']);
    expect(f.rows[0]).toMatchObject({ key: '201', grid: '执法一中队网格', cases: 4, closed: 3, completionRate: '75%', fineAmount: '12,500.00' });
    const s = seriesOf(f.option);
    expect(s.map((x) => x.name)).toEqual(['案件数', '办结数', '超期数', '处罚案件', '办结率']);
    expect(s[0].data).toEqual([4, 1]);
    expect(s[4]).toMatchObject({ type: 'line', data: [75, 0], yAxisIndex: 1 });
  });

  it('by class: minor classes under their major class', () => {
    const rows: CategoryFigures[] = [
      { categoryId: '400102', categoryName: '非法营运', majorId: '400100', majorName: '道路运输违法', ...figures({ cases: 3, penalisedCases: 2 }) },
    ];
    const f = categoryFigure(rows);
    expect(f.rows[0]).toMatchObject({ category: '道路运输违法 / 非法营运', cases: 3, penalisedCases: 2 });
    expect(labels(f.option, 'xAxis')).toEqual(['非法营运']);
    expect(categoryFigure([]).option).toBeNull();
  });

  it('overview: the headline figures, measures by type and appeals by status with Chinese names', () => {
    const o = {
      totals: figures({ cases: 6, closed: 3, completionRate: 0.5, overdue: 2, appeals: 3, penalisedCases: 2, measures: 3, fineAmount: 20500.5, outOfRange: 1 }),
      measuresByType: [{ measureType: 'FINE', measures: 2, amount: 20500.5 }, { measureType: 'SUSPENSION', measures: 1, amount: 0 }],
      appealsByStatus: [{ status: 'PENDING', appeals: 1 }, { status: 'REJECTED', appeals: 2 }],
    };
    expect(overviewRows(o).map((r) => [r.figure, r.value])).toEqual([
      ['案件总数', 6], ['办结数', 3], ['办结率', '50%'], ['超期案件', 2], ['申诉次数', 3], ['处罚案件', 2], ['处置措施', 3],
      ['罚款金额（元）', '20,500.50'], ['超幅度处罚', 1],
    ]);
    expect(measuresFigure(o).rows.map((r) => [r.type, r.measures, r.amount])).toEqual([['罚款', 2, '20,500.50'], ['停业整顿', 1, '0.00']]);
    expect(seriesOf(appealsFigure(o).option)[0].data).toEqual([{ name: '待答复', value: 1 }, { name: '已驳回', value: 2 }]);
    expect(overviewRows(null)).toEqual([]);
    expect(measuresFigure(null).option).toBeNull();
    expect(formatAmount('8000')).toBe('8,000.00');
  });

  it('month / quarter / year: one line per figure over the periods', () => {
    const rows: TrendFigures[] = [
      { period: '2026-Q3', ...figures({ cases: 2, closed: 2 }) },
      { period: '2026-Q4', ...figures({ cases: 5, closed: 1, overdue: 2 }) },
    ];
    const f = trendFigure(rows);
    expect(labels(f.option, 'xAxis')).toEqual(['2026-Q3', '2026-Q4']);
    const s = seriesOf(f.option);
    expect(s.every((x) => x.type === 'line')).toBe(true);
    expect(s.find((x) => x.name === '超期数')?.data).toEqual([0, 2]);
    expect(f.rows.map((r) => r.period)).toEqual(['2026-Q3', '2026-Q4']);
  });

  it('high-incidence causes: horizontal bars with the most frequent on top; a blank cause is labelled', () => {
    const c = causesFigures({
      causes: [{ cause: '无道路运输经营许可证从事客运', cases: 3 }, { cause: ' ', cases: 1 }],
      categories: [{ categoryId: '400102', categoryName: '非法营运', cases: 3 }],
    });
    expect(c.causes.rows.map((r) => r.cause)).toEqual(['无道路运输经营许可证从事客运', '（未填写原因）']);
    // ECharts draws the first category at the bottom: the list is reversed so that the largest is on top
    expect(labels(c.causes.option, 'yAxis')).toEqual(['（未填写原因）', '无道路运输经营许可证从事客运']);
    expect(seriesOf(c.causes.option)[0].data).toEqual([1, 3]);
    expect(c.categories.rows[0]).toMatchObject({ category: '非法营运', cases: 3 });
    expect(causesFigures(null).causes.option).toBeNull();
  });

  it('class filter options accumulate: a filtered answer does not take the other classes away', () => {
    const all: CategoryFigures[] = [
      { categoryId: '400101', categoryName: '超限超载运输', majorId: '400100', majorName: '道路运输违法', ...figures({ cases: 1 }) },
      { categoryId: '400111', categoryName: '未落实安全检查制度', majorId: '400110', majorName: '安全生产违法', ...figures({ cases: 1 }) },
    ];
    let known = categoryOptions(all, new Map());
    known = categoryOptions([all[0]], known);
    const options = toSelectOptions(known);
    expect(options.map((o) => o.value).sort()).toEqual(['400100', '400101', '400110', '400111']);
    expect(options.find((o) => o.value === '400100')?.label).toBe('道路运输违法（大类）');
    expect(options.find((o) => o.value === '400111')?.label).toBe('安全生产违法 / 未落实安全检查制度');
  });
});

describe('enforced subjects (B15)', () => {
  it('by type, stacked by status, with the form\'s Chinese labels', () => {
    const f = subjectsFigure([
      { subjectType: 'ENTERPRISE', status: 'NORMAL', subjects: 2 },
      { subjectType: 'ENTERPRISE', status: 'PENALISED', subjects: 1 },
      { subjectType: 'PERSON', status: 'NORMAL', subjects: 1 },
    ]);
    expect(labels(f.option, 'xAxis')).toEqual(['企业', '个人/驾驶员']);
    expect(seriesOf(f.option).map((s) => [s.name, s.data])).toEqual([['正常', [2, 1]], ['已处罚', [1, 0]]]);
    expect(f.rows[1]).toMatchObject({ type: '企业', status: '已处罚', subjects: 1 });
  });
});

describe('statistics menu entries', () => {
  it('the PAGE rows of both statistics pages point at their view files', async () => {
    const { existsSync, readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const ui = process.cwd();
    const enf = readFileSync(resolve(ui, '../db/migration/V4_2_2__enforcement_stats_page.sql'), 'utf8');
    const safety = readFileSync(resolve(ui, '../db/migration/V3_1_0__safety_dispatch.sql'), 'utf8');
    const components = [
      /type = 'PAGE'.*component = '([^']+)'/s.exec(enf)?.[1],
      /'safety:stats:list',\s*'[^']+',\s*'[^']+',\s*'([^']+)'/.exec(safety)?.[1],
    ];
    expect(components).toEqual(['enforcement/stats/index', 'safety/stats/index']);
    for (const c of components) expect(existsSync(resolve(ui, `src/views/${c}.vue`)), c).toBe(true);
  });
});
