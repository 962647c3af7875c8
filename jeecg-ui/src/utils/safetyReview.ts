import { reactive } from 'vue';
import type { SelfCheckItem } from '@/api/safetyReview';

/** Display of a status code: label and a-tag colour. */
export interface StatusView {
  label: string;
  color: string;
}

export const SELF_CHECK_STATUS: Record<string, StatusView> = {
  DRAFT: { label: '草稿', color: 'default' },
  SUBMITTED: { label: '待审核', color: 'processing' },
  RETURNED: { label: '已退回', color: 'warning' },
  APPROVED: { label: '已通过', color: 'success' },
};

export const EQUIPMENT_STATUS: Record<string, StatusView> = {
  PENDING: { label: '待审核', color: 'processing' },
  RETURNED: { label: '已退回', color: 'warning' },
  APPROVED: { label: '已通过', color: 'success' },
};

export const TRAIL_ACTIONS: Record<string, string> = {
  SUBMIT: '提交',
  RESUBMIT: '重新提交',
  DECLARE: '申报',
  EDIT: '修改',
  RETURN: '退回',
  APPROVE: '审核通过',
};

export const CYCLE_KINDS: Record<string, string> = { CARE: '日常保养', CHECK: '定期检查' };

/** An unknown code (a newer server) still shows, as itself. */
export function statusView(map: Record<string, StatusView>, code: string | null | undefined): StatusView {
  return (code && map[code]) || { label: code || '—', color: 'default' };
}

export function statusOptions(map: Record<string, StatusView>) {
  return Object.entries(map).map(([value, v]) => ({ value, label: v.label }));
}

export function resultView(result: string | null | undefined): StatusView {
  if (result === 'QUALIFIED') return { label: '合格', color: 'success' };
  if (result === 'UNQUALIFIED') return { label: '不达标', color: 'error' };
  return { label: '未填写', color: 'default' };
}

export interface ItemSummary {
  qualified: number;
  unqualified: number;
  unanswered: number;
}

export function summariseItems(items: SelfCheckItem[]): ItemSummary {
  const s: ItemSummary = { qualified: 0, unqualified: 0, unanswered: 0 };
  for (const i of items) {
    if (i.result === 'QUALIFIED') s.qualified++;
    else if (i.result === 'UNQUALIFIED') s.unqualified++;
    else s.unanswered++;
  }
  return s;
}

/** Items grouped by their item group, groups in order of first appearance (the server sorts by sort_no). */
export function groupItems(items: SelfCheckItem[]): { group: string; items: SelfCheckItem[] }[] {
  const groups = new Map<string, SelfCheckItem[]>();
  for (const i of items) {
    const g = i.itemGroup?.trim() || '其他';
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g)!.push(i);
  }
  return [...groups].map(([group, list]) => ({ group, items: list }));
}

/** Only filled-in filters travel: an empty status means "all", overdue=false means "no overdue filter". */
export function listParams(filters: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filters)) {
    if (v === undefined || v === null || v === false) continue;
    if (typeof v === 'string') {
      if (v.trim()) out[k] = v.trim();
    } else {
      out[k] = v;
    }
  }
  return out;
}

/** Whole days a due date lies in the past (0 when not overdue); dates as yyyy-MM-dd. */
export function overdueDays(nextDueOn: string | null | undefined, today: Date = new Date()): number {
  if (!nextDueOn) return 0;
  const [y, m, d] = nextDueOn.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return 0;
  const due = Date.UTC(y, m - 1, d);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.max(0, Math.round((now - due) / 86400000));
}

export function isImage(file: { name?: string | null; contentType?: string | null }): boolean {
  if (file.contentType) return file.contentType.toLowerCase().startsWith('image/');
  return /\.(jpe?g|png|gif|webp|bmp)$/i.test(file.name ?? '');
}

export const MAX_NOTE = 500;

/** The same rules as the server (SelfCheckRequests/EquipmentRequests.Return and Approve), checked before sending. */
export function checkReviewText(mode: 'approve' | 'return', text: string): string {
  const t = text.trim();
  if (mode === 'return' && !t) return '请填写退回原因';
  if (t.length > MAX_NOTE) return mode === 'return' ? '退回原因不能超过500字' : '审核意见不能超过500字';
  return '';
}

export type ReviewMode = 'approve' | 'return';

/**
 * The approve / return dialog state. What the reviewer typed stays until the server accepts it: a failed
 * save (validation, 409, network) keeps the text and shows the server's message; closing and reopening the
 * dialog for the same record keeps it too. Another record starts empty.
 */
export function useReviewAction(send: { approve(id: string, note: string): Promise<unknown>; giveBack(id: string, reason: string): Promise<unknown> }) {
  const state = reactive({
    open: false,
    mode: 'approve' as ReviewMode,
    recordId: '',
    text: '',
    error: '',
    saving: false,
  });
  const drafts = new Map<string, string>();
  const key = (id: string, mode: ReviewMode) => `${id}:${mode}`;

  function start(id: string | number, mode: ReviewMode) {
    if (state.open && state.recordId) drafts.set(key(state.recordId, state.mode), state.text);
    state.recordId = String(id);
    state.mode = mode;
    state.text = drafts.get(key(state.recordId, mode)) ?? '';
    state.error = '';
    state.open = true;
  }

  function cancel() {
    drafts.set(key(state.recordId, state.mode), state.text);
    state.open = false;
  }

  /** True when the server accepted the review. */
  async function submit(): Promise<boolean> {
    if (state.saving) return false;
    const problem = checkReviewText(state.mode, state.text);
    if (problem) {
      state.error = problem;
      return false;
    }
    state.saving = true;
    state.error = '';
    try {
      const text = state.text.trim();
      if (state.mode === 'approve') await send.approve(state.recordId, text);
      else await send.giveBack(state.recordId, text);
      drafts.delete(key(state.recordId, state.mode));
      state.text = '';
      state.open = false;
      return true;
    } catch (e) {
      state.error = (e as Error).message || '操作失败';
      return false;
    } finally {
      state.saving = false;
    }
  }

  return { state, start, cancel, submit };
}
