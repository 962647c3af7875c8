import { describe, expect, it } from 'vitest';
import type { RouteVersion } from '@/api/enforcement';
import { changed, draftFrom, insertAfter, limitText, move, remove, toSaveBody, validate } from '@/views/enforcement/route/routeDraft';
import { resolveView } from '@/router/views';

const active: RouteVersion = {
  id: '400201',
  categoryId: '400101',
  versionNo: 3,
  active: true,
  stages: [
    { seq: 1, stageCode: 'INTAKE', stageName: '录入', roleCodes: ['enforcer'], timeLimit: 24, timeUnit: 'HOURS' },
    { seq: 2, stageCode: 'VERIFY', stageName: '现场核实', roleCodes: ['enforcer'], timeLimit: 3, timeUnit: 'WORKING_DAYS' },
    { seq: 3, stageCode: 'CLOSE', stageName: '结案', roleCodes: ['enforcer', 'dept_leader'], timeLimit: null, timeUnit: null },
  ],
};

describe('route editor (B6/B14)', () => {
  it('is the component of the menu entry enforcement/route/index', () => {
    expect(resolveView('enforcement/route/index')).toBeTypeOf('function');
  });

  it('starts from the active version and saves a new version based on it', () => {
    const d = draftFrom(active);
    expect(d.baseVersionNo).toBe(3);
    expect(validate(d)).toEqual([]);
    expect(changed(d, active)).toBe(false);
    const body = toSaveBody(d);
    expect(body.baseVersionNo).toBe(3);
    // default names are not sent (the server fills them), custom ones are
    expect(body.stages.map((s) => s.stageName)).toEqual([undefined, '现场核实', undefined]);
    expect(body.stages[1]).toMatchObject({ stageCode: 'VERIFY', timeLimit: 3, timeUnit: 'WORKING_DAYS' });
  });

  it('offers 录入 → 结案 for a class without a route (base version 0)', () => {
    const d = draftFrom(null);
    expect(d.baseVersionNo).toBe(0);
    expect(d.stages.map((s) => s.stageCode)).toEqual(['INTAKE', 'CLOSE']);
    expect(validate(d)).toContain('第 1 个环节至少指定一个可办理的角色');
  });

  it('keeps 录入 first when moving, removing and inserting', () => {
    const d = draftFrom(active);
    expect(move(d.stages, 0, 1)).toBe(d.stages);
    expect(move(d.stages, 1, -1)).toBe(d.stages);
    expect(move(d.stages, 1, 1).map((s) => s.stageCode)).toEqual(['INTAKE', 'CLOSE', 'VERIFY']);
    expect(remove(d.stages, 0)).toBe(d.stages);
    expect(remove(d.stages, 1).map((s) => s.stageCode)).toEqual(['INTAKE', 'CLOSE']);
    const inserted = insertAfter(d.stages, 0);
    expect(inserted).toHaveLength(4);
    expect(inserted[1].stageCode).toBe('');
    expect(changed({ ...d, stages: inserted }, active)).toBe(true);
  });

  it('reports in Chinese what the server would refuse', () => {
    const d = draftFrom(active);
    d.stages[0].stageCode = 'VERIFY';
    d.stages[1].timeUnit = null;
    d.stages[2].roleCodes = [];
    const extra = insertAfter(d.stages, 2);
    extra[3].stageCode = 'INTAKE';
    extra[3].roleCodes = ['enforcer'];
    extra[3].timeLimit = 400;
    extra[3].timeUnit = 'WORKING_DAYS';
    const errors = validate({ ...d, stages: extra });
    expect(errors).toContain('路线的第一个环节必须是“录入”');
    expect(errors).toContain('第 2 个环节的时限数值和单位须同时填写或同时为空');
    expect(errors).toContain('第 3 个环节至少指定一个可办理的角色');
    expect(errors).toContain('“录入”只能是路线的第一个环节');
    expect(errors).toContain('第 4 个环节的时限不能超过 365 个工作日');
    expect(validate({ ...d, stages: [] })).toContain('路线至少要有一个环节');
  });

  it('shows time limits in words', () => {
    expect(limitText(3, 'WORKING_DAYS')).toBe('3 工作日');
    expect(limitText(24, 'HOURS')).toBe('24 小时');
    expect(limitText(null, null)).toBe('不限时');
  });
});
