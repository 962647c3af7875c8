import { onBeforeUnmount, onMounted, ref, shallowRef, type Ref } from 'vue';
import type * as Leaflet from 'leaflet';
import { DEFAULT_CENTER, DEFAULT_ZOOM } from './geojson';
import { loadLeaflet } from './leaflet';

/**
 * The platform's map in a component: Leaflet loaded on first use, no tile layer (nothing fetched from outside), a
 * scale, the map following its container's size and removed on unmount. `setup` adds the component's layers once
 * the map exists; `ready` turns true after it ran, `loadError` holds why the map could not load.
 */
export function useTileLessMap(el: Ref<HTMLDivElement | null>, setup: (L: typeof Leaflet, map: Leaflet.Map) => void) {
  const map = shallowRef<Leaflet.Map | null>(null);
  const ready = ref(false);
  const loadError = ref('');
  let resizer: ResizeObserver | null = null;

  onMounted(async () => {
    let L: typeof Leaflet;
    try {
      L = await loadLeaflet();
    } catch (e) {
      loadError.value = `地图组件加载失败：${(e as Error).message}`;
      return;
    }
    if (!el.value) return;
    const m = L.map(el.value, { attributionControl: false, zoomControl: true, minZoom: 3, maxZoom: 19 }).setView(DEFAULT_CENTER, DEFAULT_ZOOM);
    L.control.scale({ imperial: false }).addTo(m);
    map.value = m;
    setup(L, m);
    ready.value = true;
    resizer = new ResizeObserver(() => m.invalidateSize());
    resizer.observe(el.value);
  });

  onBeforeUnmount(() => {
    resizer?.disconnect();
    map.value?.remove();
  });

  return { map, ready, loadError };
}
