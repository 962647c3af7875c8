import { describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';

const deptTree = vi.fn(async () => [{ id: '10', name: '运输管理所' }]);
vi.mock('@/api/lookups', async (orig) => ({ ...(await orig<typeof import('@/api/lookups')>()), deptTree }));
vi.mock('@/api/statsLookups', () => ({
  myGrids: vi.fn(async () => [
    { id: '101', parentId: '0', name: '鼓楼街道网格' },
    { id: '1011', parentId: '101', name: '鼓楼第一社区网格' },
  ]),
}));

describe('statistics filters', () => {
  it("offer the caller's own grids as a tree, and the unit tree only to who may read departments", async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    const { useStatsFilters } = await import('@/composables/useStatsFilters');
    const store = useUserStore();
    store.$patch({ info: { user: { username: 'inspector1' }, roles: ['inspector'], permissions: ['safety:stats:list'], menus: [] } } as never);
    const inspector = useStatsFilters({ units: true });
    await inspector.loadOptions();
    expect(deptTree).not.toHaveBeenCalled();
    expect(inspector.units.value).toEqual([]);
    expect(inspector.grids.value).toHaveLength(1);
    expect((inspector.grids.value[0].children as { name: string }[])[0].name).toBe('鼓楼第一社区网格');
    // the default range is the server's: 1 January to today
    const p = inspector.params();
    expect(p.from).toBe(`${new Date().getFullYear()}-01-01`);

    store.$patch({ info: { user: { username: 'leader1' }, roles: ['dept_leader'], permissions: ['safety:stats:list', 'sys:dept:list'], menus: [] } } as never);
    const leader = useStatsFilters({ units: true });
    await leader.loadOptions();
    expect(deptTree).toHaveBeenCalledTimes(1);
    expect(leader.units.value).toHaveLength(1);
    leader.values.gridId = '1011';
    expect(leader.params().gridId).toBe('1011');
  });
});
