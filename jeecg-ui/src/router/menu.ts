import type { MenuNode, UserInfo } from '@/api/auth';

/** One route the layout hosts, derived from a PAGE node of the user's menu tree. */
export interface PageRoute {
  path: string;
  name: string;
  title: string;
  component: string;
  code?: string | null;
  icon?: string | null;
  /** Titles of the ancestors, for the breadcrumb. */
  trail: string[];
}

/** Reads the user-info answer tolerantly: field names differ between back-end versions. */
export function normaliseUserInfo(raw: Record<string, unknown>): UserInfo {
  const user = (raw.user ?? raw.userInfo ?? {}) as UserInfo['user'];
  const roles = toStrings(raw.roles ?? raw.roleCodes);
  const permissions = toStrings(raw.permissions ?? raw.codes ?? raw.permissionCodes ?? raw.auth);
  const menusRaw = (raw.menus ?? raw.menu ?? raw.menuTree ?? []) as MenuNode[];
  return { user, roles, permissions, menus: toTree(menusRaw) };
}

function toStrings(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v
    .map((x) => (typeof x === 'string' ? x : (x as { code?: string; roleCode?: string })?.code ?? (x as { roleCode?: string })?.roleCode))
    .filter((x): x is string => typeof x === 'string' && x.length > 0);
}

/** Accepts either a tree or a flat list with parentId, returns a tree sorted by sortNo. */
export function toTree(nodes: MenuNode[]): MenuNode[] {
  const hasChildren = nodes.some((n) => Array.isArray(n.children) && n.children.length > 0);
  let roots: MenuNode[];
  if (hasChildren) {
    roots = nodes;
  } else {
    const byId = new Map<string, MenuNode>();
    nodes.forEach((n) => byId.set(String(n.id), { ...n, children: [] }));
    roots = [];
    byId.forEach((n) => {
      const parent = n.parentId != null ? byId.get(String(n.parentId)) : undefined;
      if (parent) parent.children!.push(n);
      else roots.push(n);
    });
  }
  return sortTree(roots);
}

function sortTree(nodes: MenuNode[]): MenuNode[] {
  return [...nodes]
    .sort((a, b) => (a.sortNo ?? 0) - (b.sortNo ?? 0))
    .map((n) => ({ ...n, children: n.children ? sortTree(n.children) : undefined }));
}

/** The nodes shown in the side menu: MENU and PAGE nodes, never buttons or API codes. */
export function visibleMenu(nodes: MenuNode[]): MenuNode[] {
  return nodes
    .filter((n) => (n.type === 'MENU' || n.type === 'PAGE') && !n.hidden)
    .map((n) => ({ ...n, children: n.children ? visibleMenu(n.children) : undefined }))
    .filter((n) => n.type === 'PAGE' || (n.children && n.children.length > 0));
}

/** Flattens PAGE nodes into routes; a page without a component but with an online path still routes. */
export function pageRoutes(nodes: MenuNode[], trail: string[] = []): PageRoute[] {
  const out: PageRoute[] = [];
  for (const n of nodes) {
    if (n.type === 'PAGE' && n.path) {
      out.push({
        path: n.path.startsWith('/') ? n.path : `/${n.path}`,
        name: `page-${n.id}`,
        title: n.name,
        component: normaliseComponent(n.component, n.path),
        code: n.code,
        icon: n.icon,
        trail: [...trail, n.name],
      });
    }
    if (n.children?.length) out.push(...pageRoutes(n.children, [...trail, n.name]));
  }
  return out;
}

/** "system/user/index", "/system/user/index.vue", "views/system/user" → "system/user/index". */
export function normaliseComponent(component: string | null | undefined, path: string): string {
  let c = (component ?? '').trim();
  if (!c) {
    // Online pages are routed by path alone (/online/<code>).
    return path.startsWith('/online/') ? 'online/list' : '';
  }
  c = c.replace(/^\/+/, '').replace(/^src\//, '').replace(/^views\//, '').replace(/\.vue$/, '');
  if (!c.endsWith('/index') && !c.includes('/') ) c = `${c}/index`;
  return c;
}
