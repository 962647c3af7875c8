import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { ActionBody, CaseDetail, CaseRow } from '@/api/enforcementCase';
import { authDirective } from '@/directives/auth';

const row: CaseRow = {
  id: '84100', caseNo: 'ZF2026112400001', categoryId: '400101', categoryName: '超限超载运输', majorName: '道路运输违法',
  subjectName: '榆林市恒达货运有限公司', plate: '陕K36521', gridId: '201', status: 'OPEN', currentStage: 'DISPATCH',
  currentStageName: '派单', stageDeadline: '2026-11-24T08:00:00', paused: false, overdue: true, assigneeId: null,
  assigneeName: null, createTime: '2026-11-23T20:00:00',
};
const detail = (version: number, actions: { action: string; label: string }[]): CaseDetail => ({
  case: {
    id: '84100', caseNo: row.caseNo, publicToken: 't.s', categoryId: '400101', subjectId: '400301', routeId: '400201', routeVersion: 1,
    gridId: '201', source: 'MANUAL', content: '货车超限运输', plate: '陕K36521', media: [], status: 'OPEN', currentStage: 'DISPATCH',
    currentStageName: '派单', currentSeq: 2, stageDeadline: '2026-11-24T08:00:00', paused: false, assigneeId: null, reporterId: '4',
    createTime: '2026-11-23T20:00:00', version,
  },
  stages: [],
  actions: [{ id: 1, stageCode: 'INTAKE', action: 'pass', actorId: '4', actorName: '王执法', opinion: '登记完成', publicOpinion: true, time: '2026-11-23T20:05:00', media: [] }],
  verifications: [],
  availableActions: actions,
  publicUrl: 'http://localhost/public/cases/t.s',
});
const sent: ActionBody[] = [];
let detailCalls = 0;

vi.mock('@/api/enforcementCase', () => ({
  enforcementCases: {
    list: vi.fn(async () => ({ total: 1, records: [row] })),
    counts: vi.fn(async () => ({ mine: { DISPATCH: 1 }, mineTotal: 1, overdue: 1, open: 1, all: 1 })),
    options: vi.fn(async () => ({ categories: [], measures: [] })),
    // first read: the user may dispatch; after the refused submission someone else has acted (version 2, nothing left to do)
    detail: vi.fn(async () => (++detailCalls === 1
      ? detail(1, [{ action: 'dispatch', label: '派单' }, { action: 'record', label: '记录' }, { action: 'pause', label: '暂停计时' }])
      : detail(2, [{ action: 'dispatch', label: '派单' }]))),
    context: vi.fn(async () => ({
      categoryName: '超限超载运输', majorName: '道路运输违法', gridName: '执法一中队',
      subject: { id: '400301', name: '榆林市恒达货运有限公司', subjectType: 'ENTERPRISE', phone: '0912****521', idNo: '9161**********3B2Q' },
      route: { id: '400201', versionNo: 1, active: true, stages: [
        { seq: 1, stageCode: 'INTAKE', stageName: '录入', roleCodes: ['enforcer'], roleNames: ['执法队员'], timeLimit: 24, timeUnit: 'HOURS', current: false },
        { seq: 2, stageCode: 'DISPATCH', stageName: '派单', roleCodes: ['enforcer'], roleNames: ['执法队员'], timeLimit: 8, timeUnit: 'HOURS', current: true },
      ] },
      reporterName: '王执法', media: [],
    })),
    assignees: vi.fn(async () => [{ id: '4', realName: '王执法', deptPath: '执法大队' }]),
    mediaUrl: (id: string, f: string) => `/m/${id}/${f}`,
    qrcodeUrl: (id: string) => `/q/${id}`,
    blob: vi.fn(async () => { throw new Error('no image in tests'); }),
    act: vi.fn(async (_id: string, body: ActionBody) => {
      sent.push(JSON.parse(JSON.stringify(body)));
      const { ApiError: E } = await import('@/api/http');
      throw new E('案件已被他人处理，请刷新后重试', 409);
    }),
  },
}));

describe('the case workbench page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists cases with the overdue flag, opens one, offers only the server’s actions and keeps the input after a 409', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { username: 'enforcer1' }, roles: ['enforcer'], permissions: ['enforcement:case:list', 'enforcement:case:act'], menus: [] } } as never);
    const Page = (await import('@/views/enforcement/case/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    const tabs = document.querySelector('[data-test=case-tabs]')!.textContent!;
    expect(tabs).toContain('我的案件（1）');
    expect(tabs).toContain('派单（1）');
    expect(tabs).toContain('超期（1）');
    const tr = wrapper.find('[data-test=case-table] tbody tr.ant-table-row');
    expect(tr.text()).toContain('ZF2026112400001');
    expect(tr.find('[data-test=case-overdue]').exists()).toBe(true);
    // no 新建案件 without enforcement:case:add
    expect(document.querySelector('[data-test=case-new]')).toBeNull();

    await tr.find('[data-test=case-open]').trigger('click');
    await flushPromises();
    const panel = () => document.querySelector('[data-test=case-action-panel]')!;
    expect(document.querySelector('[data-test=case-detail-no]')!.textContent).toBe('ZF2026112400001');
    const route = document.querySelector('[data-test=case-route]')!.textContent!;
    expect(route).toContain('派单执法队员8 小时当前环节');
    expect(route).toContain('录入执法队员24 小时已过');
    expect(document.body.textContent).toContain('0912****521');
    const offered = [...panel().querySelectorAll('[data-action]')].map((e) => e.getAttribute('data-action'));
    expect(offered).toEqual(['dispatch', 'record', 'pause']);

    // dispatch without an assignee is stopped in the browser
    (panel().querySelector('[data-test=case-action-submit]') as HTMLButtonElement).click();
    await flushPromises();
    expect(panel().querySelector('[data-test=case-action-error]')!.textContent).toContain('请选择承办人');
    expect(sent).toHaveLength(0);

    // pick the assignee, type an opinion, submit: someone else acted first → 409
    const { enforcementCases } = await import('@/api/enforcementCase');
    expect(enforcementCases.assignees).toHaveBeenCalledWith('84100');
    const actionPanel = wrapper.findComponent({ name: 'CaseActionPanel' });
    (actionPanel.vm as unknown as { $: { setupState: { draft: { assigneeId?: string } } } }).$.setupState.draft.assigneeId = '4';
    const opinion = panel().querySelector('[data-test=case-opinion] textarea, textarea[data-test=case-opinion]') as HTMLTextAreaElement;
    opinion.value = '请尽快核实';
    opinion.dispatchEvent(new Event('input'));
    await flushPromises();
    (panel().querySelector('[data-test=case-action-submit]') as HTMLButtonElement).click();
    await flushPromises();
    expect(sent).toEqual([{ action: 'dispatch', version: 1, publicOpinion: true, opinion: '请尽快核实', data: { assigneeId: '4' } }]);
    expect(panel().querySelector('[data-test=case-action-error]')!.textContent).toContain('案件已被他人处理');
    expect(detailCalls).toBe(2); // reloaded
    expect((panel().querySelector('[data-test=case-opinion] textarea, textarea[data-test=case-opinion]') as HTMLTextAreaElement).value).toBe('请尽快核实');
    expect([...panel().querySelectorAll('[data-action]')].map((e) => e.getAttribute('data-action'))).toEqual(['dispatch']);
    wrapper.unmount();
  });
});
