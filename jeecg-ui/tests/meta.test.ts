import { describe, expect, it } from 'vitest';
import {
  buildColumns, buildQueryParams, buildRules, cellText, emptyModel, formFields, optionsFromRecords, queryFields,
  normaliseForm, sortParams, spanOf, toFormModel, toPayload, validateValue, widgetOf,
} from '@/online/meta';
import { vehicleForm } from './fixtures';

const field = (name: string) => vehicleForm.fields.find((f) => f.name === name)!;

describe('widget from metadata', () => {
  it('derives the widget from type and dictionary, honouring an explicit widget', () => {
    expect(widgetOf(field('plate_no'))).toBe('input');
    expect(widgetOf(field('vehicle_type'))).toBe('select');
    expect(widgetOf(field('seats'))).toBe('number');
    expect(widgetOf(field('load_t'))).toBe('number');
    expect(widgetOf(field('reg_date'))).toBe('date');
    expect(widgetOf(field('create_time'))).toBe('datetime');
    expect(widgetOf(field('active'))).toBe('switch');
    expect(widgetOf(field('remark'))).toBe('textarea');
    expect(widgetOf({ ...field('vehicle_type'), widget: 'radio' })).toBe('radio');
    expect(widgetOf({ name: 'x', label: 'x', type: 'string', widget: 'bogus' })).toBe('input');
    expect(widgetOf({ name: 'x', label: 'x', type: 'string', length: 1000 })).toBe('textarea');
  });

  it('lays text areas out full width and keeps a declared span', () => {
    expect(spanOf(field('remark'))).toBe(24);
    expect(spanOf(field('plate_no'))).toBe(12);
    expect(spanOf({ ...field('plate_no'), span: 8 })).toBe(8);
    expect(spanOf({ ...field('plate_no'), span: 99 })).toBe(12);
  });
});

describe('table from metadata', () => {
  const cols = buildColumns(vehicleForm);

  it('lists the list-visible fields in order, leaving out hidden ones', () => {
    expect(cols.map((c) => c.key)).toEqual(['plate_no', 'vehicle_type', 'seats', 'load_t', 'reg_date', 'active', 'fuel', 'create_time']);
    expect(cols[0].title).toBe('车牌号');
  });

  it('shows dictionary labels from <field>_dictText and falls back to the raw value', () => {
    const col = cols.find((c) => c.key === 'vehicle_type')!;
    expect(col.kind).toBe('dict');
    expect(cellText(col, { vehicle_type: 'bus', vehicle_type_dictText: '客车' })).toBe('客车');
    expect(cellText(col, { vehicle_type: 'bus' })).toBe('bus');
    expect(cellText(col, { vehicle_type: null })).toBe('');
  });

  it('renders booleans and timestamps readably', () => {
    const active = cols.find((c) => c.key === 'active')!;
    expect(cellText(active, { active: true })).toBe('是');
    expect(cellText(active, { active: 0 })).toBe('否');
    const created = cols.find((c) => c.key === 'create_time')!;
    expect(cellText(created, { create_time: '2026-11-23T08:05:09.123' })).toBe('2026-11-23 08:05:09');
  });

  it('makes only fields declared sortable sortable, and only sends those', () => {
    expect(cols.find((c) => c.key === 'seats')!.sorter).toBe(true);
    expect(cols.find((c) => c.key === 'load_t')!.sorter).toBe(false);
    expect(sortParams(vehicleForm, 'seats', 'descend')).toEqual({ sort: 'seats', order: 'desc' });
    expect(sortParams(vehicleForm, 'load_t', 'ascend')).toEqual({});
    expect(sortParams(vehicleForm, 'id and sleep(3)', 'ascend')).toEqual({});
    expect(sortParams(vehicleForm, 'seats', null)).toEqual({});
  });
});

