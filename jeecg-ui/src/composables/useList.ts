import { computed, reactive, ref, shallowRef } from 'vue';
import type { Page } from '@/api/http';

export interface ListQuery {
  pageNo: number;
  pageSize: number;
  sort?: string;
  order?: 'asc' | 'desc';
  [k: string]: unknown;
}

export interface UseListOptions<T> {
  fetch: (query: ListQuery) => Promise<Page<T> | T[]>;
  pageSize?: number;
  /** Query values → request parameters (e.g. range fields → _begin/_end). */
  toParams?: (values: Record<string, unknown>) => Record<string, unknown>;
  immediate?: boolean;
}

/**
 * The one list state every table page uses: query values, paging, sorting, loading, error.
 * Records are kept in a shallowRef: a list of 1,000 rows is replaced as a whole, never deep-watched.
 */
export function useList<T = Record<string, unknown>>(opts: UseListOptions<T>) {
  const rows = shallowRef<T[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const error = ref('');
  const pageNo = ref(1);
  const pageSize = ref(opts.pageSize ?? 10);
  const sort = ref<{ field?: string; order?: 'asc' | 'desc' }>({});
  const values = reactive<Record<string, unknown>>({});
  let seq = 0;

  async function load() {
    const mine = ++seq;
    loading.value = true;
    error.value = '';
    try {
      const params = opts.toParams ? opts.toParams(values) : { ...values };
      const query: ListQuery = { ...params, pageNo: pageNo.value, pageSize: pageSize.value };
      if (sort.value.field && sort.value.order) {
        query.sort = sort.value.field;
        query.order = sort.value.order;
      }
      const res = await opts.fetch(query);
      if (mine !== seq) return; // an older answer arriving late must not overwrite a newer one
      if (Array.isArray(res)) {
        rows.value = res;
        total.value = res.length;
      } else {
        rows.value = res?.records ?? [];
        total.value = Number(res?.total ?? rows.value.length);
      }
    } catch (e) {
      if (mine !== seq) return;
      error.value = (e as Error).message;
      rows.value = [];
      total.value = 0;
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

  function search() {
    pageNo.value = 1;
    return load();
  }

  function reset() {
    Object.keys(values).forEach((k) => delete values[k]);
    sort.value = {};
    return search();
  }

  /** a-table's change event: pagination and sorter. */
  function onTableChange(p: { current?: number; pageSize?: number }, _filters: unknown, sorter: unknown) {
    const s = (Array.isArray(sorter) ? sorter[0] : sorter) as { field?: string | string[]; columnKey?: string; order?: 'ascend' | 'descend' | null } | undefined;
    const field = s?.columnKey ?? (Array.isArray(s?.field) ? s?.field.join('.') : s?.field);
    const order = s?.order === 'ascend' ? 'asc' : s?.order === 'descend' ? 'desc' : undefined;
    const sortChanged = field !== sort.value.field || order !== sort.value.order;
    sort.value = order ? { field: String(field), order } : {};
    if (p.pageSize && p.pageSize !== pageSize.value) {
      pageSize.value = p.pageSize;
      pageNo.value = 1;
    } else {
      pageNo.value = sortChanged ? 1 : p.current ?? pageNo.value;
    }
    return load();
  }

  const pagination = computed(() => ({
    current: pageNo.value,
    pageSize: pageSize.value,
    total: total.value,
    showSizeChanger: true,
    showQuickJumper: true,
    pageSizeOptions: ['10', '20', '50', '100', '1000'],
    showTotal: (t: number) => `共 ${t} 条`,
  }));

  if (opts.immediate !== false) void load();

  return { rows, total, loading, error, pageNo, pageSize, sort, values, load, search, reset, onTableChange, pagination };
}
