import { http, type Page } from './http';

/** A4 random sampling: the order, the scope choices and the batch history (ids as strings). */
export interface SamplingOrder {
  unitId?: string;
  gridIds?: string[];
  industryIds?: string[];
  subjectRatio?: number;
  subjectCount?: number;
  itemCount: number;
}

export interface SamplingOption {
  id: string;
  parentId: string | null;
  name: string;
}

export interface SamplingOptions {
  units: SamplingOption[];
  grids: SamplingOption[];
  industries: SamplingOption[];
}

export interface SamplingAnswer {
  batchId: string | number;
  candidateCount: number;
  drawnCount: number;
  tasks: { taskId: string | number; subjectId: string | number; gridId: string | number; inspectorId: string | number; itemIds: (string | number)[] }[];
  unassigned: { subjectId: string | number; reason: string }[];
}

export interface SamplingBatch {
  id: string;
  createTime: string;
  createBy: string;
  subjectRatio: number | null;
  subjectCount: number | null;
  itemCount: number;
  candidateCount: number;
  drawnCount: number;
  assignedCount: number;
  unassignedCount: number;
  scope: string;
}

export interface SamplingTask {
  taskId: string;
  subjectId: string;
  subjectName: string | null;
  gridId: string;
  gridName: string | null;
  inspectorId: string;
  inspectorName: string | null;
  itemIds: string[];
  itemNames: string[];
  status: 'PENDING' | 'DONE';
}

export interface SamplingUnassigned {
  subjectId: string;
  subjectName: string | null;
  gridId: string | null;
  gridName: string | null;
  reason: string;
}

export interface SamplingBatchDetail {
  batch: SamplingBatch;
  tasks: SamplingTask[];
  unassigned: SamplingUnassigned[];
  /** rows of grids outside the caller's scope, left out */
  hiddenCount: number;
}

export const sampling = {
  options: () => http.get<SamplingOptions>('/safety/sampling/options'),
  run: (order: SamplingOrder) => http.post<SamplingAnswer>('/safety/sampling', order),
  batches: (params: { pageNo: number; pageSize: number }) => http.get<Page<SamplingBatch>>('/safety/sampling/batches', params),
  batch: (id: string) => http.get<SamplingBatchDetail>(`/safety/sampling/batches/${id}`),
};
