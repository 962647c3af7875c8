import { describe, expect, it } from 'vitest';
import type { EscalationStep } from '@/api/safetyEscalation';
import {
  failureOutcome, handleable, listQuery, stepText, validateEscalate, validateReassign,
} from '@/views/safety/escalation/escalationLogic';

const step = (s: Partial<EscalationStep>): EscalationStep => ({
  seq: 1, action: 'RAISE', actorId: '2', actorName: '张网格', fromDeptId: '10', fromDeptName: '运输管理所', toDeptId: '1',
  toDeptName: '榆阳区交通运输局', targetUserId: null, targetUserName: null, note: null, createTime: '2026-11-24 09:00:00', ...s,
});

describe('escalation page logic', () => {
  it('asks the waiting tab for open escalations only, the handled tab for the chosen status', () => {
    expect(listQuery('waiting', { keyword: '  鼓楼 ', status: 'REASSIGNED' })).toEqual({ box: 'waiting', keyword: '鼓楼', status: 'OPEN' });
    expect(listQuery('handled', { keyword: '', status: 'REASSIGNED' })).toEqual({ box: 'handled', status: 'REASSIGNED' });
    expect(listQuery('handled', {})).toEqual({ box: 'handled' });
  });

  it('writes each hop of the trail with people and departments, falling back to ids', () => {
    expect(stepText(step({}))).toBe('张网格（运输管理所）越级上报至 榆阳区交通运输局');
    expect(stepText(step({ action: 'ESCALATE', actorName: '刘所长' }))).toBe('刘所长（运输管理所）继续上报至 榆阳区交通运输局');
    expect(stepText(step({ action: 'REASSIGN', actorName: '系统管理员', fromDeptName: '榆阳区交通运输局', toDeptId: null, toDeptName: null, targetUserId: '3', targetUserName: '李网格' })))
      .toBe('系统管理员（榆阳区交通运输局）改派给 李网格');
    expect(stepText(step({ action: 'REASSIGN', actorName: null, targetUserName: null, targetUserId: '3' }))).toBe('#2（运输管理所）改派给 #3');
    expect(stepText(step({ toDeptName: null, toDeptId: '99' }))).toContain('部门#99');
  });

  it('offers handling only for an open escalation in the waiting tab', () => {
    expect(handleable({ status: 'OPEN' }, 'waiting')).toBe(true);
    expect(handleable({ status: 'OPEN' }, 'handled')).toBe(false);
    expect(handleable({ status: 'REASSIGNED' }, 'waiting')).toBe(false);
    expect(handleable(null, 'waiting')).toBe(false);
  });

  it('checks the forms before sending', () => {
    expect(validateReassign(undefined, '')).toBe('请选择改派的检查人员');
    expect(validateReassign('2', 'x'.repeat(501))).toContain('500');
    expect(validateReassign('2', '')).toBeNull();
    expect(validateEscalate('   ')).toBe('请填写上报原因');
    expect(validateEscalate('需局机关协调')).toBeNull();
    expect(validateEscalate('长'.repeat(501))).toContain('500');
  });

  it('treats 409 as "someone else was first" with the server message, other failures as plain errors', () => {
    expect(failureOutcome({ status: 409, message: '该流转已被他人处理，请刷新后重试' })).toEqual({ text: '该流转已被他人处理，请刷新后重试', conflict: true });
    expect(failureOutcome({ status: 400, message: '该检查人员未绑定全部所需检查项，不能改派' }).conflict).toBe(false);
    expect(failureOutcome({ status: 500, message: '' }).text).toBe('操作失败');
  });
});
