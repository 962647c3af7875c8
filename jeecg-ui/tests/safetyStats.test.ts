import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import {
  assessmentFigure, industryFigure, itemIndustryPassFigure, itemPassFigure, samplingFigure, unqualifiedFigure, workloadFigure,
} from '@/views/safety/stats/safetyStatsView';
import { statsParams } from '@/composables/useStatsFilters';
import { formatRate } from '@/components/charts/chartOptions';

// Shapes as /api/safety/stats answers them (demo figures of grids 101/102).
type Series = { name: string; type: string; data: (number | null)[]; stack?: string; yAxisIndex?: number };
const seriesOf = (o: unknown) => (o as { series: Series[] }).series;
const axis = (o: unknown, k: 'xAxis' | 'yAxis') => (o as Record<string, { data?: string[] }>)[k];

describe('safety statistics page logic (A7/A9)', () => {
  it('subjects by industry become a ring and a table; a subject without industry is labelled, not dropped', () => {
    const f = industryFigure([
      { industryId: 30101, industryName: '道路货运', subjects: 5 },
      { industryId: null, industryName: null, subjects: 1 },
    ]);
    expect(f.rows.map((r) => [r.industry, r.subjects])).toEqual([['道路货运', 5], ['未分类行业', 1]]);
    expect(seriesOf(f.option)[0].data).toEqual([{ name: '道路货运', value: 5 }, { name: '未分类行业', value: 1 }]);
    expect(industryFigure([]).option).toBeNull();
  });

  it('unqualified items by industry: one stacked series per item, summed per industry', () => {
    const f = unqualifiedFigure([
      { industryId: 30101, industryName: '道路货运', itemId: 30014, itemName: '动态监控', unqualified: 2 },
      { industryId: 30101, industryName: '道路货运', itemId: 30008, itemName: '隐患排查', unqualified: 1 },
      { industryId: 30103, industryName: '危险货物运输', itemId: 30014, itemName: '动态监控', unqualified: 4 },
    ]);
    expect(axis(f.option, 'xAxis').data).toEqual(['道路货运', '危险货物运输']);
    const s = seriesOf(f.option);
    expect(s.map((x) => [x.name, x.stack, x.data])).toEqual([
      ['动态监控', 'unqualified', [2, 4]],
      ['隐患排查', 'unqualified', [1, 0]],
    ]);
    expect(f.rows).toHaveLength(3);
    expect(f.rows[2]).toMatchObject({ industry: '危险货物运输', item: '动态监控', unqualified: 4 });
  });

  it('workload per grid member is named (an unknown member falls back to the id)', () => {
    const f = workloadFigure([
      { inspectorId: 2, inspectorName: '张网格', inspections: 3, itemsChecked: 5, unqualified: 3, subjects: 2 },
      { inspectorId: 3752, inspectorName: null, inspections: 1, itemsChecked: 1, unqualified: 0, subjects: 1 },
    ]);
    expect(axis(f.option, 'xAxis').data).toEqual(['张网格', '#3752']);
    expect(seriesOf(f.option).map((s) => [s.name, s.data])).toEqual([
      ['检查次数', [3, 1]], ['检查项数', [5, 1]], ['不达标项', [3, 0]],
    ]);
    expect(f.rows[0]).toMatchObject({ key: '2', inspector: '张网格', itemsChecked: 5 });
  });

  it('random-check pass rate: results and tasks; no random check at all → nothing to draw, a rate of nothing is "—"', () => {
    const f = samplingFigure({ qualified: 3, unqualified: 1, passRate: 0.75, tasks: 4, tasksDone: 1 });
    expect(f.rows).toEqual([
      { key: 'results', figure: '抽检检查项结果', qualified: 3, unqualified: 1, rate: '75%' },
      { key: 'tasks', figure: '抽检任务', qualified: 1, unqualified: 3, rate: '25%' },
    ]);
    expect(seriesOf(f.option)[0].data).toEqual([{ name: '达标', value: 3 }, { name: '不达标', value: 1 }]);
    const none = samplingFigure({ qualified: 0, unqualified: 0, passRate: null, tasks: 0, tasksDone: 0 });
    expect(none.option).toBeNull();
    expect(none.rows).toEqual([]);
    expect(formatRate(null)).toBe('—');
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(0.83333)).toBe('83.33%');
  });

  it('pass rate per item: stacked counts and the rate as a percent line on its own axis', () => {
    const f = itemPassFigure([
      { itemId: 30006, itemName: '安全管理制度', qualified: 3, unqualified: 0, passRate: 1 },
      { itemId: 30014, itemName: '动态监控', qualified: 0, unqualified: 1, passRate: 0 },
    ]);
    const s = seriesOf(f.option);
    expect(s.map((x) => [x.name, x.type, x.data])).toEqual([
      ['达标', 'bar', [3, 0]], ['不达标', 'bar', [0, 1]], ['达标率', 'line', [100, 0]],
    ]);
    expect(s[2].yAxisIndex).toBe(1);
    expect((f.option as { yAxis: unknown[] }).yAxis).toHaveLength(2);
    expect(f.rows.map((r) => r.rate)).toEqual(['100%', '0%']);
  });

  it('pass rate per item per industry: one series per industry, no bar where the industry has no result for the item', () => {
    const f = itemIndustryPassFigure([
      { industryId: 30101, industryName: '道路货运', itemId: 30006, itemName: '安全管理制度', qualified: 1, unqualified: 1, passRate: 0.5 },
      { industryId: 30103, industryName: '危险货物运输', itemId: 30009, itemName: '危险源管理', qualified: 0, unqualified: 1, passRate: 0 },
    ]);
    expect(axis(f.option, 'xAxis').data).toEqual(['安全管理制度', '危险源管理']);
    expect(seriesOf(f.option).map((s) => [s.name, s.data])).toEqual([
      ['道路货运', [50, null]], ['危险货物运输', [null, 0]],
    ]);
    expect(f.rows[0]).toMatchObject({ industry: '道路货运', item: '安全管理制度', rate: '50%' });
  });

  it('assessment: headline figures, per-member workload and the period in the title', () => {
    const a = assessmentFigure({
      period: 'QUARTER', from: '2026-10-01', to: '2026-12-31', inspections: 4, unqualified: 5, subjectsInspected: 3, subjects: 12,
      newSubjects: 2, perInspector: [{ inspectorId: 2, inspectorName: '张网格', inspections: 3, itemsChecked: 5, unqualified: 3, subjects: 2 }],
    });
    expect(a.title).toBe('考核统计（季度：2026-10-01 至 2026-12-31）');
    expect(a.summary.map((r) => [r.figure, r.value])).toEqual([
      ['监管（检查）次数', 4], ['不达标项数', 5], ['被检查主体数', 3], ['期末主体总数', 12], ['期内新增主体', 2],
    ]);
    expect(a.perInspector.rows).toHaveLength(1);
    expect(assessmentFigure(null).summary).toEqual([]);
  });

  it('filters become request parameters: dates as yyyy-MM-dd, empty values left to the server', () => {
    expect(statsParams({ gridId: '101', range: [dayjs('2026-01-01'), dayjs('2026-11-24')] }))
      .toEqual({ gridId: '101', from: '2026-01-01', to: '2026-11-24' });
    expect(statsParams({ deptId: '10', gridId: undefined, range: null })).toEqual({ deptId: '10' });
  });
});
