import { client, http, toApiError } from './http';
import type { StageCode, TimeUnit } from './enforcement';

export type Id = string | number;
export type CaseTab = 'MINE' | 'OVERDUE' | 'ALL';

/** One row of the workbench list (/api/enforcement/workbench/cases). */
export interface CaseRow {
  id: string;
  caseNo: string;
  categoryId: string;
  categoryName?: string | null;
  majorName?: string | null;
  subjectName?: string | null;
  plate?: string | null;
  gridId: string;
  status: 'OPEN' | 'CLOSED';
  currentStage: StageCode;
  currentStageName: string;
  stageDeadline?: string | null;
  paused: boolean;
  overdue: boolean;
  assigneeId?: string | null;
  assigneeName?: string | null;
  createTime: string;
  closedTime?: string | null;
}

export interface CaseCounts {
  mine: Partial<Record<StageCode, number>>;
  mineTotal: number;
  overdue: number;
  open: number;
  all: number;
}

export interface CaseListQuery {
  tab?: CaseTab;
  stage?: StageCode;
  status?: 'OPEN' | 'CLOSED';
  caseNo?: string;
  subject?: string;
  categoryId?: Id;
  pageNo: number;
  pageSize: number;
}

/** The engine's case view (CaseView): no sensitive value. */
export interface CaseView {
  id: Id;
  caseNo: string;
  publicToken: string;
  categoryId: Id;
  subjectId?: Id | null;
  routeId: Id;
  routeVersion: number;
  gridId: Id;
  source?: string | null;
  content: string;
  plate?: string | null;
  media?: Id[];
  status: 'OPEN' | 'CLOSED';
  currentStage: StageCode;
  currentStageName: string;
  currentSeq: number;
  stageDeadline?: string | null;
  paused: boolean;
  assigneeId?: Id | null;
  reporterId?: Id | null;
  createTime: string;
  closedTime?: string | null;
  version: number;
}

export interface CaseStageEntry {
  id: Id;
  entryNo: number;
  seq: number;
  stageCode: StageCode;
  stageName: string;
  roleCodes: string[];
  state: 'ACTIVE' | 'DONE';
  enteredTime: string;
  deadline?: string | null;
  pausedAt?: string | null;
  finishedTime?: string | null;
  overdue: boolean;
}

export interface CaseTrailEntry {
  id: Id;
  stageCode: StageCode;
  action: string;
  actorId?: Id | null;
  actorName?: string | null;
  opinion?: string | null;
  internalNote?: string | null;
  media?: Id[];
  publicOpinion: boolean;
  detail?: Record<string, unknown> | null;
  time: string;
}

export interface StageAction {
  action: string;
  label: string;
}

export interface CaseDetail {
  case: CaseView;
  stages: CaseStageEntry[];
  actions: CaseTrailEntry[];
  verifications: Record<string, unknown>[];
  availableActions: StageAction[];
  publicUrl: string;
}

export interface RouteStageOfCase {
  seq: number;
  stageCode: StageCode;
  stageName: string;
  roleCodes: string[];
  roleNames: string[];
  timeLimit?: number | null;
  timeUnit?: TimeUnit | null;
  current: boolean;
}

export interface CaseFile {
  id: string;
  name?: string | null;
  contentType?: string | null;
}

export interface CaseContext {
  categoryName?: string | null;
  majorName?: string | null;
  subject?: { id: string; name: string; subjectType?: string; contact?: string | null; phone?: string | null; idNo?: string | null; plate?: string | null; status?: string | null } | null;
  route?: { id: string; versionNo: number; active: boolean; stages: RouteStageOfCase[] } | null;
  assigneeName?: string | null;
  reporterName?: string | null;
  gridName?: string | null;
  media: CaseFile[];
}

export interface MinorClass {
  categoryId: string;
  name: string;
  code?: string | null;
  majorId?: string | null;
  majorName?: string | null;
  activeVersionNo?: number | null;
}

export interface CatalogMeasure {
  id: string;
  name: string;
  type: 'FINE' | 'SUSPENSION' | 'REVOCATION' | 'POLICE_REFERRAL';
  amountMin?: number | null;
  amountMax?: number | null;
  maxDurationDays?: number | null;
  legalBasis?: string | null;
}

export interface Candidate {
  id: string;
  username?: string | null;
  realName?: string | null;
  deptPath?: string | null;
}

export interface Subject {
  id: string;
  name: string;
  subjectType?: string | null;
  contact?: string | null;
  phone?: string | null;
  idNo?: string | null;
  plate?: string | null;
  status?: string | null;
  gridId?: string | null;
}

export interface NewSubject {
  name: string;
  subjectType: 'ENTERPRISE' | 'INDIVIDUAL' | 'PERSON';
  idNo?: string;
  phone?: string;
  contact?: string;
  plate?: string;
}

export interface CreateCaseBody {
  categoryId: Id;
  subjectId: Id;
  content: string;
  plate?: string;
  driverIdNo?: string;
  media?: Id[];
}

export interface ActionBody {
  action: string;
  opinion?: string;
  internalNote?: string;
  publicOpinion?: boolean;
  media?: Id[];
  version?: number;
  data?: Record<string, unknown>;
}

const enc = (v: Id) => encodeURIComponent(String(v));
const base = '/enforcement/workbench';

/** The staff's case workbench: reads of /api/enforcement/workbench, registration and actions of the engine. */
export const enforcementCases = {
  list: (q: CaseListQuery) => http.get<{ records: CaseRow[]; total: number }>(`${base}/cases`, q),
  counts: () => http.get<CaseCounts>(`${base}/cases/counts`),
  options: () => http.get<{ categories: MinorClass[]; measures: CatalogMeasure[] }>(`${base}/options`),
  detail: (id: Id) => http.get<CaseDetail>(`/enforcement/cases/${enc(id)}`),
  context: (id: Id) => http.get<CaseContext>(`${base}/cases/${enc(id)}/context`),
  assignees: (id: Id) => http.get<Candidate[]>(`${base}/cases/${enc(id)}/assignees`),
  mediaUrl: (id: Id, fileId: Id) => `${base}/cases/${enc(id)}/media/${enc(fileId)}`,
  qrcodeUrl: (id: Id) => `/enforcement/cases/${enc(id)}/qrcode?size=240`,
  create: (body: CreateCaseBody) => http.post<CaseView>('/enforcement/cases', body),
  act: (id: Id, body: ActionBody) => http.post<CaseView>(`/enforcement/cases/${enc(id)}/actions`, body),
  /** Subject search of the enforcer app (name, plate, 18-digit ID / credit code, phone). */
  searchSubjects: (keyword: string) => http.get<Subject[]>('/app/enforcement/subjects', { keyword }),
  /** Create if absent: an existing subject of the grid with the same ID number (else name) is returned instead. */
  createSubject: (body: NewSubject) => http.post<{ created: boolean; subject?: Subject } & Record<string, unknown>>('/app/enforcement/subjects', body),
  /** Photo / video upload through the platform's file service. */
  async upload(file: File): Promise<{ id: string; name: string; contentType: string }> {
    const form = new FormData();
    form.append('file', file);
    return http.post('/files', form);
  },
  async blob(url: string): Promise<Blob> {
    try {
      return (await client.get<Blob>(url, { responseType: 'blob' })).data;
    } catch (e) {
      throw toApiError(e);
    }
  },
};
