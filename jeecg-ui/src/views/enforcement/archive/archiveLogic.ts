import type { ArchiveFilter, ArchiveMeasure } from '@/api/enforcementArchive';
import type { StageCode } from '@/api/enforcement';
import { STAGE_LABELS } from '@/views/enforcement/route/routeDraft';

export const CASE_STATUS: Record<'OPEN' | 'CLOSED', { text: string; color: string }> = {
  OPEN: { text: '办理中', color: 'processing' },
  CLOSED: { text: '已结案', color: 'default' },
};
export const statusOptions = [
  { value: 'OPEN', label: '办理中' },
  { value: 'CLOSED', label: '已结案' },
];
export const stageOptions = (Object.keys(STAGE_LABELS) as StageCode[]).map((c) => ({ value: c, label: STAGE_LABELS[c] }));

const MEASURE_TYPES: Record<string, string> = { FINE: '罚款', SUSPENSION: '停业整顿', REVOCATION: '吊销许可', POLICE_REFERRAL: '移送公安' };

/** Trail entries by action code: the engine's built-ins, the public side's handlers and the system's moves. */
const ACTIONS: Record<string, string> = {
  create: '登记案件', pass: '办结本环节', record: '记录', pause: '暂停计时', resume: '恢复计时', dispatch: '派单', verify: '核实',
  meetingOpinion: '会议意见', measures: '处置措施', autoFile: '自动立案', autoAdvance: '自动转入下一环节',
  autoJump: '系统转办', autoClose: '系统结案',
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action;
}

/** Where a case came from: staff (web or app) or a third-party import (its source name). */
export function sourceLabel(source: string | null | undefined): string {
  if (!source) return '';
  if (source === 'STAFF') return '执法人员登记';
  if (source === 'IMPORT') return '第三方系统导入';
  return source;
}

export function stageLabel(code: string | null | undefined): string {
  return code ? STAGE_LABELS[code as StageCode] ?? code : '';
}

/** The query values of the form → the archive's request parameters (the same for the list and the export). */
export function filterParams(values: Record<string, unknown>): ArchiveFilter {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const out: ArchiveFilter = {};
  const caseNo = text(values.caseNo);
  if (caseNo) out.caseNo = caseNo.toUpperCase();
  const subject = text(values.subject);
  if (subject) out.subject = subject;
  if (values.categoryId != null && values.categoryId !== '') out.categoryId = String(values.categoryId);
  const range = values.created as [string, string] | undefined;
  if (Array.isArray(range) && range[0]) out.from = range[0];
  if (Array.isArray(range) && range[1]) out.to = range[1];
  if (values.status === 'OPEN' || values.status === 'CLOSED') out.status = values.status;
  const stage = text(values.stage);
  if (stage) out.stage = stage;
  if (values.enforcerId != null && values.enforcerId !== '') out.enforcerId = String(values.enforcerId);
  if (values.flagged === true) out.flagged = true;
  return out;
}

export function money(v: number | string | null | undefined): string {
  if (v == null || v === '') return '';
  const n = Number(v);
  return Number.isFinite(n) ? n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(v);
}

/** One measure as a line: "罚款 8,000.00 元（幅度 5,000.00–30,000.00，超幅度）", "停业整顿 30 日（至 2026-12-24）". */
export function measureText(m: ArchiveMeasure): string {
  const type = MEASURE_TYPES[m.type] ?? m.type;
  const name = m.name && m.name !== type ? `${m.name}` : type;
  if (m.type === 'FINE') {
    const range = m.rangeMin != null || m.rangeMax != null ? `幅度 ${money(m.rangeMin) || '—'}–${money(m.rangeMax) || '—'}` : '';
    const notes = [range, m.outOfRange ? '超幅度，已确认' : ''].filter(Boolean).join('，');
    return `${name} ${money(m.amount)} 元${notes ? `（${notes}）` : ''}`;
  }
  if (m.type === 'SUSPENSION') return `${name} ${m.durationDays ?? ''} 日${m.effectiveUntil ? `（至 ${m.effectiveUntil}）` : ''}`;
  return name;
}

/**
 * Options of the enforcer filter: everyone the caller can list when a user directory is at hand, otherwise the
 * caller and the enforcers already seen in the archive's answers (no extra right needed).
 */
export function mergeEnforcers(known: { value: string; label: string }[], rows: { assigneeId: string | null; assigneeName: string | null }[]) {
  const byId = new Map(known.map((o) => [o.value, o]));
  for (const r of rows) {
    if (r.assigneeId && !byId.has(r.assigneeId)) byId.set(r.assigneeId, { value: r.assigneeId, label: r.assigneeName ?? r.assigneeId });
  }
  return [...byId.values()];
}

/** Minor classes under their major classes, for the class filter (a major class selects all its minor classes). */
export function categoryTree(rows: Record<string, unknown>[]) {
  const id = (r: Record<string, unknown>) => String(r.id);
  const parent = (r: Record<string, unknown>) => (r.parent_id ?? r.parentId ?? '0') as string | number;
  const majors = rows.filter((r) => String(parent(r)) === '0' || r.level === 'MAJOR');
  return majors.map((m) => ({
    value: id(m),
    title: String(m.name),
    children: rows.filter((r) => String(parent(r)) === id(m)).map((r) => ({ value: id(r), title: String(r.name) })),
  }));
}
