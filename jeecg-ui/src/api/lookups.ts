import { depts, grids, permissions, roles } from './system';
import type { DictOption } from '@/online/types';

type Row = Record<string, unknown>;

/** Tree answers come either as a tree or as a page/list of flat rows with parentId. */
export function asTree(raw: unknown): Row[] {
  const list = Array.isArray(raw) ? (raw as Row[]) : ((raw as { records?: Row[] })?.records ?? []);
  if (list.some((n) => Array.isArray(n.children) && (n.children as Row[]).length)) return list;
  const byId = new Map<string, Row>();
  list.forEach((n) => byId.set(String(n.id), { ...n }));
  const roots: Row[] = [];
  byId.forEach((n) => {
    const parent = n.parentId != null ? byId.get(String(n.parentId)) : undefined;
    if (parent) ((parent.children as Row[] | undefined) ?? (parent.children = [])) && (parent.children as Row[]).push(n);
    else roots.push(n);
  });
  const sort = (nodes: Row[]): Row[] => {
    nodes.sort((a, b) => Number(a.sortNo ?? a.sortOrder ?? 0) - Number(b.sortNo ?? b.sortOrder ?? 0));
    nodes.forEach((n) => Array.isArray(n.children) && sort(n.children as Row[]));
    return nodes;
  };
  return sort(roots);
}

const big = { pageNo: 1, pageSize: 1000 };

export const deptTree = async () => asTree(await depts.list(big));
export const gridTree = async () => asTree(await grids.list(big));
export const permissionTree = async () => asTree(await permissions.list(big));
export async function roleOptions(): Promise<DictOption[]> {
  const res = await roles.list(big);
  const list = Array.isArray(res) ? res : res.records;
  return list.map((r) => ({ value: String(r.id), label: String(r.roleName ?? r.name ?? r.roleCode ?? r.id) }));
}
