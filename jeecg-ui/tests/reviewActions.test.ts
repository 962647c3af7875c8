import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import ReviewActions from '@/components/safety/ReviewActions.vue';
import { useUserStore } from '@/stores/user';
import { ApiError } from '@/api/http';

function withPermissions(permissions: string[]) {
  setActivePinia(createPinia());
  useUserStore().info = { user: { id: 2, username: 'inspector1' }, roles: ['inspector'], permissions, menus: [] };
}

const mountActions = (giveBack = vi.fn().mockResolvedValue({})) =>
  mount(ReviewActions, {
    props: { recordId: '42', permission: 'safety:self-check:review', approve: vi.fn().mockResolvedValue({}), giveBack },
    attachTo: document.body,
  });

describe('A8 review buttons (v-auth) and the return dialog', () => {
  it('removes 审核通过 / 退回 for a user without the review code', () => {
    withPermissions(['safety:self-check:fill']);
    const w = mountActions();
    expect(w.findAll('button')).toHaveLength(0);
    w.unmount();
  });

  it('a failed return keeps the dialog, the typed reason and shows the server message', async () => {
    withPermissions(['safety:self-check:review']);
    const giveBack = vi.fn().mockRejectedValueOnce(new ApiError('该自检已被他人审核，请刷新', 409));
    const w = mountActions(giveBack);
    const buttons = w.findAll('button');
    expect(buttons.map((b) => b.text().replace(/\s/g, ''))).toEqual(['审核通过', '退回']);
    await buttons[1].trigger('click');
    await flushPromises();
    const textarea = document.body.querySelector('textarea')!;
    textarea.value = '照片看不清，请补拍';
    textarea.dispatchEvent(new Event('input'));
    await flushPromises();
    const ok = [...document.body.querySelectorAll('.ant-modal-footer button')].find((b) => b.textContent?.replace(/\s/g, '') === '确定') as HTMLButtonElement;
    ok.click();
    await flushPromises();
    expect(giveBack).toHaveBeenCalledWith('42', '照片看不清，请补拍');
    expect(document.body.textContent).toContain('该自检已被他人审核，请刷新');
    expect(document.body.querySelector('textarea')!.value).toBe('照片看不清，请补拍');
    expect(w.emitted('done')).toBeUndefined();
    w.unmount();
  });
});
