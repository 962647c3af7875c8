import type { PublicCase } from '@/api/publicCase';

/** The same rules the server applies (AppealRequests.Submit), checked first so the citizen sees them at once. */
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
export const MAX_FILES = 9;
const IMAGE_MAX = 10 * 1024 * 1024;
const VIDEO_MAX = 50 * 1024 * 1024;
const TYPES: Record<string, 'image' | 'video'> = { 'image/jpeg': 'image', 'image/png': 'image', 'video/mp4': 'video' };
export const ACCEPT = 'image/jpeg,image/png,video/mp4';

export interface AppealForm {
  content: string;
  appellant: string;
  phone: string;
}

export function emptyForm(): AppealForm {
  return { content: '', appellant: '', phone: '' };
}

/** Problems of the appeal form, in the order of the fields (empty when it can be sent). */
export function validateAppeal(f: AppealForm, files: number): string[] {
  const errors: string[] = [];
  const content = f.content.trim();
  if (!content) errors.push('请填写申诉内容');
  else if (content.length > 2000) errors.push('申诉内容不能超过2000字');
  const name = f.appellant.trim();
  if (!name) errors.push('请填写申诉人姓名');
  else if (name.length > 50) errors.push('申诉人姓名不能超过50字');
  const phone = f.phone.trim();
  if (!phone) errors.push('请填写联系电话');
  else if (!PHONE.test(phone)) errors.push('联系电话应为手机号或座机号（如 0912-3456789）');
  if (files > MAX_FILES) errors.push(`附件不能超过${MAX_FILES}个`);
  return errors;
}

/** Why a picked file cannot be attached (null when it can): JPG/PNG up to 10 MB, MP4 up to 50 MB. */
export function fileProblem(file: { type: string; size: number; name: string }): string | null {
  const kind = TYPES[file.type];
  if (!kind) return `“${file.name}”格式不支持，请上传 JPG、PNG 图片或 MP4 视频`;
  if (kind === 'image' && file.size > IMAGE_MAX) return `图片“${file.name}”超过 10 MB`;
  if (kind === 'video' && file.size > VIDEO_MAX) return `视频“${file.name}”超过 50 MB`;
  return null;
}

/** The line above the appeal form: which appeal this would be and until when. */
export function appealHint(a: PublicCase['appeal']): string {
  if (!a.open) return a.refusal ?? '当前不能提交申诉';
  const next = a.used + 1;
  const last = next >= a.max ? '，也是最后一次' : '';
  const until = a.periodEnd ? `，申诉期至 ${a.periodEnd}` : '';
  return `您可以提交第${next}次申诉（每个案件最多申诉${a.max}次${last}）${until}。`;
}

const MEASURE_TYPES: Record<string, string> = { FINE: '罚款', SUSPENSION: '停业整顿', REVOCATION: '吊销许可', POLICE_REFERRAL: '移送公安机关' };

export function measureLine(m: PublicCase['measures'][number]): string {
  const name = m.name || MEASURE_TYPES[m.type] || m.type;
  if (m.type === 'FINE' && m.amount != null) return `${name}：${Number(m.amount).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`;
  if (m.type === 'SUSPENSION') return `${name}：${m.durationDays ?? ''} 日${m.effectiveUntil ? `（至 ${m.effectiveUntil}）` : ''}`;
  return name;
}

/** The stages as the timeline shows them: done, current, with their times; overdue flagged. */
export function stageLines(c: PublicCase) {
  return c.stages.map((s, i) => {
    const current = c.status === 'OPEN' && !s.finishedTime && i === c.stages.length - 1;
    return {
      key: `${i}-${s.stage}`,
      name: s.name,
      state: current ? '办理中' : s.finishedTime ? '已完成' : '',
      current,
      entered: s.enteredTime,
      finished: s.finishedTime,
      deadline: current ? s.deadline : null,
      overdue: s.overdue,
      opinions: c.opinions.filter((o) => o.stage === s.stage && inStage(o.time, s.enteredTime, s.finishedTime)),
    };
  });
}

function inStage(time: string | null, from: string | null, to: string | null): boolean {
  if (!time) return false;
  return (!from || time >= from) && (!to || time <= to);
}

/** Public opinions no stage window holds (e.g. written the same second the stage ended): shown on their own. */
export function unplacedOpinions(c: PublicCase, lines: ReturnType<typeof stageLines>) {
  const placed = new Set(lines.flatMap((l) => l.opinions));
  return c.opinions.filter((o) => !placed.has(o));
}
