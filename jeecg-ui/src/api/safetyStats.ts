import { http } from './http';

type Id = string | number;

/** Filters every A7/A9 statistic takes (the server applies the caller's grid isolation on top). */
export interface SafetyStatsFilter {
  deptId?: Id;
  gridId?: Id;
  from?: string;
  to?: string;
}

export interface IndustrySubjects { industryId: Id | null; industryName: string | null; subjects: number }
export interface UnqualifiedItem { industryId: Id | null; industryName: string | null; itemId: Id; itemName: string | null; unqualified: number }
export interface Workload {
  inspectorId: Id;
  inspectorName: string | null;
  inspections: number;
  itemsChecked: number;
  unqualified: number;
  subjects: number;
}
export interface SamplingPassRate { qualified: number; unqualified: number; passRate: number | null; tasks: number; tasksDone: number }
export interface ItemPassRate {
  industryId?: Id | null;
  industryName?: string | null;
  itemId: Id;
  itemName: string | null;
  qualified: number;
  unqualified: number;
  passRate: number | null;
}
export type Period = 'MONTH' | 'QUARTER' | 'YEAR';
export interface Assessment {
  period: Period;
  from: string;
  to: string;
  inspections: number;
  unqualified: number;
  subjectsInspected: number;
  subjects: number;
  newSubjects: number;
  perInspector: Workload[];
}

const base = '/safety/stats';

export const safetyStats = {
  subjectsByIndustry: (f: SafetyStatsFilter) => http.get<IndustrySubjects[]>(`${base}/subjects-by-industry`, { deptId: f.deptId, gridId: f.gridId }),
  unqualifiedByIndustry: (f: SafetyStatsFilter) => http.get<UnqualifiedItem[]>(`${base}/unqualified-by-industry`, f),
  workload: (f: SafetyStatsFilter) => http.get<Workload[]>(`${base}/workload`, f),
  samplingPassRate: (f: SafetyStatsFilter) => http.get<SamplingPassRate>(`${base}/sampling-pass-rate`, f),
  itemPassRate: (f: SafetyStatsFilter, byIndustry = false) => http.get<ItemPassRate[]>(`${base}/item-pass-rate`, { ...f, byIndustry }),
  /** The month / quarter / year containing {@code date} (yyyy-MM-dd; default today). */
  assessment: (period: Period, date: string | undefined, f: SafetyStatsFilter) =>
    http.get<Assessment>(`${base}/assessment`, { period, date, deptId: f.deptId, gridId: f.gridId }),
};

