// End-to-end scenario of issue 4 against a running platform (E2E_BASE_URL, default http://localhost:18080).
// Starts nothing itself. Screenshots of every step go to test-results/.
import { BASE, OUT, launch, login, logout, requireServer } from './browser.mjs';

await requireServer();
const { context, close } = await launch();
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(15000);
const failures = [];
let n = 0;
const stamp = Date.now().toString(36).slice(-5);

async function step(name, fn) {
  n += 1;
  const shot = `${OUT}${String(n).padStart(2, '0')}-${name}.png`;
  const t0 = Date.now();
  try {
    await fn();
    console.log(`ok   ${n} ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failures.push(name);
    console.log(`FAIL ${n} ${name}: ${String(e.message).split('\n')[0]}`);
  }
  await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
}

const rows = () => page.locator('[data-test=crud-table] tbody tr.ant-table-row');
const modal = () => page.locator('.ant-modal:visible').last();
async function fillField(name, value) {
  const el = modal().locator(`[data-field="${name}"]`).first();
  const tag = await el.evaluate((e) => e.tagName.toLowerCase());
  const input = tag === 'input' || tag === 'textarea' ? el : el.locator('input, textarea').first();
  await input.fill(String(value));
}
async function chooseOption(name, label) {
  await modal().locator(`[data-field="${name}"]`).first().click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).first().click();
}
async function saveModal() {
  await modal().locator('.ant-modal-footer .ant-btn-primary').click();
  await modal().waitFor({ state: 'hidden' });
}

await step('login-page', async () => {
  await page.goto(`${BASE}/login`);
  await page.getByText('榆阳智慧交通平台').first().waitFor();
  await page.getByText('短信验证码登录').waitFor();
});

await step('wrong-password-shows-server-message', async () => {
  await page.locator('input[data-test=username], [data-test=username] input').first().fill('admin');
  await page.locator('[data-test=password] input, input[data-test=password]').first().fill('wrong-password');
  await page.locator('[data-test=login-submit]').click();
  await page.locator('[data-test=login-error]').getByText('用户名或密码错误').waitFor();
});

await step('admin-login-shows-menu', async () => {
  await login(page, 'admin');
  await page.locator('[data-test=side-menu]').getByText('系统管理').waitFor();
});

await step('user-page', async () => {
  await page.locator('[data-test=side-menu]').getByText('系统管理').click();
  await page.locator('[data-test=side-menu]').getByText('用户管理').click();
  await page.waitForURL(/\/system\/user/);
  await rows().first().waitFor();
  await page.locator('[data-test=crud-table]').getByText('inspector2').waitFor();
  await page.locator('.ant-breadcrumb').getByText('用户管理').waitFor();
});

const dictCode = `e2e_level_${stamp}`;
await step('create-dictionary', async () => {
  await page.goto(`${BASE}/system/dict`);
  await rows().first().waitFor();
  await page.locator('[data-test=add]').click();
  await fillField('code', dictCode);
  await fillField('name', `风险等级${stamp}`);
  await saveModal();
  await page.locator('.query-bar input').first().fill(dictCode);
  await page.locator('[data-test=query-submit]').click();
  await rows().filter({ hasText: dictCode }).first().waitFor();
  await rows().filter({ hasText: dictCode }).first().locator('[data-test=row-items]').click();
  const drawer = page.locator('.ant-drawer-content:visible');
  for (const [value, label] of [['H', '高'], ['L', '低']]) {
    await drawer.locator('[data-test=add]').click();
    await fillField('value', value);
    await fillField('label', label);
    await saveModal();
    await drawer.locator('tbody tr.ant-table-row').filter({ hasText: label }).first().waitFor();
  }
  await page.keyboard.press('Escape');
});

const formCode = `e2e_hazard_${stamp}`;
await step('design-form-save-sync', async () => {
  await page.goto(`${BASE}/online/designer`);
  await page.locator('[data-test=designer]').waitFor();
  await page.locator('[data-test=form-code] input, input[data-test=form-code]').first().fill(formCode);
  await page.locator('[data-test=form-title] input, input[data-test=form-title]').first().fill(`隐患登记${stamp}`);
  await page.locator('[data-test=grid-scoped]').click();
  const addField = async (type, name, label, extra) => {
    await page.locator(`[data-test=palette-${type}]`).click();
    const props = page.locator('[data-test=field-props]');
    await props.locator('[data-prop=name] input, input[data-prop=name]').first().fill(name);
    await props.locator('[data-prop=label] input, input[data-prop=label]').first().fill(label);
    if (extra) await extra(props);
  };
  await addField('string', 'title', '隐患名称', async (p) => {
    await p.locator('[data-prop=required]').click();
    await p.locator('[data-prop=query]').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="模糊"]').click();
  });
  await addField('dict', 'level', '风险等级', async (p) => {
    await p.locator('[data-prop=dict] input, input[data-prop=dict]').first().fill(dictCode);
    await p.locator('[data-prop=query]').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="精确"]').click();
  });
  await addField('date', 'found_date', '发现日期');
  await page.locator('[data-test=designer-save-sync]').click();
  await page.getByText('已保存并同步').first().waitFor();
});

await step('generated-page-add-two-records', async () => {
  await page.goto(`${BASE}/online/${formCode}`);
  await page.locator('[data-test=add]').waitFor();
  for (const [title, level] of [['桥梁护栏破损', '高'], ['路灯不亮', '低']]) {
    await page.locator('[data-test=add]').click();
    await fillField('title', title);
    await chooseOption('level', level);
    await chooseOption('grid_id', '鼓楼街道网格'); // grid 101: inspector2 (grid 102) must not see these
    await saveModal();
    await rows().filter({ hasText: title }).first().waitFor();
  }
  await rows().filter({ hasText: '桥梁护栏破损' }).getByText('高').waitFor();
});

await step('filter', async () => {
  await page.locator('.query-bar [data-field=title]').first().fill('护栏');
  await page.locator('[data-test=query-submit]').click();
  await page.waitForFunction(() => {
    const trs = [...document.querySelectorAll('[data-test=crud-table] tbody tr.ant-table-row')];
    return trs.length === 1 && trs[0].textContent.includes('桥梁护栏破损');
  });
});

await step('export', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=export]').click()]);
  const path = `${OUT}${formCode}.xlsx`;
  await download.saveAs(path);
  const { statSync } = await import('node:fs');
  if (statSync(path).size < 100) throw new Error('export file is empty');
});

// Setup through the API as admin (the UI has no grid picker for admin-created rows): a demo_vehicle record in
// grid 101, and list rights for the inspector role on the grid-scoped forms, so that inspector2 (grid 102)
// really reads those lists and grid isolation, not a missing permission, is what hides the record.
async function api(method, path, body) {
  return page.evaluate(async ([m, p, b]) => {
    const t = sessionStorage.getItem('yy_access_token') ?? localStorage.getItem('yy_access_token');
    const res = await fetch(`/api${p}`, {
      method: m,
      headers: { 'X-Access-Token': t ?? '', 'Content-Type': 'application/json' },
      body: b === undefined ? undefined : JSON.stringify(b),
    });
    const j = await res.json();
    if (!j.success) throw new Error(`${m} ${p}: ${res.status} ${j.message}`);
    return j.result;
  }, [method, path, body]);
}
const plate = `陕K${String(Date.now() % 100000).padStart(5, '0')}`;
await step('admin-sees-grid-101-record', async () => {
  await api('POST', '/online/data/demo_vehicle', { plate_no: plate, owner_name: `网格101车主${stamp}`, grid_id: '101' });
  const wanted = new Set([`online:demo_vehicle:list`, `online:${formCode}:list`]);
  const ids = [];
  const walk = (nodes) => (nodes ?? []).forEach((n) => { if (wanted.has(n.code)) ids.push(n.id); walk(n.children); });
  walk(await api('GET', '/sys/permissions/tree'));
  if (ids.length !== wanted.size) throw new Error(`list permissions not found: ${[...wanted].join(', ')}`);
  const roles = await api('GET', '/sys/roles?pageSize=100');
  const inspector = (roles.records ?? roles).find((r) => r.code === 'inspector');
  const role = await api('GET', `/sys/roles/${inspector.id}`);
  await api('PUT', `/sys/roles/${inspector.id}/permissions`, { permissionIds: [...new Set([...role.permissionIds, ...ids])] });
  await page.goto(`${BASE}/online/demo_vehicle`);
  await rows().filter({ hasText: plate }).first().waitFor();
});

// Waits until the list has answered: either rows or the empty state, never the loading skeleton.
async function listLoaded() {
  await page.waitForFunction(() => {
    const t = document.querySelector('[data-test=crud-table]');
    return t && !t.querySelector('.ant-spin-spinning') && (t.querySelector('.ant-empty') || t.querySelector('tbody tr.ant-table-row'));
  });
}

await step('inspector2-sees-no-other-grid-record', async () => {
  await logout(page);
  await login(page, 'inspector2');
  await page.goto(`${BASE}/online/demo_vehicle`);
  await listLoaded();
  if ((await rows().filter({ hasText: plate }).count()) !== 0) throw new Error('inspector2 (grid 102) sees a grid-101 vehicle');
  if ((await rows().count()) !== 0) throw new Error('inspector2 sees vehicles of another grid');
  await page.goto(`${BASE}/online/${formCode}`);
  await listLoaded();
  if ((await rows().count()) !== 0) throw new Error(`inspector2 sees grid-101 ${formCode} records`);
});

await close();
console.log(failures.length ? `\n${failures.length} step(s) failed: ${failures.join(', ')}` : '\nall e2e steps passed');
process.exit(failures.length ? 1 : 0);
