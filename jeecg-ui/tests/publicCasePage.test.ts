import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { AppealBody, PublicCase } from '@/api/publicCase';
import { appealHint, fileProblem, stageLines, unplacedOpinions, validateAppeal } from '@/views/public/case/publicCaseLogic';

const TOKEN = 'AbC-123_x.SiGnAtUrE-9';
const base: PublicCase = {
  caseNo: 'ZF2026112400001', majorCategory: '道路运输违法', category: '非法营运', subjectName: '张**', status: 'OPEN', statusName: '办理中',
  currentStage: 'APPEAL', currentStageName: '接受申诉', createTime: '2026-11-24 08:00:00', closedTime: null, content: '无证从事客运经营，举报人电话 138****1234',
  stages: [
    { stage: 'INTAKE', name: '录入', enteredTime: '2026-11-24 08:00:00', deadline: null, finishedTime: '2026-11-24 08:05:00', overdue: false },
    { stage: 'PUBLICITY', name: '公示期', enteredTime: '2026-11-24 08:05:00', deadline: null, finishedTime: '2026-11-24 09:00:00', overdue: false },
    { stage: 'APPEAL', name: '接受申诉', enteredTime: '2026-11-24 09:00:00', deadline: '2026-12-08 24:00:00', finishedTime: null, overdue: false },
  ],
  opinions: [
    { stage: 'INTAKE', stageName: '录入', action: 'pass', time: '2026-11-24 08:05:00', opinion: '案件已登记' },
    { stage: 'DISPOSAL', stageName: '处置', action: 'pass', time: '2026-11-24 07:00:00', opinion: '无处可放的意见' },
  ],
  measures: [],
  appeals: [],
  appeal: { open: true, used: 0, max: 2, refusal: null, periodEnd: '2026-12-08 23:59:59' },
};
let page: PublicCase = base;
const sent: AppealBody[] = [];
let refuse: { status: number; message: string } | null = null;

vi.mock('vue-router', async (orig) => ({ ...(await orig<typeof import('vue-router')>()), useRoute: () => ({ params: { token: TOKEN } }) }));
vi.mock('@/api/publicCase', () => ({
  publicCases: {
    get: vi.fn(async (token: string) => {
      if (token !== TOKEN) throw new Error('wrong token');
      return page;
    }),
    upload: vi.fn(async () => ({ id: '9001', contentType: 'image/png', size: 10 })),
    appeal: vi.fn(async (_token: string, body: AppealBody) => {
      if (refuse) {
        const { ApiError } = await import('@/api/http');
        throw new ApiError(refuse.message, refuse.status);
      }
      sent.push(body);
      page = { ...page, appeals: [{ seq: 1, status: 'PENDING', statusName: '待答复', submitTime: '2026-11-24 10:00:00', reply: null, replyTime: null }],
        appeal: { open: false, used: 1, max: 2, refusal: '上一次申诉正在审查中，请等待答复后再申诉', periodEnd: null } };
      return { id: '7001', seq: 1, status: 'PENDING' };
    }),
  },
}));

describe('public case page logic', () => {
  it('checks the appeal like the server does', () => {
    expect(validateAppeal({ content: ' ', appellant: '', phone: '' }, 0)).toEqual(['请填写申诉内容', '请填写申诉人姓名', '请填写联系电话']);
    expect(validateAppeal({ content: '理由', appellant: '王某', phone: '12345' }, 0)).toEqual(['联系电话应为手机号或座机号（如 0912-3456789）']);
    expect(validateAppeal({ content: '理由', appellant: '王某', phone: '0912-3456789' }, 10)).toEqual(['附件不能超过9个']);
    expect(validateAppeal({ content: '理由', appellant: '王某', phone: '13912345678' }, 0)).toEqual([]);
  });

  it('accepts only pictures and video within the size limits', () => {
    expect(fileProblem({ type: 'image/png', size: 1024, name: 'a.png' })).toBeNull();
    expect(fileProblem({ type: 'image/gif', size: 1024, name: 'a.gif' })).toContain('格式不支持');
    expect(fileProblem({ type: 'image/jpeg', size: 11 * 1024 * 1024, name: 'a.jpg' })).toContain('超过 10 MB');
    expect(fileProblem({ type: 'video/mp4', size: 40 * 1024 * 1024, name: 'a.mp4' })).toBeNull();
    expect(fileProblem({ type: 'video/mp4', size: 51 * 1024 * 1024, name: 'a.mp4' })).toContain('超过 50 MB');
  });

  it('tells which appeal comes next, or the server refusal', () => {
    expect(appealHint({ open: true, used: 0, max: 2, refusal: null, periodEnd: '2026-12-08 23:59:59' })).toBe('您可以提交第1次申诉（每个案件最多申诉2次），申诉期至 2026-12-08 23:59:59。');
    expect(appealHint({ open: true, used: 1, max: 2, refusal: null, periodEnd: null })).toContain('第2次申诉（每个案件最多申诉2次，也是最后一次）');
    expect(appealHint({ open: false, used: 2, max: 2, refusal: '该案件已申诉两次，第三次申诉不予受理', periodEnd: null })).toBe('该案件已申诉两次，第三次申诉不予受理');
  });

  it('places public opinions under their stage, the rest apart', () => {
    const lines = stageLines(base);
    expect(lines.map((l) => l.state)).toEqual(['已完成', '已完成', '办理中']);
    expect(lines[0].opinions.map((o) => o.opinion)).toEqual(['案件已登记']);
    expect(lines[2].deadline).toBe('2026-12-08 24:00:00');
    expect(unplacedOpinions(base, lines).map((o) => o.opinion)).toEqual(['无处可放的意见']);
  });
});

