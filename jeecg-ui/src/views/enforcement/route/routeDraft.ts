import type { RouteVersion, SaveRouteBody, StageCode, TimeUnit } from '@/api/enforcement';

/** The editable copy of a route: the page edits rows, the server receives a new version built from them. */
export interface DraftStage {
  key: number;
  stageCode: StageCode | '';
  stageName: string;
  roleCodes: string[];
  timeLimit: number | null;
  timeUnit: TimeUnit | null;
}

export interface Draft {
  baseVersionNo: number;
  remark: string;
  stages: DraftStage[];
}

export const STAGE_LABELS: Record<StageCode, string> = {
  INTAKE: '录入',
  DISPATCH: '派单',
  VERIFY: '核实',
  FILE: '立案',
  EVIDENCE: '现场取证',
  MEASURES: '处置措施',
  TRANSFER: '流转',
  CLOSE: '结案',
  PUBLICITY: '公示期',
  APPEAL: '接受申诉',
  DISPOSAL: '处置',
};

export const UNIT_LABELS: Record<TimeUnit, string> = { HOURS: '小时', WORKING_DAYS: '工作日' };

let nextKey = 1;

export function blankStage(code: StageCode | '' = ''): DraftStage {
  return { key: nextKey++, stageCode: code, stageName: '', roleCodes: [], timeLimit: null, timeUnit: null };
}

/** A draft from the active version, or a minimal one (录入 → 结案) for a class without a route yet. */
export function draftFrom(active: RouteVersion | null): Draft {
  if (!active) {
    return { baseVersionNo: 0, remark: '', stages: [blankStage('INTAKE'), blankStage('CLOSE')] };
  }
  return {
    baseVersionNo: active.versionNo,
    remark: '',
    stages: active.stages.map((s) => ({
      key: nextKey++,
      stageCode: s.stageCode,
      stageName: s.stageName === STAGE_LABELS[s.stageCode] ? '' : s.stageName,
      roleCodes: [...s.roleCodes],
      timeLimit: s.timeLimit,
      timeUnit: s.timeUnit,
    })),
  };
}

/** Moves a stage up (-1) or down (+1); the first stage (录入) stays first. */
export function move(stages: DraftStage[], index: number, delta: -1 | 1): DraftStage[] {
  const target = index + delta;
  if (index <= 0 || target <= 0 || target >= stages.length) return stages;
  const out = [...stages];
  [out[index], out[target]] = [out[target], out[index]];
  return out;
}

export function remove(stages: DraftStage[], index: number): DraftStage[] {
  if (index <= 0) return stages;
  return stages.filter((_, i) => i !== index);
}

export function insertAfter(stages: DraftStage[], index: number): DraftStage[] {
  const out = [...stages];
  out.splice(index + 1, 0, blankStage());
  return out;
}

/** The same rules as the server (RouteService), so the user sees every problem before saving. */
export function validate(draft: Draft): string[] {
  const errors: string[] = [];
  if (draft.stages.length === 0) errors.push('路线至少要有一个环节');
  if (draft.stages.length > 20) errors.push('路线最多 20 个环节');
  draft.stages.forEach((s, i) => {
    const at = `第 ${i + 1} 个环节`;
    if (!s.stageCode) errors.push(`${at}未选择环节`);
    if (i === 0 && s.stageCode && s.stageCode !== 'INTAKE') errors.push('路线的第一个环节必须是“录入”');
    if (i > 0 && s.stageCode === 'INTAKE') errors.push('“录入”只能是路线的第一个环节');
    if (s.roleCodes.length === 0) errors.push(`${at}至少指定一个可办理的角色`);
    if (s.roleCodes.length > 10) errors.push(`${at}最多 10 个角色`);
    if (s.stageName.length > 50) errors.push(`${at}的名称不能超过 50 个字符`);
    const hasLimit = s.timeLimit !== null && s.timeLimit !== undefined;
    if (hasLimit !== (s.timeUnit !== null && s.timeUnit !== undefined)) errors.push(`${at}的时限数值和单位须同时填写或同时为空`);
    if (hasLimit && (!Number.isInteger(s.timeLimit) || (s.timeLimit as number) < 1)) errors.push(`${at}的时限必须是正整数`);
    if (hasLimit && s.timeUnit === 'WORKING_DAYS' && (s.timeLimit as number) > 365) errors.push(`${at}的时限不能超过 365 个工作日`);
    if (hasLimit && s.timeUnit === 'HOURS' && (s.timeLimit as number) > 8760) errors.push(`${at}的时限过大`);
  });
  if (draft.remark.length > 500) errors.push('修改说明不能超过 500 个字符');
  return errors;
}

export function toSaveBody(draft: Draft): SaveRouteBody {
  return {
    baseVersionNo: draft.baseVersionNo,
    remark: draft.remark.trim() || undefined,
    stages: draft.stages.map((s) => ({
      stageCode: s.stageCode as StageCode,
      stageName: s.stageName.trim() || undefined,
      roleCodes: s.roleCodes,
      timeLimit: s.timeLimit,
      timeUnit: s.timeUnit,
    })),
  };
}

/** "2 工作日", "24 小时" or "不限时" for tables. */
export function limitText(timeLimit: number | null, timeUnit: TimeUnit | null): string {
  return timeLimit && timeUnit ? `${timeLimit} ${UNIT_LABELS[timeUnit]}` : '不限时';
}

/** Whether the draft differs from the version it started from (to warn before leaving). */
export function changed(draft: Draft, active: RouteVersion | null): boolean {
  return JSON.stringify(toSaveBody({ ...draft, remark: '' }).stages) !== JSON.stringify(toSaveBody({ ...draftFrom(active), remark: '' }).stages);
}
