import { http } from './http';
import type { DictOption } from '@/online/types';

const cache = new Map<string, Promise<DictOption[]>>();

/** Accepts the usual item shapes: {value,label}, {itemValue,itemLabel}, {value,text}. */
export function normaliseItems(raw: unknown): DictOption[] {
  const list = Array.isArray(raw) ? raw : Array.isArray((raw as { items?: unknown[] })?.items) ? (raw as { items: unknown[] }).items : [];
  return list
    .map((x) => {
      const o = x as Record<string, unknown>;
      const value = o.value ?? o.itemValue ?? o.item_value ?? o.code;
      const label = o.label ?? o.itemLabel ?? o.item_label ?? o.text ?? o.title ?? value;
      if (value === undefined || value === null) return null;
      const opt: DictOption = { value: String(value), label: String(label) };
      if (o.color) opt.color = String(o.color);
      return opt;
    })
    .filter((x): x is DictOption => x !== null);
}

/** Items of a dictionary code, fetched once per session. */
export function dictItems(code: string): Promise<DictOption[]> {
  let p = cache.get(code);
  if (!p) {
    p = http.get<unknown>(`/sys/dicts/${encodeURIComponent(code)}/items`).then(normaliseItems);
    p.catch(() => cache.delete(code));
    cache.set(code, p);
  }
  return p;
}

export function clearDictCache(code?: string) {
  if (code) cache.delete(code);
  else cache.clear();
}
