/**
 * Grid outlines: GeoJSON geometry (what the server stores, `[lng, lat]` positions, closed rings) ↔ the
 * polygons a map draws (`[lat, lng]` points, open rings). Pure functions: no map library here, so they are
 * unit-tested and the map component only moves shapes in and out.
 * The checks mirror the server's (`GeoJsonPolygon`): Polygon or MultiPolygon, numeric positions in range,
 * closed rings of at least four positions; messages in the same words.
 */

/** One point as a map takes it. */
export type LatLng = [number, number];
/** One polygon: its outer ring first, then holes; rings are open (the last point is not the first again). */
export type PolygonLatLngs = LatLng[][];

export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: number[][][];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: number[][][][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export type Parsed = { ok: true; geometry: AreaGeometry | null } | { ok: false; error: string };

const PREFIX = '网格范围 GeoJSON 不正确：';
/** Positions are rounded to 7 decimals (≈ 1 cm): enough for an outline, and stable text for comparisons. */
const DECIMALS = 7;

function round(n: number): number {
  const f = 10 ** DECIMALS;
  return Math.round(n * f) / f;
}

function checkPosition(p: unknown): string | null {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) return '坐标点应为 [经度, 纬度]';
  if (p.some((n) => typeof n !== 'number' || !Number.isFinite(n))) return '坐标值必须是数字';
  const [lng, lat] = p as number[];
  if (lng < -180 || lng > 180 || lat < -90 || lat > 90) return '坐标超出范围（经度 -180~180，纬度 -90~90）';
  return null;
}

function checkPolygon(rings: unknown): string | null {
  if (!Array.isArray(rings) || rings.length === 0) return 'Polygon 的 coordinates 应为非空的线环数组';
  for (const ring of rings) {
    if (!Array.isArray(ring) || ring.length < 4) return '每个线环至少需要 4 个坐标点';
    for (const p of ring) {
      const err = checkPosition(p);
      if (err) return err;
    }
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first.length !== last.length || first.some((v, i) => v !== last[i])) return '线环未闭合（首尾坐标应相同）';
  }
  return null;
}

/**
 * Reads what a user pasted or the server sent: JSON text or an object; a Feature or a one-feature
 * FeatureCollection is accepted and its geometry taken (what other tools export). Empty → no outline.
 */
