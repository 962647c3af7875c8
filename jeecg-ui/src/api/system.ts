import { http, type Page } from './http';

type Row = Record<string, unknown>;
type Id = string | number;
const enc = (v: Id) => encodeURIComponent(String(v));

/**
 * Paging parameters under both spellings the system APIs use (pageNo/pageSize and page/size).
 * Unknown parameters are ignored by the server.
 */
function paged(q: object): object {
  const o = q as { pageNo?: number; pageSize?: number };
  return { ...q, page: o.pageNo, size: o.pageSize };
}

/** REST calls of one system resource: GET base (paged), GET/PUT/DELETE base/{id}, POST base. */
export function resource(base: string) {
  return {
    list: (q: object) => http.get<Page<Row> | Row[]>(base, paged(q)),
    get: (id: Id) => http.get<Row>(`${base}/${enc(id)}`),
    add: (body: Row) => http.post<unknown>(base, body),
    edit: (id: Id, body: Row) => http.put<unknown>(`${base}/${enc(id)}`, body),
    remove: (id: Id) => http.delete<unknown>(`${base}/${enc(id)}`),
  };
}

export const users = {
  ...resource('/sys/users'),
  setRoles: (id: Id, roleIds: string[]) => http.put<unknown>(`/sys/users/${enc(id)}/roles`, { roleIds }),
  grids: (id: Id) => http.get<unknown[]>(`/sys/users/${enc(id)}/grids`),
  setGrids: (id: Id, gridIds: string[]) => http.put<unknown>(`/sys/users/${enc(id)}/grids`, { gridIds }),
  // Account security lives with authentication (/api/sys/user/{id}/...).
  unlock: (id: Id) => http.post<unknown>(`/sys/user/${enc(id)}/unlock`),
  resetPassword: (id: Id) => http.post<{ temporaryPassword?: string }>(`/sys/user/${enc(id)}/reset-password`),
  kickout: (id: Id) => http.post<unknown>(`/sys/user/${enc(id)}/kickout`),
};

export const roles = {
  ...resource('/sys/roles'),
  grant: (id: Id, permissionIds: string[]) => http.put<unknown>(`/sys/roles/${enc(id)}/permissions`, { permissionIds }),
};

export const permissions = { ...resource('/sys/permissions'), tree: () => http.get<Row[]>('/sys/permissions/tree') };
export const depts = { ...resource('/sys/depts'), tree: () => http.get<Row[]>('/sys/depts/tree') };
export const grids = { ...resource('/sys/grids'), tree: () => http.get<Row[]>('/sys/grids/tree') };

export const dicts = {
  ...resource('/sys/dicts'),
  /** GET /sys/dicts/{id} answers {dict, items}. */
  detail: (id: Id) => http.get<{ dict: Row; items: Row[] }>(`/sys/dicts/${enc(id)}`),
  addItem: (dictId: Id, body: Row) => http.post<unknown>(`/sys/dicts/${enc(dictId)}/items`, body),
  editItem: (itemId: Id, body: Row) => http.put<unknown>(`/sys/dicts/items/${enc(itemId)}`, body),
  removeItem: (itemId: Id) => http.delete<unknown>(`/sys/dicts/items/${enc(itemId)}`),
};
export const configs = resource('/sys/configs');
export const positions = resource('/sys/positions');
export const tenants = resource('/sys/tenants');
export const sessions = { list: () => http.get<Row[]>('/sys/sessions') };
export const jobs = { list: () => http.get<Row[]>('/sys/jobs'), run: (name: string) => http.post<Row>(`/sys/jobs/${enc(name)}/run`) };
export const backups = { list: () => http.get<Row[]>('/sys/backups'), run: () => http.post<Row>('/sys/backups') };
export const auditLogs = { list: (q: object) => http.get<Page<Row>>('/sys/logs', q) };
export const smsOutbox = { list: (q: object) => http.get<Page<Row>>('/sys/sms/outbox', paged(q)) };

/** Ids from a list of ids or of objects with id (answers differ in shape). */
export function idsOf(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((x) => (typeof x === 'object' && x !== null ? String((x as Row).id ?? (x as Row).gridId ?? (x as Row).permissionId) : String(x)));
}
