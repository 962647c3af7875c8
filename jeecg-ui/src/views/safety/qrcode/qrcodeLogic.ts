import type { QrSubject } from '@/api/safetyQrcode';

/** A sheet of A4 pages: 3 columns × 4 rows of labels (QR code, subject name, code under it). */
export const PER_PAGE = 12;
export const MAX_SUBJECTS = 200;
export const MAX_COPIES = 50;

export const SUBJECT_STATUS: Record<string, { text: string; color: string }> = {
  NORMAL: { text: '正常', color: 'green' },
  HIDDEN: { text: '隐藏', color: 'default' },
  LOCKED: { text: '锁止', color: 'orange' },
  ABNORMAL: { text: '异常', color: 'red' },
};

export const QR_STATUS: Record<string, { text: string; color: string }> = {
  BOUND: { text: '已绑定', color: 'blue' },
  UNBOUND: { text: '已解绑', color: 'red' },
};

export interface Label {
  key: string;
  subjectId: string;
  name: string;
  code: string;
}

/** The line under the code: the unified social credit code, else the subject number. */
export function codeLine(s: Pick<QrSubject, 'id' | 'creditCode'>): string {
  return s.creditCode ? s.creditCode : `编号 ${s.id}`;
}

/** One label per copy of each chosen subject, subjects kept together. */
export function sheetLabels(subjects: Pick<QrSubject, 'id' | 'name' | 'creditCode'>[], copies: number): Label[] {
  const out: Label[] = [];
  subjects.forEach((s) => {
    for (let i = 0; i < copies; i++) out.push({ key: `${s.id}-${i}`, subjectId: String(s.id), name: s.name, code: codeLine(s) });
  });
  return out;
}

/** Labels cut into printed pages. */
export function paginate<T>(labels: T[], perPage = PER_PAGE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < labels.length; i += perPage) pages.push(labels.slice(i, i + perPage));
  return pages;
}

export function validateCopies(copies: unknown): string {
  if (typeof copies !== 'number' || !Number.isInteger(copies) || copies < 1) return '打印份数须为至少 1 的整数';
  if (copies > MAX_COPIES) return `每个主体一次最多打印 ${MAX_COPIES} 份`;
  return '';
}

/** Subjects chosen across pages of the list (the table only knows the rows it shows). */
export class Selection {
  private readonly chosen = new Map<string, QrSubject>();

  get size() {
    return this.chosen.size;
  }

  keys(): string[] {
    return [...this.chosen.keys()];
  }

  values(): QrSubject[] {
    return [...this.chosen.values()];
  }

  /** Sets the choice for the rows of one page; returns a message when the limit would be passed. */
  update(pageRows: QrSubject[], selectedKeys: string[]): string {
    const wanted = new Set(selectedKeys.map(String));
    const adding = pageRows.filter((r) => wanted.has(String(r.id)) && !this.chosen.has(String(r.id)));
    pageRows.filter((r) => !wanted.has(String(r.id))).forEach((r) => this.chosen.delete(String(r.id)));
    if (this.chosen.size + adding.length > MAX_SUBJECTS) return `一次最多选择 ${MAX_SUBJECTS} 个主体`;
    adding.forEach((r) => this.chosen.set(String(r.id), r));
    return '';
  }

  remove(id: string) {
    this.chosen.delete(String(id));
  }

  clear() {
    this.chosen.clear();
  }
}
