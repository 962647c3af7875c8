/** Labels of the columns an enterprise may submit (SubjectChanges.PROFILE_COLUMNS / EMPLOYEE_COLUMNS on the server). */
export const PROFILE_LABELS: Record<string, string> = {
  name: '单位名称',
  credit_code: '统一社会信用代码',
  legal_person: '法定代表人',
  phone: '联系电话',
  address: '地址',
  business_scope: '经营范围',
  registered_date: '注册日期',
  expiry_date: '有效期至',
  intro: '简介',
};

export const EMPLOYEE_LABELS: Record<string, string> = {
  name: '姓名',
  sex: '性别',
  age: '年龄',
  id_card: '身份证号',
  phone: '联系电话',
  driving_licence: '驾驶证号',
  health_status: '健康状况',
  job: '岗位',
  household_address: '户籍地址',
};

export const KIND_TEXT = (kind: string, targetId: unknown): string =>
  kind === 'SUBJECT' ? '企业资料变更' : targetId ? '从业人员变更' : '新增从业人员';

export const STATUS_TEXT: Record<string, { text: string; color: string }> = {
  PENDING: { text: '待审核', color: 'orange' },
  APPROVED: { text: '已通过', color: 'green' },
  RETURNED: { text: '已退回', color: 'blue' },
  REJECTED: { text: '已驳回', color: 'red' },
};

export interface DiffRow {
  field: string;
  label: string;
  current: string;
  proposed: string;
  /** the submission touches this field */
  submitted: boolean;
  changed: boolean;
}

/** Shown form of a value: null/undefined/blank → '', a date-time at midnight → its date, numbers and booleans as text. */
export function shown(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  const s = String(v).trim();
  const midnight = /^(\d{4}-\d{2}-\d{2})[T ]00:00(:00(\.0+)?)?$/.exec(s);
  return midnight ? midnight[1] : s;
}

/**
 * Side-by-side rows of the values on record and the proposed ones: every known column of the kind, in form order,
 * then any other submitted key; `changed` compares the shown forms (so 38 and "38", or a date and its midnight, are equal).
 * A new employee has no current values: every submitted field is a change.
 */
export function diffRows(kind: string, current: Record<string, unknown> | undefined, proposed: Record<string, unknown>): DiffRow[] {
  const labels = kind === 'SUBJECT' ? PROFILE_LABELS : EMPLOYEE_LABELS;
  const cur = current ?? {};
  const fields = [...Object.keys(labels), ...Object.keys(proposed).filter((k) => !(k in labels))];
  const rows: DiffRow[] = [];
  for (const field of fields) {
    const submitted = Object.prototype.hasOwnProperty.call(proposed, field);
    if (!submitted && !(field in cur)) continue;
    const c = shown(cur[field]);
    const p = submitted ? shown(proposed[field]) : c;
    rows.push({ field, label: labels[field] ?? field, current: c, proposed: p, submitted, changed: submitted && c !== p });
  }
  return rows;
}

export function changedCount(rows: DiffRow[]): number {
  return rows.filter((r) => r.changed).length;
}

/** The return reason the server accepts: required, at most 500 characters. */
export function reasonError(reason: string): string | null {
  const r = reason.trim();
  if (!r) return '请填写退回原因';
  if (r.length > 500) return '退回原因不能超过500字';
  return null;
}
