import { http } from './http';

type Id = string | number;

/** Filters of every B15/B17 statistic; the server keeps the figures within the caller's grids. */
export interface EnforcementStatsFilter {
  from?: string;
  to?: string;
  gridId?: Id;
  categoryId?: Id;
}

/** The figures of a cohort of cases (a class, a grid, a period). */
export interface CaseFigures {
  cases: number;
  closed: number;
  completionRate: number;
  overdue: number;
  appeals: number;
  penalisedCases: number;
  measures: number;
  fineAmount: number;
  outOfRange: number;
}
export interface Overview {
  totals: CaseFigures;
  measuresByType: { measureType: string; measures: number; amount: number }[];
  appealsByStatus: { status: string; appeals: number }[];
}
export interface CategoryFigures extends CaseFigures { categoryId: string; categoryName: string | null; majorId: string | null; majorName: string | null }
export interface GridFigures extends CaseFigures { gridId: string | null; gridName: string | null }
export interface TrendFigures extends CaseFigures { period: string }
export interface Causes {
  causes: { cause: string | null; cases: number }[];
  categories: { categoryId: string; categoryName: string | null; cases: number }[];
}
/** B15: enforced subjects by type and status (the caller's grids; not limited to a period). */
export interface SubjectCount { subjectType: string; status: string; subjects: number }
export type TrendPeriod = 'MONTH' | 'QUARTER' | 'YEAR';

const base = '/enforcement/stats';

export const enforcementStats = {
  overview: (f: EnforcementStatsFilter) => http.get<Overview>(`${base}/overview`, f),
  byCategory: (f: EnforcementStatsFilter) => http.get<CategoryFigures[]>(`${base}/by-category`, f),
  byGrid: (f: EnforcementStatsFilter) => http.get<GridFigures[]>(`${base}/by-grid`, f),
  trend: (period: TrendPeriod, f: EnforcementStatsFilter) => http.get<TrendFigures[]>(`${base}/trend`, { ...f, period }),
  causes: (f: EnforcementStatsFilter) => http.get<Causes>(`${base}/causes`, f),
  subjects: (gridId?: Id) => http.get<SubjectCount[]>(`${base}/subjects`, { gridId }),
};
