import { describe, expect, it } from 'vitest';
import { detailFields, detailLinks, detailPayload, detailRowsOf, emptyDetailRow, errorCount, splitServerErrors, validateDetailRows } from '@/online/masterDetail';
import { attachChildren, hasNode, labelOf, markLazy } from '@/online/tree';
import type { FormMeta } from '@/online/types';

// The shipped samples form-schemas/demo_order.json + demo_order_item.json, as the server serves them.
const order: FormMeta = {
  code: 'demo_order', title: '运单', kind: 'master',
  fields: [
    { name: 'order_no', label: '运单号', type: 'string', length: 32, required: true, order: 1 },
    { name: 'shipper', label: '托运人', type: 'string', length: 100, required: true, order: 2 },
  ],
  details: [{ form: 'demo_order_item', foreignKey: 'order_id', title: '货物明细' }],
};
const item: FormMeta = {
  code: 'demo_order_item', title: '运单货物明细', kind: 'detail',
  fields: [
    { name: 'order_id', label: '运单', type: 'long', required: true, order: 1 },
    { name: 'goods_name', label: '货物名称', type: 'string', length: 100, required: true, order: 2 },
    { name: 'quantity', label: '数量', type: 'int', required: true, min: 1, order: 3 },
    { name: 'weight', label: '重量(吨)', type: 'decimal', scale: 3, min: 0, order: 4 },
  ],
};

describe('master–detail metadata', () => {
  it('reads the detail links of a master form only', () => {
    expect(detailLinks(order)).toEqual([{ code: 'demo_order_item', foreignKey: 'order_id', title: '货物明细' }]);
    expect(detailLinks({ ...order, kind: 'single' })).toEqual([]);
    expect(detailLinks({ ...order, details: [{ form: 'x' }] })).toEqual([]); // no foreign key: not editable here
  });

  it('edits the detail fields without the foreign key (the server sets it)', () => {
    expect(detailFields(item, 'order_id').map((f) => f.name)).toEqual(['goods_name', 'quantity', 'weight']);
  });
});

describe('detail rows', () => {
  const link = detailLinks(order)[0];

  it('starts a new row empty with its own key', () => {
    const a = emptyDetailRow(item, 'order_id');
    const b = emptyDetailRow(item, 'order_id');
    expect(a._key).not.toBe(b._key);
    expect(a.goods_name).toBeUndefined();
    expect('order_id' in a).toBe(false);
  });

  it('takes the stored rows of a fetched master and sends them back as the body expects', () => {
    const record = { id: '9', order_no: 'A1', demo_order_item: [{ id: '91', order_id: '9', goods_name: ' 煤炭 ', quantity: '3', weight: null }] };
    const rows = detailRowsOf(record, link, item);
    expect(rows).toHaveLength(1);
    expect(rows[0].quantity).toBe(3);
    expect(detailPayload(item, 'order_id', rows)).toEqual([{ goods_name: '煤炭', quantity: 3, weight: null }]);
    expect(detailRowsOf({ id: '9' }, link, item)).toEqual([]);
  });

  it('checks every cell with the detail metadata rules', async () => {
    const rows = [
      { _key: 'a', goods_name: '煤炭', quantity: 2 },
      { _key: 'b', goods_name: '', quantity: 0, weight: 1.23456 },
    ];
    const errors = await validateDetailRows(detailFields(item, 'order_id'), rows);
    expect(errors[0]).toBeUndefined();
    expect(errors[1]).toEqual({ goods_name: '请输入货物名称', quantity: '数量不能小于1', weight: '重量(吨)最多3位小数' });
    expect(errorCount(errors)).toBe(3);
  });

  it('puts the server field errors next to their inputs: master fields and detail cells', () => {
    const split = splitServerErrors({ order_no: '运单号已存在', 'demo_order_item[1].quantity': '数量不能小于1', demo_order_item: '子表最多 1000 行' });
    expect(split.master).toEqual({ order_no: '运单号已存在', demo_order_item: '子表最多 1000 行' });
    expect(split.details).toEqual({ demo_order_item: { 1: { quantity: '数量不能小于1' } } });
    expect(splitServerErrors(null)).toEqual({ master: {}, details: {} });
    expect(splitServerErrors('oops')).toEqual({ master: {}, details: {} });
  });
});

describe('lazy tree', () => {
  const roots = [{ id: '1', name: '包茂高速', hasChild: true }, { id: '2', name: '榆佳高速', hasChild: false }];

  it('gives rows with children an expander and no others', () => {
    const t = markLazy(roots);
    expect(t[0].children).toEqual([]);
    expect('children' in t[1]).toBe(false);
  });

  it('puts a fetched level under its parent, at any depth, as a new tree', () => {
    const t = markLazy(roots);
    const t2 = attachChildren(t, '1', [{ id: '11', name: '榆林段', hasChild: true }]);
    expect(t2).not.toBe(t);
    expect((t2[0].children as Record<string, unknown>[])[0].children).toEqual([]);
    const t3 = attachChildren(t2, '11', [{ id: '111', name: 'K10-K20', hasChild: false }]);
    expect(hasNode(t3, '111')).toBe(true);
    expect(labelOf(t3, '111', 'name')).toBe('K10-K20');
    expect(attachChildren(t3, '404', [])).toBe(t3); // unknown parent: unchanged
  });

  it('drops the expander of a parent whose last child is gone', () => {
    const t = attachChildren(markLazy(roots), '1', []);
    expect('children' in t[0]).toBe(false);
    expect(t[0].hasChild).toBe(false);
  });
});
