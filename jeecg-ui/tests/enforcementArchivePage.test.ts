import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { ArchiveCase, ArchiveFilter, ArchiveRow } from '@/api/enforcementArchive';
import { authDirective } from '@/directives/auth';
import { actionLabel, categoryTree, filterParams, measureText, mergeEnforcers, sourceLabel } from '@/views/enforcement/archive/archiveLogic';

const row: ArchiveRow = {
  id: '6001', caseNo: 'ZF2026112400001', majorCategory: '道路运输违法', category: '非法营运', subjectName: '张志强', plate: '陕K8A732',
  gridId: '201', gridName: '执法一中队网格', source: 'STAFF', status: 'OPEN', currentStage: 'FILE', currentStageName: '立案', stageDeadline: null, overdue: true,
  assigneeId: '4', assigneeName: '执法队员一', createTime: '2026-11-24 08:00:00', closedTime: null, measureCount: 1, fineTotal: '8000.00',
  outOfRange: false, appeals: 2,
};
const file: ArchiveCase = {
  caseInfo: {
    id: '6001', caseNo: 'ZF2026112400001', majorCategory: '道路运输违法', category: '非法营运', subjectName: '张志强', subjectType: 'PERSON',
    plate: '陕K8A732', gridId: '201', gridName: '执法一中队网格', source: 'STAFF', content: '无证从事客运经营', status: 'OPEN', currentStage: 'FILE', currentStageName: '立案',
    stageDeadline: null, paused: false, assigneeId: '4', assigneeName: '执法队员一', createTime: '2026-11-24 08:00:00', closedTime: null, routeVersion: 1,
  },
  stages: [{ id: '1', entryNo: 1, seq: 1, stageCode: 'INTAKE', stageName: '录入', state: 'DONE', enteredTime: '2026-11-24 08:00:00', deadline: null, pausedAt: null, finishedTime: '2026-11-24 08:05:00', overdue: false }],
  actions: [
    { id: '11', stageCode: 'VERIFY', action: 'verify', actorName: '执法队员一', opinion: '现场核实', internalNote: '内部备注：驾驶员态度配合', media: [], publicOpinion: true, detail: null, time: '2026-11-24 08:30:00' },
    { id: '12', stageCode: 'APPEAL', action: 'autoFile', actorName: '系统', opinion: '第二次申诉被驳回，案件自动立案', internalNote: null, media: [], publicOpinion: true, detail: null, time: '2026-11-24 10:00:00' },
  ],
  verifications: [{ cause: '无道路运输经营许可证', process: '现场询问' }],
  measures: [{ type: 'FINE', name: '罚款', amount: '50000.00', durationDays: null, rangeMin: '5000.00', rangeMax: '30000.00', outOfRange: true, note: null, publishedTime: '2026-11-24 11:00:00', effectiveUntil: null }],
  appeals: [{ id: '7001', seq: 1, status: 'REJECTED', appellant: '张志强', content: '请求复核', reply: '维持原处理意见', createTime: '2026-11-24 09:00:00', replyTime: '2026-11-24 09:30:00' }],
};
const searches: unknown[] = [];
const exports: ArchiveFilter[] = [];

vi.mock('@/api/enforcementArchive', () => ({
  enforcementArchive: {
    search: vi.fn(async (p: unknown) => {
      searches.push(p);
      return { records: [row], total: 41 };
    }),
    get: vi.fn(async () => file),
    export: vi.fn(async (p: ArchiveFilter) => {
      exports.push(p);
    }),
  },
}));
vi.mock('@/api/online', () => ({
  onlineApi: {
    list: vi.fn(async (_code: string, p: { parentId: number | string }) => String(p.parentId) === '0'
      ? { records: [{ id: '400001', name: '道路运输违法', level: 'MAJOR' }], total: 1 }
      : { records: [{ id: '400102', name: '非法营运', level: 'MINOR' }], total: 1 }),
  },
}));

