import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { Appeal } from '@/api/safety';
import { authDirective } from '@/directives/auth';

const earlier: Appeal = {
  id: '3794000', gridId: '1011', subjectId: '31004', subjectName: '榆阳顺达运输', inspectionId: '3793001', inspectorId: '2',
  checkedAt: '2026-11-20 09:00:00', appellantId: '6', content: '第一次申诉', files: [], status: 'ANSWERED', answer: '已核实',
  answerFiles: [], answeredBy: 'inspector1', answeredTime: '2026-11-21 10:00:00', version: 1, createTime: '2026-11-20 12:00:00',
};
const open: Appeal = { ...earlier, id: '3794001', content: '台账已更新，请复核', status: 'OPEN', answer: null, answeredBy: null, answeredTime: null, version: 0, createTime: '2026-11-22 12:00:00' };
const answers: string[] = [];

vi.mock('@/api/safety', () => ({
  appeals: {
    list: vi.fn(async () => [open]),
    get: vi.fn(async () => ({ ...open, trail: [earlier, open] })),
    file: vi.fn(async () => undefined),
    answer: vi.fn(async (_id: string, content: string) => {
      answers.push(content);
      const { ApiError } = await import('@/api/http');
      throw new ApiError('网络异常，无法连接服务器', 0);
    }),
  },
}));

describe('the appeal page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the record trail and keeps the typed answer when saving fails', { timeout: 180000 }, async () => {
    setActivePinia(createPinia());
    const { useUserStore } = await import('@/stores/user');
    useUserStore().$patch({ info: { user: { username: 'inspector1' }, roles: ['inspector'], permissions: ['safety:appeal:list', 'safety:appeal:answer'], menus: [] } } as never);
    const Page = (await import('@/views/safety/appeal/index.vue')).default;
    const wrapper = mount(Page, { attachTo: document.body, global: { directives: { auth: authDirective } } });
    await flushPromises();
    expect(wrapper.text()).toContain('台账已更新');
    const vm = wrapper.vm as unknown as { show: (a: Appeal) => void; answer: string; submit: () => Promise<void> };
    vm.show(open);
    await flushPromises();
    const text = document.querySelector('[data-test="appeal-trail"]')?.textContent ?? '';
    expect(text.indexOf('第一次申诉')).toBeLessThan(text.indexOf('台账已更新，请复核'));
    expect(text).toContain('已核实');
    expect(document.querySelector('[data-test="appeal-submit"]')).not.toBeNull();
    vm.answer = '  ';
    await vm.submit();
    expect(answers).toHaveLength(0);
    vm.answer = '经核实属实，改判合格';
    await vm.submit();
    await flushPromises();
    expect(answers).toEqual(['经核实属实，改判合格']);
    expect(vm.answer).toBe('经核实属实，改判合格');
    wrapper.unmount();
  });
});
