import type { StageCode, TimeUnit } from '@/api/enforcement';
import type {
  ActionBody, CaseCounts, CaseListQuery, CaseTab, CaseTrailEntry, CatalogMeasure, CreateCaseBody, MinorClass, StageAction,
} from '@/api/enforcementCase';
import { ApiError } from '@/api/http';
import { STAGE_LABELS, UNIT_LABELS } from '../route/routeDraft';

export { STAGE_LABELS };

export const ID_CARD = /^\d{17}[\dXx]$/;
export const PLATE = /^[\u4e00-\u9fa5][A-Z][A-Z0-9]{4,6}[\u4e00-\u9fa5]?$/;
export const CREDIT_OR_ID = /^(\d{17}[\dXx]|[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})$/;
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export const MEASURE_TYPE_LABELS: Record<CatalogMeasure['type'], string> = {
  FINE: '罚款', SUSPENSION: '暂扣/停业', REVOCATION: '吊销', POLICE_REFERRAL: '移送公安',
};
export const SUBJECT_TYPE_LABELS: Record<string, string> = { ENTERPRISE: '企业', INDIVIDUAL: '个体工商户', PERSON: '个人' };
const ACTION_LABELS: Record<string, string> = {
  create: '登记', pass: '办结本环节', record: '记录', pause: '暂停计时', resume: '恢复计时', dispatch: '派单', verify: '核实',
  measures: '处置措施', meetingOpinion: '会议意见', autoFile: '自动立案', autoJump: '系统流转', autoAdvance: '系统流转', autoClose: '系统结案',
};

// ---------------------------------------------------------------- list

export interface TabItem {
  key: string;
  tab: CaseTab;
  stage?: StageCode;
  label: string;
}

/** 我的案件 (with one tab per stage that has cases), 超期, 全部. Keys are stable for a-tabs. */
export function tabItems(counts: CaseCounts | null): TabItem[] {
  const items: TabItem[] = [{ key: 'MINE', tab: 'MINE', label: `我的案件（${counts?.mineTotal ?? 0}）` }];
  const mine = counts?.mine ?? {};
  (Object.keys(STAGE_LABELS) as StageCode[]).forEach((code) => {
    const n = mine[code] ?? 0;
    if (n > 0) items.push({ key: `MINE:${code}`, tab: 'MINE', stage: code, label: `${STAGE_LABELS[code]}（${n}）` });
  });
  items.push({ key: 'OVERDUE', tab: 'OVERDUE', label: `超期（${counts?.overdue ?? 0}）` });
  items.push({ key: 'ALL', tab: 'ALL', label: `全部（${counts?.all ?? 0}）` });
  return items;
}

export interface ListFilter {
  caseNo?: string;
  subject?: string;
  categoryId?: string;
  status?: 'OPEN' | 'CLOSED';
}

/** The request of one list page: the tab's scope plus the search bar (blank values left out). */
export function listQuery(tabKey: string, filter: ListFilter, pageNo: number, pageSize: number): CaseListQuery {
  const [tab, stage] = tabKey.split(':') as [CaseTab, StageCode | undefined];
  const q: CaseListQuery = { tab, pageNo, pageSize: Math.min(pageSize, 200) };
  if (stage) q.stage = stage;
  const caseNo = filter.caseNo?.trim();
  if (caseNo) q.caseNo = caseNo.toUpperCase();
  const subject = filter.subject?.trim();
  if (subject) q.subject = subject;
  if (filter.categoryId) q.categoryId = filter.categoryId;
  if (filter.status) q.status = filter.status;
  return q;
}

/** Tree of the class picker: major classes as unselectable parents, minor classes as leaves. */
export function categoryTree(minors: MinorClass[], onlyWithRoute = false) {
  const majors = new Map<string, { value: string; title: string; selectable: boolean; children: { value: string; title: string; disabled?: boolean }[] }>();
  minors.forEach((m) => {
    const key = m.majorId ?? '0';
    if (!majors.has(key)) majors.set(key, { value: `major:${key}`, title: m.majorName ?? '未分组', selectable: false, children: [] });
    const noRoute = onlyWithRoute && !m.activeVersionNo;
    majors.get(key)!.children.push({ value: String(m.categoryId), title: noRoute ? `${m.name}（未配置流转路线）` : m.name, disabled: noRoute || undefined });
  });
  return [...majors.values()];
}

