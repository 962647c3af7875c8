import type { DictOption, FieldMeta, FormMeta } from './types';

/** The widget a field renders with: the metadata's own choice, else derived from type and dictionary. */
export type Widget = 'input' | 'textarea' | 'number' | 'date' | 'datetime' | 'switch' | 'select' | 'radio' | 'checkbox' | 'password' | 'tree' | 'polygon';

/** 'polygon': a GeoJSON outline drawn on a map (text field holding Polygon / MultiPolygon). */
const WIDGETS: Widget[] = ['input', 'textarea', 'number', 'date', 'datetime', 'switch', 'select', 'radio', 'checkbox', 'password', 'tree', 'polygon'];
const NUMERIC = new Set(['int', 'integer', 'long', 'decimal', 'double', 'number']);
const INTEGER = new Set(['int', 'integer', 'long']);
/** Columns every online table has that a user never edits. */
export const SYSTEM_FIELDS = new Set(['id', 'version', 'del_flag', 'create_by', 'create_time', 'update_by', 'update_time', 'tenant_id', 'grid_id']);

export function dictCodeOf(f: FieldMeta): string | null {
  if (typeof f.dict === 'string' && f.dict) return f.dict;
  if (f.dictCode) return f.dictCode;
  return null;
}

export function hasDict(f: FieldMeta): boolean {
  return !!dictCodeOf(f) || (typeof f.dict === 'object' && f.dict !== null) || !!f.dictTable || !!f.options?.length || !!f.loadOptions || !!f.loadTree;
}

export function isNumeric(f: FieldMeta) {
  return NUMERIC.has(String(f.type).toLowerCase());
}

export function widgetOf(f: FieldMeta): Widget {
  const w = (f.widget ?? '').toLowerCase() as Widget;
  if (WIDGETS.includes(w)) return w;
  if (f.loadTree) return 'tree';
  if (hasDict(f)) return 'select';
  const t = String(f.type).toLowerCase();
  if (t === 'text') return 'textarea';
  if (NUMERIC.has(t)) return 'number';
  if (t === 'date') return 'date';
  if (t === 'datetime' || t === 'timestamp') return 'datetime';
  if (t === 'boolean') return 'switch';
  if (t === 'string' && (f.length ?? 0) > 255) return 'textarea';
  return 'input';
}

const byOrder = (a: { order?: number }, b: { order?: number }) => (a.order ?? 0) - (b.order ?? 0);

/** Editable fields in form order. */
export function formFields(meta: FormMeta): FieldMeta[] {
  return meta.fields.filter((f) => !SYSTEM_FIELDS.has(f.name)).slice().sort(byOrder);
}

/** Fields offered in the query bar (query mode eq, like or range). */
export function queryFields(meta: FormMeta): FieldMeta[] {
  return meta.fields.filter((f) => f.query && f.query !== 'none').slice().sort(byOrder);
}

export interface ColumnDef {
  title: string;
  dataIndex: string;
  key: string;
  sorter: boolean;
  ellipsis: boolean;
  width?: number;
  align?: 'left' | 'right' | 'center';
  /** Which property of the record the cell shows (dict fields show <name>_dictText). */
  display: string;
  kind: 'text' | 'dict' | 'boolean' | 'number' | 'date';
  /** Labels of inline options, used when the server sent no <field>_dictText. */
  labels?: Record<string, string>;
}

/** Table columns: list-visible fields in list order, dict labels from <field>_dictText. */
export function buildColumns(meta: FormMeta): ColumnDef[] {
  return meta.fields
    .filter((f) => f.list !== false && (f.list === true || !SYSTEM_FIELDS.has(f.name)))
    .slice()
    .sort((a, b) => (a.listOrder ?? a.order ?? 0) - (b.listOrder ?? b.order ?? 0))
    .map((f) => {
      const t = String(f.type).toLowerCase();
      const kind: ColumnDef['kind'] = hasDict(f) ? 'dict' : t === 'boolean' ? 'boolean' : isNumeric(f) ? 'number' : t === 'date' || t === 'datetime' ? 'date' : 'text';
      return {
        title: f.label || f.name,
        dataIndex: f.name,
        key: f.name,
        sorter: f.sortable === true, // the engine sorts only by fields declared sortable
        ellipsis: true,
        width: t === 'datetime' ? 170 : t === 'date' ? 120 : undefined,
        align: kind === 'number' ? 'right' : undefined,
        display: f.textField ?? (kind === 'dict' ? `${f.name}_dictText` : f.name),
        kind,
        labels: f.options?.length ? Object.fromEntries(f.options.map((o) => [String(o.value), o.label])) : undefined,
      };
    });
}

