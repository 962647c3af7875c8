import axios, { AxiosError, type AxiosRequestConfig } from 'axios';
import { getToken } from '@/utils/token';

/** The server's one envelope for every answer. */
export interface Envelope<T> {
  success: boolean;
  code: number;
  message: string;
  result: T;
  timestamp: number;
}

export interface Page<T> {
  records: T[];
  total: number;
}

/** A failed call, carrying the server's own message (shown to the user as is). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: number,
    readonly result?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type UnauthorizedHandler = (message: string) => void;
let onUnauthorized: UnauthorizedHandler = () => {};
/** The router registers this so that any 401 sends the user back to the login page. */
export function setUnauthorizedHandler(handler: UnauthorizedHandler) {
  onUnauthorized = handler;
}

export const client = axios.create({ baseURL: '/api', timeout: 60000 });

client.interceptors.request.use((config) => {
  const token = getToken();
  if (token) config.headers.set('X-Access-Token', token);
  return config;
});

const STATUS_TEXT: Record<number, string> = {
  400: '请求参数有误',
  401: '登录已过期，请重新登录',
  403: '没有权限执行此操作',
  404: '请求的资源不存在',
  409: '数据已被他人修改，请刷新后重试',
  429: '操作过于频繁，请稍后再试',
  500: '服务器内部错误',
};

/** Turns any axios failure into an ApiError with the best message available. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const ax = err as AxiosError<Partial<Envelope<unknown>>>;
  const status = ax.response?.status ?? 0;
  const body = ax.response?.data;
  let message = body && typeof body === 'object' && body.message ? body.message : '';
  if (!message) message = status ? STATUS_TEXT[status] ?? `请求失败（${status}）` : '网络异常，无法连接服务器';
  return new ApiError(message, status, body && typeof body === 'object' ? body.code : undefined, body?.result);
}

/** Calls the API and returns the envelope's result; throws ApiError on any failure. */
export async function request<T>(config: AxiosRequestConfig): Promise<T> {
  try {
    const res = await client.request<Envelope<T>>(config);
    const body = res.data;
    if (body && typeof body === 'object' && 'success' in body) {
      if (!body.success) throw new ApiError(body.message || '操作失败', res.status, body.code, body.result);
      return body.result;
    }
    return body as unknown as T;
  } catch (e) {
    const err = toApiError(e);
    if (err.status === 401 && !config.url?.startsWith('/sys/login') && !config.url?.startsWith('/sys/sms/login')) {
      onUnauthorized(err.message);
    }
    throw err;
  }
}

export const http = {
  get: <T>(url: string, params?: object) => request<T>({ url, method: 'GET', params }),
  post: <T>(url: string, data?: unknown, params?: object) => request<T>({ url, method: 'POST', data, params }),
  put: <T>(url: string, data?: unknown) => request<T>({ url, method: 'PUT', data }),
  delete: <T>(url: string, params?: object) => request<T>({ url, method: 'DELETE', params }),
};

/** Downloads a file answer (export); the server's JSON error is read back when the call fails. */
export async function download(url: string, params: object, fallbackName: string): Promise<void> {
  let res;
  try {
    res = await client.get<Blob>(url, { params, responseType: 'blob' });
  } catch (e) {
    const ax = e as AxiosError<Blob>;
    if (ax.response?.data instanceof Blob) {
      try {
        const body = JSON.parse(await ax.response.data.text());
        throw new ApiError(body.message || '导出失败', ax.response.status);
      } catch (inner) {
        if (inner instanceof ApiError) throw inner;
      }
    }
    const err = toApiError(e);
    if (err.status === 401) onUnauthorized(err.message);
    throw err;
  }
  const disposition = String(res.headers['content-disposition'] ?? '');
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? match[2]) : fallbackName;
  const href = URL.createObjectURL(res.data);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
}
