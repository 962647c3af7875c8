import { describe, expect, it } from 'vitest';
import { codeLine, MAX_SUBJECTS, paginate, PER_PAGE, Selection, sheetLabels, validateCopies } from '@/views/safety/qrcode/qrcodeLogic';
import type { QrSubject } from '@/api/safetyQrcode';

const subject = (id: number, creditCode: string | null = null): QrSubject => ({
  id: String(id), name: `主体${id}`, creditCode, gridId: '101', gridName: '鼓楼', industryId: '30101', industryName: '道路货运',
  status: 'NORMAL', qrStatus: 'BOUND', printCount: 0,
});

describe('QR sheet logic', () => {
  it('makes one label per copy, subjects kept together, credit code or number under the code', () => {
    const labels = sheetLabels([subject(1, '91610802MA70000001'), subject(2)], 2);
    expect(labels.map((l) => l.key)).toEqual(['1-0', '1-1', '2-0', '2-1']);
    expect(labels[0].code).toBe('91610802MA70000001');
    expect(labels[2].code).toBe('编号 2');
    expect(codeLine({ id: '7', creditCode: '' })).toBe('编号 7');
  });

  it('cuts labels into A4 pages of 12', () => {
    const labels = sheetLabels(Array.from({ length: 5 }, (_, i) => subject(i + 1)), 5); // 25 labels
    const pages = paginate(labels);
    expect(PER_PAGE).toBe(12);
    expect(pages.map((p) => p.length)).toEqual([12, 12, 1]);
    expect(paginate([])).toEqual([]);
  });

  it('checks the copies as the server does', () => {
    expect(validateCopies(1)).toBe('');
    expect(validateCopies(50)).toBe('');
    expect(validateCopies(0)).toBe('打印份数须为至少 1 的整数');
    expect(validateCopies(undefined)).toBe('打印份数须为至少 1 的整数');
    expect(validateCopies(1.5)).toBe('打印份数须为至少 1 的整数');
    expect(validateCopies(51)).toBe('每个主体一次最多打印 50 份');
  });

  it('keeps the choice across pages and refuses more than the server accepts', () => {
    const sel = new Selection();
    const page1 = [subject(1), subject(2), subject(3)];
    const page2 = [subject(4), subject(5)];
    expect(sel.update(page1, ['1', '3'])).toBe('');
    expect(sel.update(page2, ['5'])).toBe('');
    expect(sel.keys().sort()).toEqual(['1', '3', '5']);
    // unticking on page 1 leaves page 2's choice alone
    sel.update(page1, ['3']);
    expect(sel.keys().sort()).toEqual(['3', '5']);
    sel.remove('5');
    expect(sel.size).toBe(1);

    const big = new Selection();
    const many = Array.from({ length: MAX_SUBJECTS }, (_, i) => subject(1000 + i));
    expect(big.update(many, many.map((s) => s.id))).toBe('');
    expect(big.update([subject(1)], ['1'])).toBe(`一次最多选择 ${MAX_SUBJECTS} 个主体`);
    expect(big.size).toBe(MAX_SUBJECTS);
    big.clear();
    expect(big.size).toBe(0);
  });
});
