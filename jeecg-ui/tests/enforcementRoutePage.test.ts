import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { RouteOverview, SaveRouteBody } from '@/api/enforcement';

const saved: SaveRouteBody[] = [];
const overview: RouteOverview = {
  categoryId: '400101',
  categoryName: '超限超载运输',
  active: {
    id: '400201', categoryId: '400101', versionNo: 1, active: true,
    stages: [
      { seq: 1, stageCode: 'INTAKE', stageName: '录入', roleCodes: ['enforcer'], timeLimit: 24, timeUnit: 'HOURS' },
      { seq: 2, stageCode: 'VERIFY', stageName: '核实', roleCodes: ['enforcer'], timeLimit: 3, timeUnit: 'WORKING_DAYS' },
      { seq: 3, stageCode: 'CLOSE', stageName: '结案', roleCodes: ['enforcer'], timeLimit: null, timeUnit: null },
    ],
  },
  versions: [{ id: '400201', versionNo: 1, active: true, stageCount: 3 }],
};

vi.mock('@/api/enforcement', () => ({
  enforcementRoutes: {
    overview: vi.fn(async () => [{ categoryId: '400101', name: '超限超载运输', majorName: '道路运输违法', activeVersionNo: 1 }]),
    get: vi.fn(async () => overview),
    version: vi.fn(async () => overview.active),
    save: vi.fn(async (_id: string, body: SaveRouteBody) => {
      saved.push(body);
      return { ...overview.active!, versionNo: 2 };
    }),
    stages: vi.fn(async () => []),
  },
}));

describe('the route editor page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('loads a minor class, edits a stage and saves a new version based on the active one', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    const store = useUserStore();
    store.$patch({ info: { user: { username: 'admin' }, roles: ['route_admin'], permissions: ['enforcement:route:list', 'enforcement:route:edit'], menus: [] } } as never);
    const Page = (await import('@/views/enforcement/route/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body });
    await flushPromises();
    const row = wrapper.find('.ant-table-tbody tr.ant-table-row');
    expect(row.text()).toContain('超限超载运输');
    await row.trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('流转路线 - 超限超载运输');
    expect(wrapper.findAll('[data-test="route-editor"] .ant-card').length).toBeGreaterThan(1);
    // delete 核实 and save
    const remove = wrapper.findAll('a').find((a) => a.text() === '删除');
    await remove!.trigger('click');
    await flushPromises();
    await wrapper.find('[data-test="route-save"]').trigger('click');
    await flushPromises();
    expect(saved).toHaveLength(1);
    expect(saved[0].baseVersionNo).toBe(1);
    expect(saved[0].stages.map((s) => s.stageCode)).toEqual(['INTAKE', 'CLOSE']);
    wrapper.unmount();
  });
});
