import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { ApiError } from '@/api/http';
import type { MeasureCase, TransitionBody } from '@/api/safety';
import { authDirective } from '@/directives/auth';

const caseRow: MeasureCase = {
  id: '3796001', gridId: '1011', subjectId: '31004', subjectName: '榆阳顺达运输', inspectionId: '3793001',
  inspectorName: '张检查', checkedAt: '2026-11-20 09:00:00', itemIds: ['30008'], itemNames: ['隐患排查治理'],
  state: 'RECHECK', stateName: '复查', terminal: false, finalState: null, penaltyTotal: null, outOfRange: false,
  measures: '复查', approverName: null, approvalTime: null, version: 0,
  steps: [{ seq: 1, fromState: null, fromStateName: null, toState: 'RECHECK', toStateName: '复查', actorName: '张检查', note: '限期复查',
    penalties: null, amount: null, outOfRange: false, createTime: '2026-11-20 09:10:00' }],
  nextSteps: [
    { toState: 'PENALTY', name: '处罚', penalty: true, roles: ['dept_leader'], allowed: true },
    { toState: 'CLOSED', name: '结案', penalty: false, roles: ['inspector', 'dept_leader'], allowed: true },
  ],
};
const sent: TransitionBody[] = [];

vi.mock('@/api/safety', () => ({
  measures: {
    list: vi.fn(async () => ({ total: 1, records: [caseRow] })),
    get: vi.fn(async () => caseRow),
    rules: vi.fn(async () => ({ states: [], transitions: [] })),
    export: vi.fn(async () => undefined),
    transition: vi.fn(async (_id: string, body: TransitionBody) => {
      sent.push(JSON.parse(JSON.stringify(body)));
      if (!body.confirmOutOfRange) {
        const { ApiError: E } = await import('@/api/http');
        throw new E('处罚金额超出检查项处罚范围', 400, 400, {
          outOfRange: [{ itemId: '30008', itemName: '隐患排查治理', amount: 40000, min: 5000, max: 30000, outOfRange: true }],
        });
      }
      return { ...caseRow, state: 'PENALTY', stateName: '处罚' };
    }),
  },
}));

describe('the measure archive page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists cases, asks before an out-of-range penalty and resubmits the same amounts with the confirmation', { timeout: 180000 }, async () => {
    expect(ApiError).toBeDefined();
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { username: 'leader1' }, roles: ['dept_leader'], permissions: ['safety:measure:list', 'safety:measure:act'], menus: [] } } as never);
    const Page = (await import('@/views/safety/measure/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(wrapper.text()).toContain('榆阳顺达运输');
    expect(wrapper.find('[data-test="measure-export"]').exists()).toBe(false); // no safety:measure:export

    const vm = wrapper.findComponent(Page).vm as unknown as { showDetail: (r: MeasureCase) => void; draft: { toState?: string; note: string; amounts: Record<string, number | undefined> }; submit: (c?: boolean) => Promise<void>; confirmLines: unknown };
    vm.showDetail(caseRow);
    await flushPromises();
    expect(document.body.textContent).toContain('限期复查');
    vm.draft.toState = 'PENALTY';
    vm.draft.amounts['30008'] = 40000;
    vm.draft.note = '逾期未整改';
    await vm.submit(false);
    await flushPromises();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({ toState: 'PENALTY', version: 0, note: '逾期未整改', penalties: [{ itemId: '30008', amount: 40000 }] });
    expect(document.body.textContent).toContain('确认超出范围并提交');
    expect(vm.draft.amounts['30008']).toBe(40000); // nothing typed is lost
    expect(vm.draft.note).toBe('逾期未整改');
    await vm.submit(true);
    await flushPromises();
    expect(sent[1]).toMatchObject({ toState: 'PENALTY', confirmOutOfRange: true, penalties: [{ itemId: '30008', amount: 40000 }] });
    expect(vm.confirmLines).toBeNull();
    wrapper.unmount();
  });
});
