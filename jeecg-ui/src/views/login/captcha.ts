import type { ApiError } from '@/api/http';

/** The server asks for a captcha either by a flag in the result or by saying so in the message. */
export function needsCaptcha(err: ApiError | undefined): boolean {
  if (!err) return false;
  const r = err.result as { captchaRequired?: boolean; needCaptcha?: boolean } | null | undefined;
  if (r && (r.captchaRequired || r.needCaptcha)) return true;
  return /验证码|captcha/i.test(err.message ?? '');
}
