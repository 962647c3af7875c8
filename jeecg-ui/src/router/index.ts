import { createRouter, createWebHistory, type RouteRecordRaw, type Router } from 'vue-router';
import { message } from 'ant-design-vue';
import { setUnauthorizedHandler } from '@/api/http';
import { useUserStore } from '@/stores/user';
import { pageRoutes } from './menu';
import { resolveView } from './views';

const staticRoutes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/views/login/index.vue'), meta: { title: '登录', public: true } },
  // The case QR code's page for citizens (enforcement B5/B7): no login, outside the admin layout.
  { path: '/public/cases/:token', name: 'public-case', component: () => import('@/views/public/case/index.vue'), meta: { title: '案件公开信息', public: true } },
  {
    path: '/',
    name: 'layout',
    component: () => import('@/layouts/BasicLayout.vue'),
    redirect: '/home',
    children: [
      { path: 'home', name: 'home', component: () => import('@/views/home/index.vue'), meta: { title: '首页', trail: ['首页'], affix: true } },
      { path: 'online/designer/:code?', name: 'online-designer', component: () => import('@/views/online/designer/index.vue'), meta: { title: '表单设计器', trail: ['在线开发', '表单设计器'] } },
      { path: 'online/data/:code', name: 'online-data', component: () => import('@/views/online/list/index.vue'), meta: { title: '在线表单', trail: ['在线开发'], dynamicTitle: true } },
      { path: 'online/:code', name: 'online-list', component: () => import('@/views/online/list/index.vue'), meta: { title: '在线表单', trail: ['在线开发'], dynamicTitle: true } },
      { path: '403', name: 'forbidden', component: () => import('@/views/error/Forbidden.vue'), meta: { title: '无权限' } },
    ],
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/error/NotFound.vue'), meta: { title: '页面不存在', public: true } },
];

let dynamicAdded = false;

/** Adds one route per PAGE node of the user's menu tree under the layout. */
export function addMenuRoutes(router: Router) {
  const store = useUserStore();
  for (const page of pageRoutes(store.menus)) {
    if (router.getRoutes().some((r) => r.path === page.path)) continue;
    const view = resolveView(page.component);
    router.addRoute('layout', {
      path: page.path,
      name: page.name,
      component: view ?? (() => import('@/views/error/Missing.vue')),
      meta: { title: page.title, trail: page.trail, code: page.code, component: page.component },
    });
  }
  dynamicAdded = true;
}

export function resetDynamicRoutes(router: Router) {
  router.getRoutes().filter((r) => String(r.name ?? '').startsWith('page-')).forEach((r) => router.removeRoute(r.name!));
  dynamicAdded = false;
}

export function createAppRouter() {
  const router = createRouter({ history: createWebHistory(), routes: staticRoutes });

  router.beforeEach(async (to) => {
    const store = useUserStore();
    // A deep link (reload of /system/dict) first matches the catch-all: the menu routes are added only after
    // the user info has loaded, so a logged-in user must get that chance before the 404 page is shown.
    const unresolvedDeepLink = to.name === 'not-found' && store.loggedIn && (!store.info || !dynamicAdded);
    if (to.meta.public && !unresolvedDeepLink) {
      if (to.name === 'login' && store.loggedIn && store.info) return { path: '/' };
      return true;
    }
    if (!store.loggedIn) return { path: '/login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
    if (!store.info || !dynamicAdded) {
      // Critical path of a page load: the user info (menus) and the admin layout's code are fetched side by side,
      // not one after the other (the router would fetch the layout only after this guard).
      void import('@/layouts/BasicLayout.vue');
      if (to.path === '/' || to.path === '/home') void import('@/views/home/index.vue');
      try {
        await store.loadInfo();
      } catch (e) {
        // A 401 is handled by the unauthorized handler; anything else leaves the user on the login page with the reason.
        store.reset();
        return { path: '/login', query: { redirect: to.fullPath, reason: (e as Error).message } };
      }
      addMenuRoutes(router);
      // Re-resolve by path (not by name: before the menu routes existed it may have matched the 404 route).
      return { path: to.path, query: to.query, hash: to.hash, replace: true };
    }
    return true;
  });

  router.afterEach((to) => {
    document.title = `${(to.meta.title as string) || ''} - 榆阳智慧交通平台`;
  });

  setUnauthorizedHandler((msg) => {
    const store = useUserStore();
    const wasLoggedIn = store.loggedIn;
    store.reset();
    resetDynamicRoutes(router);
    const current = router.currentRoute.value;
    if (current.name !== 'login') {
      if (wasLoggedIn) message.warning(msg || '登录已过期，请重新登录');
      router.replace({ path: '/login', query: current.fullPath && current.fullPath !== '/' ? { redirect: current.fullPath } : {} });
    }
  });

  return router;
}