/** For the search bar: majors selectable too (a major class = all its minor classes on the server). */
export function filterCategoryTree(minors: MinorClass[]) {
  return categoryTree(minors).map((m) => ({ ...m, value: m.value.replace('major:', ''), selectable: true }));
}

export function limitText(timeLimit?: number | null, timeUnit?: TimeUnit | null): string {
  return timeLimit && timeUnit ? `${timeLimit} ${UNIT_LABELS[timeUnit]}` : '不限时';
}

/** Where a case came from: registered by staff, or pushed by a third-party system. */
export function sourceText(source?: string | null): string {
  if (!source || source === 'STAFF') return '执法人员登记';
  if (source === 'IMPORT') return '第三方系统推送';
  return source;
}

/** "2026-11-24T10:00:00" → "2026-11-24 10:00". */
export function time(v?: string | null): string {
  if (!v) return '';
  return v.replace('T', ' ').slice(0, 16);
}

// ---------------------------------------------------------------- new case

export interface NewCaseForm {
  categoryId?: string;
  subjectId?: string;
  content: string;
  plate: string;
  driverIdNo: string;
  media: string[];
}

export function emptyCase(): NewCaseForm {
  return { categoryId: undefined, subjectId: undefined, content: '', plate: '', driverIdNo: '', media: [] };
}

export function validateCase(f: NewCaseForm): string[] {
  const errors: string[] = [];
  if (!f.categoryId) errors.push('请选择案件小类');
  if (!f.subjectId) errors.push('请选择或登记执法对象');
  if (!f.content.trim()) errors.push('请填写案情');
  else if (f.content.length > 4000) errors.push('案情不能超过 4000 个字符');
  if (f.plate.trim() && !PLATE.test(f.plate.trim().toUpperCase())) errors.push('车牌号格式不正确');
  if (f.driverIdNo.trim() && !ID_CARD.test(f.driverIdNo.trim())) errors.push('驾驶员身份证号应为 18 位');
  if (f.media.length > 20) errors.push('附件最多 20 个');
  return errors;
}

export function toCreateBody(f: NewCaseForm): CreateCaseBody {
  const body: CreateCaseBody = { categoryId: f.categoryId!, subjectId: f.subjectId!, content: f.content.trim(), media: [...f.media] };
  if (f.plate.trim()) body.plate = f.plate.trim().toUpperCase();
  if (f.driverIdNo.trim()) body.driverIdNo = f.driverIdNo.trim().toUpperCase();
  return body;
}

export interface NewSubjectForm {
  name: string;
  subjectType: 'ENTERPRISE' | 'INDIVIDUAL' | 'PERSON';
  idNo: string;
  phone: string;
  contact: string;
  plate: string;
}

export function emptySubject(name = ''): NewSubjectForm {
  // a keyword that looks like an ID number goes into the ID field, anything else into the name
  const id = CREDIT_OR_ID.test(name.trim().toUpperCase());
  return { name: id ? '' : name.trim(), subjectType: 'ENTERPRISE', idNo: id ? name.trim().toUpperCase() : '', phone: '', contact: '', plate: '' };
}

export function validateSubject(s: NewSubjectForm): string[] {
  const errors: string[] = [];
  if (!s.name.trim()) errors.push('请填写名称/姓名');
  if (s.idNo.trim() && !CREDIT_OR_ID.test(s.idNo.trim().toUpperCase())) errors.push('证件号应为 18 位身份证号或统一社会信用代码');
  if (s.phone.trim() && !PHONE.test(s.phone.trim())) errors.push('联系电话应为手机号或座机号（如 0912-3456789）');
  return errors;
}

// ---------------------------------------------------------------- actions

export type ActionKind = 'dispatch' | 'verify' | 'measures' | 'meetingOpinion' | 'pause' | 'resume' | 'record' | 'pass' | 'other';

export function actionKind(action: string): ActionKind {
  return (['dispatch', 'verify', 'measures', 'meetingOpinion', 'pause', 'resume', 'record', 'pass'] as const).find((k) => k === action) ?? 'other';
}

