import { http } from './http';

export interface LoginForm {
  username: string;
  password: string;
  captchaKey?: string;
  captchaCode?: string;
}

export interface MenuNode {
  id: string | number;
  parentId?: string | number;
  type: 'MENU' | 'PAGE' | 'BUTTON' | 'API';
  code?: string | null;
  name: string;
  path?: string | null;
  component?: string | null;
  icon?: string | null;
  sortNo?: number;
  hidden?: boolean;
  children?: MenuNode[];
}

export interface UserInfo {
  user: { id: string | number; username: string; realName?: string; avatar?: string; [k: string]: unknown };
  roles: string[];
  permissions: string[];
  menus: MenuNode[];
}

export interface LoginResult {
  token: string;
  [k: string]: unknown;
}

export const authApi = {
  login: (form: LoginForm) => http.post<LoginResult>('/sys/login', form),
  captcha: () => http.get<{ key: string; image: string }>('/sys/captcha'),
  smsCode: (phone: string) => http.post<unknown>('/sys/sms/code', { phone }),
  smsLogin: (phone: string, code: string) => http.post<LoginResult>('/sys/sms/login', { phone, code }),
  userInfo: () => http.get<Record<string, unknown>>('/sys/user/info'),
  logout: () => http.post<unknown>('/sys/logout'),
  changePassword: (oldPassword: string, newPassword: string) =>
    http.post<unknown>('/sys/user/password', { oldPassword, newPassword }),
};