describe('query bar from metadata', () => {
  it('offers only fields with a query mode', () => {
    expect(queryFields(vehicleForm).map((f) => f.name)).toEqual(['plate_no', 'vehicle_type', 'reg_date', 'fuel']);
  });

  it('turns values into parameters: trimmed, empties dropped, ranges as _begin/_end', () => {
    expect(buildQueryParams(vehicleForm, { plate_no: '  陕K ', vehicle_type: '', reg_date: ['2026-01-01', '2026-06-30'], seats: 5 })).toEqual({
      plate_no: '陕K',
      reg_date_begin: '2026-01-01',
      reg_date_end: '2026-06-30',
    });
    expect(buildQueryParams(vehicleForm, { reg_date_begin: '2026-01-01' })).toEqual({ reg_date_begin: '2026-01-01' });
    expect(buildQueryParams(vehicleForm, {})).toEqual({});
    expect(buildQueryParams(vehicleForm, { fuel: 'ev' })).toEqual({ fuel_type: 'ev' });
    const logForm = { code: 'log', title: '日志', fields: [{ name: 't', label: '时间', type: 'datetime', query: 'range', rangeParams: ['from', 'to'] as [string, string] }] };
    expect(buildQueryParams(logForm, { t: ['2026-01-01 00:00:00', '2026-01-02 00:00:00'] })).toEqual({ from: '2026-01-01 00:00:00', to: '2026-01-02 00:00:00' });
  });
});

describe('form from metadata', () => {
  it('edits the user fields only, never system columns', () => {
    expect(formFields(vehicleForm).map((f) => f.name)).toEqual(['plate_no', 'vehicle_type', 'seats', 'load_t', 'reg_date', 'active', 'fuel', 'remark']);
  });

  it('starts with defaults and false switches', () => {
    const m = emptyModel({ ...vehicleForm, fields: [...vehicleForm.fields, { name: 'color', label: '颜色', type: 'string', defaultValue: '白' }] });
    expect(m.active).toBe(false);
    expect(m.color).toBe('白');
    expect(m.plate_no).toBeUndefined();
  });

  it('maps a record into form values and back into a request body', () => {
    const rec = { id: '9', version: 3, plate_no: '陕KA1234', vehicle_type: 2, seats: '45', load_t: '1.50', active: 1, remark: '' };
    const model = toFormModel(vehicleForm, rec);
    expect(model.vehicle_type).toBe('2');
    expect(model.seats).toBe(45);
    expect(model.active).toBe(true);
    expect(model).not.toHaveProperty('id');
    const body = toPayload(vehicleForm, { ...model, plate_no: ' 陕KA1234 ' });
    expect(body).toMatchObject({ plate_no: '陕KA1234', seats: 45, load_t: 1.5, active: true, remark: null, reg_date: null });
    expect(body).not.toHaveProperty('id');
    expect(body).not.toHaveProperty('create_time');
  });

  it('leaves read-only fields out of the body', () => {
    const meta = { ...vehicleForm, fields: [{ name: 'plate_no', label: '车牌号', type: 'string', readOnly: true }, { name: 'seats', label: '座位数', type: 'int' }] };
    expect(toPayload(meta, { plate_no: 'x', seats: 3 })).toEqual({ seats: 3 });
  });
});

describe('validation from metadata', () => {
  it('requires required fields with a Chinese message matching the widget', async () => {
    expect(await validateValue(field('plate_no'), '')).toBe('请输入车牌号');
    expect(await validateValue({ ...field('vehicle_type'), required: true }, undefined)).toBe('请选择车辆类型');
    expect(await validateValue(field('seats'), undefined)).toBeNull();
  });

  it('enforces length, pattern, integer, range and scale', async () => {
    expect(await validateValue(field('plate_no'), '陕KA12345678901234')).toBe('车牌号不能超过16个字符');
    expect(await validateValue(field('plate_no'), 'abc')).toBe('车牌号格式不正确');
    expect(await validateValue(field('plate_no'), '陕KA1234')).toBeNull();
    expect(await validateValue(field('seats'), 2.5)).toBe('座位数必须是整数');
    expect(await validateValue(field('seats'), 0)).toBe('座位数不能小于1');
    expect(await validateValue(field('seats'), 81)).toBe('座位数不能大于80');
    expect(await validateValue(field('seats'), 'x')).toBe('座位数必须是整数');
    expect(await validateValue(field('load_t'), '1.234')).toBe('载重(吨)最多2位小数');
    expect(await validateValue(field('load_t'), '1.23')).toBeNull();
  });

  it('ignores a malformed pattern in metadata instead of breaking the form', () => {
    const rules = buildRules({ name: 'a', label: 'A', type: 'string', pattern: '([' });
    expect(rules.some((r) => r.pattern)).toBe(false);
  });
});

