import { download, http, type Page } from './http';

export type AppealStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED';

/** One appeal as staff read it (GET /api/enforcement/appeals): the phone comes masked by the server. */
export interface CaseAppeal {
  id: string;
  caseId: string;
  caseNo: string | null;
  category: string | null;
  caseStage: string | null;
  caseStageName: string | null;
  /** 1 = the first appeal of the case, 2 = the second (the last one accepted). */
  seq: number;
  content: string;
  appellant: string;
  phone: string | null;
  media: string[];
  status: AppealStatus;
  reply: string | null;
  repliedBy: string | null;
  replyTime: string | null;
  createTime: string | null;
}

export interface ReplyResult {
  id: string;
  seq: number;
  status: AppealStatus;
  /** true when the answer (a rejected 2nd appeal) filed the case automatically. */
  filed: boolean;
  caseStage?: string | null;
}

const enc = (v: string | number) => encodeURIComponent(String(v));

/** B7 staff side (/api/enforcement/appeals). */
export const caseAppeals = {
  list: (params: { status?: AppealStatus; caseId?: string; pageNo: number; pageSize: number }) =>
    http.get<Page<CaseAppeal>>('/enforcement/appeals', params),
  get: (id: string) => http.get<CaseAppeal>(`/enforcement/appeals/${enc(id)}`),
  reply: (id: string, accepted: boolean, reply: string) =>
    http.post<ReplyResult>(`/enforcement/appeals/${enc(id)}/reply`, { accepted, reply }),
  media: (id: string, fileId: string, name: string) => download(`/enforcement/appeals/${enc(id)}/media/${enc(fileId)}`, {}, name),
};
