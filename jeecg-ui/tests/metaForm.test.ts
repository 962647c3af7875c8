import { describe, expect, it } from 'vitest';
import { mount, flushPromises } from '@vue/test-utils';
import { reactive } from 'vue';
import { createPinia, setActivePinia } from 'pinia';
import MetaForm from '@/components/MetaForm.vue';
import { formFields } from '@/online/meta';
import { vehicleForm } from './fixtures';

describe('the form rendered from metadata', () => {
  it('renders one labelled input per editable field and blocks an invalid save with the metadata messages', async () => {
    setActivePinia(createPinia());
    const model = reactive<Record<string, unknown>>({ seats: 0 });
    const fields = formFields(vehicleForm).filter((f) => f.name !== 'vehicle_type');
    const wrapper = mount(MetaForm, { props: { fields, model }, attachTo: document.body });
    const labels = wrapper.findAll('label').map((l) => l.text());
    expect(labels).toEqual(expect.arrayContaining(['车牌号', '座位数', '载重(吨)', '登记日期', '在用', '备注']));
    let failed: unknown = null;
    try {
      await (wrapper.vm as unknown as { validate: () => Promise<unknown> }).validate();
    } catch (e) {
      failed = e;
    }
    await flushPromises();
    const errors = Object.fromEntries(
      ((failed as { errorFields: { name: string[]; errors: string[] }[] }).errorFields ?? []).map((e) => [e.name.join('.'), e.errors[0]]),
    );
    expect(errors).toEqual({ plate_no: '请输入车牌号', seats: '座位数不能小于1' });
    wrapper.unmount();
  });
});