describe('inline options and the engine answer', () => {
  it('renders inline options as a select and shows their labels when no _dictText came', () => {
    const fuel = field('fuel');
    expect(widgetOf(fuel)).toBe('select');
    const col = buildColumns(vehicleForm).find((c) => c.key === 'fuel')!;
    expect(cellText(col, { fuel: 'ev' })).toBe('纯电');
    expect(cellText(col, { fuel: 'ev', fuel_dictText: '电动' })).toBe('电动');
  });

  it('takes the synced runtime definition from the form answer, else the design', () => {
    const design = { ...vehicleForm, title: '车辆(设计)' };
    expect(normaliseForm({ code: 'demo_vehicle', title: '车辆', design, runtime: vehicleForm }).title).toBe('车辆');
    expect(normaliseForm({ code: 'demo_vehicle', title: '车辆', design }).title).toBe('车辆(设计)');
    expect(normaliseForm({ code: 'demo_vehicle', title: '车辆', design }, 'design').fields.length).toBe(vehicleForm.fields.length);
    expect(normaliseForm(vehicleForm as unknown as Record<string, unknown>)).toBe(vehicleForm);
  });
});

describe('dictionary fallback', () => {
  it('derives options from the labels seen in rows', () => {
    expect(optionsFromRecords('t', [{ t: 1, t_dictText: '甲' }, { t: 2 }, { t: 1, t_dictText: '甲' }, { t: null }])).toEqual([
      { value: '1', label: '甲' },
      { value: '2', label: '2' },
    ]);
  });
});

import { PALETTE, moveField, newField, toDefinition, validateDesign } from '@/online/designer';

describe('form designer → form-schemas definition', () => {
  const palette = (k: string) => PALETTE.find((p) => p.key === k)!;

  it('drops palette fields with unique names and moves them', () => {
    const a = newField(palette('string'), []);
    const b = newField(palette('dict'), [a]);
    expect([a.name, b.name]).toEqual(['field_1', 'field_2']);
    expect(b.widget).toBe('select');
    expect(moveField([a, b], 1, 0).map((f) => f.name)).toEqual(['field_2', 'field_1']);
    expect(moveField([a, b], 0, 5).map((f) => f.name)).toEqual(['field_1', 'field_2']);
  });

  it('writes only schema properties, in canvas order, without empty values', () => {
    const def = toDefinition({
      code: 'hazard', title: '隐患', kind: 'single', gridScoped: true, stampedTotals: true,
      fields: [
        { name: 'title', label: '名称', type: 'string', length: 100, required: true, query: 'like', list: true, textField: 'x', span: 12 },
        { name: 'level', label: '等级', type: 'string', length: 32, widget: 'select', dict: 'risk_level', query: 'eq', list: false, precision: 3 },
        { name: 'found', label: '发现日期', type: 'date', length: 64, query: 'none', pattern: '' },
      ],
    });
    expect(def).toEqual({
      code: 'hazard', title: '隐患', kind: 'single', gridScoped: true, stampedTotals: true,
      fields: [
        { name: 'title', label: '名称', type: 'string', length: 100, required: true, query: 'like', span: 12, order: 1 },
        { name: 'level', label: '等级', type: 'string', length: 32, widget: 'select', dict: 'risk_level', query: 'eq', list: false, order: 2 },
        { name: 'found', label: '发现日期', type: 'date', order: 3 },
      ],
    });
  });

  it('names every problem before the design is sent', () => {
    const errors = validateDesign({
      code: 'Bad-Code', title: '', fields: [
        { name: 'id', label: 'ID', type: 'long' },
        { name: 'a', label: '', type: 'string', length: 0 },
        { name: 'a', label: 'A2', type: 'string', length: 10, widget: 'select' },
        { name: '9x', label: 'x', type: 'int', pattern: '([' },
      ],
    });
    expect(errors).toEqual([
      '表单编码须以小写字母开头，只含小写字母、数字和下划线',
      '请填写表单名称',
      '第1个字段（ID）：字段名 id 为系统保留字段',
      '第2个字段（a）：请填写显示名称',
      '第2个字段（a）：长度须在 1~4000 之间',
      '第3个字段（A2）：字段名 a 重复',
      '第3个字段（A2）：下拉/单选/多选须绑定字典',
      '第4个字段（x）：字段名须以小写字母开头，只含小写字母、数字和下划线',
      '第4个字段（x）：校验正则无效',
    ]);
    expect(validateDesign({ code: 'ok_form', title: '好', fields: [{ name: 'a', label: 'A', type: 'string', length: 10 }] })).toEqual([]);
  });
});
