import { http } from './http';

/** Ids are 64-bit: the server sends the large ones as strings. */
export type Id = string | number;

export type EscalationStatus = 'OPEN' | 'REASSIGNED' | 'CLOSED';

/** One hop of the trail (RAISE by the inspector, ESCALATE up the department tree, REASSIGN to an inspector). */
export interface EscalationStep {
  seq: number;
  action: 'RAISE' | 'ESCALATE' | 'REASSIGN' | string;
  actorId: Id;
  actorName: string | null;
  fromDeptId: Id | null;
  fromDeptName: string | null;
  toDeptId: Id | null;
  toDeptName: string | null;
  targetUserId: Id | null;
  targetUserName: string | null;
  note: string | null;
  createTime: string;
}

export interface Escalation {
  id: Id;
  subjectId: Id;
  subjectName: string | null;
  gridId: Id;
  itemIds: Id[];
  itemNames: string[];
  reason: string;
  raisedBy: Id;
  raisedByName: string | null;
  status: EscalationStatus;
  currentDeptId: Id;
  currentDeptName: string | null;
  assigneeId: Id | null;
  assigneeName: string | null;
  taskId: Id | null;
  version: number;
  createTime: string | null;
  steps?: EscalationStep[];
}

export interface EscalationCandidate {
  id: string;
  username: string;
  realName: string | null;
}

/** waiting: at my department now; handled: my department passed it up or reassigned it. */
export type EscalationBox = 'waiting' | 'handled';

export interface EscalationQuery {
  box?: EscalationBox;
  status?: EscalationStatus;
  keyword?: string;
}

export const escalations = {
  list: (q: EscalationQuery) => http.get<Escalation[]>('/safety/escalations', q),
  get: (id: Id) => http.get<Escalation>(`/safety/escalations/${id}`),
  candidates: (id: Id) => http.get<EscalationCandidate[]>(`/safety/escalations/${id}/candidates`),
  reassign: (id: Id, inspectorId: Id, note?: string) =>
    http.post<Escalation>(`/safety/escalations/${id}/reassign`, { inspectorId, note: note?.trim() || null }),
  escalate: (id: Id, reason: string) => http.post<Escalation>(`/safety/escalations/${id}/escalate`, { reason: reason.trim() }),
};
