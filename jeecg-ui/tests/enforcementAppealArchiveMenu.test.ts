/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ui = process.cwd();

// V4_2_1 mounts the two staff pages; the router resolves "enforcement/x/index" to src/views/enforcement/x/index.vue.
describe('enforcement appeal/archive menu entries', () => {
  it('every PAGE row of V4_2_1 has its view file, and the demo grants name exactly those rows', () => {
    const sql = readFileSync(resolve(ui, '../db/migration/V4_2_1__enforcement_appeal_archive_pages.sql'), 'utf8');
    const rows = [...sql.matchAll(/\((\d+),\s*4000,\s*'PAGE',\s*'[^']+',\s*'[^']+',\s*'([^']+)',\s*'([^']+)'/g)].map((m) => ({ id: m[1], path: m[2], component: m[3] }));
    expect(rows).toEqual([
      { id: '4430', path: '/enforcement/appeals', component: 'enforcement/appeal/index' },
      { id: '4431', path: '/enforcement/archive', component: 'enforcement/archive/index' },
    ]);
    for (const r of rows) expect(existsSync(resolve(ui, `src/views/${r.component}.vue`)), r.component).toBe(true);
    const demo = readFileSync(resolve(ui, '../db/demo/V4_9_2_1__demo_enforcement_appeal_archive_pages.sql'), 'utf8');
    const granted = [...demo.matchAll(/\((\d+), (\d+)\)/g)].map((m) => `${m[1]}:${m[2]}`).sort();
    expect(granted).toEqual(['2:4430', '2:4431', '4:4430', '4:4431']);
  });
});
