import { describe, expect, it } from 'vitest';
import { changedCount, diffRows, KIND_TEXT, reasonError, shown } from '@/views/safety/review/reviewDiff';

describe('review diff of current and proposed values', () => {
  it('lists the known columns in form order with the proposed value beside the one on record, flagging real changes', () => {
    const rows = diffRows('SUBJECT',
      { name: '榆阳运输', phone: '0912-1111111', address: '旧地址', registered_date: '2020-05-01T00:00:00' },
      { phone: '0912-2222222', address: '旧地址', registered_date: '2020-05-01' });
    expect(rows.map((r) => r.field)).toEqual(['name', 'phone', 'address', 'registered_date']);
    expect(rows[0]).toMatchObject({ label: '单位名称', current: '榆阳运输', proposed: '榆阳运输', submitted: false, changed: false });
    expect(rows[1]).toMatchObject({ label: '联系电话', current: '0912-1111111', proposed: '0912-2222222', changed: true });
    expect(rows[2].changed).toBe(false);
    expect(rows[3].changed).toBe(false);
    expect(changedCount(rows)).toBe(1);
  });

  it('treats every submitted field of a new employee as a change, numbers and strings alike, unknown keys last', () => {
    const rows = diffRows('EMPLOYEE', {}, { age: 38, name: '马驾驶', extra: 'x' });
    expect(rows.map((r) => r.field)).toEqual(['name', 'age', 'extra']);
    expect(rows.every((r) => r.changed && r.current === '')).toBe(true);
    expect(rows[2].label).toBe('extra');
    expect(diffRows('EMPLOYEE', { age: '38' }, { age: 38 })[0].changed).toBe(false);
    expect(diffRows('EMPLOYEE', { phone: '138' }, { phone: '' })[0]).toMatchObject({ changed: true, proposed: '' });
  });

  it('formats values and checks the return reason', () => {
    expect(shown(null)).toBe('');
    expect(shown('2020-01-02 00:00:00')).toBe('2020-01-02');
    expect(shown('2020-01-02 08:30:00')).toBe('2020-01-02 08:30:00');
    expect(reasonError('  ')).toBe('请填写退回原因');
    expect(reasonError('x'.repeat(501))).toBe('退回原因不能超过500字');
    expect(reasonError('许可证号不一致')).toBeNull();
    expect(KIND_TEXT('SUBJECT', null)).toBe('企业资料变更');
    expect(KIND_TEXT('EMPLOYEE', null)).toBe('新增从业人员');
    expect(KIND_TEXT('EMPLOYEE', '3795001')).toBe('从业人员变更');
  });
});
