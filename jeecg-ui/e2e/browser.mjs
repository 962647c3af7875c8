// Shared browser setup: Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE = (process.env.E2E_BASE_URL || 'http://localhost:18080').replace(/\/$/, '');
export const OUT = new URL('../test-results/', import.meta.url).pathname;
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launch() {
  mkdirSync(OUT, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'yy-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close, profile };
}

/**
 * CPU time (ms, user + system) used so far by every Chromium process of this profile. Wall-clock figures on a
 * shared machine say more about the neighbours than about the page; CPU time hardly depends on the load.
 */
export function browserCpuMs(profile) {
  return cpuOf(profile).total;
}

/**
 * CPU ms of the renderers' main threads (script, style, layout, paint records) — the
 * page's own work, without the browser process (request interception, IPC) and the raster/GPU threads.
 */
export function rendererMainCpuMs(profile) {
  return cpuOf(profile).rendererMain;
}

function threadCpu(pid, tid) {
  const st = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
  const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
  return Number(f[11]) + Number(f[12]);
}

function cpuOf(profile) {
  const tick = 100; // USER_HZ on Linux
  const procs = new Map(); // pid → { ppid, cpu, mine }
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // fields after the name: state ppid … utime(14th of stat) stime(15th)
      procs.set(pid, { ppid: f[1], cpu: Number(f[11]) + Number(f[12]), mine: readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile) });
    } catch {
      // the process ended meanwhile
    }
  }
  // The browser process names the profile; its renderers and helpers are its descendants (zygote forks).
  const inside = (pid, depth = 0) => {
    const p = procs.get(pid);
    if (!p || depth > 8) return false;
    return p.mine || inside(p.ppid, depth + 1);
  };
  let total = 0;
  let rendererMain = 0;
  for (const [pid, p] of procs) {
    if (!inside(pid)) continue;
    total += p.cpu;
    try {
      // A renderer is a process with a thread named "Compositor"; its main thread (tid = pid) runs the page.
      const threads = readdirSync(`/proc/${pid}/task`);
      if (threads.some((tid) => readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim() === 'Compositor')) rendererMain += threadCpu(pid, pid);
    } catch {
      // ended meanwhile
    }
  }
  return { total: (total * 1000) / tick, rendererMain: (rendererMain * 1000) / tick };
}

/** Fails fast with a clear message when no server answers at BASE. */
export async function requireServer() {
  try {
    const res = await fetch(`${BASE}/actuator/health`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  } catch (e) {
    console.error(`e2e: no platform server at ${BASE} (${e.message}). Start one, e.g.\n` +
      '  java -jar jeecg-server/target/yuyang-platform.jar --server.port=18080 --platform.data-dir=/tmp/ui-e2e-data');
    // Always a failure (also under CI): `./platform.sh test` starts the server before running this.
    process.exit(2);
  }
}

export async function login(page, username, password = 'Demo@2026') {
  await page.goto(`${BASE}/login`);
  await page.locator('[data-test=username] input, input[data-test=username]').first().fill(username);
  await page.locator('[data-test=password] input, input[data-test=password]').first().fill(password);
  await page.locator('[data-test=login-submit]').click();
  await page.locator('[data-test=side-menu]').waitFor({ timeout: 15000 });
}

export async function logout(page) {
  await page.locator('[data-test=user-menu]').hover();
  await page.locator('[data-test=logout]').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await page.waitForURL(/\/login/);
}
