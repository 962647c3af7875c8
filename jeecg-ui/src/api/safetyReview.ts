import { client, http, toApiError } from '@/api/http';

/** A file as the review endpoints list it (traffic_file). */
export interface ReviewFile {
  id: string | number;
  name?: string | null;
  contentType?: string | null;
}

export interface TrailEntry {
  id: string | number;
  roundNo?: number | null;
  action: string;
  actorName?: string | null;
  note?: string | null;
  createTime?: string | null;
}

export interface SelfCheckRow {
  id: string | number;
  subjectId: string | number;
  subjectName?: string | null;
  gridId?: string | number | null;
  periodKey: string;
  status: string;
  roundNo?: number | null;
  qualifiedCount?: number | null;
  unqualifiedCount?: number | null;
  submittedAt?: string | null;
  reviewedAt?: string | null;
  reviewNote?: string | null;
}

export interface SelfCheckItem {
  itemId: string | number;
  name: string;
  content?: string | null;
  itemGroup?: string | null;
  result?: 'QUALIFIED' | 'UNQUALIFIED' | null;
  remark?: string | null;
  attachments: ReviewFile[];
}

export interface SelfCheckDetail extends SelfCheckRow {
  periodStart?: string | null;
  periodEnd?: string | null;
  items: SelfCheckItem[];
  trail: TrailEntry[];
}

export interface EquipmentCycle {
  id: string | number;
  kind: 'CARE' | 'CHECK' | string;
  cycleDays: number;
  lastDoneOn?: string | null;
  nextDueOn: string;
  overdue: boolean;
}

export interface EquipmentRow {
  id: string | number;
  subjectId: string | number;
  subjectName?: string | null;
  typeId?: string | number | null;
  typeName?: string | null;
  name: string;
  modelNo?: string | null;
  serialNo?: string | null;
  location?: string | null;
  installDate?: string | null;
  status: string;
  reviewNote?: string | null;
  reviewedAt?: string | null;
  updateTime?: string | null;
  cycles?: EquipmentCycle[];
}

export interface MaintenanceRecord {
  id: string | number;
  kind: string;
  doneOn: string;
  content?: string | null;
  previousDueOn?: string | null;
  nextDueOn?: string | null;
  createTime?: string | null;
  attachments: ReviewFile[];
}

export interface EquipmentDetail extends EquipmentRow {
  lastCareDate?: string | null;
  lastCheckDate?: string | null;
  remark?: string | null;
  attachments: ReviewFile[];
  cycles: EquipmentCycle[];
  maintenance: MaintenanceRecord[];
  trail: TrailEntry[];
}

/** The review calls of one kind of record: list, detail, file, approve, return. */
export interface ReviewApi<Row, Detail> {
  list(params: Record<string, unknown>): Promise<Row[]>;
  detail(id: string | number): Promise<Detail>;
  fileUrl(id: string | number, fileId: string | number): string;
  approve(id: string | number, note?: string): Promise<unknown>;
  giveBack(id: string | number, reason: string): Promise<unknown>;
}

function reviewApi<Row, Detail>(review: string, app: string): ReviewApi<Row, Detail> {
  return {
    list: (params) => http.get<Row[]>(review, params),
    detail: (id) => http.get<Detail>(`${app}/${id}`),
    fileUrl: (id, fileId) => `${app}/${id}/files/${fileId}`,
    approve: (id, note) => http.post(`${review}/${id}/approve`, { note: note?.trim() || null }),
    giveBack: (id, reason) => http.post(`${review}/${id}/return`, { reason }),
  };
}

export const selfCheckReview = reviewApi<SelfCheckRow, SelfCheckDetail>('/safety/self-checks', '/app/self-checks');
export const equipmentReview = reviewApi<EquipmentRow, EquipmentDetail>('/safety/equipment', '/app/equipment');

/** Loads a protected file (the token travels in a header, so an <img src> cannot fetch it directly). */
export async function fetchFile(url: string): Promise<Blob> {
  try {
    const res = await client.get<Blob>(url, { responseType: 'blob' });
    return res.data;
  } catch (e) {
    throw toApiError(e);
  }
}
