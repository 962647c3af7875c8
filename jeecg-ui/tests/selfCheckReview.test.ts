import { describe, expect, it, vi } from 'vitest';
import type { SelfCheckItem } from '@/api/safetyReview';
import { ApiError } from '@/api/http';
import { resolveView } from '@/router/views';
import { normaliseComponent } from '@/router/menu';
import {
  EQUIPMENT_STATUS,
  SELF_CHECK_STATUS,
  checkReviewText,
  groupItems,
  isImage,
  listParams,
  overdueDays,
  resultView,
  statusView,
  summariseItems,
  useReviewAction,
} from '@/utils/safetyReview';

const item = (itemId: number, result: SelfCheckItem['result'], itemGroup?: string): SelfCheckItem => ({
  itemId,
  name: `项${itemId}`,
  result,
  itemGroup,
  attachments: [],
});

describe('A8 review pages: menu rows of V3_2_1 resolve to the hand-written views', () => {
  it.each(['safety/self-check-review/index', 'safety/equipment-review/index'])('%s', (component) => {
    expect(resolveView(normaliseComponent(component, '/safety/x'))).toBeTypeOf('function');
  });
});

describe('A8 review display helpers', () => {
  it('labels statuses, and shows an unknown code as itself', () => {
    expect(statusView(SELF_CHECK_STATUS, 'SUBMITTED')).toEqual({ label: '待审核', color: 'processing' });
    expect(statusView(EQUIPMENT_STATUS, 'RETURNED').label).toBe('已退回');
    expect(statusView(EQUIPMENT_STATUS, 'ARCHIVED')).toEqual({ label: 'ARCHIVED', color: 'default' });
    expect(statusView(EQUIPMENT_STATUS, null).label).toBe('—');
  });

  it('labels answers 合格 / 不达标 / 未填写 and counts them', () => {
    expect(resultView('QUALIFIED').label).toBe('合格');
    expect(resultView('UNQUALIFIED').label).toBe('不达标');
    expect(resultView(null).label).toBe('未填写');
    expect(summariseItems([item(1, 'QUALIFIED'), item(2, 'UNQUALIFIED'), item(3, 'UNQUALIFIED'), item(4, null)])).toEqual({
      qualified: 1,
      unqualified: 2,
      unanswered: 1,
    });
  });

  it('groups items in server order, items without a group under 其他', () => {
    const groups = groupItems([item(1, null, '培训'), item(2, null), item(3, null, '隐患'), item(4, null, '培训'), item(5, null, ' ')]);
    expect(groups.map((g) => [g.group, g.items.map((i) => i.itemId)])).toEqual([
      ['培训', [1, 4]],
      ['其他', [2, 5]],
      ['隐患', [3]],
    ]);
  });

  it('sends only filled-in filters', () => {
    expect(listParams({ status: '', periodKey: ' 2026-11 ' })).toEqual({ periodKey: '2026-11' });
    expect(listParams({ status: 'PENDING', overdue: false })).toEqual({ status: 'PENDING' });
    expect(listParams({ status: '', overdue: true, subjectId: null })).toEqual({ overdue: true });
  });

  it('counts overdue days from a yyyy-MM-dd due date, never negative', () => {
    const today = new Date(2026, 10, 24, 23, 30);
    expect(overdueDays('2026-11-21', today)).toBe(3);
    expect(overdueDays('2026-11-24', today)).toBe(0);
    expect(overdueDays('2026-12-01', today)).toBe(0);
    expect(overdueDays('2026-02-27', new Date(2026, 2, 1))).toBe(2);
    expect(overdueDays(null, today)).toBe(0);
    expect(overdueDays('garbage', today)).toBe(0);
  });

  it('tells images from other files by content type, else by name', () => {
    expect(isImage({ contentType: 'image/jpeg', name: 'a.pdf' })).toBe(true);
    expect(isImage({ contentType: 'application/pdf', name: 'a.jpg' })).toBe(false);
    expect(isImage({ name: 'IMG_1.PNG' })).toBe(true);
    expect(isImage({ name: '检测报告.pdf' })).toBe(false);
  });

  it('checks the reason like the server does', () => {
    expect(checkReviewText('return', '  ')).toBe('请填写退回原因');
    expect(checkReviewText('return', '照片不清晰')).toBe('');
    expect(checkReviewText('approve', '')).toBe('');
    expect(checkReviewText('approve', 'x'.repeat(501))).toBe('审核意见不能超过500字');
    expect(checkReviewText('return', 'x'.repeat(501))).toBe('退回原因不能超过500字');
  });
});

describe('A8 approve / return dialog keeps what was typed until the server accepts it', () => {
  const api = () => ({ approve: vi.fn().mockResolvedValue({}), giveBack: vi.fn().mockResolvedValue({}) });

  it('refuses a return without a reason and does not call the server', async () => {
    const send = api();
    const r = useReviewAction(send);
    r.start(7, 'return');
    expect(await r.submit()).toBe(false);
    expect(r.state.error).toBe('请填写退回原因');
    expect(r.state.open).toBe(true);
    expect(send.giveBack).not.toHaveBeenCalled();
  });

  it('on a server failure keeps the text, the dialog and shows the server message', async () => {
    const send = api();
    send.giveBack.mockRejectedValueOnce(new ApiError('该主体不在您的监管网格内', 403));
    const r = useReviewAction(send);
    r.start('7', 'return');
    r.state.text = ' 第3项照片看不清，请重新拍摄 ';
    expect(await r.submit()).toBe(false);
    expect(send.giveBack).toHaveBeenCalledWith('7', '第3项照片看不清，请重新拍摄');
    expect(r.state.error).toBe('该主体不在您的监管网格内');
    expect(r.state.open).toBe(true);
    expect(r.state.text).toBe(' 第3项照片看不清，请重新拍摄 ');
    expect(r.state.saving).toBe(false);

    expect(await r.submit()).toBe(true);
    expect(r.state.open).toBe(false);
    expect(r.state.text).toBe('');
    expect(r.state.error).toBe('');
  });

  it('keeps a draft when the dialog is closed, per record and per action', async () => {
    const r = useReviewAction(api());
    r.start(1, 'return');
    r.state.text = '缺少检测报告';
    r.cancel();
    r.start(2, 'return');
    expect(r.state.text).toBe('');
    r.cancel();
    r.start(1, 'approve');
    expect(r.state.text).toBe('');
    r.cancel();
    r.start(1, 'return');
    expect(r.state.text).toBe('缺少检测报告');
  });

  it('approves with an optional note; a second click while saving sends nothing', async () => {
    const send = api();
    let finish: (v: unknown) => void = () => {};
    send.approve.mockReturnValueOnce(new Promise((res) => (finish = res)));
    const r = useReviewAction(send);
    r.start(9, 'approve');
    const first = r.submit();
    expect(await r.submit()).toBe(false);
    finish({});
    expect(await first).toBe(true);
    expect(send.approve).toHaveBeenCalledTimes(1);
    expect(send.approve).toHaveBeenCalledWith('9', '');
  });
});