export function parseArea(input: unknown): Parsed {
  if (input === null || input === undefined) return { ok: true, geometry: null };
  let value: unknown = input;
  if (typeof input === 'string') {
    if (!input.trim()) return { ok: true, geometry: null };
    try {
      value = JSON.parse(input);
    } catch {
      return { ok: false, error: `${PREFIX}不是合法的 JSON` };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, error: `${PREFIX}应为 Polygon 或 MultiPolygon 几何对象` };
  let g = value as Record<string, unknown>;
  if (g.type === 'FeatureCollection' && Array.isArray(g.features) && g.features.length === 1) g = g.features[0] as Record<string, unknown>;
  if (g?.type === 'Feature') g = (g.geometry ?? {}) as Record<string, unknown>;
  if (g.type === 'Polygon') {
    const err = checkPolygon(g.coordinates);
    return err ? { ok: false, error: PREFIX + err } : { ok: true, geometry: { type: 'Polygon', coordinates: g.coordinates as number[][][] } };
  }
  if (g.type === 'MultiPolygon') {
    if (!Array.isArray(g.coordinates) || g.coordinates.length === 0) return { ok: false, error: `${PREFIX}MultiPolygon 的 coordinates 应为非空数组` };
    for (const poly of g.coordinates) {
      const err = checkPolygon(poly);
      if (err) return { ok: false, error: PREFIX + err };
    }
    return { ok: true, geometry: { type: 'MultiPolygon', coordinates: g.coordinates as number[][][][] } };
  }
  return { ok: false, error: `${PREFIX}type 只能是 Polygon 或 MultiPolygon` };
}

/** A geometry → the polygons to draw ([lat, lng], rings without the closing point). */
export function toLatLngs(geometry: AreaGeometry | null): PolygonLatLngs[] {
  if (!geometry) return [];
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.map((rings) =>
    rings.map((ring) => {
      const open = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : ring;
      return open.map(([lng, lat]) => [lat, lng] as LatLng);
    }),
  );
}

/** Consecutive repeats removed (a double click while drawing adds the same vertex twice). */
function dedupe(ring: LatLng[]): LatLng[] {
  const out: LatLng[] = [];
  for (const p of ring) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

/**
 * Drawn polygons → the geometry to store: positions `[lng, lat]` rounded, rings closed, degenerate rings
 * (fewer than three distinct points) dropped; one polygon → Polygon, several → MultiPolygon, none → null.
 */
export function fromLatLngs(polygons: PolygonLatLngs[]): AreaGeometry | null {
  const polys: number[][][][] = [];
  for (const poly of polygons) {
    const rings: number[][][] = [];
    poly.forEach((ring, i) => {
      const pts = dedupe(ring.map(([lat, lng]) => [round(lat), round(lng)] as LatLng));
      if (pts.length < 3) return;
      if (i > 0 && rings.length === 0) return; // a hole without its outer ring is nothing
      const coords = pts.map(([lat, lng]) => [lng, lat]);
      coords.push([...coords[0]]);
      rings.push(coords);
    });
    if (rings.length) polys.push(rings);
  }
  if (!polys.length) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

/** The text stored in the grid's `geojson` field (null when nothing is drawn). */
export function stringifyArea(geometry: AreaGeometry | null): string | null {
  return geometry ? JSON.stringify(geometry) : null;
}

/** Whether two stored texts describe the same outline (so the map does not redraw what it just emitted). */
export function sameArea(a: unknown, b: unknown): boolean {
  const pa = parseArea(a);
  const pb = parseArea(b);
  if (!pa.ok || !pb.ok) return false;
  return JSON.stringify(pa.geometry) === JSON.stringify(pb.geometry);
}

/** South-west and north-east corners ([lat, lng]) of the outline, for fitting the view; null when empty. */
export function boundsOf(geometry: AreaGeometry | null): [LatLng, LatLng] | null {
  const pts = toLatLngs(geometry).flat(2);
  if (!pts.length) return null;
  let [s, w, n, e] = [90, 180, -90, -180];
  for (const [lat, lng] of pts) {
    s = Math.min(s, lat);
    n = Math.max(n, lat);
    w = Math.min(w, lng);
    e = Math.max(e, lng);
  }
  return [
    [s, w],
    [n, e],
  ];
}

/** Area in square kilometres on a sphere (outer rings minus holes), shown next to the map as a sanity check. */
export function areaKm2(geometry: AreaGeometry | null): number {
  const R = 6371.0088;
  const ringArea = (ring: number[][]) => {
    // spherical excess approximation (as in d3/turf): Σ (λ2 − λ1)(2 + sin φ1 + sin φ2) · R² / 2
    let sum = 0;
    for (let i = 0; i < ring.length - 1; i++) {
      const [l1, p1] = ring[i].map((d) => (d * Math.PI) / 180);
      const [l2, p2] = ring[i + 1].map((d) => (d * Math.PI) / 180);
      sum += (l2 - l1) * (2 + Math.sin(p1) + Math.sin(p2));
    }
    return Math.abs((sum * R * R) / 2);
  };
  if (!geometry) return 0;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polys.reduce((total, rings) => total + rings.reduce((a, ring, i) => a + (i === 0 ? ringArea(ring) : -ringArea(ring)), 0), 0);
}

/** Where the map opens without an outline: the Yuyang district (榆阳区), Yulin. */
export const DEFAULT_CENTER: LatLng = [38.2855, 109.7349];
export const DEFAULT_ZOOM = 11;
