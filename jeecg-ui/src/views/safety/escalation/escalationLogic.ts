import type { Escalation, EscalationBox, EscalationQuery, EscalationStatus, EscalationStep } from '@/api/safetyEscalation';

/** Display of the escalation status. */
export const ESCALATION_STATUS: Record<EscalationStatus, { text: string; color: string }> = {
  OPEN: { text: '待处理', color: 'orange' },
  REASSIGNED: { text: '已改派', color: 'green' },
  CLOSED: { text: '已关闭', color: 'default' },
};

export const ACTION_TEXT: Record<string, string> = { RAISE: '越级上报', ESCALATE: '继续上报', REASSIGN: '改派' };

export const MAX_TEXT = 500;

/** The list request of a tab: the waiting tab shows only what is still open at my department. */
export function listQuery(box: EscalationBox, values: Record<string, unknown>): EscalationQuery {
  const q: EscalationQuery = { box };
  const keyword = typeof values.keyword === 'string' ? values.keyword.trim() : '';
  if (keyword) q.keyword = keyword;
  if (box === 'waiting') q.status = 'OPEN';
  else if (typeof values.status === 'string' && values.status) q.status = values.status as EscalationStatus;
  return q;
}

/** One line of the trail: who did what, from where to where / to whom. */
export function stepText(s: EscalationStep): string {
  const who = s.actorName ?? `#${s.actorId}`;
  const from = s.fromDeptName ?? (s.fromDeptId != null ? `部门#${s.fromDeptId}` : '');
  const to = s.toDeptName ?? (s.toDeptId != null ? `部门#${s.toDeptId}` : '');
  switch (s.action) {
    case 'RAISE':
      return `${who}（${from || '未知部门'}）越级上报至 ${to}`;
    case 'ESCALATE':
      return `${who}（${from}）继续上报至 ${to}`;
    case 'REASSIGN':
      return `${who}（${from}）改派给 ${s.targetUserName ?? `#${s.targetUserId}`}`;
    default:
      return `${who}：${s.action}`;
  }
}

/** Whether the row can still be handled by the caller's department (the server decides; this only hides buttons). */
export function handleable(e: Pick<Escalation, 'status'> | null | undefined, box: EscalationBox): boolean {
  return !!e && e.status === 'OPEN' && box === 'waiting';
}

/** Client-side checks before sending; the server checks the same and answers in Chinese too. */
export function validateReassign(inspectorId: unknown, note: string | undefined): string | null {
  if (inspectorId == null || inspectorId === '') return '请选择改派的检查人员';
  if ((note ?? '').length > MAX_TEXT) return `备注不能超过${MAX_TEXT}字`;
  return null;
}

export function validateEscalate(reason: string | undefined): string | null {
  const r = (reason ?? '').trim();
  if (!r) return '请填写上报原因';
  if (r.length > MAX_TEXT) return `上报原因不能超过${MAX_TEXT}字`;
  return null;
}

/**
 * What to do with a failed action: a 409 means someone else handled it first — show the server's message as
 * it is, prominently, and reload (the detail and the lists), dropping the choice; anything else keeps the form.
 */
export function failureOutcome(err: { status?: number; message: string }): { text: string; conflict: boolean } {
  return { text: err.message || '操作失败', conflict: err.status === 409 };
}
