import { depts, grids, permissions, roles } from './system';
import type { DictOption } from '@/online/types';

type Row = Record<string, unknown>;

/** Tree answers come either as a tree or as a page/list of flat rows with parentId. */
export function asTree(raw: unknown): Row[] {
  const list = Array.isArray(raw) ? (raw as Row[]) : ((raw as { records?: Row[] })?.records ?? []);
  if (list.some((n) => Array.isArray(n.children) && (n.children as Row[]).length)) return prune(list);
  const byId = new Map<string, Row>();
  list.forEach((n) => byId.set(String(n.id), { ...n }));
  const roots: Row[] = [];
  byId.forEach((n) => {
    const parent = n.parentId != null ? byId.get(String(n.parentId)) : undefined;
    if (parent) ((parent.children as Row[] | undefined) ?? (parent.children = [])) && (parent.children as Row[]).push(n);
    else roots.push(n);
  });
  const sort = (nodes: Row[]): Row[] => {
    nodes.sort((a, b) => Number(a.sortNo ?? 0) - Number(b.sortNo ?? 0));
    nodes.forEach((n) => Array.isArray(n.children) && sort(n.children as Row[]));
    return nodes;
  };
  return prune(sort(roots));
}

/** Leaves lose their empty children arrays, so tables and trees show no expander on them. */
function prune(nodes: Row[]): Row[] {
  return nodes.map((n) => {
    const kids = Array.isArray(n.children) ? prune(n.children as Row[]) : [];
    const { children: _drop, ...rest } = n;
    return kids.length ? { ...rest, children: kids } : rest;
  });
}

const big = { pageNo: 1, pageSize: 1000 };

export const deptTree = async () => asTree(await depts.tree());
export const gridTree = async () => asTree(await grids.tree());
export const permissionTree = async () => asTree(await permissions.tree());
export async function roleOptions(): Promise<DictOption[]> {
  const res = await roles.list(big);
  const list = Array.isArray(res) ? res : res.records;
  return list.map((r) => ({ value: String(r.id), label: String(r.roleName ?? r.name ?? r.roleCode ?? r.code ?? r.id) }));
}

/** id → name of every node of a tree, for showing a name where a row holds only the id. */
export function namesOf(tree: Row[], labelKey = 'name'): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (ns: Row[]) => ns.forEach((n) => {
    out.set(String(n.id), String(n[labelKey] ?? n.name ?? n.id));
    if (Array.isArray(n.children)) walk(n.children as Row[]);
  });
  walk(tree);
  return out;
}

/** Keeps the nodes whose name contains the text, with their ancestors (a tree filter done in the browser). */
export function filterTree(tree: Row[], text?: string, labelKey = 'name'): Row[] {
  const t = (text ?? '').trim();
  if (!t) return tree;
  const walk = (nodes: Row[]): Row[] =>
    nodes.flatMap((n) => {
      const kids = Array.isArray(n.children) ? walk(n.children as Row[]) : [];
      return String(n[labelKey] ?? '').includes(t) || kids.length ? [{ ...n, children: kids.length ? kids : undefined }] : [];
    });
  return walk(tree);
}
