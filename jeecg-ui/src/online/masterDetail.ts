/**
 * Master–detail editing of online forms: a master form names its detail forms (`details: [{form, foreignKey,
 * title}]`); the master's add/edit body carries `"<detail code>": [rows]` and the server writes master and
 * details in one transaction (details given on edit replace the stored ones). GET of one master row carries
 * the detail rows under the detail code. Server field errors for detail cells come as `<code>[i].<field>`.
 */
import type { FieldMeta, FormMeta } from './types';
import { formFields, toFormModel, toPayload, validateValue } from './meta';

type Row = Record<string, unknown>;

export interface DetailLink {
  code: string;
  foreignKey: string;
  title: string;
}

/** The detail links of a master form (the metadata says `form`; older UI metadata said `code`). */
export function detailLinks(meta: FormMeta): DetailLink[] {
  if (meta.kind !== 'master' || !Array.isArray(meta.details)) return [];
  return (meta.details as Record<string, unknown>[])
    .map((d) => ({ code: String(d.form ?? d.code ?? ''), foreignKey: String(d.foreignKey ?? ''), title: String(d.title ?? d.form ?? d.code ?? '') }))
    .filter((d) => d.code && d.foreignKey);
}

/** The editable columns of a detail form: its fields without the foreign key (the server sets it). */
export function detailFields(detail: FormMeta, foreignKey: string): FieldMeta[] {
  return formFields(detail).filter((f) => f.name !== foreignKey);
}

let seq = 0;
/** A local key for a detail row being edited (new rows have no id yet). */
export function rowKeyOf(): string {
  seq += 1;
  return `r${seq}`;
}

export interface DetailRow {
  _key: string;
  [field: string]: unknown;
}

/** A new, empty detail row with the fields' defaults. */
export function emptyDetailRow(detail: FormMeta, foreignKey: string): DetailRow {
  return { _key: rowKeyOf(), ...toFormModel({ ...detail, fields: detailFields(detail, foreignKey) }, {}) };
}

/** The detail rows of a master record fetched for editing → rows the editor holds. */
export function detailRowsOf(record: Row, link: DetailLink, detail: FormMeta): DetailRow[] {
  const raw = record[link.code];
  if (!Array.isArray(raw)) return [];
  const meta = { ...detail, fields: detailFields(detail, link.foreignKey) };
  return (raw as Row[]).map((r) => ({ _key: rowKeyOf(), ...toFormModel(meta, r) }));
}

/** The rows as the master body sends them: only the detail's editable fields, converted like any form. */
export function detailPayload(detail: FormMeta, foreignKey: string, rows: DetailRow[]): Row[] {
  const meta = { ...detail, fields: detailFields(detail, foreignKey) };
  return rows.map((r) => toPayload(meta, r));
}

/** Cell messages by row index and field, as the editor shows them. */
export type CellErrors = Record<number, Record<string, string>>;

/** Checks every cell with the detail's metadata rules (the server checks again). */
export async function validateDetailRows(fields: FieldMeta[], rows: DetailRow[]): Promise<CellErrors> {
  const out: CellErrors = {};
  for (let i = 0; i < rows.length; i++) {
    for (const f of fields) {
      const msg = await validateValue(f, rows[i][f.name]);
      if (msg) (out[i] ??= {})[f.name] = msg;
    }
  }
  return out;
}

export function errorCount(errors: CellErrors): number {
  return Object.values(errors).reduce((n, r) => n + Object.keys(r).length, 0);
}

/**
 * A 400's `result` ({field: message}) split into master field messages and detail cell messages
 * (`demo_order_item[2].goods_name` → details.demo_order_item[2].goods_name; a message about a whole detail
 * list or row, such as `demo_order_item` → "子表最多 1000 行", stays with the master's messages).
 */
export function splitServerErrors(result: unknown): { master: Record<string, string>; details: Record<string, CellErrors> } {
  const master: Record<string, string> = {};
  const details: Record<string, CellErrors> = {};
  if (!result || typeof result !== 'object' || Array.isArray(result)) return { master, details };
  for (const [key, value] of Object.entries(result as Record<string, unknown>)) {
    const msg = String(value);
    const m = /^([a-z][a-z0-9_]*)\[(\d+)\]\.([A-Za-z0-9_]+)$/.exec(key);
    if (m) {
      const cells = (details[m[1]] ??= {});
      (cells[Number(m[2])] ??= {})[m[3]] = msg;
    } else {
      master[key] = msg;
    }
  }
  return { master, details };
}