/** What a cell shows: the dictionary label when the server sent one, else the raw value made readable. */
export function cellText(col: ColumnDef, record: Record<string, unknown>): string {
  const raw = record[col.dataIndex];
  if (col.kind === 'dict' || col.display !== col.dataIndex) {
    const label = record[col.display];
    if (label !== undefined && label !== null && label !== '') return String(label);
  }
  if (raw === null || raw === undefined || raw === '') return '';
  if (col.labels && col.labels[String(raw)] !== undefined) return col.labels[String(raw)];
  if (col.kind === 'boolean') return raw === true || raw === 1 || raw === '1' || raw === 'true' ? '是' : '否';
  if (col.kind === 'date' && typeof raw === 'string') return raw.replace('T', ' ').replace(/\.\d+$/, '');
  return String(raw);
}

export interface Rule {
  required?: boolean;
  /** Absent on validator rules: a rule's message would replace the validator's own, more precise one. */
  message?: string;
  max?: number;
  min?: number;
  pattern?: RegExp;
  type?: 'number' | 'integer' | 'string';
  trigger?: string;
  validator?: (rule: unknown, value: unknown) => Promise<void>;
}

/** Validation rules taken from the metadata (the server checks again; these just answer early). */
export function buildRules(f: FieldMeta): Rule[] {
  const label = f.label || f.name;
  const rules: Rule[] = [];
  const w = widgetOf(f);
  if (f.required) {
    rules.push({ required: true, message: w === 'select' || w === 'tree' || w === 'date' || w === 'datetime' ? `请选择${label}` : `请输入${label}` });
  }
  const t = String(f.type).toLowerCase();
  if ((t === 'string' || t === 'text') && f.length && f.length > 0) {
    rules.push({ max: f.length, message: `${label}不能超过${f.length}个字符` });
  }
  if (f.pattern) {
    let re: RegExp | null = null;
    try {
      re = new RegExp(f.pattern);
    } catch {
      re = null; // a bad pattern in metadata must not break the form; the server still validates
    }
    if (re) rules.push({ pattern: re, message: f.patternMessage || `${label}格式不正确` });
  }
  if (isNumeric(f)) {
    const integer = INTEGER.has(t);
    rules.push({
      validator: (_r, v) => {
        if (v === null || v === undefined || v === '') return Promise.resolve();
        const n = Number(v);
        if (Number.isNaN(n)) return Promise.reject(`${label}必须是${integer ? '整数' : '数字'}`);
        if (integer && !Number.isInteger(n)) return Promise.reject(`${label}必须是整数`);
        if (f.min !== undefined && f.min !== null && n < f.min) return Promise.reject(`${label}不能小于${f.min}`);
        if (f.max !== undefined && f.max !== null && n > f.max) return Promise.reject(`${label}不能大于${f.max}`);
        if (t === 'decimal' && f.scale !== undefined && f.scale !== null) {
          const decimals = (String(v).split('.')[1] ?? '').length;
          if (decimals > f.scale) return Promise.reject(`${label}最多${f.scale}位小数`);
        }
        return Promise.resolve();
      },
    });
  }
  return rules;
}

/** Runs the rules of one field against a value the way the form does; answers the first message or null. */
export async function validateValue(f: FieldMeta, value: unknown): Promise<string | null> {
  for (const r of buildRules(f)) {
    const empty = value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    if (r.required && empty) return r.message ?? null;
    if (empty) continue;
    if (r.max !== undefined && String(value).length > r.max) return r.message ?? null;
    if (r.pattern && !r.pattern.test(String(value))) return r.message ?? null;
    if (r.validator) {
      try {
        await r.validator(r, value);
      } catch (msg) {
        return String(msg);
      }
    }
  }
  return null;
}

/** The form's starting values: defaults from metadata, booleans false, everything else empty. */
export function emptyModel(meta: FormMeta): Record<string, unknown> {
  const model: Record<string, unknown> = {};
  for (const f of formFields(meta)) {
    if (f.defaultValue !== undefined && f.defaultValue !== null) model[f.name] = f.defaultValue;
    else model[f.name] = widgetOf(f) === 'switch' ? false : undefined;
  }
  return model;
}

