/** Settings survive a restart, each choice as made; a bad value falls back alone. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THEMES } from '../../shared/ipc';
import { createSettingsStore, DEFAULT_SETTINGS } from '../../electron/services/settings-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings store', () => {
  it.each(['en', 'zh-CN', 'system'] as const)('keeps the language %s across a restart', async (locale) => {
    await createSettingsStore(dir).update({ locale: locale === 'system' ? 'en' : 'system' });
    await createSettingsStore(dir).update({ locale });
    expect((await createSettingsStore(dir).get()).locale).toBe(locale);
  });

  it.each(THEMES)('keeps the theme %s across a restart', async (theme) => {
    await createSettingsStore(dir).update({ theme });
    expect((await createSettingsStore(dir).get()).theme).toBe(theme);
  });

  it('falls back field by field: an unknown language resets the language only', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ theme: 'dark', locale: 'klingon', firstRunDone: true }));
    expect(await createSettingsStore(dir).get()).toEqual({ theme: 'dark', locale: DEFAULT_SETTINGS.locale, firstRunDone: true });
  });

  it('knows a first start, and not after one', async () => {
    const store = createSettingsStore(dir);
    expect(await store.isFirstStart()).toBe(true);
    await store.update({ firstRunDone: true });
    expect(await createSettingsStore(dir).isFirstStart()).toBe(false);
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).firstRunDone).toBe(true);
  });
});
