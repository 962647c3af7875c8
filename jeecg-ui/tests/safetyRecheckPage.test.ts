import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { RecheckDispatch } from '@/api/safety';
import { authDirective } from '@/directives/auth';

const row: RecheckDispatch = {
  id: '900001', subjectId: '31003', subjectName: '榆阳顺达运输', gridId: '101', itemId: '30013', itemName: '设备设施安全',
  dueAt: '2026-11-24 00:00:00', status: 'UNASSIGNED', inspectorId: null, inspectorName: null, reassignedFrom: '2',
  reassignedFromName: '张检查', note: '原责任人不再持有该检查项，网格内没有其他符合条件的检查人员',
};
const assigned: [string, string][] = [];
let refuse = true;

vi.mock('@/api/safety', () => ({
  rechecks: {
    list: vi.fn(async () => [row]),
    candidates: vi.fn(async () => [{ id: '97035', username: 'it_insp97035', realName: '李检查' }]),
    assign: vi.fn(async (id: string, inspectorId: string) => {
      assigned.push([id, inspectorId]);
      if (refuse) {
        const { ApiError } = await import('@/api/http');
        throw new ApiError('该人员未持有该检查项，不能分配该复查任务', 400);
      }
    }),
  },
}));

describe('the recheck dispatch page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('assigns an unassigned recheck to a candidate; a refusal keeps the dialog and the choice', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { username: 'leader1' }, roles: ['dept_leader'], permissions: ['safety:recheck:manage'], menus: [] } } as never);
    const Page = (await import('@/views/safety/recheck/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(wrapper.text()).toContain('设备设施安全');
    expect(wrapper.text()).toContain('原：张检查');
    await wrapper.find('[data-test="recheck-assign"]').trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('手工分配复查任务');
    const vm = wrapper.vm as unknown as { chosen?: string; target: RecheckDispatch | null; assign: () => Promise<void> };
    await vm.assign();
    expect(assigned).toHaveLength(0); // nothing chosen: not sent
    vm.chosen = '97035';
    await vm.assign();
    await flushPromises();
    expect(assigned).toEqual([['900001', '97035']]);
    expect(vm.target).not.toBeNull();
    expect(vm.chosen).toBe('97035');
    refuse = false;
    await vm.assign();
    await flushPromises();
    expect(vm.target).toBeNull();
    wrapper.unmount();
  });
});
