import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { ReviewSubmission } from '@/api/safety';
import { authDirective } from '@/directives/auth';

const submission: ReviewSubmission = {
  id: '3797001', gridId: '1011', subjectId: '31004', subjectName: '榆阳顺达运输', kind: 'SUBJECT', targetId: null, status: 'PENDING',
  reason: null, submittedBy: 'enterprise1', reviewedBy: null, reviewedTime: null, appliedId: null, version: 0,
  createTime: '2026-11-23 10:00:00', data: { phone: '0912-2222222' }, current: { name: '榆阳顺达运输', phone: '0912-1111111' },
};
const returned: string[] = [];

vi.mock('@/api/safety', () => ({
  reviews: {
    list: vi.fn(async () => [submission]),
    get: vi.fn(async () => submission),
    approve: vi.fn(async () => submission),
    reject: vi.fn(async () => submission),
    sendBack: vi.fn(async (_id: string, reason: string) => {
      returned.push(reason);
      const { ApiError } = await import('@/api/http');
      throw new ApiError('该资料已被他人处理', 409);
    }),
  },
}));

describe('the review page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows current beside proposed values, hides the buttons without the code, keeps the reason when a return fails', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { username: 'service1' }, roles: ['service_centre'], permissions: ['safety:review:list', 'safety:review:handle'], menus: [] } } as never);
    const Page = (await import('@/views/safety/review/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(wrapper.text()).toContain('企业资料变更');
    const vm = wrapper.findComponent(Page).vm as unknown as { show: (r: ReviewSubmission) => void; decide: (k: string) => Promise<void>; reason: string; returning: boolean };
    vm.show(submission);
    await flushPromises();
    const text = document.body.textContent ?? '';
    expect(text).toContain('0912-1111111');
    expect(text).toContain('0912-2222222');
    expect(text).toContain('共 1 项与中心档案不同');
    expect(document.querySelector('[data-test="review-approve"]')).not.toBeNull();

    vm.returning = true;
    vm.reason = '';
    await vm.decide('return');
    expect(returned).toHaveLength(0); // an empty reason never reaches the server
    vm.reason = '电话与中心档案不一致';
    await vm.decide('return');
    await flushPromises();
    expect(returned).toEqual(['电话与中心档案不一致']);
    expect(vm.reason).toBe('电话与中心档案不一致');
    expect(vm.returning).toBe(true);
    wrapper.unmount();

    useUserStore().$patch({ info: { user: { username: 'leader1' }, roles: ['dept_leader'], permissions: ['safety:review:list'], menus: [] } } as never);
    const readOnly = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    (readOnly.vm as unknown as { show: (r: ReviewSubmission) => void }).show(submission);
    await flushPromises();
    expect(document.body.textContent).toContain('0912-2222222');
    expect(document.querySelector('[data-test="review-approve"]')).toBeNull();
    readOnly.unmount();
  });
});
