/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http';
import type { CatalogMeasure } from '@/api/enforcementCase';
import {
  actionError, categoryTree, deadlineState, emptyAction, emptyCase, emptySubject, filterCategoryTree, listQuery, orderActions, outOfRange, sourceText,
  tabItems, toActionBody, toCreateBody, trailFacts, validateAction, validateCase, validateSubject,
} from '@/views/enforcement/case/caseLogic';

const catalog: CatalogMeasure[] = [
  { id: '1', name: '罚款', type: 'FINE', amountMin: 500, amountMax: 30000 },
  { id: '2', name: '暂扣道路运输证', type: 'SUSPENSION', maxDurationDays: 90 },
  { id: '3', name: '移送公安机关', type: 'POLICE_REFERRAL' },
];

describe('case workbench list', () => {
  it('shows 我的案件 with one tab per stage that has cases, then 超期 and 全部', () => {
    const items = tabItems({ mine: { VERIFY: 2, INTAKE: 1, FILE: 0 }, mineTotal: 3, overdue: 1, open: 5, all: 9 });
    expect(items.map((t) => t.key)).toEqual(['MINE', 'MINE:INTAKE', 'MINE:VERIFY', 'OVERDUE', 'ALL']);
    expect(items[0].label).toBe('我的案件（3）');
    expect(items[2].label).toBe('核实（2）');
    expect(items[3].label).toBe('超期（1）');
    expect(tabItems(null).map((t) => t.label)).toEqual(['我的案件（0）', '超期（0）', '全部（0）']);
  });

  it('turns the tab and the search bar into the request, leaving blanks out', () => {
    expect(listQuery('MINE:VERIFY', { caseNo: ' zf2026 ', subject: '  ' }, 2, 500)).toEqual({ tab: 'MINE', stage: 'VERIFY', caseNo: 'ZF2026', pageNo: 2, pageSize: 200 });
    expect(listQuery('ALL', { subject: '恒达', categoryId: '400100', status: 'OPEN' }, 1, 10)).toEqual({ tab: 'ALL', subject: '恒达', categoryId: '400100', status: 'OPEN', pageNo: 1, pageSize: 10 });
  });

  it('offers only minor classes in the entry picker; majors are groups; classes without a route are disabled', () => {
    const minors = [
      { categoryId: '400101', name: '超限超载运输', majorId: '400100', majorName: '道路运输违法', activeVersionNo: 1 },
      { categoryId: '400102', name: '非法营运', majorId: '400100', majorName: '道路运输违法', activeVersionNo: null },
      { categoryId: '400111', name: '未落实安全检查制度', majorId: '400110', majorName: '安全生产违法', activeVersionNo: 2 },
    ];
    const tree = categoryTree(minors, true);
    expect(tree).toHaveLength(2);
    expect(tree[0].selectable).toBe(false);
    expect(tree[0].children.map((c) => c.value)).toEqual(['400101', '400102']);
    expect(tree[0].children[1].disabled).toBe(true);
    expect(filterCategoryTree(minors)[0]).toMatchObject({ value: '400100', selectable: true });
  });

  it('names the source of a case', () => {
    expect(sourceText('STAFF')).toBe('执法人员登记');
    expect(sourceText('IMPORT')).toBe('第三方系统推送');
  });

  it('says how much time a stage has left, or that it ran over or is paused', () => {
    const now = new Date('2026-11-24T10:00:00');
    expect(deadlineState('2026-11-24T09:00:00', false, false, now)).toMatchObject({ color: 'red' });
    expect(deadlineState('2026-11-24T09:00:00', false, false, now).text).toContain('已超期');
    expect(deadlineState('2026-11-24T09:00:00', true, false, now).text).toBe('已暂停计时');
    expect(deadlineState('2026-11-24T13:30:00', false, false, now).text).toContain('剩余 3 小时');
    expect(deadlineState('2026-11-28T10:00:00', false, false, now).text).toContain('剩余 4 天');
    expect(deadlineState(null, false, true, now).text).toBe('已结案');
  });
});

describe('new case', () => {
  it('requires class, subject and content, checks plate and driver ID formats', () => {
    expect(validateCase(emptyCase())).toEqual(['请选择案件小类', '请选择或登记执法对象', '请填写案情']);
    const f = { ...emptyCase(), categoryId: '400101', subjectId: '400301', content: '超限', plate: '陕k1', driverIdNo: '123' };
    expect(validateCase(f)).toEqual(['车牌号格式不正确', '驾驶员身份证号应为 18 位']);
    f.plate = '陕k12345';
    f.driverIdNo = '61080219900101123x';
    f.media = ['9'];
    expect(validateCase(f)).toEqual([]);
    expect(toCreateBody(f)).toEqual({ categoryId: '400101', subjectId: '400301', content: '超限', plate: '陕K12345', driverIdNo: '61080219900101123X', media: ['9'] });
  });

  it('prefills a new subject from the search keyword: an ID number goes to the ID field', () => {
    expect(emptySubject('91610802MA70XK3B2Q')).toMatchObject({ name: '', idNo: '91610802MA70XK3B2Q' });
    expect(emptySubject(' 恒达货运 ')).toMatchObject({ name: '恒达货运', idNo: '' });
    expect(validateSubject({ ...emptySubject('张三'), phone: '123' })).toEqual(['联系电话应为手机号或座机号（如 0912-3456789）']);
  });
});

