import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { CaseAppeal } from '@/api/enforcementAppeal';
import { authDirective } from '@/directives/auth';
import { consequence, listParams, replyDone, seqLabel, submitLabel, validateReply } from '@/views/enforcement/appeal/appealLogic';

const second: CaseAppeal = {
  id: '7001', caseId: '6001', caseNo: 'ZF2026112400001', category: '非法营运', caseStage: 'APPEAL', caseStageName: '接受申诉',
  seq: 2, content: '补充提交亲属关系证明，请再次复核', appellant: '张志强', phone: '139****5678', media: ['9001'], status: 'PENDING',
  reply: null, repliedBy: null, replyTime: null, createTime: '2026-11-24 09:00:00',
};
const listCalls: unknown[] = [];
const replies: { id: string; accepted: boolean; text: string }[] = [];

vi.mock('@/api/enforcementAppeal', () => ({
  caseAppeals: {
    list: vi.fn(async (p: unknown) => {
      listCalls.push(p);
      return { records: [second], total: 1 };
    }),
    get: vi.fn(async () => second),
    media: vi.fn(async () => undefined),
    reply: vi.fn(async (id: string, accepted: boolean, text: string) => {
      replies.push({ id, accepted, text });
      const { ApiError } = await import('@/api/http');
      throw new ApiError('该申诉已被他人答复，请刷新后查看', 409);
    }),
  },
}));

describe('appeal answer logic', () => {
  it('names the appeal and states what the answer causes before it is sent', () => {
    expect(seqLabel(1)).toBe('第1次申诉');
    expect(seqLabel(2)).toBe('第2次申诉（最后一次）');
    expect(consequence({ seq: 2 }, 'reject')).toContain('案件将自动立案');
    expect(consequence({ seq: 1 }, 'reject')).toContain('可在申诉期内再申诉一次');
    expect(consequence({ seq: 1 }, 'reject')).not.toContain('将自动立案（');
    expect(consequence({ seq: 2 }, 'accept')).toContain('不会自动立案');
    expect(consequence({ seq: 2 }, undefined)).toBe('');
    expect(submitLabel({ seq: 2 }, 'reject')).toBe('驳回并自动立案');
    expect(submitLabel({ seq: 1 }, 'reject')).toBe('驳回申诉');
    expect(submitLabel({ seq: 1 }, 'accept')).toBe('采纳申诉');
  });

  it('checks the reply and reads the server result', () => {
    expect(validateReply(undefined, '')).toEqual(['请选择采纳或驳回', '请填写答复内容']);
    expect(validateReply('reject', '   ')).toEqual(['请填写答复内容']);
    expect(validateReply('reject', 'x'.repeat(2001))).toEqual(['答复内容不能超过2000字']);
    expect(validateReply('accept', '理由成立')).toEqual([]);
    expect(replyDone({ status: 'REJECTED', filed: true })).toContain('案件已自动立案');
    expect(replyDone({ status: 'REJECTED', filed: false })).not.toContain('自动立案');
    expect(replyDone({ status: 'ACCEPTED', filed: false })).toContain('已采纳');
    expect(listParams({ status: '', caseId: ' ' }, 2, 20)).toEqual({ status: undefined, caseId: undefined, pageNo: 2, pageSize: 20 });
  });
});

describe('the appeal answer page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists pending appeals, warns that rejecting the 2nd files the case, shows the server refusal and keeps the text', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { username: 'enforcer1' }, roles: ['enforcer'], permissions: ['enforcement:appeal:list', 'enforcement:appeal:reply'], menus: [] } } as never);
    const Page = (await import('@/views/enforcement/appeal/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(listCalls[0]).toMatchObject({ status: 'PENDING', pageNo: 1 });
    const table = wrapper.find('[data-test="enf-appeal-table"]').text();
    expect(table).toContain('ZF2026112400001');
    expect(table).toContain('非法营运');
    expect(table).toContain('第2次申诉（最后一次）');
    expect(table).toContain('139****5678');
    expect(table).not.toContain('13912345678');

    await wrapper.find('[data-test="enf-appeal-open"]').trigger('click');
    await flushPromises();
    const vm = wrapper.vm as unknown as { decision: string | undefined; replyText: string; submit: () => Promise<void> };
    vm.decision = 'reject';
    await flushPromises();
    expect(document.querySelector('[data-test="enf-appeal-consequence"]')?.textContent).toContain('案件将自动立案');
    expect(document.querySelector('[data-test="enf-appeal-submit"]')?.textContent).toContain('驳回并自动立案');
    vm.replyText = '经复核，违法事实清楚，维持原处理意见';
    await vm.submit();
    await flushPromises();
    expect(replies).toEqual([{ id: '7001', accepted: false, text: '经复核，违法事实清楚，维持原处理意见' }]);
    expect(document.querySelector('[data-test="enf-appeal-error"]')?.textContent).toContain('该申诉已被他人答复');
    expect(vm.replyText).toBe('经复核，违法事实清楚，维持原处理意见');
    wrapper.unmount();
  });

  it('offers no answer form without the reply right', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { username: 'viewer' }, roles: ['x'], permissions: ['enforcement:appeal:list'], menus: [] } } as never);
    const Page = (await import('@/views/enforcement/appeal/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(wrapper.find('[data-test="enf-appeal-open"]').text()).toBe('查看');
    await wrapper.find('[data-test="enf-appeal-open"]').trigger('click');
    await flushPromises();
    expect(document.querySelector('[data-test="enf-appeal-detail"]')).not.toBeNull();
    expect(document.querySelector('[data-test="enf-appeal-form"]')).toBeNull();
    wrapper.unmount();
  });
});
