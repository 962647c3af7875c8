import { http } from './http';

export type StageCode =
  | 'INTAKE' | 'DISPATCH' | 'VERIFY' | 'FILE' | 'EVIDENCE' | 'MEASURES'
  | 'TRANSFER' | 'CLOSE' | 'PUBLICITY' | 'APPEAL' | 'DISPOSAL';
export type TimeUnit = 'HOURS' | 'WORKING_DAYS';

export interface RouteStage {
  seq: number;
  stageCode: StageCode;
  stageName: string;
  roleCodes: string[];
  timeLimit: number | null;
  timeUnit: TimeUnit | null;
}

export interface RouteVersion {
  id: string | number;
  categoryId: string | number;
  versionNo: number;
  active: boolean;
  remark?: string | null;
  createBy?: string | null;
  createTime?: string | null;
  stages: RouteStage[];
}

export interface MinorClassRoute {
  categoryId: string;
  name: string;
  code?: string | null;
  majorId?: string | null;
  majorName?: string | null;
  activeVersionNo: number | null;
}

export interface RouteOverview {
  categoryId: string | number;
  categoryName: string;
  active: RouteVersion | null;
  versions: { id: string | number; versionNo: number; active: boolean; remark?: string; createBy?: string; createTime?: string; stageCount: number }[];
}

export interface SaveRouteBody {
  baseVersionNo: number;
  remark?: string;
  stages: { stageCode: StageCode; stageName?: string; roleCodes: string[]; timeLimit: number | null; timeUnit: TimeUnit | null }[];
}

const enc = (v: string | number) => encodeURIComponent(String(v));

/** B6/B14 routes of the minor classes (/api/enforcement/routes). */
export const enforcementRoutes = {
  stages: () => http.get<{ code: StageCode; name: string }[]>('/enforcement/routes/stages'),
  overview: () => http.get<MinorClassRoute[]>('/enforcement/routes'),
  get: (categoryId: string | number) => http.get<RouteOverview>(`/enforcement/routes/${enc(categoryId)}`),
  version: (categoryId: string | number, versionNo: number) =>
    http.get<RouteVersion>(`/enforcement/routes/${enc(categoryId)}/versions/${versionNo}`),
  save: (categoryId: string | number, body: SaveRouteBody) =>
    http.put<RouteVersion>(`/enforcement/routes/${enc(categoryId)}`, body),
};
