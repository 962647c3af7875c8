import { describe, expect, it } from 'vitest';
import { useDetail } from '@/composables/useDetail';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe('useDetail (detail drawers of the review pages)', () => {
  it('opens, loads and reloads the chosen record', async () => {
    let calls = 0;
    const d = useDetail(async (id) => ({ id, n: ++calls }));
    await d.show(7);
    expect(d.open.value).toBe(true);
    expect(d.data.value).toEqual({ id: '7', n: 1 });
    await d.reload();
    expect(d.data.value).toEqual({ id: '7', n: 2 });
    d.close();
    expect(d.open.value).toBe(false);
  });

  it('drops a late answer for a record the user has already left', async () => {
    const slow = deferred<string>();
    const d = useDetail((id) => (id === '1' ? slow.promise : Promise.resolve(`record ${id}`)));
    const first = d.show(1);
    await d.show(2);
    slow.resolve('record 1');
    await first;
    expect(d.id.value).toBe('2');
    expect(d.data.value).toBe('record 2');
    expect(d.loading.value).toBe(false);
  });

  it('shows the error of the open record only, and clears it on the next load', async () => {
    let fail = true;
    const d = useDetail(async (id) => {
      if (fail) throw new Error(`记录 ${id} 不存在或无权访问`);
      return id;
    });
    await d.show(3);
    expect(d.error.value).toBe('记录 3 不存在或无权访问');
    expect(d.data.value).toBeNull();
    fail = false;
    await d.reload();
    expect(d.error.value).toBe('');
    expect(d.data.value).toBe('3');
  });
});
