import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProject } from '../../shared/model/load';
import { serializeProject } from '../../shared/model/save';
import { backupPathOf, writeFileAtomic } from '../../electron/services/atomic-write';
import { createFileService, withProjectExtension } from '../../electron/services/file-service';
import { diskVersionOf, displayNameOf, sameContent } from '../../electron/services/project-file';
import { makeProject } from './fixtures/project';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const service = (maxBytes?: number) =>
  createFileService({
    loadSample: (id) => makeProject(`sample-${id}`),
    ...(maxBytes === undefined ? {} : { maxBytes }),
  });

describe('writeFileAtomic', () => {
  it('replaces the file, keeps the previous version as .bak and leaves no temp file', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFileAtomic(target, 'one', { backup: true });
    await expect(stat(backupPathOf(target))).rejects.toThrow(); // first save: nothing to back up
    await writeFileAtomic(target, 'two', { backup: true });
    await writeFileAtomic(target, 'three', { backup: true });
    expect(await readFile(target, 'utf8')).toBe('three');
    expect(await readFile(backupPathOf(target), 'utf8')).toBe('two');
    expect((await readdir(dir)).sort()).toEqual(['plan.decamp.json', 'plan.decamp.json.bak']);
  });

  it('leaves the old file untouched and cleans up when the write fails', async () => {
    const target = join(dir, 'missing-folder', 'plan.decamp.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('file service: open', () => {
  it('opens a valid project with its display name and disk fingerprint', async () => {
    const filePath = join(dir, 'shop.decamp.json');
    await writeFile(filePath, serializeProject(makeProject('A')));
    const opened = await service().openPath(filePath);
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.value.project.project.name).toBe('Project A');
    expect(opened.value.displayName).toBe('shop');
    expect(opened.value.filePath).toBe(filePath);
    const bytes = await readFile(filePath);
    expect(opened.value.diskVersion).toBe(diskVersionOf(bytes, (await stat(filePath)).mtimeMs));
  });

  it.each([
    ['not-json', '{ "formatVersion": 1, '],
    ['newer-format', JSON.stringify({ ...makeProject('A'), formatVersion: 99 })],
    ['invalid-project', JSON.stringify({ ...makeProject('A'), teams: [] })],
  ])('refuses a %s file with located errors and changes nothing on disk', async (code, text) => {
    const filePath = join(dir, 'bad.decamp.json');
    await writeFile(filePath, text);
    const before = await stat(filePath);
    const opened = await service().openPath(filePath);
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe(code);
    expect(opened.error.loadErrors?.length).toBeGreaterThan(0);
    expect(opened.error.loadErrors?.[0]?.file).toBe('bad.decamp.json');
    expect(opened.error.message).toContain('bad.decamp.json');
    expect(await readFile(filePath, 'utf8')).toBe(text);
    expect((await stat(filePath)).mtimeMs).toBe(before.mtimeMs);
    expect(await readdir(dir)).toEqual(['bad.decamp.json']);
  });

  it('tells the user which format version the newer file has', async () => {
    const filePath = join(dir, 'future.decamp.json');
    await writeFile(filePath, JSON.stringify({ ...makeProject('A'), formatVersion: 7 }));
    const opened = await service().openPath(filePath);
    expect(!opened.ok && opened.error.message).toContain('format version 7');
  });

  it('refuses a file over the size limit before reading it', async () => {
    const filePath = join(dir, 'huge.decamp.json');
    await writeFile(filePath, serializeProject(makeProject('A', 50)));
    const opened = await service(1024).openPath(filePath);
    expect(!opened.ok && opened.error.code).toBe('too-large');
  });

  it('answers not-found for a missing file and a folder', async () => {
    const missing = await service().openPath(join(dir, 'nope.decamp.json'));
    expect(!missing.ok && missing.error.code).toBe('not-found');
    const folder = await service().openPath(dir);
    expect(!folder.ok && folder.error.code).toBe('not-found');
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const filePath = join(dir, 'bom.decamp.json');
    await writeFile(filePath, `\ufeff${serializeProject(makeProject('A'))}`);
    expect((await service().openPath(filePath)).ok).toBe(true);
  });

  it('opens a sample as an untitled document', () => {
    const opened = service().openSample('online-shop');
    expect(opened.ok && opened.value).toMatchObject({ filePath: null, diskVersion: null, displayName: 'online-shop' });
  });
});

describe('file service: save', () => {
  it('saves in the canonical format, and a second save with the new fingerprint succeeds', async () => {
    const filePath = join(dir, 'plan.decamp.json');
    const first = await service().save({ project: makeProject('A'), filePath, diskVersion: null, overwriteChanged: false });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(await readFile(filePath, 'utf8')).toBe(serializeProject(makeProject('A')));
    const second = await service().save({ project: makeProject('B'), filePath, diskVersion: first.value.diskVersion, overwriteChanged: false });
    expect(second.ok).toBe(true);
    expect(loadProject(await readFile(filePath, 'utf8')).ok).toBe(true);
    expect(await readFile(backupPathOf(filePath), 'utf8')).toBe(serializeProject(makeProject('A')));
  });

  it('refuses to overwrite a file changed on disk since it was opened, until told to', async () => {
    const filePath = join(dir, 'plan.decamp.json');
    await writeFile(filePath, serializeProject(makeProject('A')));
    const opened = await service().openPath(filePath);
    if (!opened.ok) throw new Error('open failed');
    await writeFile(filePath, serializeProject(makeProject('from-git-pull')));

    const refused = await service().save({ project: makeProject('mine'), filePath, diskVersion: opened.value.diskVersion, overwriteChanged: false });
    expect(!refused.ok && refused.error.code).toBe('changed-on-disk');
    expect(await readFile(filePath, 'utf8')).toBe(serializeProject(makeProject('from-git-pull')));

    const forced = await service().save({ project: makeProject('mine'), filePath, diskVersion: opened.value.diskVersion, overwriteChanged: true });
    expect(forced.ok).toBe(true);
    expect(await readFile(filePath, 'utf8')).toBe(serializeProject(makeProject('mine')));
    expect(await readFile(backupPathOf(filePath), 'utf8')).toBe(serializeProject(makeProject('from-git-pull')));
  });

  it('treats an unchanged file that was only touched as unchanged', async () => {
    const filePath = join(dir, 'plan.decamp.json');
    await writeFile(filePath, serializeProject(makeProject('A')));
    const opened = await service().openPath(filePath);
    if (!opened.ok) throw new Error('open failed');
    await writeFile(filePath, serializeProject(makeProject('A'))); // same bytes, new mtime
    const saved = await service().save({ project: makeProject('B'), filePath, diskVersion: opened.value.diskVersion, overwriteChanged: false });
    expect(saved.ok).toBe(true);
  });

  it('does not clobber an existing file the document never came from', async () => {
    const filePath = join(dir, 'someone-else.decamp.json');
    await writeFile(filePath, 'their work');
    const saved = await service().save({ project: makeProject('A'), filePath, diskVersion: null, overwriteChanged: false });
    expect(!saved.ok && saved.error.code).toBe('changed-on-disk');
    expect(await readFile(filePath, 'utf8')).toBe('their work');
  });

  it('reports an unwritable folder as an io error, not a throw', async () => {
    const saved = await service().saveTo(join(dir, 'no', 'such', 'folder.decamp.json'), makeProject('A'));
    expect(!saved.ok && saved.error.code).toBe('not-found');
  });
});

describe('file names', () => {
  it('adds .decamp.json once', () => {
    expect(withProjectExtension('/a/plan')).toBe('/a/plan.decamp.json');
    expect(withProjectExtension('/a/plan.json')).toBe('/a/plan.decamp.json');
    expect(withProjectExtension('/a/plan.decamp.json')).toBe('/a/plan.decamp.json');
    expect(withProjectExtension('/a/Plan.DECAMP.JSON')).toBe('/a/Plan.DECAMP.JSON');
  });
  it('shows the name without the extension', () => {
    expect(displayNameOf('/x/shop.decamp.json')).toBe('shop');
    expect(displayNameOf('/x/other.json')).toBe('other');
  });
  it('compares fingerprints by content hash', () => {
    expect(sameContent('10:1:abc', '10:2:abc')).toBe(true);
    expect(sameContent('10:1:abc', '10:1:abd')).toBe(false);
  });
});
