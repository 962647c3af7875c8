import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { Escalation } from '@/api/safetyEscalation';
import { authDirective } from '@/directives/auth';

const open: Escalation = {
  id: '1790000000000000001', subjectId: '31003', subjectName: '榆阳安达汽车维修厂', gridId: '101', itemIds: ['30013'], itemNames: ['设备设施安全'],
  reason: '设备设施安全不在本人检查职责内', raisedBy: '2', raisedByName: '张网格', status: 'OPEN', currentDeptId: '1', currentDeptName: '榆阳区交通运输局',
  assigneeId: null, assigneeName: null, taskId: null, version: 0, createTime: '2026-11-24 09:00:00',
  steps: [{ seq: 1, action: 'RAISE', actorId: '2', actorName: '张网格', fromDeptId: '10', fromDeptName: '运输管理所', toDeptId: '1', toDeptName: '榆阳区交通运输局', targetUserId: null, targetUserName: null, note: '设备设施安全不在本人检查职责内', createTime: '2026-11-24 09:00:00' }],
};
const taken: Escalation = {
  ...open, status: 'REASSIGNED', assigneeId: '3', assigneeName: '李网格',
  steps: [...open.steps!, { seq: 2, action: 'REASSIGN', actorId: '1', actorName: '王科长', fromDeptId: '1', fromDeptName: '榆阳区交通运输局', toDeptId: null, toDeptName: null, targetUserId: '3', targetUserName: '李网格', note: null, createTime: '2026-11-24 09:05:00' }],
};
const sent: unknown[] = [];
let detail = open;

vi.mock('@/api/safetyEscalation', () => ({
  escalations: {
    list: vi.fn(async () => [open]),
    get: vi.fn(async () => detail),
    candidates: vi.fn(async () => [{ id: '3', username: 'inspector2', realName: '李网格' }]),
    reassign: vi.fn(async (id: string, inspectorId: string) => {
      sent.push([id, inspectorId]);
      detail = taken; // someone else was first
      const { ApiError } = await import('@/api/http');
      throw new ApiError('该流转已被他人处理，请刷新后重试', 409);
    }),
    escalate: vi.fn(),
  },
}));

describe('the escalation handling page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the waiting escalation with names and trail; a 409 shows the server message and the new trail', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { username: 'admin' }, roles: ['admin'], permissions: ['safety:escalation:handle'], menus: [] } } as never);
    const Page = (await import('@/views/safety/escalation/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(wrapper.text()).toContain('榆阳安达汽车维修厂');
    expect(wrapper.text()).toContain('设备设施安全');
    expect(wrapper.text()).toContain('张网格');
    await wrapper.find('[data-test="escalation-open"]').trigger('click');
    await flushPromises();
    expect(document.body.textContent).toContain('张网格（运输管理所）越级上报至 榆阳区交通运输局');
    const vm = wrapper.vm as unknown as { chosen?: string; conflict: string; act: (k: 'reassign' | 'escalate') => Promise<void> };
    await vm.act('reassign');
    expect(sent).toHaveLength(0); // nobody chosen: not sent
    vm.chosen = '3';
    await vm.act('reassign');
    await flushPromises();
    expect(sent).toEqual([['1790000000000000001', '3']]);
    expect(vm.conflict).toBe('该流转已被他人处理，请刷新后重试');
    expect(document.querySelector('[data-test="escalation-conflict"]')?.textContent).toContain('该流转已被他人处理');
    expect(document.body.textContent).toContain('改派给 李网格');
    expect(vm.chosen).toBeUndefined();
    // no handling form on a reassigned escalation
    expect(document.querySelector('[data-test="escalation-reassign"]')).toBeNull();
    wrapper.unmount();
  });
});
