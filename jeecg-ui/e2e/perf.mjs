// Front-end measurements in headless Chromium against a running platform (E2E_BASE_URL):
//  1. navigation → interactive admin shell (side menu rendered and clickable), with a valid token;
//  2. rendering a list page of 1,000 rows (the list answer is served by the browser from a fixture, so only
//     the UI's own rendering is timed, not the server), a 100-row page, and a 20-row page (the longest one
//     a-table renders; longer ones go through the virtual body);
//  3. sizes of the built bundle (dist/assets).
// Each figure comes with CPU ms (from /proc): of the renderer's main thread (the page's own work) and of all
// Chromium processes; on the shared machine they say more than wall times, which include waiting for a core.
import { readdirSync, statSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BASE, browserCpuMs, launch, login, rendererMainCpuMs, requireServer } from './browser.mjs';

await requireServer();
const { context, close, profile } = await launch();
const page = context.pages()[0] ?? (await context.newPage());
page.on('crash', () => console.error('page crashed'));
page.on('pageerror', (e) => console.error('pageerror', e.message));
context.on('close', () => console.error('context closed'));
page.setDefaultTimeout(30000);
const runs = Number(process.env.PERF_RUNS || 5);
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await login(page, 'admin');
// Remember the token across navigations (sessionStorage survives reloads in one tab).
const shell = [];
for (let i = 0; i < runs; i++) {
  await page.goto('about:blank');
  const c0 = browserCpuMs(profile);
  const m0 = rendererMainCpuMs(profile);
  const t0 = Date.now();
  await page.goto(`${BASE}/home`);
  await page.locator('[data-test=side-menu] .ant-menu-item').first().waitFor({ state: 'visible' });
  shell.push({ ms: Date.now() - t0, cpu: browserCpuMs(profile) - c0, main: rendererMainCpuMs(profile) - m0 });
}

// 1,000 rows through the generic online page: any list call answers from the fixture below.
const meta = {
  code: 'perf_rows', title: '性能测试', kind: 'single',
  fields: [
    { name: 'plate_no', label: '车牌号', type: 'string', length: 16, query: 'like', sortable: true, order: 1 },
    { name: 'owner_name', label: '车主', type: 'string', length: 50, order: 2 },
    { name: 'vehicle_type', label: '车辆类型', type: 'string', dict: 'vehicle_type', query: 'eq', order: 3 },
    { name: 'seats', label: '座位数', type: 'int', order: 4 },
    { name: 'register_date', label: '注册日期', type: 'date', order: 5 },
    { name: 'in_service', label: '是否营运', type: 'boolean', order: 6 },
  ],
};
const records = Array.from({ length: 1000 }, (_, i) => ({
  id: String(i + 1), plate_no: `陕K${String(10000 + i)}`, owner_name: `车主${i}`, vehicle_type: i % 2 ? 'bus' : 'truck',
  vehicle_type_dictText: i % 2 ? '客车' : '货车', seats: 5 + (i % 40), register_date: '2026-01-01', in_service: i % 3 !== 0,
}));
const ok = (result) => ({ status: 200, contentType: 'application/json', body: JSON.stringify({ success: true, code: 200, message: '', result, timestamp: Date.now() }) });
await page.route('**/api/online/forms/perf_rows', (r) => r.fulfill(ok({ code: 'perf_rows', title: meta.title, design: meta, runtime: meta })));
let serveRows = false;
let pageSize = 1000;
await page.route('**/api/online/data/perf_rows?**', (r) => r.fulfill(ok(serveRows ? { records: records.slice(0, pageSize), total: pageSize } : { records: [], total: 0 })));
await page.route('**/api/sys/dicts/vehicle_type/items', (r) => r.fulfill(ok([{ itemValue: 'bus', itemLabel: '客车' }, { itemValue: 'truck', itemLabel: '货车' }])));

