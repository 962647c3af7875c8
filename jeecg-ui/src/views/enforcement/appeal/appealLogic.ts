import type { AppealStatus, CaseAppeal, ReplyResult } from '@/api/enforcementAppeal';

/** The number of appeals a case accepts (B7): a third one is refused by the server. */
export const MAX_APPEALS = 2;

export const APPEAL_STATUS: Record<AppealStatus, { text: string; color: string }> = {
  PENDING: { text: '待答复', color: 'orange' },
  ACCEPTED: { text: '已采纳', color: 'green' },
  REJECTED: { text: '已驳回', color: 'red' },
};

export const statusOptions = (Object.keys(APPEAL_STATUS) as AppealStatus[]).map((value) => ({ value, label: APPEAL_STATUS[value].text }));

/** "第1次申诉" / "第2次申诉（最后一次）". */
export function seqLabel(seq: number): string {
  return seq >= MAX_APPEALS ? `第${seq}次申诉（最后一次）` : `第${seq}次申诉`;
}

export type Decision = 'accept' | 'reject';

/** What the answer will cause, stated before it is sent (B7/B8). */
export function consequence(appeal: Pick<CaseAppeal, 'seq'>, decision: Decision | undefined): string {
  if (decision === 'accept') {
    return '采纳申诉：案件不会自动立案，由办案人员决定后续处理（如办结“接受申诉”环节或结案）；当事人不能再申诉。';
  }
  if (decision === 'reject') {
    return appeal.seq >= MAX_APPEALS
      ? `驳回第${appeal.seq}次申诉后，案件将自动立案（转入“立案”环节，等待会议意见），当事人不能再申诉。`
      : `驳回第${appeal.seq}次申诉后，当事人可在申诉期内再申诉一次；申诉期满未再申诉的，案件自动立案。`;
  }
  return '';
}

/** The label of the send button: a reject that files the case says so. */
export function submitLabel(appeal: Pick<CaseAppeal, 'seq'>, decision: Decision | undefined): string {
  if (decision === 'reject' && appeal.seq >= MAX_APPEALS) return '驳回并自动立案';
  if (decision === 'reject') return '驳回申诉';
  if (decision === 'accept') return '采纳申诉';
  return '提交答复';
}

/** Problems of the reply form, in the order shown (empty when it can be sent). */
export function validateReply(decision: Decision | undefined, text: string): string[] {
  const errors: string[] = [];
  if (!decision) errors.push('请选择采纳或驳回');
  const t = text.trim();
  if (!t) errors.push('请填写答复内容');
  else if (t.length > 2000) errors.push('答复内容不能超过2000字');
  return errors;
}

/** The success message after the answer, from the server's result. */
export function replyDone(r: Pick<ReplyResult, 'status' | 'filed'>): string {
  if (r.status === 'ACCEPTED') return '已采纳申诉，当事人可在案件公开页查看答复';
  return r.filed ? '已驳回申诉，案件已自动立案，请组织会议并录入会议意见' : '已驳回申诉，当事人可在案件公开页查看答复';
}

/** The request parameters of the list: an empty status means every status. */
export function listParams(values: Record<string, unknown>, pageNo: number, pageSize: number) {
  const status = values.status as AppealStatus | undefined;
  const caseId = typeof values.caseId === 'string' && values.caseId.trim() ? values.caseId.trim() : undefined;
  return { status: status || undefined, caseId, pageNo, pageSize };
}
