/** A form's metadata as served by GET /api/online/forms/{code} (the same JSON as a form-schemas file). */
export type FieldType = 'string' | 'text' | 'int' | 'long' | 'decimal' | 'date' | 'datetime' | 'boolean' | string;
export type QueryMode = 'eq' | 'like' | 'range' | 'none' | string;

export interface TableDict {
  table: string;
  label: string;
  value: string;
  filter?: string;
}

export interface FieldMeta {
  name: string;
  label: string;
  type: FieldType;
  length?: number;
  precision?: number;
  scale?: number;
  required?: boolean;
  unique?: boolean;
  defaultValue?: unknown;
  dict?: string | TableDict | null;
  dictTable?: TableDict | null;
  dictCode?: string | null;
  query?: QueryMode;
  list?: boolean;
  listOrder?: number;
  sortable?: boolean;
  widget?: string;
  span?: number;
  order?: number;
  readOnly?: boolean;
  readonly?: boolean;
  pattern?: string;
  patternMessage?: string;
  min?: number;
  max?: number;
  /** UI-only: the request parameter a query field is sent as (default: its name), and a range's two names. */
  queryParam?: string;
  rangeParams?: [string, string];
  /** Static options (form-schemas "options"); UI-only: an async option source or a tree source. */
  options?: DictOption[];
  loadOptions?: () => Promise<DictOption[]>;
  loadTree?: () => Promise<Record<string, unknown>[]>;
  multiple?: boolean;
  /** UI-only, widget 'polygon': other outlines shown grey on the map for orientation. */
  areaContext?: () => { name: string; geojson: unknown }[];
  /** UI-only: the record property the list shows instead of the raw value (e.g. deptName for deptId). */
  textField?: string;
}

export interface FormMeta {
  id?: string | number;
  code: string;
  title: string;
  kind?: 'single' | 'master' | 'detail' | 'tree' | string;
  tableName?: string;
  gridScoped?: boolean;
  /** Large, read-mostly tables: list totals reused while the table is unchanged (change-stamp triggers, MariaDB). */
  stampedTotals?: boolean;
  version?: number;
  fields: FieldMeta[];
  /** Tree forms: the column holding the parent id. */
  parentField?: string;
  /** Master forms: the detail forms saved with a master row (`form` in form-schemas). */
  details?: { form?: string; code?: string; title?: string; foreignKey?: string }[];
  /** Tree forms: which field labels a node. */
  tree?: { labelField?: string };
  [k: string]: unknown;
}

export interface DictOption {
  value: string;
  label: string;
  color?: string;
}
