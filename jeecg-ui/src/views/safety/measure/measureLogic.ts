import type { MeasureCase, MeasureStep, NextStep, PenaltyLine, TransitionBody } from '@/api/safety';

/** One choice of the "办理" select: every configured next state; the ones the caller's roles may not take are disabled. */
export interface TransitionChoice {
  value: string;
  label: string;
  disabled: boolean;
  penalty: boolean;
}

export function transitionChoices(next: NextStep[] | undefined): TransitionChoice[] {
  return (next ?? []).map((s) => ({
    value: s.toState,
    label: s.allowed ? s.name : `${s.name}（需角色：${s.roles.join('、')}）`,
    disabled: !s.allowed,
    penalty: !!s.penalty,
  }));
}

/** What the user types in the action form; kept as is when a save fails. */
export interface ActionDraft {
  toState: string | undefined;
  note: string;
  /** itemId → amount (元), only for a penalty step */
  amounts: Record<string, number | undefined>;
}

export function emptyDraft(c: Pick<MeasureCase, 'itemIds'> | null): ActionDraft {
  const amounts: Record<string, number | undefined> = {};
  (c?.itemIds ?? []).forEach((i) => (amounts[String(i)] = undefined));
  return { toState: undefined, note: '', amounts };
}

const MAX_AMOUNT = 100_000_000;

/** The client-side checks the server also makes (it stays the authority): a target, and one valid amount per item on a penalty. */
export function validateDraft(draft: ActionDraft, choices: TransitionChoice[], itemNames: Record<string, string>): string[] {
  const errors: string[] = [];
  const choice = choices.find((c) => c.value === draft.toState);
  if (!choice) {
    errors.push('请选择下一环节');
    return errors;
  }
  if (choice.disabled) errors.push(`您的角色不能办理“${choice.label}”`);
  if (draft.note.length > 500) errors.push('办理意见不能超过500字');
  if (choice.penalty) {
    for (const [itemId, amount] of Object.entries(draft.amounts)) {
      const name = itemNames[itemId] ?? itemId;
      if (amount == null || Number.isNaN(amount)) errors.push(`请填写“${name}”的处罚金额`);
      else if (amount < 0.01 || amount > MAX_AMOUNT) errors.push(`“${name}”的处罚金额应在 0.01–100,000,000 元之间`);
      else if (Math.round(amount * 100) / 100 !== amount) errors.push(`“${name}”的处罚金额最多两位小数`);
    }
  }
  return errors;
}

export function toTransitionBody(draft: ActionDraft, choices: TransitionChoice[], version: number | undefined, confirmOutOfRange: boolean): TransitionBody {
  const choice = choices.find((c) => c.value === draft.toState);
  const body: TransitionBody = { toState: draft.toState ?? '', version };
  const note = draft.note.trim();
  if (note) body.note = note;
  if (choice?.penalty) {
    body.penalties = Object.entries(draft.amounts).map(([itemId, amount]) => ({ itemId, amount: Number(amount) }));
    if (confirmOutOfRange) body.confirmOutOfRange = true;
  }
  return body;
}

/** The lines of a 400 "超出处罚范围" answer (result.outOfRange), or null when the failure is something else. */
export function outOfRangeLines(result: unknown): PenaltyLine[] | null {
  const lines = (result as { outOfRange?: unknown } | null | undefined)?.outOfRange;
  return Array.isArray(lines) && lines.length ? (lines as PenaltyLine[]) : null;
}

export function money(v: number | string | null | undefined): string {
  if (v == null || v === '') return '';
  const n = Number(v);
  return Number.isFinite(n) ? n.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : String(v);
}

export function rangeText(l: Pick<PenaltyLine, 'min' | 'max'>): string {
  if (l.min == null && l.max == null) return '未设范围';
  return `${l.min == null ? '不限' : money(l.min)}–${l.max == null ? '不限' : money(l.max)} 元`;
}

/** A step's penalty lines: stored as JSON text, tolerated as an array; unreadable → none. */
export function stepPenalties(step: Pick<MeasureStep, 'penalties'>): PenaltyLine[] {
  const p = step.penalties;
  if (!p) return [];
  if (Array.isArray(p)) return p;
  try {
    const parsed = JSON.parse(p);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** Filter values → query parameters: blanks dropped, dates as yyyy-MM-dd, the "finished" select mapped to a boolean. */
export function filterParams(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keyword = typeof values.keyword === 'string' ? values.keyword.trim() : '';
  if (keyword) out.keyword = keyword;
  if (values.state) out.state = values.state;
  const range = values.range as [{ format: (f: string) => string } | string, { format: (f: string) => string } | string] | undefined;
  if (Array.isArray(range) && range[0] && range[1]) {
    out.from = typeof range[0] === 'string' ? range[0] : range[0].format('YYYY-MM-DD');
    out.to = typeof range[1] === 'string' ? range[1] : range[1].format('YYYY-MM-DD');
  }
  if (values.outOfRange === true) out.outOfRange = true;
  if (values.finished === 'yes') out.finished = true;
  if (values.finished === 'no') out.finished = false;
  return out;
}
