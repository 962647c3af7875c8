import { describe, expect, it } from 'vitest';
import type { MenuNode } from '@/api/auth';
import { normaliseComponent, normaliseUserInfo, pageRoutes, toTree, visibleMenu } from '@/router/menu';
import { normaliseItems } from '@/api/dict';
import { normaliseImportResult } from '@/online/importReport';
import { needsCaptcha } from '@/views/login/captcha';
import { ApiError } from '@/api/http';
import { resolveView } from '@/router/views';

// Rows as seeded by V1_1_1__system_permissions.sql, flat with parentId.
const flat: MenuNode[] = [
  { id: 100, parentId: 0, type: 'MENU', name: '系统管理', path: '/system', icon: 'SettingOutlined', sortNo: 90 },
  { id: 120, parentId: 100, type: 'PAGE', code: 'sys:role:list', name: '角色管理', path: '/system/role', component: 'system/role/index', sortNo: 2 },
  { id: 110, parentId: 100, type: 'PAGE', code: 'sys:user:list', name: '用户管理', path: '/system/user', component: 'system/user/index', sortNo: 1 },
  { id: 111, parentId: 110, type: 'BUTTON', code: 'sys:user:add', name: '新增用户', sortNo: 1 },
  { id: 290, parentId: 100, type: 'API', code: 'sys:sensitive:view', name: '查看敏感数据', sortNo: 99 },
  { id: 300, parentId: 0, type: 'MENU', name: '空目录', sortNo: 1 },
];

describe('menu tree → side menu and routes', () => {
  it('builds a sorted tree from a flat list', () => {
    const tree = toTree(flat);
    expect(tree.map((n) => n.id)).toEqual([300, 100]);
    expect(tree[1].children!.map((n) => n.id)).toEqual([110, 120, 290]);
  });

  it('shows menus and pages only, dropping buttons, API codes and empty folders', () => {
    const menu = visibleMenu(toTree(flat));
    expect(menu.map((n) => n.name)).toEqual(['系统管理']);
    expect(menu[0].children!.map((n) => n.name)).toEqual(['用户管理', '角色管理']);
    expect(menu[0].children![0].children).toEqual([]);
  });

  it('turns pages into routes with breadcrumb trails', () => {
    const routes = pageRoutes(toTree(flat));
    expect(routes).toEqual([
      expect.objectContaining({ path: '/system/user', component: 'system/user/index', title: '用户管理', trail: ['系统管理', '用户管理'], code: 'sys:user:list' }),
      expect.objectContaining({ path: '/system/role', component: 'system/role/index', trail: ['系统管理', '角色管理'] }),
    ]);
  });

  it('normalises component paths and routes online pages without a component', () => {
    expect(normaliseComponent('/views/system/user/index.vue', '/x')).toBe('system/user/index');
    expect(normaliseComponent('system/user/index', '/x')).toBe('system/user/index');
    expect(normaliseComponent(null, '/online/demo_vehicle')).toBe('online/list');
  });

  it('finds a view file for every seeded system page component', () => {
    for (const c of ['system/user/index', 'system/role/index', 'system/menu/index', 'system/dept/index', 'system/grid/index', 'system/dict/index', 'system/config/index', 'system/log/index', 'system/sms/index', 'system/position/index', 'system/tenant/index', 'system/session/index', 'system/job/index', 'system/backup/index', 'online/list', 'online/data/index']) {
      expect(resolveView(c), c).toBeTypeOf('function');
    }
    expect(resolveView('nope/index')).toBeUndefined();
  });

  it('reads the user-info answer in its different shapes', () => {
    const info = normaliseUserInfo({ user: { id: 1, username: 'admin' }, roles: [{ code: 'admin' }], permissions: ['sys:user:add'], menus: flat });
    expect(info.roles).toEqual(['admin']);
    expect(info.permissions).toEqual(['sys:user:add']);
    expect(info.menus[1].children!.length).toBe(3);
    const other = normaliseUserInfo({ userInfo: { id: 2, username: 'x' }, codes: ['a'], menuTree: [] });
    expect(other.user.username).toBe('x');
    expect(other.permissions).toEqual(['a']);
  });
});

describe('small adapters', () => {
  it('reads dictionary items in the common shapes', () => {
    expect(normaliseItems([{ itemValue: '1', itemLabel: '男' }, { value: 2, label: '女', color: 'red' }, { foo: 1 }])).toEqual([
      { value: '1', label: '男' },
      { value: '2', label: '女', color: 'red' },
    ]);
    expect(normaliseItems({ items: [{ value: 'a', text: '甲' }] })).toEqual([{ value: 'a', label: '甲' }]);
  });

  it('reads the per-row import report', () => {
    expect(normaliseImportResult({ total: 3, success: 1, failed: 2, errors: [{ row: 2, message: '车牌号不能为空' }, { rowNum: 3, messages: ['a', 'b'] }] })).toEqual({
      total: 3,
      success: 1,
      failed: 2,
      errors: [
        { key: 0, row: 2, message: '车牌号不能为空' },
        { key: 1, row: 3, message: 'a；b' },
      ],
    });
  });

  it('shows the captcha when the server asks for it', () => {
    expect(needsCaptcha(new ApiError('请输入验证码', 400))).toBe(true);
    expect(needsCaptcha(new ApiError('用户名或密码错误', 401, 401, { captchaRequired: true }))).toBe(true);
    expect(needsCaptcha(new ApiError('用户名或密码错误', 401))).toBe(false);
  });
});
