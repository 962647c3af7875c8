import { describe, expect, it } from 'vitest';
import { areaKm2, boundsOf, fromLatLngs, parseArea, sameArea, stringifyArea, toLatLngs, type PolygonLatLngs } from '@/map/geojson';

// A square of about 0.1° around Yuyang, as the server stores it: [lng, lat], closed ring.
const square = { type: 'Polygon', coordinates: [[[109.7, 38.2], [109.8, 38.2], [109.8, 38.3], [109.7, 38.3], [109.7, 38.2]]] };

describe('GeoJSON outline → map polygons', () => {
  it('swaps [lng, lat] to [lat, lng] and drops the closing point', () => {
    const p = parseArea(JSON.stringify(square));
    expect(p.ok).toBe(true);
    const polys = toLatLngs(p.ok ? p.geometry : null);
    expect(polys).toEqual([[[[38.2, 109.7], [38.2, 109.8], [38.3, 109.8], [38.3, 109.7]]]]);
  });

  it('reads a MultiPolygon as several polygons, holes kept with their polygon', () => {
    const hole = [[109.72, 38.22], [109.74, 38.22], [109.74, 38.24], [109.72, 38.22]];
    const multi = { type: 'MultiPolygon', coordinates: [[square.coordinates[0], hole], square.coordinates] };
    const p = parseArea(multi);
    const polys = toLatLngs(p.ok ? p.geometry : null);
    expect(polys).toHaveLength(2);
    expect(polys[0]).toHaveLength(2);
    expect(polys[0][1]).toHaveLength(3);
  });

  it('takes the geometry of a Feature or a one-feature FeatureCollection (what other tools export)', () => {
    const feature = { type: 'Feature', properties: {}, geometry: square };
    expect(parseArea(feature)).toEqual({ ok: true, geometry: square });
    expect(parseArea({ type: 'FeatureCollection', features: [feature] })).toEqual({ ok: true, geometry: square });
  });

  it('treats empty input as no outline', () => {
    expect(parseArea('')).toEqual({ ok: true, geometry: null });
    expect(parseArea('   ')).toEqual({ ok: true, geometry: null });
    expect(parseArea(null)).toEqual({ ok: true, geometry: null });
    expect(toLatLngs(null)).toEqual([]);
  });
});

describe('outline checks, in the server’s words', () => {
  const error = (v: unknown) => {
    const p = parseArea(v);
    return p.ok ? null : p.error;
  };
  it('refuses what the server refuses', () => {
    expect(error('{oops')).toBe('网格范围 GeoJSON 不正确：不是合法的 JSON');
    expect(error('[1,2]')).toContain('应为 Polygon 或 MultiPolygon 几何对象');
    expect(error({ type: 'Point', coordinates: [109.7, 38.2] })).toContain('type 只能是 Polygon 或 MultiPolygon');
    expect(error({ type: 'Polygon', coordinates: [] })).toContain('非空的线环数组');
    expect(error({ type: 'Polygon', coordinates: [[[109.7, 38.2], [109.8, 38.2], [109.7, 38.2]]] })).toContain('至少需要 4 个坐标点');
    expect(error({ type: 'Polygon', coordinates: [[[109.7, 38.2], [109.8, 38.2], [109.8, 38.3], [109.7, 38.3]]] })).toContain('线环未闭合');
    expect(error({ type: 'Polygon', coordinates: [[[109.7, 38.2], [109.8, '38.2'], [109.8, 38.3], [109.7, 38.2]]] })).toContain('坐标值必须是数字');
    expect(error({ type: 'Polygon', coordinates: [[[190, 38.2], [109.8, 38.2], [109.8, 38.3], [190, 38.2]]] })).toContain('坐标超出范围');
    expect(error({ type: 'MultiPolygon', coordinates: [] })).toContain('MultiPolygon 的 coordinates 应为非空数组');
  });
});

describe('map polygons → stored GeoJSON', () => {
  const drawn: PolygonLatLngs = [[[38.2, 109.7], [38.2, 109.8], [38.3, 109.8], [38.3, 109.7]]];

  it('stores one polygon as a closed [lng, lat] Polygon that the server accepts', () => {
    const g = fromLatLngs([drawn]);
    expect(g).toEqual(square);
    expect(parseArea(stringifyArea(g)).ok).toBe(true);
  });

  it('round-trips: stored → drawn → stored is the same outline', () => {
    const p = parseArea(square);
    const back = fromLatLngs(toLatLngs(p.ok ? p.geometry : null));
    expect(sameArea(stringifyArea(back), JSON.stringify(square))).toBe(true);
  });

  it('stores several polygons as a MultiPolygon and nothing as null', () => {
    const g = fromLatLngs([drawn, drawn]);
    expect(g?.type).toBe('MultiPolygon');
    expect(g?.coordinates).toHaveLength(2);
    expect(fromLatLngs([])).toBeNull();
    expect(stringifyArea(null)).toBeNull();
  });

  it('rounds positions to 7 decimals, removes repeated clicks and drops degenerate rings', () => {
    const g = fromLatLngs([[[[38.212345678, 109.712345678], [38.212345678, 109.712345678], [38.3, 109.8], [38.3, 109.7], [38.212345678, 109.712345678]]]]);
    expect(g?.coordinates).toEqual([[[109.7123457, 38.2123457], [109.8, 38.3], [109.7, 38.3], [109.7123457, 38.2123457]]]);
    expect(fromLatLngs([[[[38.2, 109.7], [38.3, 109.8], [38.2, 109.7]]]])).toBeNull(); // two distinct points
    const withBadHole = fromLatLngs([[drawn[0], [[38.21, 109.71], [38.22, 109.72]]]]);
    expect(withBadHole?.coordinates).toHaveLength(1); // the hole of two points is dropped, the outer ring kept
  });
});

describe('view and size', () => {
  it('gives the bounds to fit the view and null without an outline', () => {
    expect(boundsOf(square as never)).toEqual([[38.2, 109.7], [38.3, 109.8]]);
    expect(boundsOf(null)).toBeNull();
  });

  it('computes the area on the sphere (a 0.1° square at 38°N ≈ 96 km²), holes subtracted', () => {
    const a = areaKm2(square as never);
    expect(a).toBeGreaterThan(90);
    expect(a).toBeLessThan(100);
    const withHole = { type: 'Polygon' as const, coordinates: [square.coordinates[0], [[109.7, 38.2], [109.75, 38.2], [109.75, 38.25], [109.7, 38.25], [109.7, 38.2]]] };
    expect(areaKm2(withHole)).toBeCloseTo(a * 0.75, 0);
  });
});

describe('outline field in the metadata', async () => {
  const { spanOf, widgetOf } = await import('@/online/meta');
  it('renders a text field with widget "polygon" as the full-width map', () => {
    const f = { name: 'geojson', label: '网格边界', type: 'text', widget: 'polygon' };
    expect(widgetOf(f)).toBe('polygon');
    expect(spanOf(f)).toBe(24);
  });
});