describe('stage actions', () => {
  it('puts the stage’s own action first', () => {
    const ordered = orderActions([{ action: 'pass', label: '办结本环节' }, { action: 'pause', label: '暂停计时' }, { action: 'dispatch', label: '派单' }, { action: 'record', label: '记录' }]);
    expect(ordered.map((a) => a.action)).toEqual(['dispatch', 'pass', 'record', 'pause']);
  });

  it('checks each action’s required fields before sending', () => {
    expect(validateAction(emptyAction('dispatch'), catalog)).toEqual(['请选择承办人']);
    expect(validateAction(emptyAction('verify'), catalog)).toEqual(['请填写违法原因', '请填写核实过程']);
    expect(validateAction(emptyAction('pause'), catalog)).toEqual(['请填写暂停原因（如：鉴定中）']);
    expect(validateAction(emptyAction('record'), catalog)).toHaveLength(1);
    expect(validateAction(emptyAction('pass'), catalog)).toEqual([]);
    expect(validateAction(emptyAction('meetingOpinion'), catalog)).toEqual(['请填写会议意见', '请选择会议日期']);
    const m = emptyAction('measures');
    expect(validateAction(m, catalog)).toEqual(['请至少选择一项处置措施']);
    m.measures = [{ measureId: '1', note: '' }, { measureId: '2', durationDays: 120, note: '' }, { measureId: '1', amount: 100, note: '' }];
    expect(validateAction(m, catalog)).toEqual(['第 1 项（罚款）请填写罚款金额', '第 2 项（暂扣道路运输证）期限不能超过 90 天', '第 3 项（罚款）重复']);
  });

  it('builds the engine’s request: data per action, the version the user saw, the confirmation', () => {
    const v = { ...emptyAction('verify'), cause: ' 超限 ', process: '现场核查', opinion: '属实', media: ['7'] };
    expect(toActionBody(v, 3, catalog)).toEqual({ action: 'verify', version: 3, publicOpinion: true, opinion: '属实', media: ['7'],
      data: { cause: '超限', process: '现场核查', enterpriseOpinion: undefined, correction: undefined } });
    expect(toActionBody({ ...emptyAction('dispatch'), assigneeId: '4' }, 1, catalog).data).toEqual({ assigneeId: '4' });
    const m = { ...emptyAction('measures'), measures: [{ measureId: '1', amount: 50000, durationDays: 5, note: '' }, { measureId: '2', amount: 1, durationDays: 30, note: '整改' }, { note: '' }] };
    expect(toActionBody(m, 5, catalog, true).data).toEqual({ confirmOutOfRange: true, measures: [
      { measureId: '1', amount: 50000, durationDays: undefined, note: undefined },
      { measureId: '2', amount: undefined, durationDays: 30, note: '整改' },
    ] });
  });

  it('recognises the out-of-range answer and explains 409/403 without dropping the input', () => {
    const ask = new ApiError('罚款金额超出幅度', 400, 400, { confirmRequired: true, measureId: 1, amount: 50000, rangeMin: 500, rangeMax: 30000 });
    expect(outOfRange(ask)).toEqual({ measureId: '1', amount: 50000, rangeMin: 500, rangeMax: 30000 });
    expect(outOfRange(new ApiError('承办人不存在', 400))).toBeNull();
    const race = actionError(new ApiError('案件已被他人处理，请刷新后重试', 409));
    expect(race.reload).toBe(true);
    expect(race.text).toContain('您填写的内容已保留');
    expect(actionError(new ApiError('无权办理该环节', 403))).toMatchObject({ reload: true });
    expect(actionError(new ApiError('违法原因不能为空', 400))).toEqual({ text: '违法原因不能为空', reload: false });
  });

  it('lists the facts of a trail entry', () => {
    expect(trailFacts({ id: 1, stageCode: 'DISPATCH', action: 'dispatch', publicOpinion: true, time: '', detail: { assigneeId: '4', assigneeName: '王执法' } })).toEqual(['承办人：王执法']);
    expect(trailFacts({ id: 2, stageCode: 'MEASURES', action: 'measures', publicOpinion: true, time: '', detail: { measures: [{ name: '罚款', amount: '50000', durationDays: '', outOfRange: true }, { name: '暂扣道路运输证', amount: '', durationDays: '30', outOfRange: false }] } }))
      .toEqual(['处置措施：罚款 50000 元 （超出幅度，已确认）；暂扣道路运输证 30 天']);
  });
});

describe('the 案件办理 menu entry', () => {
  it('the PAGE row of V4_2_0 points at this page', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const sql = readFileSync(resolve(process.cwd(), '../db/migration/V4_2_0__enforcement_case_workbench_page.sql'), 'utf8');
    const m = /\(4400, 4000, 'PAGE', '([^']+)', '案件办理', '([^']+)', '([^']+)'/.exec(sql);
    expect(m?.slice(1)).toEqual(['enforcement:case:page', '/enforcement/cases', 'enforcement/case/index']);
    expect(existsSync(resolve(process.cwd(), `src/views/${m![3]}.vue`))).toBe(true);
  });
});
