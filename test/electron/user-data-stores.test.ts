/**
 * The small files in userData and the save grant, where the platform decides what "the same file"
 * means: Linux file systems tell Plan.json from plan.json, Windows and macOS usually do not. A
 * recent-files list or a grant that folds case on Linux would merge two files; one that does not
 * fold on Windows would grant a save to the page under one spelling and refuse it under another.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createFileGrants, grantKey } from '../../electron/services/file-grants';
import { createJsonStore } from '../../electron/services/json-store';
import { addRecentFile, createRecentFilesStore, removeRecentFile, samePath } from '../../electron/services/recent-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-user-data-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const entry = (filePath: string) => ({ filePath, displayName: filePath, openedAt: '2027-01-01T00:00:00Z' });

describe('the save grant', () => {
  it('tells two spellings of a name apart on Linux, and takes them for one file on Windows and macOS', () => {
    const linux = createFileGrants('linux');
    linux.grant('/home/li/Plan.decamp.json');
    expect(linux.isGranted('/home/li/Plan.decamp.json')).toBe(true);
    expect(linux.isGranted('/home/li/plan.decamp.json')).toBe(false);
    for (const platform of ['win32', 'darwin'] as const) {
      const grants = createFileGrants(platform);
      grants.grant('/Users/li/Plan.decamp.json');
      expect(grants.isGranted('/users/li/plan.DECAMP.json')).toBe(true);
    }
    expect(grantKey('/a/Plan.json', 'linux')).toBe(resolve('/a/Plan.json'));
    expect(grantKey('/a/Plan.json', 'darwin')).toBe(resolve('/a/Plan.json').toLowerCase());
  });

  it('grants nothing for a relative path, not even under the name it resolves to', () => {
    const grants = createFileGrants('linux');
    grants.grant('plan.decamp.json');
    expect(grants.isGranted(resolve('plan.decamp.json'))).toBe(false);
  });
});

describe('the recent files list', () => {
  it('keeps two files whose names differ only in case on Linux, and one on Windows', () => {
    expect(samePath('/a/Plan.decamp.json', '/a/plan.decamp.json', 'linux')).toBe(false);
    expect(samePath('/a/plan.decamp.json', '/a/plan.decamp.json', 'linux')).toBe(true);
    expect(samePath('C:\\Plans\\Shop.decamp.json', 'c:\\plans\\shop.decamp.json', 'win32')).toBe(true);
    expect(samePath('C:\\Plans\\Shop.decamp.json', 'C:\\Plans\\Other.decamp.json', 'win32')).toBe(false);
    expect(addRecentFile([entry('/a/Plan.decamp.json')], entry('/a/plan.decamp.json'), 10, 'linux')).toHaveLength(2);
    expect(addRecentFile([entry('C:\\a\\one.decamp.json')], entry('C:\\a\\two.decamp.json'), 10, 'win32')).toHaveLength(2);
  });

  it('removes only the file named', () => {
    const list = [entry('/a/one.decamp.json'), entry('/a/two.decamp.json'), entry('/a/three.decamp.json')];
    expect(removeRecentFile(list, '/a/two.decamp.json', 'linux').map((f) => f.filePath)).toEqual(['/a/one.decamp.json', '/a/three.decamp.json']);
  });

  it('forgets a removed file across a restart', async () => {
    await createRecentFilesStore(dir).add(entry('/a/one.decamp.json'));
    await createRecentFilesStore(dir).add(entry('/a/two.decamp.json'));
    expect((await createRecentFilesStore(dir).remove('/a/one.decamp.json')).map((f) => f.filePath)).toEqual(['/a/two.decamp.json']);
    expect((await createRecentFilesStore(dir).list()).map((f) => f.filePath)).toEqual(['/a/two.decamp.json']);
  });

  it('shows at most ten of a longer list edited by hand', async () => {
    await writeFile(join(dir, 'recent-files.json'), JSON.stringify(Array.from({ length: 12 }, (_, i) => entry(`/a/${i}.decamp.json`))));
    const listed = await createRecentFilesStore(dir).list();
    expect(listed.map((f) => f.filePath)).toEqual(Array.from({ length: 10 }, (_, i) => `/a/${i}.decamp.json`));
  });

  it('starts empty from a file that is JSON but not a list of files', async () => {
    await writeFile(join(dir, 'recent-files.json'), JSON.stringify({ files: ['/a/one.decamp.json'] }));
    expect(await createRecentFilesStore(dir).list()).toEqual([]);
  });
});

describe('a small JSON file in userData', () => {
  const schema = z.object({ n: z.number() });

  it('counts as absent, and reads as the fallback, where a folder has its name', async () => {
    const path = join(dir, 'settings.json');
    await mkdir(path);
    const store = createJsonStore(path, schema, () => ({ n: 0 }));
    expect(await store.exists()).toBe(false);
    expect(await store.read()).toEqual({ n: 0 });
  });

  it('exists once written, and reads back what was written', async () => {
    const path = join(dir, 'nested', 'state.json');
    const store = createJsonStore(path, schema, () => ({ n: 0 }));
    expect(await store.exists()).toBe(false);
    await store.write({ n: 7 });
    expect(await store.exists()).toBe(true);
    expect(await store.read()).toEqual({ n: 7 });
    expect(await readFile(path, 'utf8')).toBe('{\n  "n": 7\n}\n');
  });
});