describe('the public case page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    page = base;
    refuse = null;
  });

  it('shows the case, sends an appeal and then says why no further appeal is taken', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const Page = (await import('@/views/public/case/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body });
    await flushPromises();
    expect(wrapper.find('[data-test="public-case-no"]').text()).toBe('ZF2026112400001');
    expect(wrapper.find('[data-test="public-case-stages"]').text()).toContain('接受申诉');
    expect(wrapper.find('[data-test="public-case-appeal-hint"]').text()).toContain('第1次申诉');
    await wrapper.find('[data-test="public-appeal-submit"]').trigger('submit');
    await flushPromises();
    expect(sent).toHaveLength(0);
    expect(wrapper.find('[data-test="public-appeal-errors"]').text()).toContain('请填写申诉内容');

    await wrapper.find('[data-test="public-appeal-content"]').setValue('车辆当日为亲属帮忙，并非营运');
    await wrapper.find('[data-test="public-appeal-appellant"]').setValue('张志强');
    await wrapper.find('[data-test="public-appeal-phone"]').setValue('13912345678');
    await wrapper.find('[data-test="public-case-form"]').trigger('submit');
    await flushPromises();
    expect(sent).toEqual([{ content: '车辆当日为亲属帮忙，并非营运', appellant: '张志强', phone: '13912345678', media: [] }]);
    expect(wrapper.find('[data-test="public-case-done"]').text()).toContain('第1次申诉已提交');
    expect(wrapper.find('[data-test="public-case-form"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="public-case-appeal-hint"]').text()).toBe('上一次申诉正在审查中，请等待答复后再申诉');
    expect(wrapper.find('[data-test="public-case-appeals"]').text()).toContain('第1次申诉');
    wrapper.unmount();
  });

  it('shows the server refusal of a third appeal sent from a stale page', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    page = { ...base, appeal: { open: true, used: 1, max: 2, refusal: null, periodEnd: null } };
    refuse = { status: 409, message: '该案件已申诉两次，第三次申诉不予受理' };
    const Page = (await import('@/views/public/case/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body });
    await flushPromises();
    await wrapper.find('[data-test="public-appeal-content"]').setValue('第三次申诉');
    await wrapper.find('[data-test="public-appeal-appellant"]').setValue('张志强');
    await wrapper.find('[data-test="public-appeal-phone"]').setValue('13912345678');
    await wrapper.find('[data-test="public-case-form"]').trigger('submit');
    await flushPromises();
    // the refusal is built by a dynamic import in the mock: wait for it rather than for one tick
    await vi.waitFor(() => expect(wrapper.find('[data-test="public-case-refusal"]').exists()).toBe(true));
    expect(wrapper.find('[data-test="public-case-refusal"]').text()).toBe('该案件已申诉两次，第三次申诉不予受理');
    wrapper.unmount();
  });
});

describe('the public route', () => {
  it('opens without login (no redirect), even with a stale staff token in the browser', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    sessionStorage.setItem('yy_access_token', 'stale-token');
    const { createAppRouter } = await import('@/router');
    const { useUserStore } = await import('@/stores/user');
    const store = useUserStore();
    store.token = 'stale-token';
    const loadInfo = vi.spyOn(store, 'loadInfo').mockRejectedValue(new Error('must not load the staff session'));
    const router = createAppRouter();
    await router.push(`/public/cases/${TOKEN}`);
    expect(loadInfo).not.toHaveBeenCalled();
    expect(router.currentRoute.value.name).toBe('public-case');
    expect(router.currentRoute.value.params.token).toBe(TOKEN);
    sessionStorage.clear();
    store.token = null;
    await router.push(`/public/cases/${TOKEN}x`);
    expect(router.currentRoute.value.name).toBe('public-case');
    expect(router.currentRoute.value.fullPath).not.toContain('login');
  });
});