describe('archive logic', () => {
  it('turns the form into the archive filter shared by search and export', () => {
    expect(filterParams({
      caseNo: ' zf20261124 ', subject: ' 顺通 ', categoryId: '400001', created: ['2026-01-01', '2026-11-30'], status: 'CLOSED',
      stage: 'FILE', enforcerId: '4', flagged: true,
    })).toEqual({ caseNo: 'ZF20261124', subject: '顺通', categoryId: '400001', from: '2026-01-01', to: '2026-11-30', status: 'CLOSED', stage: 'FILE', enforcerId: '4', flagged: true });
    expect(filterParams({ caseNo: '  ', status: 'BOGUS', flagged: false, created: null })).toEqual({});
  });

  it('describes measures, actions, enforcer options and the class tree', () => {
    expect(measureText(file.measures[0])).toBe('罚款 50,000.00 元（幅度 5,000.00–30,000.00，超幅度，已确认）');
    expect(measureText({ ...file.measures[0], type: 'SUSPENSION', name: '责令停业整顿', durationDays: 30, effectiveUntil: '2026-12-24' })).toBe('责令停业整顿 30 日（至 2026-12-24）');
    expect(actionLabel('autoFile')).toBe('自动立案');
    expect(actionLabel('custom')).toBe('custom');
    expect(actionLabel('create')).toBe('登记案件');
    expect(sourceLabel('STAFF')).toBe('执法人员登记');
    expect(sourceLabel('IMPORT')).toBe('第三方系统导入');
    expect(mergeEnforcers([{ value: '4', label: '我' }], [row, { assigneeId: '9', assigneeName: '李四' }, { assigneeId: null, assigneeName: null }]))
      .toEqual([{ value: '4', label: '我' }, { value: '9', label: '李四' }]);
    expect(categoryTree([{ id: 1, name: '大类', parent_id: 0 }, { id: 2, name: '小类', parent_id: 1 }]))
      .toEqual([{ value: '1', title: '大类', children: [{ value: '2', title: '小类' }] }]);
  });
});

describe('the archive page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('searches with the filters, exports the same selection and opens the read-only case file', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { id: '4', username: 'enforcer1', realName: '执法队员一' }, roles: ['enforcer'], permissions: ['enforcement:archive:list', 'enforcement:archive:export'], menus: [] } } as never);
    const Page = (await import('@/views/enforcement/archive/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(searches[0]).toMatchObject({ pageNo: 1, pageSize: 20 });
    expect(wrapper.find('[data-test="enf-archive-table"]').text()).toContain('ZF2026112400001');
    expect(wrapper.text()).toContain('共 41 条');

    const vm = wrapper.vm as unknown as { list: { values: Record<string, unknown>; search: () => Promise<void> }; exportXlsx: () => Promise<void> };
    vm.list.values.caseNo = 'zf2026';
    vm.list.values.status = 'OPEN';
    vm.list.values.created = ['2026-11-01', '2026-11-30'];
    await vm.list.search();
    expect(searches.at(-1)).toEqual({ caseNo: 'ZF2026', status: 'OPEN', from: '2026-11-01', to: '2026-11-30', pageNo: 1, pageSize: 20 });
    await wrapper.find('[data-test="enf-archive-export"]').trigger('click');
    await flushPromises();
    expect(exports).toEqual([{ caseNo: 'ZF2026', status: 'OPEN', from: '2026-11-01', to: '2026-11-30' }]);

    await wrapper.find('[data-test="enf-archive-open"]').trigger('click');
    await flushPromises();
    const trail = document.querySelector('[data-test="enf-archive-trail"]')?.textContent ?? '';
    expect(trail).toContain('核实 · 核实');
    expect(trail).toContain('内部备注：驾驶员态度配合');
    expect(trail).toContain('接受申诉 · 自动立案');
    expect(document.querySelector('[data-test="enf-archive-measures"]')?.textContent).toContain('超幅度，已确认');
    expect(document.querySelector('[data-test="enf-archive-case"]')?.textContent).toContain('道路运输违法 / 非法营运');
    wrapper.unmount();
  });

  it('hides the export without the export right', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { id: '7', username: 'viewer' }, roles: ['x'], permissions: ['enforcement:archive:list'], menus: [] } } as never);
    const Page = (await import('@/views/enforcement/archive/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(wrapper.find('[data-test="enf-archive-export"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
