import type { FormMeta } from '@/online/types';

/** The shape of a form-schemas file (issue 3) with a dictionary, a range and a numeric field. */
export const vehicleForm: FormMeta = {
  code: 'demo_vehicle',
  title: '车辆',
  kind: 'single',
  fields: [
    { name: 'id', label: 'ID', type: 'long', list: false },
    { name: 'plate_no', label: '车牌号', type: 'string', length: 16, required: true, query: 'like', list: true, sortable: true, order: 1, pattern: '^[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}$', patternMessage: '车牌号格式不正确' },
    { name: 'vehicle_type', label: '车辆类型', type: 'string', length: 32, dict: 'vehicle_type', query: 'eq', list: true, order: 2 },
    { name: 'seats', label: '座位数', type: 'int', min: 1, max: 80, list: true, sortable: true, order: 3 },
    { name: 'load_t', label: '载重(吨)', type: 'decimal', precision: 10, scale: 2, list: true, order: 4 },
    { name: 'reg_date', label: '登记日期', type: 'date', query: 'range', list: true, order: 5 },
    { name: 'active', label: '在用', type: 'boolean', list: true, order: 6 },
    { name: 'fuel', label: '燃料', type: 'string', options: [{ value: 'diesel', label: '柴油' }, { value: 'ev', label: '纯电' }], query: 'eq', queryParam: 'fuel_type', order: 6 },
    { name: 'remark', label: '备注', type: 'text', length: 500, list: false, order: 7 },
    { name: 'create_time', label: '创建时间', type: 'datetime', list: true, order: 99 },
  ],
};
