import { defineStore } from 'pinia';
import { authApi, type LoginForm, type MenuNode, type UserInfo } from '@/api/auth';
import { normaliseUserInfo } from '@/router/menu';
import { clearToken, getToken, setToken } from '@/utils/token';

interface State {
  token: string | null;
  info: UserInfo | null;
}

export const useUserStore = defineStore('user', {
  state: (): State => ({ token: getToken(), info: null }),
  getters: {
    loggedIn: (s) => !!s.token,
    permissions: (s) => new Set(s.info?.permissions ?? []),
    menus: (s): MenuNode[] => s.info?.menus ?? [],
    displayName: (s) => (s.info?.user?.realName as string) || (s.info?.user?.username as string) || '',
    isAdmin: (s) => !!(s.info?.user as { admin?: boolean } | undefined)?.admin || (s.info?.roles ?? []).includes('admin'),
  },
  actions: {
    async login(form: LoginForm, remember = false) {
      const res = await authApi.login(form);
      this.applyToken(res.token, remember);
    },
    async smsLogin(phone: string, code: string) {
      const res = await authApi.smsLogin(phone, code);
      this.applyToken(res.token, false);
    },
    applyToken(token: string, remember: boolean) {
      setToken(token, remember);
      this.token = token;
      this.info = null;
    },
    async loadInfo() {
      this.info = normaliseUserInfo(await authApi.userInfo());
      return this.info;
    },
    hasPermission(code: string | string[]) {
      const codes = Array.isArray(code) ? code : [code];
      if (this.isAdmin) return true; // the server enforces every code; admin holds them all
      const perms = this.permissions;
      return codes.some((c) => perms.has(c) || perms.has('*'));
    },
    async logout() {
      try {
        if (this.token) await authApi.logout();
      } catch {
        // The token may already be invalid; the local session is cleared either way.
      } finally {
        this.reset();
      }
    },
    reset() {
      clearToken();
      this.token = null;
      this.info = null;
    },
  },
});