/** Button order: the stage's own action first, then completing, recording, pausing. */
export function orderActions(actions: StageAction[]): StageAction[] {
  const rank = (a: StageAction) => ({ pass: 1, record: 2, pause: 3, resume: 3 } as Record<string, number>)[a.action] ?? 0;
  return [...actions].sort((a, b) => rank(a) - rank(b));
}

export interface MeasureLine {
  measureId?: string;
  amount?: number;
  durationDays?: number;
  note: string;
}

export interface ActionDraft {
  action: string;
  opinion: string;
  internalNote: string;
  publicOpinion: boolean;
  media: string[];
  assigneeId?: string;
  cause: string;
  enterpriseOpinion: string;
  correction: string;
  process: string;
  meetingDate: string;
  participants: string;
  measures: MeasureLine[];
}

export function emptyAction(action = ''): ActionDraft {
  return {
    action, opinion: '', internalNote: '', publicOpinion: true, media: [], assigneeId: undefined, cause: '',
    enterpriseOpinion: '', correction: '', process: '', meetingDate: '', participants: '', measures: [{ note: '' }],
  };
}

export function validateAction(d: ActionDraft, catalog: CatalogMeasure[]): string[] {
  const e: string[] = [];
  const kind = actionKind(d.action);
  if (!d.action) e.push('请选择要办理的操作');
  if (d.opinion.length > 2000) e.push('办理意见不能超过 2000 个字符');
  if (d.internalNote.length > 2000) e.push('内部备注不能超过 2000 个字符');
  if (d.media.length > 20) e.push('附件最多 20 个');
  if (kind === 'dispatch' && !d.assigneeId) e.push('请选择承办人');
  if (kind === 'verify') {
    if (!d.cause.trim()) e.push('请填写违法原因');
    if (!d.process.trim()) e.push('请填写核实过程');
  }
  if (kind === 'pause' && !d.opinion.trim()) e.push('请填写暂停原因（如：鉴定中）');
  if (kind === 'record' && !d.opinion.trim() && !d.internalNote.trim() && !d.media.length) e.push('记录内容不能为空（意见、内部备注或附件至少填写一项）');
  if (kind === 'meetingOpinion') {
    if (!d.opinion.trim()) e.push('请填写会议意见');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d.meetingDate)) e.push('请选择会议日期');
  }
  if (kind === 'measures') {
    const lines = d.measures.filter((m) => m.measureId);
    if (!lines.length) e.push('请至少选择一项处置措施');
    const seen = new Set<string>();
    lines.forEach((m, i) => {
      const entry = catalog.find((c) => c.id === m.measureId);
      const at = `第 ${i + 1} 项（${entry?.name ?? '措施'}）`;
      if (seen.has(m.measureId!)) e.push(`${at}重复`);
      seen.add(m.measureId!);
      if (entry?.type === 'FINE' && !(Number(m.amount) > 0)) e.push(`${at}请填写罚款金额`);
      if (entry?.type === 'SUSPENSION') {
        if (!(Number(m.durationDays) >= 1)) e.push(`${at}请填写期限天数`);
        else if (entry.maxDurationDays && Number(m.durationDays) > entry.maxDurationDays) e.push(`${at}期限不能超过 ${entry.maxDurationDays} 天`);
      }
    });
  }
  return e;
}

export function toActionBody(d: ActionDraft, version: number, catalog: CatalogMeasure[], confirmOutOfRange = false): ActionBody {
  const body: ActionBody = { action: d.action, version, publicOpinion: d.publicOpinion };
  if (d.opinion.trim()) body.opinion = d.opinion.trim();
  if (d.internalNote.trim()) body.internalNote = d.internalNote.trim();
  if (d.media.length) body.media = [...d.media];
  switch (actionKind(d.action)) {
    case 'dispatch':
      body.data = { assigneeId: d.assigneeId };
      break;
    case 'verify':
      body.data = { cause: d.cause.trim(), process: d.process.trim(), enterpriseOpinion: d.enterpriseOpinion.trim() || undefined, correction: d.correction.trim() || undefined };
      break;
    case 'meetingOpinion':
      body.data = { meetingDate: d.meetingDate, participants: d.participants.trim() || undefined };
      break;
    case 'measures':
      body.data = {
        confirmOutOfRange,
        measures: d.measures.filter((m) => m.measureId).map((m) => {
          const type = catalog.find((c) => c.id === m.measureId)?.type;
          return {
            measureId: m.measureId,
            amount: type === 'FINE' ? m.amount : undefined,
            durationDays: type === 'SUSPENSION' ? m.durationDays : undefined,
            note: m.note.trim() || undefined,
          };
        }),
      };
      break;
    default:
      break;
  }
  return body;
}

