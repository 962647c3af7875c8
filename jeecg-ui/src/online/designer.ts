import type { FieldMeta, FormMeta } from './types';
import { SYSTEM_FIELDS } from './meta';

/** One palette entry: what a dropped field starts as. */
export interface PaletteItem {
  key: string;
  label: string;
  field: Omit<FieldMeta, 'name' | 'label'>;
}

export const PALETTE: PaletteItem[] = [
  { key: 'string', label: '单行文本', field: { type: 'string', length: 64, widget: 'input' } },
  { key: 'text', label: '多行文本', field: { type: 'text', widget: 'textarea', span: 24 } },
  { key: 'int', label: '整数', field: { type: 'int', widget: 'number' } },
  { key: 'decimal', label: '小数', field: { type: 'decimal', precision: 12, scale: 2, widget: 'number' } },
  { key: 'date', label: '日期', field: { type: 'date', widget: 'date' } },
  { key: 'datetime', label: '日期时间', field: { type: 'datetime', widget: 'datetime' } },
  { key: 'boolean', label: '开关', field: { type: 'boolean', widget: 'switch' } },
  { key: 'dict', label: '字典下拉', field: { type: 'string', length: 32, widget: 'select', dict: '' } },
  { key: 'radio', label: '字典单选', field: { type: 'string', length: 32, widget: 'radio', dict: '' } },
];

export const TYPES = ['string', 'text', 'int', 'long', 'decimal', 'date', 'datetime', 'boolean'];
export const WIDGETS = ['input', 'textarea', 'number', 'date', 'datetime', 'select', 'radio', 'checkbox', 'switch'];
export const QUERY_MODES = [
  { value: 'none', label: '不查询' },
  { value: 'eq', label: '精确' },
  { value: 'like', label: '模糊' },
  { value: 'range', label: '范围' },
];

/** Properties a form-schemas field may carry (the JSON Schema forbids others). */
const FIELD_PROPS = ['name', 'label', 'type', 'length', 'precision', 'scale', 'required', 'defaultValue', 'unique', 'dict', 'dictTable',
  'options', 'pattern', 'patternMessage', 'min', 'max', 'list', 'query', 'sortable', 'widget', 'order', 'span', 'readonly'] as const;
const FORM_PROPS = ['code', 'title', 'kind', 'table', 'version', 'gridScoped', 'tenantScoped', 'stampedTotals', 'description', 'indexes', 'details', 'tree', 'hooks'] as const;
const IDENT = /^[a-z][a-z0-9_]{0,62}$/;

/** A new field from a palette entry with a unique name (field_1, field_2 …). */
export function newField(item: PaletteItem, existing: FieldMeta[]): FieldMeta {
  const names = new Set(existing.map((f) => f.name));
  let i = existing.length + 1;
  while (names.has(`field_${i}`)) i += 1;
  return { ...structuredClone(item.field), name: `field_${i}`, label: `${item.label}${i}`, list: true, query: 'none' };
}

/** Moves a field within the list (drag on the canvas). */
export function moveField(fields: FieldMeta[], from: number, to: number): FieldMeta[] {
  const out = fields.slice();
  if (from < 0 || from >= out.length || to < 0 || to >= out.length || from === to) return out;
  const [f] = out.splice(from, 1);
  out.splice(to, 0, f);
  return out;
}

/** Problems that would make the server refuse the design, in Chinese, before anything is sent. */
export function validateDesign(form: FormMeta): string[] {
  const errors: string[] = [];
  if (!IDENT.test(form.code ?? '')) errors.push('表单编码须以小写字母开头，只含小写字母、数字和下划线');
  if (!form.title?.trim()) errors.push('请填写表单名称');
  if (!form.fields.length) errors.push('请至少添加一个字段');
  const seen = new Set<string>();
  form.fields.forEach((f, i) => {
    const at = `第${i + 1}个字段（${f.label || f.name || '未命名'}）`;
    if (!IDENT.test(f.name ?? '')) errors.push(`${at}：字段名须以小写字母开头，只含小写字母、数字和下划线`);
    else if (SYSTEM_FIELDS.has(f.name)) errors.push(`${at}：字段名 ${f.name} 为系统保留字段`);
    else if (seen.has(f.name)) errors.push(`${at}：字段名 ${f.name} 重复`);
    seen.add(f.name);
    if (!f.label?.trim()) errors.push(`${at}：请填写显示名称`);
    if ((f.widget === 'select' || f.widget === 'radio' || f.widget === 'checkbox') && !f.dict && !f.dictTable && !f.options?.length) {
      errors.push(`${at}：下拉/单选/多选须绑定字典`);
    }
    if (f.type === 'string' && (!f.length || f.length < 1 || f.length > 4000)) errors.push(`${at}：长度须在 1~4000 之间`);
    if (f.pattern) {
      try {
        new RegExp(f.pattern);
      } catch {
        errors.push(`${at}：校验正则无效`);
      }
    }
  });
  return errors;
}

function clean<T extends object>(src: T, keys: readonly string[]): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = (src as Record<string, unknown>)[k];
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as Partial<T>;
}

/** The design as a form-schemas JSON definition: only schema properties, order taken from the canvas. */
export function toDefinition(form: FormMeta): FormMeta {
  const fields = form.fields.map((f, i) => {
    const c = clean(f, FIELD_PROPS) as FieldMeta;
    c.order = i + 1;
    if (c.type !== 'string') delete c.length;
    if (c.type !== 'decimal') {
      delete c.precision;
      delete c.scale;
    }
    if (c.query === 'none') delete c.query;
    if (c.list === true) delete c.list; // shown in the list is the default
    return c;
  });
  return { ...(clean(form, FORM_PROPS) as FormMeta), kind: form.kind || 'single', fields };
}
