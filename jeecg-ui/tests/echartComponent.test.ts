import { describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { nextTick } from 'vue';

// The chart library is replaced by a recorder: the component's job is the lifecycle (init once, replace the
// option as a whole, follow the container's size, dispose on unmount).
const calls: string[] = [];
const fake = {
  setOption: vi.fn((_o: unknown, notMerge: boolean) => calls.push(`set:${notMerge}`)),
  resize: vi.fn(() => calls.push('resize')),
  dispose: vi.fn(() => calls.push('dispose')),
};
vi.mock('@/components/charts/echarts', () => ({ init: vi.fn(() => fake) }));

let observed: (() => void) | undefined;
class FakeResizeObserver {
  constructor(cb: () => void) {
    observed = cb;
  }
  observe() {}
  disconnect() {
    calls.push('disconnect');
  }
}
vi.stubGlobal('ResizeObserver', FakeResizeObserver);

describe('EChart', () => {
  it('sets the option (not merged), resizes with its container and disposes on unmount', async () => {
    const EChart = (await import('@/components/charts/EChart.vue')).default;
    const w = mount(EChart, { props: { option: { series: [] }, label: '按网格统计' } });
    expect(w.attributes('role')).toBe('img');
    expect(w.attributes('aria-label')).toBe('按网格统计');
    expect(calls).toEqual(['set:true']);
    await w.setProps({ option: { series: [{ type: 'bar', data: [1] }] } });
    await nextTick();
    expect(calls).toEqual(['set:true', 'set:true']);
    expect(fake.setOption.mock.calls[1][0]).toEqual({ series: [{ type: 'bar', data: [1] }] });
    observed?.();
    expect(calls.at(-1)).toBe('resize');
    w.unmount();
    expect(calls.slice(-2)).toEqual(['disconnect', 'dispose']);
  });
});