/** A record from the server → values the form edits (numbers for numeric widgets, booleans for switches). */
export function toFormModel(meta: FormMeta, record: Record<string, unknown>): Record<string, unknown> {
  const model: Record<string, unknown> = { ...emptyModel(meta) };
  for (const f of formFields(meta)) {
    const v = record[f.name];
    if (v === undefined) continue;
    const w = widgetOf(f);
    if (w === 'switch') model[f.name] = v === true || v === 1 || v === '1' || v === 'true';
    else if (w === 'number') model[f.name] = v === null || v === '' ? undefined : Number(v);
    else if (f.multiple && Array.isArray(v)) model[f.name] = v.map(String);
    else if ((hasDict(f) || w === 'tree') && v !== null) model[f.name] = String(v);
    else if (w === 'datetime' && typeof v === 'string') model[f.name] = v.replace('T', ' ').replace(/\.\d+$/, '');
    else model[f.name] = v;
  }
  return model;
}

/** Form values → request body: trimmed strings, empty → null, read-only fields left out. */
export function toPayload(meta: FormMeta, model: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of formFields(meta)) {
    if (f.readOnly || f.readonly) continue;
    let v = model[f.name];
    if (typeof v === 'string') v = v.trim();
    if (v === '' || v === undefined) v = null;
    if (v !== null && isNumeric(f)) v = Number(v);
    if (widgetOf(f) === 'switch' && String(f.type).toLowerCase() !== 'boolean') v = v ? 1 : 0;
    body[f.name] = v;
  }
  return body;
}

/** The query bar's values → request parameters; range fields become <field>_begin / <field>_end. */
export function buildQueryParams(meta: FormMeta, values: Record<string, unknown>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const f of queryFields(meta)) {
    const v = values[f.name];
    if (f.query === 'range') {
      const [begin, end] = Array.isArray(v) ? v : [values[`${f.name}_begin`], values[`${f.name}_end`]];
      const [bName, eName] = f.rangeParams ?? [`${f.name}_begin`, `${f.name}_end`];
      if (begin !== undefined && begin !== null && begin !== '') params[bName] = String(begin);
      if (end !== undefined && end !== null && end !== '') params[eName] = String(end);
      continue;
    }
    if (v === undefined || v === null) continue;
    const s = String(typeof v === 'string' ? v.trim() : v);
    if (s !== '') params[f.queryParam ?? f.name] = s;
  }
  return params;
}

/** The sort parameters for a table sorter change (only declared, sortable fields). */
export function sortParams(meta: FormMeta, field: string | undefined, order: 'ascend' | 'descend' | null | undefined) {
  if (!field || !order) return {};
  const f = meta.fields.find((x) => x.name === field);
  if (!f || f.sortable !== true) return {};
  return { sort: field, order: order === 'ascend' ? 'asc' : 'desc' };
}

/** Options for a dict field when no dictionary list could be loaded: the labels seen in the rows. */
export function optionsFromRecords(field: string, records: Record<string, unknown>[]): DictOption[] {
  const seen = new Map<string, string>();
  for (const r of records) {
    const v = r[field];
    if (v === null || v === undefined) continue;
    const label = r[`${field}_dictText`];
    seen.set(String(v), label ? String(label) : String(v));
  }
  return Array.from(seen, ([value, label]) => ({ value, label }));
}

/** Grid layout span (24 columns): metadata span 1–24, default half width, text areas full width. */
export function spanOf(f: FieldMeta): number {
  if (f.span && f.span >= 1 && f.span <= 24) return f.span;
  return widgetOf(f) === 'textarea' || widgetOf(f) === 'polygon' ? 24 : 12;
}

/**
 * GET /api/online/forms/{code} answers a summary with the stored "design" and the synced "runtime" definition;
 * the list page renders what the table really has (runtime), falling back to the design before the first sync.
 */
export function normaliseForm(raw: Record<string, unknown>, prefer: 'runtime' | 'design' = 'runtime'): FormMeta {
  if (Array.isArray(raw.fields)) return raw as unknown as FormMeta;
  const def = ((prefer === 'runtime' ? raw.runtime ?? raw.design : raw.design ?? raw.runtime) ?? {}) as Partial<FormMeta>;
  return { ...def, code: String(def.code ?? raw.code), title: String(def.title ?? raw.title ?? raw.code), kind: (def.kind ?? raw.kind) as string, fields: def.fields ?? [] } as FormMeta;
}
