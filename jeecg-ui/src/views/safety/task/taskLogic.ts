import type { Dayjs } from 'dayjs';
import type { Id, TaskAssignee, TaskCreate, TaskQuery, TaskRow } from '@/api/safetyTask';

export const TITLE_MAX = 200;
export const CONTENT_MAX = 4000;
export const MEDIA_MAX = 20;

/** The dispatch form as typed. */
export interface TaskDraft {
  title: string;
  urgency?: string;
  due?: Dayjs | null;
  content: string;
  assigneeIds: Id[];
  media: { id: Id; name: string }[];
}

export function emptyTaskDraft(): TaskDraft {
  return { title: '', urgency: undefined, due: null, content: '', assigneeIds: [], media: [] };
}

/** Every problem of the draft, in form order (empty = may be sent). */
export function validateTask(d: TaskDraft, now: Date = new Date()): string[] {
  const errors: string[] = [];
  const title = d.title.trim();
  if (!title) errors.push('请填写任务标题');
  else if (title.length > TITLE_MAX) errors.push(`任务标题不能超过${TITLE_MAX}字`);
  if (!d.urgency) errors.push('请选择紧急程度');
  if (!d.due) errors.push('请选择要求完成时间');
  else if (d.due.valueOf() <= now.getTime()) errors.push('要求完成时间必须晚于当前时间');
  if (d.content.length > CONTENT_MAX) errors.push(`任务内容不能超过${CONTENT_MAX}字`);
  if (!d.assigneeIds.length) errors.push('请选择指派的网格员');
  if (d.media.length > MEDIA_MAX) errors.push(`附件不能超过${MEDIA_MAX}个`);
  return errors;
}

export function toCreateBody(d: TaskDraft): TaskCreate {
  return {
    title: d.title.trim(),
    urgency: d.urgency as string,
    dueTime: d.due!.format('YYYY-MM-DD HH:mm:ss'),
    content: d.content.trim() || null,
    media: d.media.map((m) => m.id),
    assigneeIds: [...new Set(d.assigneeIds.map(String))],
  };
}

/** Query values of the filter bar → request parameters (empty ones left out). */
export function taskQuery(v: Record<string, unknown>): TaskQuery {
  const q: TaskQuery = {};
  if (typeof v.keyword === 'string' && v.keyword.trim()) q.keyword = v.keyword.trim();
  if (typeof v.urgency === 'string' && v.urgency) q.urgency = v.urgency;
  if (v.status === 'PENDING' || v.status === 'DONE') q.status = v.status;
  if (v.overdue === true) q.overdue = true;
  const range = v.dueRange as [Dayjs, Dayjs] | null | undefined;
  if (Array.isArray(range) && range[0] && range[1]) {
    q.dueFrom = range[0].format('YYYY-MM-DD');
    q.dueTo = range[1].format('YYYY-MM-DD');
  }
  return q;
}

export function progressText(r: Pick<TaskRow, 'doneCount' | 'assigneeCount'>): string {
  return `${r.doneCount}/${r.assigneeCount}`;
}

export function statusView(r: Pick<TaskRow, 'status' | 'overdue'>): { text: string; color: string }[] {
  const out = [r.status === 'DONE' ? { text: '已完成', color: 'green' } : { text: '进行中', color: 'blue' }];
  if (r.overdue) out.push({ text: '超期', color: 'red' });
  return out;
}

/** One assignee's report state: 已完成 / 超期完成 / 未完成 / 超期未完成. */
export function assigneeState(a: Pick<TaskAssignee, 'status' | 'overdue' | 'lateNow'>): { text: string; color: string } {
  const late = a.overdue === true || a.overdue === 1;
  if (a.status === 'DONE') return late ? { text: '超期完成', color: 'red' } : { text: '已完成', color: 'green' };
  return a.lateNow ? { text: '超期未完成', color: 'red' } : { text: '未完成', color: 'default' };
}

export const URGENCY_COLOR: Record<string, string> = { CRITICAL: 'red', URGENT: 'orange', NORMAL: 'blue' };
