import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MENU_ICON_NAMES, menuIcon } from '@/components/menuIcons';

// Menu rows come from Flyway migrations (db/migration, db/demo); an icon name the UI does not bundle silently shows
// the fallback, so every name a migration writes must be registered.
function iconsNamedInMigrations(): string[] {
  const root = join(__dirname, '..', '..', 'db');
  const names = new Set<string>();
  for (const dir of ['migration', 'demo']) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.sql'))) {
      for (const m of readFileSync(join(root, dir, file), 'utf8').matchAll(/'([A-Z][A-Za-z]+Outlined)'/g)) names.add(m[1]);
    }
  }
  return [...names].sort();
}

describe('menu icons', () => {
  it('registers every icon a migration names', () => {
    const named = iconsNamedInMigrations();
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((n) => !MENU_ICON_NAMES.includes(n))).toEqual([]);
  });

  it('falls back to a neutral icon for an unknown or missing name', () => {
    expect(menuIcon('NoSuchOutlined')).toBe(menuIcon('AppstoreOutlined'));
    expect(menuIcon(null)).toBe(menuIcon('AppstoreOutlined'));
    expect(menuIcon('QrcodeOutlined')).not.toBe(menuIcon('AppstoreOutlined'));
  });
});