export interface OutOfRange {
  measureId: string;
  amount: number;
  rangeMin?: number | null;
  rangeMax?: number | null;
}

/** The server's 400 "fine outside the class's range" answer, which asks for a confirmation. */
export function outOfRange(err: unknown): OutOfRange | null {
  if (!(err instanceof ApiError) || err.status !== 400) return null;
  const r = err.result as Record<string, unknown> | null | undefined;
  if (!r || r.confirmRequired !== true) return null;
  return { measureId: String(r.measureId), amount: Number(r.amount), rangeMin: r.rangeMin as number | null, rangeMax: r.rangeMax as number | null };
}

export function rangeText(min?: number | null, max?: number | null): string {
  if (min != null && max != null) return `${min} - ${max} 元`;
  if (min != null) return `不低于 ${min} 元`;
  if (max != null) return `不超过 ${max} 元`;
  return '不限';
}

/**
 * The message shown for a failed action. The user's input stays in the form in every case; on 409 the page
 * reloads the case (someone acted first, or the stage moved) and says so.
 */
export function actionError(err: unknown): { text: string; reload: boolean } {
  const e = err instanceof ApiError ? err : new ApiError((err as Error)?.message || '操作失败', 0);
  if (e.status === 409) return { text: `${e.message}。案件已刷新为最新状态，您填写的内容已保留。`, reload: true };
  if (e.status === 403) return { text: `${e.message || '没有权限执行此操作'}（当前环节不允许您办理）`, reload: true };
  if (e.status === 404) return { text: e.message || '案件不存在或无权访问', reload: false };
  return { text: e.message || '操作失败', reload: false };
}

// ---------------------------------------------------------------- trail

export function actionLabel(action: string, labels: StageAction[] = []): string {
  return labels.find((a) => a.action === action)?.label ?? ACTION_LABELS[action] ?? action;
}

/** Small facts of a trail entry worth a line (the assignee of a dispatch, a meeting date, measures). */
export function trailFacts(t: CaseTrailEntry): string[] {
  const d = t.detail ?? {};
  const out: string[] = [];
  if (d.assigneeName || d.assigneeId) out.push(`承办人：${String(d.assigneeName ?? d.assigneeId)}`);
  if (d.meetingDate) out.push(`会议日期：${String(d.meetingDate)}`);
  if (d.participants) out.push(`参会人员：${String(d.participants)}`);
  if (Array.isArray(d.measures)) {
    out.push(`处置措施：${(d.measures as Record<string, unknown>[]).map((m) => [m.name, m.amount ? `${m.amount} 元` : '', m.durationDays ? `${m.durationDays} 天` : '', m.outOfRange === true ? '（超出幅度，已确认）' : ''].filter(Boolean).join(' ')).join('；')}`);
  }
  return out;
}

/** Deadline text of the current stage: remaining time, "已超期", or "已暂停". */
export function deadlineState(deadline: string | null | undefined, paused: boolean, closed: boolean, now = new Date()): { text: string; color: string } {
  if (closed) return { text: '已结案', color: 'default' };
  if (paused) return { text: '已暂停计时', color: 'blue' };
  if (!deadline) return { text: '不限时', color: 'default' };
  const ms = new Date(deadline).getTime() - now.getTime();
  if (ms < 0) return { text: `已超期（时限 ${time(deadline)}）`, color: 'red' };
  const h = Math.floor(ms / 3600000);
  const text = h >= 48 ? `剩余 ${Math.floor(h / 24)} 天` : h >= 1 ? `剩余 ${h} 小时` : `剩余 ${Math.max(1, Math.floor(ms / 60000))} 分钟`;
  return { text: `${text}（${time(deadline)}）`, color: h < 8 ? 'orange' : 'green' };
}