// The page opens empty; "刷新" then loads the rows: timed from the click to the rows painted (the next frame).
// Long lists render through the virtual body, so "painted" means the first screen of rows plus the pager's
// total; then the jump to the end of the list is timed until the last row is painted.
async function timeList(size, expectRows) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    serveRows = false;
    pageSize = size;
    await page.goto(`${BASE}/online/perf_rows?pageSize=${size}`);
    await page.locator('[data-test=crud-table] .ant-empty').waitFor();
    serveRows = true;
    const c0 = browserCpuMs(profile);
    const m0 = rendererMainCpuMs(profile);
    const r = await page.evaluate(async ({ size, expectRows }) => {
      const btn = document.querySelector('button[title="刷新"]');
      const rowsIn = () => document.querySelectorAll('[data-test=crud-table] tbody tr.ant-table-row');
      const until = (test, what) => new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${what} not rendered within 30 s`)), 30000);
        const check = () => (test() ? (clearTimeout(timer), resolve()) : requestAnimationFrame(check));
        check();
      });
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const t0 = performance.now();
      btn.click();
      await until(() => rowsIn().length >= expectRows && document.body.textContent.includes(`共 ${size} 条`), `${size} rows`);
      await frame();
      const first = performance.now() - t0;
      const scroller = document.querySelector('[data-test=virtual-scroll]');
      if (!scroller) return { first: Math.round(first), rendered: rowsIn().length };
      const t1 = performance.now();
      const last = `陕K${10000 + size - 1}`;
      // (set again on every frame: a scroll position set before the body reached its full height is clamped)
      await until(() => [...rowsIn()].some((tr) => tr.textContent.includes(last)) || ((scroller.scrollTop = scroller.scrollHeight), false), 'last row');
      await frame();
      return { first: Math.round(first), end: Math.round(performance.now() - t1), rendered: rowsIn().length };
    }, { size, expectRows });
    out.push({ ...r, cpu: browserCpuMs(profile) - c0, main: rendererMainCpuMs(profile) - m0 });
  }
  return out;
}

const list1000 = await timeList(1000, 10);
const list100 = await timeList(100, 10);
const list20 = await timeList(20, 20);
await close();

const dir = new URL('../dist/assets/', import.meta.url).pathname;
const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
let raw = 0, gz = 0;
const sized = files.map((f) => {
  const buf = readFileSync(dir + f);
  const g = gzipSync(buf).length;
  raw += statSync(dir + f).size;
  gz += g;
  return { f, kb: (buf.length / 1024).toFixed(1), gz: (g / 1024).toFixed(1) };
}).sort((a, b) => b.gz - a.gz);
const index = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
const entry = [...index.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]);

const fmt = (xs, k) => `median ${median(xs.map((x) => x[k]))} ms (runs: ${xs.map((x) => x[k]).join(', ')})`;
console.log(`navigation → interactive shell: ${fmt(shell, 'ms')}`);
console.log(`  CPU: renderer main thread ${fmt(shell, 'main')}; all Chromium processes ${fmt(shell, 'cpu')}`);
console.log(`list page, 1,000 rows (virtual body): click → first screen painted: ${fmt(list1000, 'first')}; rows in the DOM: ${list1000[0].rendered}`);
console.log(`  CPU incl. the jump to the end: renderer main thread ${fmt(list1000, 'main')}; all Chromium processes ${fmt(list1000, 'cpu')}`);
console.log(`list page, 1,000 rows: jump to the end → last row painted: ${fmt(list1000, 'end')}`);
console.log(`list page, 100 rows (virtual body): click → first screen painted: ${fmt(list100, 'first')}`);
console.log(`  CPU incl. the jump: renderer main thread ${fmt(list100, 'main')}; all Chromium processes ${fmt(list100, 'cpu')}`);
console.log(`list page, 20 rows (a-table, the longest page it renders): click → all rows painted: ${fmt(list20, 'first')}`);
console.log(`  CPU: renderer main thread ${fmt(list20, 'main')}; all Chromium processes ${fmt(list20, 'cpu')}`);
console.log(`load average during the run: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`bundle: ${files.length} files, ${(raw / 1024).toFixed(0)} KB raw, ${(gz / 1024).toFixed(0)} KB gzip`);
console.log(`entry files loaded by index.html: ${entry.join(', ')}`);
console.log('largest chunks (gzip KB):');
sized.slice(0, 8).forEach((s) => console.log(`  ${s.f}  ${s.kb} KB raw, ${s.gz} KB gzip`));
