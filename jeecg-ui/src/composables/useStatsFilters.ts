import { reactive, shallowRef } from 'vue';
import dayjs, { type Dayjs } from 'dayjs';
import { asTree, deptTree } from '@/api/lookups';
import { myGrids } from '@/api/statsLookups';
import { useUserStore } from '@/stores/user';

type Row = Record<string, unknown>;

/** The filter values of a statistics page; the date range is kept as dayjs values of the RangePicker. */
export interface StatsFilterValues {
  deptId?: string;
  gridId?: string;
  range?: [Dayjs, Dayjs] | null;
}

/** Filter values → request parameters (yyyy-MM-dd; empty values left out, the server's defaults apply). */
export function statsParams(v: StatsFilterValues): { deptId?: string; gridId?: string; from?: string; to?: string } {
  const out: { deptId?: string; gridId?: string; from?: string; to?: string } = {};
  if (v.deptId) out.deptId = String(v.deptId);
  if (v.gridId) out.gridId = String(v.gridId);
  if (v.range && v.range[0] && v.range[1]) {
    out.from = dayjs(v.range[0]).format('YYYY-MM-DD');
    out.to = dayjs(v.range[1]).format('YYYY-MM-DD');
  }
  return out;
}

/**
 * The filters shared by the statistics pages: the caller's own grids (`/sys/grids/mine`, so the picker offers
 * exactly what grid isolation lets them see) and, when the caller may read departments, the unit tree. The
 * default range is the server's (1 January to today), shown in the picker.
 */
export function useStatsFilters(opts: { units?: boolean } = {}) {
  const values = reactive<StatsFilterValues>({ range: [dayjs().startOf('year'), dayjs()] });
  const grids = shallowRef<Row[]>([]);
  const units = shallowRef<Row[]>([]);

  async function loadOptions() {
    // the unit tree is a system page's API: asked for only when the caller holds it (no pointless 403)
    const withUnits = opts.units && useUserStore().hasPermission('sys:dept:list');
    const [g, d] = await Promise.allSettled([myGrids(), withUnits ? deptTree() : Promise.resolve([])]);
    grids.value = g.status === 'fulfilled' ? asTree(g.value) : [];
    // no department list: no unit filter (the figures still cover only the caller's grids)
    units.value = d.status === 'fulfilled' ? (d.value as Row[]) : [];
  }

  return { values, grids, units, loadOptions, params: () => statsParams(values) };
}
