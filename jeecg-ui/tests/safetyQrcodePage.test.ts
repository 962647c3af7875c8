import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { QrSubject } from '@/api/safetyQrcode';
import { authDirective } from '@/directives/auth';

const rows: QrSubject[] = [
  { id: '31001', name: '榆阳顺达运输', creditCode: '91610802MA70000001', gridId: '101', gridName: '鼓楼街道网格', industryId: '30101',
    industryName: '道路货运', status: 'NORMAL', qrStatus: 'BOUND', printCount: 0 },
  { id: '31002', name: '榆阳危货储运', creditCode: null, gridId: '102', gridName: '青山路街道网格', industryId: '30103',
    industryName: '危险货物运输', status: 'LOCKED', qrStatus: 'UNBOUND', printCount: 3 },
];
const calls: string[] = [];
let refusePrint = true;

vi.mock('@/api/safetySampling', () => ({
  sampling: { options: vi.fn(async () => ({ units: [], grids: [], industries: [] })) },
}));
vi.mock('@/api/safetyQrcode', () => ({
  qrcodes: {
    subjects: vi.fn(async () => ({ total: 2, records: rows })),
    image: vi.fn(async (id: string) => {
      calls.push(`image ${id}`);
      return new Blob(['png'], { type: 'image/png' });
    }),
    print: vi.fn(async (ids: string[], copies: number) => {
      calls.push(`print ${ids.join(',')} x${copies}`);
      if (refusePrint) {
        const { ApiError } = await import('@/api/http');
        throw new ApiError('主体不存在或无权访问', 404);
      }
      return { subjects: ids.length, copies, printed: [] };
    }),
    printLog: vi.fn(async () => ({ total: 0, records: [] })),
    unbind: vi.fn(async (id: string, reason: string) => {
      calls.push(`unbind ${id} ${reason}`);
      return {};
    }),
    rebind: vi.fn(async () => ({})),
  },
}));

describe('the QR print page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('previews the chosen codes, logs the sheet before printing, and unbinds only with a reason', { timeout: 180000 }, async () => {
    const printSpy = vi.fn();
    window.print = printSpy;
    URL.createObjectURL = vi.fn(() => 'blob:qr');
    URL.revokeObjectURL = vi.fn();
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { username: 'leader1' }, roles: ['dept_leader'],
      permissions: ['safety:qrcode:view', 'safety:qrcode:print', 'safety:qrcode:log', 'safety:qrcode:unbind', 'safety:qrcode:rebind'], menus: [] } } as never);
    const Page = (await import('@/views/safety/qrcode/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(wrapper.text()).toContain('榆阳顺达运输');
    expect(wrapper.text()).toContain('已解绑');

    const vm = wrapper.vm as unknown as {
      rowSelection: { onChange: (keys: string[]) => void }; openPreview: () => Promise<void>; printSheet: () => Promise<void>;
      copies?: number; previewOpen: boolean; openUnbind: (r: QrSubject) => void; unbind: () => Promise<void>; unbindReason: string;
      unbindError: string; unbindTarget: QrSubject | null;
    };
    vm.rowSelection.onChange(['31001', '31002']);
    await vm.openPreview();
    await flushPromises();
    expect(calls).toEqual(['image 31001', 'image 31002']);
    vm.copies = 2;
    await flushPromises();
    const sheet = document.querySelector('.qr-print-root');
    expect(sheet?.querySelectorAll('.qr-label')).toHaveLength(4);
    expect(sheet?.textContent).toContain('91610802MA70000001');
    expect(sheet?.textContent).toContain('编号 31002');

    await vm.printSheet(); // refused by the server: nothing printed
    await flushPromises();
    expect(calls[2]).toBe('print 31001,31002 x2');
    await new Promise((r) => setTimeout(r, 80));
    expect(printSpy).not.toHaveBeenCalled();

    refusePrint = false;
    await vm.printSheet();
    await flushPromises();
    await new Promise((r) => setTimeout(r, 80));
    expect(printSpy).toHaveBeenCalledTimes(1);

    vm.copies = 0;
    await vm.printSheet();
    expect(calls.filter((c) => c.startsWith('print'))).toHaveLength(2);

    vm.openUnbind(rows[0]);
    await vm.unbind();
    expect(vm.unbindError).toContain('请填写解绑原因');
    vm.unbindReason = '停业整顿';
    await vm.unbind();
    await flushPromises();
    expect(calls).toContain('unbind 31001 停业整顿');
    expect(vm.unbindTarget).toBeNull();
    wrapper.unmount();
  });
});
