import { http, type Page } from './http';
import type { ListQuery } from '@/composables/useList';

type Row = Record<string, unknown>;
const enc = (v: string | number) => encodeURIComponent(String(v));

/** REST calls of one system resource: GET base (paged), GET/PUT/DELETE base/{id}, POST base. */
export function resource(base: string) {
  return {
    list: (q: ListQuery | object) => http.get<Page<Row> | Row[]>(base, q),
    get: (id: string | number) => http.get<Row>(`${base}/${enc(id)}`),
    add: (body: Row) => http.post<unknown>(base, body),
    edit: (id: string | number, body: Row) => http.put<unknown>(`${base}/${enc(id)}`, body),
    remove: (id: string | number) => http.delete<unknown>(`${base}/${enc(id)}`),
  };
}

export const users = {
  ...resource('/sys/users'),
  unlock: (id: string | number) => http.post<unknown>(`/sys/users/${enc(id)}/unlock`),
  resetPassword: (id: string | number, password: string) => http.post<unknown>(`/sys/users/${enc(id)}/reset-password`, { password }),
  kickout: (id: string | number) => http.post<unknown>(`/sys/users/${enc(id)}/kickout`),
  grids: (id: string | number) => http.get<unknown[]>(`/sys/users/${enc(id)}/grids`),
  setGrids: (id: string | number, gridIds: string[]) => http.put<unknown>(`/sys/users/${enc(id)}/grids`, { gridIds }),
};

export const roles = {
  ...resource('/sys/roles'),
  permissions: (id: string | number) => http.get<unknown[]>(`/sys/roles/${enc(id)}/permissions`),
  grant: (id: string | number, permissionIds: string[]) => http.put<unknown>(`/sys/roles/${enc(id)}/permissions`, { permissionIds }),
};

export const permissions = { ...resource('/sys/permissions'), tree: () => http.get<Row[]>('/sys/permissions/tree') };
export const depts = { ...resource('/sys/depts'), tree: () => http.get<Row[]>('/sys/depts/tree') };
export const grids = { ...resource('/sys/grids'), tree: () => http.get<Row[]>('/sys/grids/tree') };
export const dicts = {
  ...resource('/sys/dicts'),
  items: (dictId: string | number) => resource(`/sys/dicts/${enc(dictId)}/items`),
};
export const configs = resource('/sys/configs');
export const auditLogs = { list: (q: object) => http.get<Page<Row>>('/sys/audit-logs', q) };
export const smsOutbox = { list: (q: object) => http.get<Page<Row>>('/sys/sms/outbox', q) };

/** Ids from a list of ids or of objects with id (answers differ in shape). */
export function idsOf(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((x) => (typeof x === 'object' && x !== null ? String((x as Row).id ?? (x as Row).gridId ?? (x as Row).permissionId) : String(x)));
}
