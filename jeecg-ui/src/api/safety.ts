import { download, http, type Page } from './http';

/** Ids arrive as strings (64-bit) or numbers depending on the endpoint; the pages treat them as strings. */
export type Id = string | number;

// ---- supervision measures (A9) ----
export interface NextStep {
  toState: string;
  name: string;
  penalty: boolean;
  roles: string[];
  allowed: boolean;
}

export interface PenaltyLine {
  itemId: string;
  itemName: string;
  amount: number;
  min: number | null;
  max: number | null;
  outOfRange: boolean;
}

export interface MeasureStep {
  seq: number;
  fromState: string | null;
  fromStateName: string | null;
  toState: string;
  toStateName: string;
  actorName: string | null;
  note: string | null;
  /** JSON text of the penalty lines as stored, or already parsed. */
  penalties: string | PenaltyLine[] | null;
  amount: number | null;
  outOfRange: boolean;
  createTime: string;
}

export interface MeasureCase {
  id: Id;
  gridId: Id;
  subjectId: Id;
  subjectName: string;
  inspectionId: Id;
  inspectorName: string | null;
  checkedAt: string | null;
  itemIds: string[];
  itemNames: string[];
  state: string;
  stateName: string;
  terminal: boolean;
  finalState: string | null;
  penaltyTotal: number | null;
  outOfRange: boolean;
  measures: string;
  approverName: string | null;
  approvalTime: string | null;
  version: number;
  steps?: MeasureStep[];
  nextSteps?: NextStep[];
}

export interface MeasureState {
  code: string;
  name: string;
  subjectStatus: string | null;
  penalty: boolean;
  terminal: boolean;
  sortNo: number;
}

export interface MeasureRules {
  states: MeasureState[];
  transitions: { from: string; to: string; roles: string[] }[];
}

export interface MeasureFilter {
  keyword?: string;
  state?: string;
  gridId?: string;
  from?: string;
  to?: string;
  outOfRange?: boolean;
  finished?: boolean;
}

export interface TransitionBody {
  toState: string;
  note?: string;
  penalties?: { itemId: string; amount: number }[];
  confirmOutOfRange?: boolean;
  version?: number;
}

export const measures = {
  list: (params: MeasureFilter & { pageNo: number; pageSize: number }) => http.get<Page<MeasureCase>>('/safety/measures', params),
  get: (id: Id) => http.get<MeasureCase>(`/safety/measures/${id}`),
  transition: (id: Id, body: TransitionBody) => http.post<MeasureCase>(`/safety/measures/${id}/transitions`, body),
  rules: () => http.get<MeasureRules>('/safety/measure-rules'),
  export: (params: MeasureFilter) => download('/safety/measures/export', params, '监管档案.xlsx'),
};

// ---- review management (A10) ----
export type ReviewStatus = 'PENDING' | 'APPROVED' | 'RETURNED' | 'REJECTED';

export interface ReviewSubmission {
  id: Id;
  gridId: Id;
  subjectId: Id;
  subjectName: string;
  kind: 'SUBJECT' | 'EMPLOYEE';
  targetId: Id | null;
  status: ReviewStatus;
  reason: string | null;
  submittedBy: string | null;
  reviewedBy: string | null;
  reviewedTime: string | null;
  appliedId: Id | null;
  version: number;
  createTime: string;
  data: Record<string, unknown>;
  current?: Record<string, unknown>;
}

export const reviews = {
  list: (params: { status?: string; kind?: string }) => http.get<ReviewSubmission[]>('/safety/reviews', params),
  get: (id: Id) => http.get<ReviewSubmission>(`/safety/reviews/${id}`),
  approve: (id: Id) => http.post<ReviewSubmission>(`/safety/reviews/${id}/approve`),
  sendBack: (id: Id, reason: string) => http.post<ReviewSubmission>(`/safety/reviews/${id}/return`, { reason }),
  reject: (id: Id) => http.post<ReviewSubmission>(`/safety/reviews/${id}/reject`),
};

// ---- appeals (A8, A10) ----
export interface Appeal {
  id: Id;
  gridId: Id;
  subjectId: Id;
  subjectName: string;
  inspectionId: Id;
  inspectorId: Id;
  checkedAt: string | null;
  appellantId: Id;
  content: string;
  files: Id[];
  status: 'OPEN' | 'ANSWERED';
  answer: string | null;
  answerFiles: Id[];
  answeredBy: string | null;
  answeredTime: string | null;
  version: number;
  createTime: string;
  trail?: Appeal[];
}

export const appeals = {
  list: (params: { status?: string; inspectionId?: string }) => http.get<Appeal[]>('/app/appeals', params),
  get: (id: Id) => http.get<Appeal>(`/app/appeals/${id}`),
  answer: (id: Id, content: string) => http.post<Appeal>(`/app/appeals/${id}/answer`, { content, files: [] }),
  /** An attachment, fetched with the login token (a plain link would not carry it). */
  file: (id: Id, name: string) => download(`/files/${id}`, {}, name),
};

// ---- recheck dispatch (A3) ----
export interface RecheckDispatch {
  id: string;
  subjectId: string;
  subjectName: string;
  gridId: string;
  itemId: string;
  itemName: string;
  dueAt: string;
  status: 'OPEN' | 'DONE' | 'UNASSIGNED';
  inspectorId: string | null;
  inspectorName: string | null;
  reassignedFrom: string | null;
  reassignedFromName: string | null;
  note: string | null;
}

export interface RecheckCandidate {
  id: string;
  username: string;
  realName: string | null;
}

export const rechecks = {
  list: (params: { status?: string; reassigned?: boolean }) => http.get<RecheckDispatch[]>('/safety/rechecks', params),
  candidates: (id: Id) => http.get<RecheckCandidate[]>(`/safety/rechecks/${id}/candidates`),
  assign: (id: Id, inspectorId: string) => http.post<void>(`/safety/rechecks/${id}/assign`, { inspectorId }),
};
