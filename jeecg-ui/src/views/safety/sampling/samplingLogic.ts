import type { SamplingBatch, SamplingBatchDetail, SamplingOption, SamplingOrder, SamplingUnassigned } from '@/api/safetySampling';

/** What the sampling form holds: the scope (each optional), a share in percent or a number, the items per subject. */
export interface SamplingDraft {
  unitId?: string;
  gridIds: string[];
  industryIds: string[];
  mode: 'ratio' | 'count';
  percent?: number;
  count?: number;
  itemCount?: number;
}

export function emptyDraft(): SamplingDraft {
  return { gridIds: [], industryIds: [], mode: 'ratio', percent: 5, count: undefined, itemCount: 2 };
}

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

/** The same bounds as the server (SamplingRequest), so a wrong value is named before anything is sent. */
export function validateDraft(d: SamplingDraft): string[] {
  const errors: string[] = [];
  if (d.mode === 'ratio') {
    if (typeof d.percent !== 'number' || !(d.percent > 0)) errors.push('请填写抽取比例（大于 0）');
    else if (d.percent > 100) errors.push('抽取比例不能大于 100%');
  } else if (!isInt(d.count) || d.count < 1) errors.push('抽取数量须为至少 1 的整数');
  else if (d.count > 100000) errors.push('抽取数量不能超过 100000');
  if (!isInt(d.itemCount) || d.itemCount < 1) errors.push('检查项数量须为至少 1 的整数');
  else if (d.itemCount > 100) errors.push('检查项数量不能超过 100');
  return errors;
}

/** The request body: a percent becomes a share in (0, 1]; empty scope parts are left out (= everything visible). */
export function toOrder(d: SamplingDraft): SamplingOrder {
  const order: SamplingOrder = { itemCount: d.itemCount as number };
  if (d.unitId) order.unitId = d.unitId;
  if (d.gridIds.length) order.gridIds = [...d.gridIds];
  if (d.industryIds.length) order.industryIds = [...d.industryIds];
  if (d.mode === 'ratio') order.subjectRatio = Math.round((d.percent as number) * 10000) / 1000000;
  else order.subjectCount = d.count as number;
  return order;
}

export interface TreeOption {
  value: string;
  title: string;
  children?: TreeOption[];
}

/** Flat options with parent ids → a tree for TreeSelect; a node whose parent is not offered becomes a root. */
export function optionTree(options: SamplingOption[]): TreeOption[] {
  const byId = new Map<string, TreeOption>();
  options.forEach((o) => byId.set(String(o.id), { value: String(o.id), title: o.name }));
  const roots: TreeOption[] = [];
  options.forEach((o) => {
    const node = byId.get(String(o.id))!;
    const parent = o.parentId != null ? byId.get(String(o.parentId)) : undefined;
    if (parent && parent !== node) (parent.children ??= []).push(node);
    else roots.push(node);
  });
  return roots;
}

/** "5%" or "20 个" for the history table. */
export function shareText(b: Pick<SamplingBatch, 'subjectRatio' | 'subjectCount'>): string {
  if (b.subjectRatio != null) return `${+(Number(b.subjectRatio) * 100).toFixed(4)}%`;
  if (b.subjectCount != null) return `${b.subjectCount} 个`;
  return '—';
}

export function summaryText(b: SamplingBatch): string {
  return `候选 ${b.candidateCount} 个主体，抽取 ${b.drawnCount} 个：已派单 ${b.assignedCount} 个，未能派单 ${b.unassignedCount} 个`;
}

/** Unassigned subjects grouped by reason, most frequent first (the reasons are few; the subjects may be many). */
export function reasonGroups(rows: SamplingUnassigned[]): { reason: string; count: number }[] {
  const m = new Map<string, number>();
  rows.forEach((r) => m.set(r.reason, (m.get(r.reason) ?? 0) + 1));
  return [...m.entries()].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}

/** A note when rows of other grids are left out of the detail (grid isolation). */
export function hiddenNote(d: SamplingBatchDetail): string {
  return d.hiddenCount > 0 ? `另有 ${d.hiddenCount} 个主体不在您的网格范围内，未显示` : '';
}

/** "2026-11-24T08:00:00" (as the server writes times) → "2026-11-24 08:00:00". */
export function timeText(t: string | null | undefined): string {
  return t ? String(t).replace('T', ' ').slice(0, 19) : '—';
}
