import type * as Leaflet from 'leaflet';
import 'leaflet/dist/leaflet.css';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';

let loading: Promise<typeof Leaflet> | null = null;

/**
 * Leaflet with the Geoman drawing tools, loaded on first use (the grid page's map only; the rest of the UI
 * never downloads them). Geoman extends the global `L`, so Leaflet is published there before it loads.
 * No tile layer is ever added: the platform has no map service, so nothing is fetched from outside.
 */
export function loadLeaflet(): Promise<typeof Leaflet> {
  loading ??= (async () => {
    const L = (await import('leaflet')).default;
    (window as unknown as { L: typeof Leaflet }).L = L;
    await import('@geoman-io/leaflet-geoman-free');
    return L;
  })();
  return loading;
}
