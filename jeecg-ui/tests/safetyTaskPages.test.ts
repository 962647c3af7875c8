/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TrackPoint } from '@/api/safetyTask';
import {
  assigneeState, emptyTaskDraft, progressText, statusView, taskQuery, toCreateBody, validateTask,
} from '@/views/safety/task/taskLogic';
import { clock, daySummary, pointDetail, trackKm, trackLatLngs } from '@/views/safety/track/trackLogic';

describe('task dispatch logic', () => {
  it('lists every problem of an empty or bad draft', () => {
    const now = new Date('2026-11-24T10:00:00');
    expect(validateTask(emptyTaskDraft(), now)).toEqual(['请填写任务标题', '请选择紧急程度', '请选择要求完成时间', '请选择指派的网格员']);
    const d = { ...emptyTaskDraft(), title: 'x'.repeat(201), urgency: 'URGENT', due: dayjs('2026-11-24T09:59:00'), assigneeIds: ['2'] };
    expect(validateTask(d, now)).toEqual(['任务标题不能超过200字', '要求完成时间必须晚于当前时间']);
  });

  it('builds the request body the server expects', () => {
    const d = {
      ...emptyTaskDraft(), title: ' 节前检查 ', urgency: 'URGENT', due: dayjs('2026-12-01T18:00:00'), content: '  ',
      assigneeIds: ['2', '3', '2'], media: [{ id: '1790000000000000002', name: 'a.png' }],
    };
    expect(validateTask(d, new Date('2026-11-24T10:00:00'))).toEqual([]);
    expect(toCreateBody(d)).toEqual({
      title: '节前检查', urgency: 'URGENT', dueTime: '2026-12-01 18:00:00', content: null, media: ['1790000000000000002'], assigneeIds: ['2', '3'],
    });
  });

  it('turns the filter bar into parameters and shows progress and state', () => {
    expect(taskQuery({ keyword: ' 节前 ', urgency: '', status: 'DONE', overdue: true, dueRange: [dayjs('2026-11-01'), dayjs('2026-11-30')] }))
      .toEqual({ keyword: '节前', status: 'DONE', overdue: true, dueFrom: '2026-11-01', dueTo: '2026-11-30' });
    expect(taskQuery({ overdue: false, status: 'LATE' })).toEqual({});
    expect(progressText({ doneCount: 1, assigneeCount: 2 })).toBe('1/2');
    expect(statusView({ status: 'PENDING', overdue: true }).map((s) => s.text)).toEqual(['进行中', '超期']);
    expect(statusView({ status: 'DONE', overdue: false }).map((s) => s.text)).toEqual(['已完成']);
    expect(assigneeState({ status: 'DONE', overdue: 1, lateNow: false }).text).toBe('超期完成');
    expect(assigneeState({ status: 'DONE', overdue: 0, lateNow: false }).text).toBe('已完成');
    expect(assigneeState({ status: 'PENDING', overdue: 0, lateNow: true }).text).toBe('超期未完成');
    expect(assigneeState({ status: 'PENDING', overdue: 0, lateNow: false }).text).toBe('未完成');
  });
});

const pt = (p: Partial<TrackPoint>): TrackPoint => ({
  id: '1', type: 'ON_DUTY', lng: 109.7301, lat: 38.2801, subjectId: null, subjectName: null, errand: null, checkinTime: '2026-11-24T08:01:00', ...p,
});

describe('track view logic', () => {
  const day = [
    pt({}),
    pt({ id: '2', type: 'AT_SUBJECT', lng: 109.7345, lat: 38.2852, subjectId: '31001', subjectName: '榆林鼓楼货运有限公司', checkinTime: '2026-11-24T09:30:00' }),
    pt({ id: '3', type: 'OUTING', lng: 109.74, lat: 38.29, errand: '到区政府报送材料', checkinTime: '2026-11-24 14:00:00' }),
    pt({ id: '4', type: 'OFF_DUTY', lng: 109.7301, lat: 38.2801, checkinTime: '2026-11-24T17:35:00' }),
  ];

  it('describes each point and the day', () => {
    expect(pointDetail(day[1])).toBe('榆林鼓楼货运有限公司');
    expect(pointDetail(day[2])).toBe('到区政府报送材料');
    expect(pointDetail(day[0])).toBe('');
    expect(clock(day[2].checkinTime)).toBe('14:00');
    expect(daySummary(day)).toBe('上班 08:01，下班 17:35，到达主体 1 家，外出 1 次，共 4 个打卡点');
    expect(daySummary([])).toBe('当日无打卡记录');
  });

  it('draws the points in order as [lat, lng] and measures the line', () => {
    expect(trackLatLngs(day)[1]).toEqual([38.2852, 109.7345]);
    expect(trackLatLngs([pt({ lat: Number.NaN })])).toEqual([]);
    const km = trackKm(trackLatLngs(day));
    expect(km).toBeGreaterThan(1.5);
    expect(km).toBeLessThan(3);
    expect(trackKm([])).toBe(0);
  });
});

describe('A5 / A9 menu entries', () => {
  it('the PAGE rows of V3_1_0 for escalation, tasks and tracks have their view files', () => {
    const ui = process.cwd();
    const sql = readFileSync(resolve(ui, '../db/migration/V3_1_0__safety_dispatch.sql'), 'utf8');
    for (const c of ['safety/escalation/index', 'safety/task/index', 'safety/track/index']) {
      expect(sql).toContain(`'${c}'`);
      expect(existsSync(resolve(ui, `src/views/${c}.vue`)), c).toBe(true);
    }
  });
});
