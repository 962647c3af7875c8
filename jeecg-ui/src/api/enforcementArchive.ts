import { download, http, type Page } from './http';

/** Query of the archive (GET /api/enforcement/archive): every field optional, dates yyyy-MM-dd. */
export interface ArchiveFilter {
  caseNo?: string;
  subject?: string;
  categoryId?: string;
  from?: string;
  to?: string;
  status?: 'OPEN' | 'CLOSED';
  stage?: string;
  enforcerId?: string;
  flagged?: boolean;
}

export interface ArchiveRow {
  id: string;
  caseNo: string;
  majorCategory: string | null;
  category: string | null;
  subjectName: string | null;
  plate: string | null;
  gridId: string;
  /** null when the grid id is unknown to the directory */
  gridName: string | null;
  source: string | null;
  status: 'OPEN' | 'CLOSED';
  currentStage: string | null;
  currentStageName: string | null;
  stageDeadline: string | null;
  overdue: boolean;
  assigneeId: string | null;
  assigneeName: string | null;
  createTime: string | null;
  closedTime: string | null;
  measureCount: number;
  fineTotal: number | string;
  outOfRange: boolean;
  appeals: number;
}

export interface ArchiveStage {
  id: string;
  entryNo: number;
  seq: number;
  stageCode: string;
  stageName: string;
  state: 'ACTIVE' | 'DONE';
  enteredTime: string | null;
  deadline: string | null;
  pausedAt: string | null;
  finishedTime: string | null;
  overdue: boolean;
}

export interface ArchiveAction {
  id: string;
  stageCode: string | null;
  action: string;
  actorName: string | null;
  opinion: string | null;
  internalNote: string | null;
  media: string[];
  publicOpinion: boolean;
  detail: Record<string, unknown> | null;
  time: string | null;
}

export interface ArchiveMeasure {
  type: string;
  name: string;
  amount: number | string | null;
  durationDays: number | null;
  rangeMin: number | string | null;
  rangeMax: number | string | null;
  outOfRange: boolean;
  note: string | null;
  publishedTime: string | null;
  effectiveUntil: string | null;
}

export interface ArchiveAppeal {
  id: string;
  seq: number;
  status: 'PENDING' | 'ACCEPTED' | 'REJECTED';
  appellant: string;
  content: string;
  reply: string | null;
  createTime: string | null;
  replyTime: string | null;
}

/** The read-only case file (GET /api/enforcement/archive/{caseId}). */
export interface ArchiveCase {
  caseInfo: {
    id: string;
    caseNo: string;
    majorCategory: string | null;
    category: string | null;
    subjectName: string | null;
    subjectType: string | null;
    plate: string | null;
    gridId: string;
    gridName: string | null;
    source: string | null;
    content: string | null;
    status: 'OPEN' | 'CLOSED';
    currentStage: string | null;
    currentStageName: string | null;
    stageDeadline: string | null;
    paused: boolean;
    assigneeId: string | null;
    assigneeName: string | null;
    createTime: string | null;
    closedTime: string | null;
    routeVersion: number;
  };
  stages: ArchiveStage[];
  actions: ArchiveAction[];
  verifications: Record<string, unknown>[];
  measures: ArchiveMeasure[];
  appeals: ArchiveAppeal[];
}

/** B10 archive (/api/enforcement/archive). */
export const enforcementArchive = {
  search: (params: ArchiveFilter & { pageNo: number; pageSize: number }) =>
    http.get<Page<ArchiveRow>>('/enforcement/archive', params),
  get: (caseId: string) => http.get<ArchiveCase>(`/enforcement/archive/${encodeURIComponent(caseId)}`),
  export: (params: ArchiveFilter) => download('/enforcement/archive/export', params, '执法档案.xlsx'),
};
