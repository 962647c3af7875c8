import { describe, expect, it } from 'vitest';
import {
  emptyDraft, filterParams, outOfRangeLines, rangeText, stepPenalties, toTransitionBody, transitionChoices, validateDraft,
} from '@/views/safety/measure/measureLogic';
import type { NextStep } from '@/api/safety';

const next: NextStep[] = [
  { toState: 'PENALTY', name: '处罚', penalty: true, roles: ['dept_leader'], allowed: false },
  { toState: 'RECTIFICATION', name: '整改', penalty: false, roles: ['inspector', 'dept_leader'], allowed: true },
  { toState: 'CLOSED', name: '结案', penalty: false, roles: ['inspector', 'dept_leader'], allowed: true },
];
const names = { '30008': '隐患排查治理', '30014': '车辆动态监控' };

describe('measure transition choices', () => {
  it('lists every configured next state, disabling the ones the caller may not take and naming the roles', () => {
    const choices = transitionChoices(next);
    expect(choices.map((c) => c.value)).toEqual(['PENALTY', 'RECTIFICATION', 'CLOSED']);
    expect(choices[0]).toEqual({ value: 'PENALTY', label: '处罚（需角色：dept_leader）', disabled: true, penalty: true });
    expect(choices[1]).toMatchObject({ label: '整改', disabled: false, penalty: false });
    expect(transitionChoices(undefined)).toEqual([]);
  });

  it('refuses a missing target, a step the role may not take, and missing or invalid penalty amounts', () => {
    const draft = emptyDraft({ itemIds: ['30008', '30014'] });
    expect(validateDraft(draft, transitionChoices(next), names)).toEqual(['请选择下一环节']);
    draft.toState = 'PENALTY';
    expect(validateDraft(draft, transitionChoices(next), names)[0]).toContain('不能办理');
    const leader = transitionChoices(next.map((s) => ({ ...s, allowed: true })));
    expect(validateDraft(draft, leader, names)).toEqual(['请填写“隐患排查治理”的处罚金额', '请填写“车辆动态监控”的处罚金额']);
    draft.amounts['30008'] = 0;
    draft.amounts['30014'] = 12.345;
    expect(validateDraft(draft, leader, names)).toEqual(['“隐患排查治理”的处罚金额应在 0.01–100,000,000 元之间', '“车辆动态监控”的处罚金额最多两位小数']);
    draft.amounts['30008'] = 40000;
    draft.amounts['30014'] = 3000.5;
    expect(validateDraft(draft, leader, names)).toEqual([]);
  });

  it('builds the request: amounts only for a penalty step, the confirmation only when given, the case version for the race', () => {
    const leader = transitionChoices(next.map((s) => ({ ...s, allowed: true })));
    const draft = emptyDraft({ itemIds: ['30008'] });
    draft.toState = 'PENALTY';
    draft.amounts['30008'] = 40000;
    draft.note = '  逾期未整改 ';
    expect(toTransitionBody(draft, leader, 3, false)).toEqual({ toState: 'PENALTY', version: 3, note: '逾期未整改', penalties: [{ itemId: '30008', amount: 40000 }] });
    expect(toTransitionBody(draft, leader, 3, true).confirmOutOfRange).toBe(true);
    draft.toState = 'CLOSED';
    draft.note = '';
    expect(toTransitionBody(draft, leader, 4, true)).toEqual({ toState: 'CLOSED', version: 4 });
  });

  it('recognises the out-of-range answer and reads stored penalty lines', () => {
    const line = { itemId: '30008', itemName: '隐患排查治理', amount: 40000, min: 5000, max: 30000, outOfRange: true };
    expect(outOfRangeLines({ outOfRange: [line] })).toEqual([line]);
    expect(outOfRangeLines({ outOfRange: [] })).toBeNull();
    expect(outOfRangeLines(undefined)).toBeNull();
    expect(rangeText(line)).toBe('5,000–30,000 元');
    expect(rangeText({ min: null, max: 100 })).toBe('不限–100 元');
    expect(stepPenalties({ penalties: JSON.stringify([line]) })).toEqual([line]);
    expect(stepPenalties({ penalties: 'not json' })).toEqual([]);
    expect(stepPenalties({ penalties: null })).toEqual([]);
  });

  it('turns the filter values into archive query parameters', () => {
    expect(filterParams({ keyword: '  运输 ', state: 'PENALTY', finished: 'no', outOfRange: false, range: ['2026-01-01', '2026-02-01'] }))
      .toEqual({ keyword: '运输', state: 'PENALTY', finished: false, from: '2026-01-01', to: '2026-02-01' });
    const day = (s: string) => ({ format: () => s });
    expect(filterParams({ keyword: '', finished: 'yes', outOfRange: true, range: [day('2026-03-01'), day('2026-03-31')] }))
      .toEqual({ finished: true, outOfRange: true, from: '2026-03-01', to: '2026-03-31' });
  });
});
