import { ref, shallowRef } from 'vue';

/**
 * The state of a detail drawer: which record is open, its data, loading and error. A slow answer for a record
 * the user has already left (opened another one) is dropped, so the drawer never shows one record's data under
 * another's id.
 */
export function useDetail<T>(fetch: (id: string) => Promise<T>) {
  const open = ref(false);
  const id = ref('');
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = ref('');

  async function reload() {
    const wanted = id.value;
    if (!wanted) return;
    loading.value = true;
    error.value = '';
    try {
      const d = await fetch(wanted);
      if (wanted === id.value) data.value = d;
    } catch (e) {
      if (wanted === id.value) error.value = (e as Error).message;
    } finally {
      if (wanted === id.value) loading.value = false;
    }
  }

  /** Opens the record; `initial` (e.g. its list row) is shown until the full record has loaded. */
  async function show(recordId: string | number, initial: T | null = null) {
    open.value = true;
    id.value = String(recordId);
    data.value = initial;
    await reload();
  }

  function close() {
    open.value = false;
  }

  return { open, id, data, loading, error, show, reload, close };
}
