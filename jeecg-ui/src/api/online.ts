import { download, http, request, type Page } from './http';
import type { FormMeta } from '@/online/types';

type Row = Record<string, unknown>;
const enc = encodeURIComponent;

export const onlineApi = {
  forms: () => http.get<Record<string, unknown>[]>('/online/forms'),
  form: (code: string) => http.get<Record<string, unknown>>(`/online/forms/${enc(code)}`),
  createForm: (meta: FormMeta) => http.post<Record<string, unknown>>('/online/forms', meta),
  updateForm: (code: string, meta: FormMeta, expectedVersion?: number) =>
    request<Record<string, unknown>>({ url: `/online/forms/${enc(code)}`, method: 'PUT', data: meta, params: expectedVersion ? { expectedVersion } : undefined }),
  syncForm: (code: string, confirm = false) => http.post<unknown>(`/online/forms/${enc(code)}/sync`, undefined, confirm ? { confirm: true } : undefined),
  list: (code: string, params: object) => http.get<Page<Row>>(`/online/data/${enc(code)}`, params),
  get: (code: string, id: string | number) => http.get<Row>(`/online/data/${enc(code)}/${enc(String(id))}`),
  add: (code: string, body: Row) => http.post<unknown>(`/online/data/${enc(code)}`, body),
  edit: (code: string, id: string | number, body: Row) => http.put<unknown>(`/online/data/${enc(code)}/${enc(String(id))}`, body),
  remove: (code: string, id: string | number) => http.delete<unknown>(`/online/data/${enc(code)}/${enc(String(id))}`),
  exportXlsx: (code: string, params: object, title: string) => download(`/online/data/${enc(code)}/export`, params, `${title}.xlsx`),
  template: (code: string, title: string) => download(`/online/data/${enc(code)}/import/template`, {}, `${title}-导入模板.xlsx`),
  /**
   * Multipart upload; mode "all" rejects the whole file on any bad row, "skip" writes the good rows.
   * Progress: the upload itself is the first half, then the server's processed/total (polled by job id).
   */
  importXlsx: async (code: string, file: File, mode: 'all' | 'skip', onProgress?: (pct: number) => void) => {
    const jobId = `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const data = new FormData();
    data.append('file', file);
    let done = false;
    const poll = async () => {
      while (!done) {
        await new Promise((r) => setTimeout(r, 500));
        try {
          const p = await http.get<{ processed?: number; total?: number }>(`/online/data/${enc(code)}/import/progress/${jobId}`);
          if (!done && p?.total) onProgress?.(50 + Math.floor((50 * (p.processed ?? 0)) / p.total));
        } catch {
          // not started yet, or finished: the final answer settles the bar
        }
      }
    };
    void poll();
    try {
      return await request<unknown>({
        url: `/online/data/${enc(code)}/import`, method: 'POST', data, params: { mode, jobId },
        onUploadProgress: (e) => e.total && onProgress?.(Math.floor((50 * e.loaded) / e.total)),
      });
    } finally {
      done = true;
      onProgress?.(100);
    }
  },
};
