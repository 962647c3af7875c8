/**
 * Lazy tree tables (online forms of kind "tree"): the list answers one level at a time (`parentId`, 0 = roots)
 * and marks each row with `hasChild`; a level is fetched when its parent is expanded.
 * Pure functions over plain rows, so the table always receives a new array (it re-renders on identity).
 */
type Row = Record<string, unknown>;

export const ROOT_ID = '0';

/** A fetched level: a row the server says has children gets an empty `children` list, so the table shows an expander. */
export function markLazy(rows: Row[]): Row[] {
  return rows.map((r) => {
    const { children: _old, ...rest } = r;
    return r.hasChild === true || r.hasChild === 'true' ? { ...rest, children: [] } : rest;
  });
}

/** The tree with `kids` (one fetched level) placed under the node `parentId`; other nodes are kept as they are. */
export function attachChildren(tree: Row[], parentId: string, kids: Row[], key = 'id'): Row[] {
  let found = false;
  const walk = (nodes: Row[]): Row[] =>
    nodes.map((n) => {
      if (String(n[key]) === parentId) {
        found = true;
        const lazy = markLazy(kids);
        // A parent whose last child was deleted elsewhere loses its expander instead of showing nothing.
        if (!lazy.length) {
          const { children: _drop, ...rest } = n;
          return { ...rest, hasChild: false };
        }
        return { ...n, hasChild: true, children: lazy };
      }
      return Array.isArray(n.children) && n.children.length ? { ...n, children: walk(n.children as Row[]) } : n;
    });
  const next = walk(tree);
  return found ? next : tree;
}

/** Whether the node is in the (loaded part of the) tree. */
export function hasNode(tree: Row[], id: string, key = 'id'): boolean {
  for (const n of tree) {
    if (String(n[key]) === id) return true;
    if (Array.isArray(n.children) && hasNode(n.children as Row[], id, key)) return true;
  }
  return false;
}

/** The label of a node of the loaded tree (used to say under which node a new row is added). */
export function labelOf(tree: Row[], id: string, labelField: string, key = 'id'): string | undefined {
  for (const n of tree) {
    if (String(n[key]) === id) return n[labelField] == null ? undefined : String(n[labelField]);
    if (Array.isArray(n.children)) {
      const found = labelOf(n.children as Row[], id, labelField, key);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
