/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ui = process.cwd();

// The sampling page hangs on the PAGE row 3300 of V3_1_0, the QR page on 3800 of V3_4_0; the router resolves
// "safety/x/index" to src/views/safety/x/index.vue, and the demo grants the QR page to the role that holds its codes.
describe('sampling and QR menu entries', () => {
  it('both PAGE rows point at existing views, and the demo grants the QR page to dept_leader', () => {
    const dispatch = readFileSync(resolve(ui, '../db/migration/V3_1_0__safety_dispatch.sql'), 'utf8');
    const qr = readFileSync(resolve(ui, '../db/migration/V3_4_0__safety_qrcode_page.sql'), 'utf8');
    const component = (sql: string, id: number) => new RegExp(`\\(${id}, \\d+, 'PAGE',\\s*'[^']+',\\s*'[^']+',\\s*'([^']+)',\\s*'([^']+)'`).exec(sql);
    const sampling = component(dispatch, 3300);
    const qrcode = component(qr, 3800);
    expect(sampling?.slice(1)).toEqual(['/safety/sampling', 'safety/sampling/index']);
    expect(qrcode?.slice(1)).toEqual(['/safety/qrcode', 'safety/qrcode/index']);
    for (const c of [sampling![2], qrcode![2]]) expect(existsSync(resolve(ui, `src/views/${c}.vue`)), c).toBe(true);
    const demo = readFileSync(resolve(ui, '../db/demo/V3_9_4_0__demo_safety_qrcode_page.sql'), 'utf8');
    expect(demo).toMatch(/\(2, 3800\)/);
  });
});
