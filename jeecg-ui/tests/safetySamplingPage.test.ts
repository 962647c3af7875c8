import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { SamplingBatchDetail, SamplingOrder } from '@/api/safetySampling';
import { authDirective } from '@/directives/auth';

const detail: SamplingBatchDetail = {
  batch: { id: '880001', createTime: '2026-11-24 08:00:00', createBy: 'leader1', subjectRatio: 0.05, subjectCount: null, itemCount: 2,
    candidateCount: 40, drawnCount: 2, assignedCount: 1, unassignedCount: 1, scope: '网格：青山路街道网格' },
  tasks: [{ taskId: '1', subjectId: '31001', subjectName: '榆阳顺达运输', gridId: '102', gridName: '青山路街道网格', inspectorId: '3',
    inspectorName: '李网格', itemIds: ['30001', '30003'], itemNames: ['安全生产责任制', '安全投入'], status: 'PENDING' }],
  unassigned: [{ subjectId: '31002', subjectName: '榆阳危货储运', gridId: '102', gridName: '青山路街道网格', reason: '网格内没有持有抽中检查项的检查人员' }],
  hiddenCount: 0,
};
const orders: SamplingOrder[] = [];
let refuse = true;

vi.mock('@/api/safetySampling', () => ({
  sampling: {
    options: vi.fn(async () => ({ units: [{ id: '10', parentId: '1', name: '运输管理所' }], grids: [{ id: '102', parentId: '0', name: '青山路街道网格' }],
      industries: [{ id: '30101', parentId: null, name: '道路货运' }] })),
    batches: vi.fn(async () => ({ total: 1, records: [detail.batch] })),
    batch: vi.fn(async () => detail),
    run: vi.fn(async (order: SamplingOrder) => {
      orders.push(order);
      if (refuse) {
        const { ApiError } = await import('@/api/http');
        throw new ApiError('抽检范围内没有可抽检的被检查主体', 400);
      }
      return { batchId: '880001', candidateCount: 40, drawnCount: 2, tasks: [], unassigned: [] };
    }),
  },
}));

describe('the sampling page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('checks the form, keeps it on a refusal, then shows the batch with the unassigned reason', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { username: 'leader1' }, roles: ['dept_leader'], permissions: ['safety:sampling:list', 'safety:sampling:add'], menus: [] } } as never);
    const Page = (await import('@/views/safety/sampling/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(wrapper.text()).toContain('网格：青山路街道网格'); // history
    const vm = wrapper.vm as unknown as { draft: { percent?: number; gridIds: string[] }; errors: string[]; run: () => Promise<void>; open: boolean };

    vm.draft.percent = 0;
    await vm.run();
    expect(orders).toHaveLength(0);
    expect(vm.errors).toEqual(['请填写抽取比例（大于 0）']);

    vm.draft.percent = 10;
    vm.draft.gridIds = ['102'];
    await vm.run();
    await flushPromises();
    expect(orders).toEqual([{ gridIds: ['102'], subjectRatio: 0.1, itemCount: 2 }]);
    expect(vm.errors).toEqual(['抽检范围内没有可抽检的被检查主体']);
    expect(vm.draft.gridIds).toEqual(['102']);
    expect(vm.open).toBe(false);

    refuse = false;
    await vm.run();
    await flushPromises();
    expect(vm.open).toBe(true);
    const text = document.body.textContent ?? '';
    expect(text).toContain('未能派单的主体（1 个）');
    expect(text).toContain('网格内没有持有抽中检查项的检查人员');
    expect(text).toContain('榆阳危货储运');
    expect(text).toContain('李网格');
    expect(text).toContain('安全生产责任制、安全投入');
    wrapper.unmount();
  });
});
