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
  template: (code: string, title: string) => download(`/online/data/${enc(code)}/template`, {}, `${title}-导入模板.xlsx`),
  importXlsx: (code: string, file: File, mode: 'reject' | 'skip', onProgress?: (pct: number) => void) => {
    const data = new FormData();
    data.append('file', file);
    return http.post<unknown>(`/online/data/${enc(code)}/import`, data, { mode }).then((r) => {
      onProgress?.(100);
      return r;
    });
  },
  importProgress: (code: string, taskId: string) => http.get<unknown>(`/online/data/${enc(code)}/import/${enc(taskId)}`),
};
