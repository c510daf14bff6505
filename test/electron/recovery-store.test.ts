import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryStore, recoveryIdFor } from '../../electron/services/recovery-store';
import { addRecentFile, createRecentFilesStore, MAX_RECENT_FILES, removeRecentFile } from '../../electron/services/recent-files';
import { createSettingsStore, DEFAULT_SETTINGS } from '../../electron/services/settings-store';
import { makeProject } from './fixtures/project';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-userdata-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('recovery store', () => {
  const clock = (iso: string) => () => new Date(iso);

  it('writes, lists newest first, recovers and discards', async () => {
    const folder = join(dir, 'recovery');
    const filePath = join(dir, 'shop.decamp.json');
    await createRecoveryStore(folder, clock('2027-01-01T10:00:00Z')).write({ project: makeProject('untitled'), filePath: null, diskVersion: null, displayName: 'Untitled' });
    const store = createRecoveryStore(folder, clock('2027-01-01T11:00:00Z'));
    const entry = await store.write({ project: makeProject('shop'), filePath, diskVersion: '10:1:abc', displayName: 'shop' });
    expect(entry).toEqual({ id: recoveryIdFor(filePath), displayName: 'shop', filePath, savedAt: '2027-01-01T11:00:00.000Z' });

    const listed = await store.list();
    expect(listed.map((e) => e.displayName)).toEqual(['shop', 'Untitled']);

    await writeFile(filePath, 'older version on disk');
    const recovered = await store.recover(entry.id);
    expect(recovered.ok).toBe(true);
    if (!recovered.ok) return;
    expect(recovered.value.project.project.name).toBe('Project shop');
    expect(recovered.value.filePath).toBe(filePath);
    // The recovered work keeps the disk version it was based on, so saving it over a file changed since asks first.
    expect(recovered.value.diskVersion).toBe('10:1:abc');

    await store.discard(entry.id);
    expect((await store.list()).map((e) => e.id)).toEqual(['untitled']);
  });

  it('keeps one entry per document: a later autosave replaces the earlier one', async () => {
    const store = createRecoveryStore(join(dir, 'recovery'));
    await store.write({ project: makeProject('v1'), filePath: '/a/plan.decamp.json', diskVersion: null, displayName: 'plan' });
    await store.write({ project: makeProject('v2'), filePath: '/a/plan.decamp.json', diskVersion: null, displayName: 'plan' });
    expect(await store.list()).toHaveLength(1);
    const recovered = await store.recover(recoveryIdFor('/a/plan.decamp.json'));
    expect(recovered.ok && recovered.value.project.project.name).toBe('Project v2');
  });

  it('skips corrupt entries and refuses ids that could leave the folder', async () => {
    const folder = join(dir, 'recovery');
    const store = createRecoveryStore(folder);
    await store.write({ project: makeProject('ok'), filePath: null, diskVersion: null, displayName: 'Untitled' });
    await writeFile(join(folder, `${'a'.repeat(24)}.recovery.json`), '{ torn');
    expect((await store.list()).map((e) => e.id)).toEqual(['untitled']);
    const escaped = await store.recover('../../settings');
    expect(!escaped.ok && escaped.error.code).toBe('not-found');
    await store.discard('../untitled');
    expect(await readdir(folder)).toContain('untitled.recovery.json');
  });

  it('lists nothing before the first autosave', async () => {
    expect(await createRecoveryStore(join(dir, 'none')).list()).toEqual([]);
  });
});

describe('recent files', () => {
  const entry = (filePath: string, openedAt = '2027-01-01T00:00:00Z') => ({ filePath, displayName: filePath, openedAt });

  it('puts the newest first, dedupes and keeps at most ten', () => {
    let list = Array.from({ length: 12 }, (_, i) => entry(`/p/${i}`)).reduce((l, e) => addRecentFile(l, e, MAX_RECENT_FILES, 'linux'), [] as ReturnType<typeof addRecentFile>);
    expect(list).toHaveLength(10);
    expect(list[0]?.filePath).toBe('/p/11');
    list = addRecentFile(list, entry('/p/5', 'later'), MAX_RECENT_FILES, 'linux');
    expect(list.filter((f) => f.filePath === '/p/5')).toHaveLength(1);
    expect(list[0]).toEqual(entry('/p/5', 'later'));
    expect(removeRecentFile(list, '/p/5', 'linux').some((f) => f.filePath === '/p/5')).toBe(false);
  });

  it('dedupes case-insensitively where the file system is', () => {
    const list = addRecentFile([entry('C:\\Plans\\Shop.decamp.json')], entry('c:\\plans\\shop.decamp.json'), 10, 'win32');
    expect(list).toHaveLength(1);
  });

  it('persists across stores and survives a corrupt file', async () => {
    await createRecentFilesStore(dir).add(entry('/a'));
    await createRecentFilesStore(dir).add(entry('/b'));
    expect((await createRecentFilesStore(dir).list()).map((f) => f.filePath)).toEqual(['/b', '/a']);
    await writeFile(join(dir, 'recent-files.json'), 'nonsense');
    expect(await createRecentFilesStore(dir).list()).toEqual([]);
  });
});

describe('settings', () => {
  it('knows the first start, merges changes and falls back per field', async () => {
    const store = createSettingsStore(dir);
    expect(await store.isFirstStart()).toBe(true);
    expect(await store.get()).toEqual(DEFAULT_SETTINGS);
    expect(await store.update({ theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(await store.isFirstStart()).toBe(false);
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ theme: 'purple', locale: 'zh-CN', firstRunDone: true }));
    expect(await store.get()).toEqual({ theme: 'system', locale: 'zh-CN', firstRunDone: true });
  });
});
