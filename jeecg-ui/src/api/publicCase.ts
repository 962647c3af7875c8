import axios from 'axios';
import { ApiError, toApiError, type Envelope } from './http';

/** What GET /api/public/cases/{token} answers: no phone, no ID number, no internal note. */
export interface PublicCase {
  caseNo: string;
  majorCategory: string | null;
  category: string | null;
  subjectName: string | null;
  status: 'OPEN' | 'CLOSED';
  statusName: string;
  currentStage: string | null;
  currentStageName: string | null;
  createTime: string | null;
  closedTime: string | null;
  content: string | null;
  stages: { stage: string; name: string; enteredTime: string | null; deadline: string | null; finishedTime: string | null; overdue: boolean }[];
  opinions: { stage: string | null; stageName: string | null; action: string; time: string | null; opinion: string }[];
  measures: { type: string; name: string; amount: number | string | null; durationDays: number | null; effectiveUntil: string | null; publishedTime: string | null }[];
  appeals: { seq: number; status: string; statusName: string; submitTime: string | null; reply: string | null; replyTime: string | null }[];
  appeal: { open: boolean; used: number; max: number; refusal: string | null; periodEnd: string | null };
}

export interface AppealBody {
  content: string;
  appellant: string;
  phone: string;
  media: string[];
}

/**
 * The citizen's page has no login: its own client, which never sends a staff token that happens to be in this
 * browser and never sends anyone to the login page (a 401 cannot happen on these anonymous endpoints).
 */
const publicClient = axios.create({ baseURL: '/api/public/cases', timeout: 60000 });

async function call<T>(run: () => Promise<{ data: Envelope<T> }>): Promise<T> {
  try {
    const body = (await run()).data;
    if (!body || body.success === false) throw new ApiError(body?.message || '操作失败', 200, body?.code, body?.result);
    return body.result;
  } catch (e) {
    throw toApiError(e);
  }
}

const enc = (token: string) => encodeURIComponent(token);

export const publicCases = {
  get: (token: string) => call<PublicCase>(() => publicClient.get(`/${enc(token)}`)),
  appeal: (token: string, body: AppealBody) =>
    call<{ id: string; seq: number; status: string }>(() => publicClient.post(`/${enc(token)}/appeals`, body)),
  upload: (token: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return call<{ id: string; contentType: string; size: number }>(() => publicClient.post(`/${enc(token)}/files`, form));
  },
};
