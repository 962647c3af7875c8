import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { TreeSelect } from 'ant-design-vue';
import TreePicker from '@/components/TreePicker.vue';

const tree = [{ id: 101, name: '榆阳一网格', children: [{ id: 1011, name: '一网格东片' }] }];

describe('tree picker (parent grid, department)', () => {
  it('shows the top level (parent id 0) as empty instead of a node called "0"', () => {
    for (const top of [0, '0']) {
      const w = mount(TreePicker, { props: { tree, value: top } });
      expect(w.findComponent(TreeSelect).props('value')).toBeUndefined();
      w.unmount();
    }
  });

  it('passes a real node through and writes the chosen node back', async () => {
    const w = mount(TreePicker, { props: { tree, value: '1011' } });
    const select = w.findComponent(TreeSelect);
    expect(select.props('value')).toBe('1011');
    select.vm.$emit('update:value', '101');
    expect(w.emitted('update:value')?.[0]).toEqual(['101']);
    w.unmount();
  });
});
