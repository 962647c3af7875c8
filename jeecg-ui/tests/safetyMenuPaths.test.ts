/// <reference types="node" />
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// vitest runs from jeecg-ui/ (happy-dom gives import.meta.url an http scheme, so paths are taken from the working directory)
const ui = process.cwd();

// The menu rows of V3_3_0 point at hand-written pages; the router resolves "safety/x/index" to src/views/safety/x/index.vue.
describe('safety measure menu entries', () => {
  it('every PAGE component path of V3_3_0 / V3_3_1 has its view file', () => {
    const sql = readFileSync(resolve(ui, '../db/migration/V3_3_0__safety_measures.sql'), 'utf8');
    const pageUpdate = readFileSync(resolve(ui, '../db/migration/V3_3_1__safety_recheck_page.sql'), 'utf8');
    const components = [...sql.matchAll(/'PAGE',\s*'[^']+',\s*'[^']+',\s*'[^']+',\s*'([^']+)'/g)].map((m) => m[1]);
    expect(components).toEqual(['safety/measure/index', 'safety/appeal/index', 'safety/review/index']);
    const recheck = /component = '([^']+)'/.exec(pageUpdate);
    expect(recheck?.[1]).toBe('safety/recheck/index');
    components.push(recheck![1]);
    for (const c of components) {
      expect(existsSync(resolve(ui, `src/views/${c}.vue`)), c).toBe(true);
    }
  });
});
