/**
 * What the user reads when a file does not open or a save is refused: each sentence in full, with
 * the file's name, where in it the problem is, how many more there are and what happened on disk.
 * A message that loses its path prefix, its "(and N more)" or its verb still has the right error
 * code, so only the text itself can catch it.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileService, withProjectExtension } from '../../electron/services/file-service';
import { currentDiskVersion, diskVersionOf, displayNameOf, ioError, megabytes, parseProjectText } from '../../electron/services/project-file';
import { serializeProject } from '../../shared/model/save';
import type { Project } from '../../shared/model/schema';
import { makeProject } from './fixtures/project';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-messages-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const service = (maxBytes?: number) => createFileService({ loadSample: (id) => makeProject(id), ...(maxBytes === undefined ? {} : { maxBytes }) });

/** A project whose dependencies point at `missing.length` workloads that do not exist. */
function dangling(...missing: string[]): Project {
  const project = makeProject('B');
  missing.forEach((to, i) => project.dependencies.push({ id: `dep-x${i}`, from: `wl-${i}`, to, kind: 'sync', coupling: 'loose' }));
  return project;
}

/** An object with `n` fields: past 1,000 the loader takes the file for something other than a project. */
const fields = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 0]));

describe('a refused save says where and why, and that the file on disk is unchanged', () => {
  it('names the first located error and how many more there are', async () => {
    const filePath = join(dir, 'plan.decamp.json');
    await writeFile(filePath, 'the version on disk');
    const saved = await service().saveTo(filePath, dangling('no-such-workload', 'gone', 'also-gone'));
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.error.code).toBe('invalid-project');
    expect(saved.error.message).toBe(
      "plan.decamp.json was not saved, because Decamp could not open it again: dependencies[2].to: workload 'wl-0' depends on 'no-such-workload', which does not exist (and 2 more). The file on disk is unchanged.",
    );
    expect(saved.error.loadErrors).toHaveLength(3);
    expect(await readFile(filePath, 'utf8')).toBe('the version on disk');
    expect(await readdir(dir)).toEqual(['plan.decamp.json']);
  });

  it('says no "(and N more)" for a single error', async () => {
    const saved = await service().saveTo(join(dir, 'plan.decamp.json'), dangling('no-such-workload'));
    expect(!saved.ok && saved.error.message).toBe(
      "plan.decamp.json was not saved, because Decamp could not open it again: dependencies[2].to: workload 'wl-0' depends on 'no-such-workload', which does not exist. The file on disk is unchanged.",
    );
  });

  it('gives no path prefix for an error about the whole file', async () => {
    const project = makeProject('B');
    (project.project as unknown as Record<string, unknown>).extra = fields(1001);
    const saved = await service().saveTo(join(dir, 'plan.decamp.json'), project);
    expect(!saved.ok && saved.error.message).toBe(
      'plan.decamp.json was not saved, because Decamp could not open it again: Too large to be a project file: an object has more than 1,000 fields. The file on disk is unchanged.',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses what would be over the open limit with both sizes, and saves what is exactly at it', async () => {
    const project = makeProject('A');
    const size = Buffer.byteLength(serializeProject(project), 'utf8');
    const over = await service(size - 1).saveTo(join(dir, 'over.decamp.json'), project);
    expect(over).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'over.decamp.json was not saved: it would be 0.0 MB, and Decamp opens project files up to 0.0 MB.' },
    });
    expect((await service(size).saveTo(join(dir, 'exact.decamp.json'), project)).ok).toBe(true);
    expect(await readdir(dir)).toEqual(['exact.decamp.json']);
  });

  it('tells who changed the file and what a forced save keeps', async () => {
    const filePath = join(dir, 'plan.decamp.json');
    await writeFile(filePath, 'their work');
    const saved = await service().save({ project: makeProject('A'), filePath, diskVersion: null, overwriteChanged: false });
    expect(saved).toEqual({
      ok: false,
      error: {
        code: 'changed-on-disk',
        message: 'plan.decamp.json was changed by another program since you opened it. Save anyway to overwrite it (the other version is kept as plan.decamp.json.bak), or reload it.',
      },
    });
  });

  it('says it could not save, and why, where the folder is a file', async () => {
    await writeFile(join(dir, 'notes.txt'), 'x');
    const saved = await service().saveTo(join(dir, 'notes.txt', 'plan.decamp.json'), makeProject('A'));
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.error.code).toBe('io');
    expect(saved.error.message).toMatch(/^Could not save plan\.decamp\.json: ENOTDIR/);
  });

  it('says it could not save, rather than that the file changed, where the name is a folder it cannot read', async () => {
    const filePath = join(dir, 'plan.decamp.json');
    await mkdir(filePath);
    const saved = await service().save({ project: makeProject('A'), filePath, diskVersion: null, overwriteChanged: false });
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.error.code).toBe('io');
    expect(saved.error.message).toMatch(/^Could not save plan\.decamp\.json: EISDIR/);
    await expect(currentDiskVersion(filePath)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('a file that does not open', () => {
  it('says a folder is not a file', async () => {
    await mkdir(join(dir, 'plans.decamp.json'));
    expect(await service().openPath(join(dir, 'plans.decamp.json'))).toEqual({ ok: false, error: { code: 'not-found', message: 'plans.decamp.json is not a file.' } });
  });

  it('says a missing file no longer exists', async () => {
    expect(await service().openPath(join(dir, 'gone.decamp.json'))).toEqual({ ok: false, error: { code: 'not-found', message: 'gone.decamp.json no longer exists.' } });
  });

  it('says it could not open a path under a file, and why', async () => {
    await writeFile(join(dir, 'notes.txt'), 'x');
    const opened = await service().openPath(join(dir, 'notes.txt', 'plan.decamp.json'));
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.error.code).toBe('io');
    expect(opened.error.message).toMatch(/^Could not open plan\.decamp\.json: ENOTDIR/);
  });

  it('refuses a file over the limit with both sizes, and opens one exactly at it', async () => {
    const filePath = join(dir, 'plan.decamp.json');
    await writeFile(filePath, serializeProject(makeProject('A')));
    const size = (await stat(filePath)).size;
    expect(await service(size - 1).openPath(filePath)).toEqual({
      ok: false,
      error: { code: 'too-large', message: 'plan.decamp.json is 0.0 MB; Decamp opens project files up to 0.0 MB.' },
    });
    expect((await service(size).openPath(filePath)).ok).toBe(true);
  });

  it('names the first error and how many more for an invalid file', () => {
    const text = serializeProject(dangling('no-such-workload', 'gone'));
    const parsed = parseProjectText(text, 'plan.decamp.json');
    expect(!parsed.ok && parsed.error.message).toMatch(
      /^plan\.decamp\.json is not a valid Decamp project: plan\.decamp\.json:\d+:\d+: dependencies\[2\]\.to: workload 'wl-0' depends on 'no-such-workload', which does not exist \(and 1 more\)$/,
    );
    const one = parseProjectText(serializeProject(dangling('no-such-workload')), 'plan.decamp.json');
    expect(!one.ok && one.error.message).toMatch(/^plan\.decamp\.json is not a valid Decamp project: plan\.decamp\.json:\d+:\d+: dependencies\[2\]\.to: workload 'wl-0' depends on 'no-such-workload', which does not exist$/);
  });

  it('calls a file with an object of over 1,000 fields too large to open, located', () => {
    const parsed = parseProjectText(JSON.stringify({ formatVersion: 2, x: fields(1001) }), 'big.decamp.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('too-large');
    expect(parsed.error.message).toMatch(/^big\.decamp\.json cannot be opened\. big\.decamp\.json:1:\d+: Too large to be a project file: an object has more than 1,000 fields\.$/);
    expect(parsed.error.loadErrors).toHaveLength(1);
  });

  it('passes the loader\'s repeated-key warnings to the page, and no warnings list when there are none', async () => {
    const clean = join(dir, 'clean.decamp.json');
    await writeFile(clean, serializeProject(makeProject('A')));
    const opened = await service().openPath(clean);
    expect(opened.ok && Object.keys(opened.value).sort()).toEqual(['diskVersion', 'displayName', 'filePath', 'project']);
    const repeated = join(dir, 'repeated.decamp.json');
    await writeFile(repeated, serializeProject(makeProject('A')).replace('"formatVersion": 2,', '"formatVersion": 2,\n  "formatVersion": 2,'));
    const warned = await service().openPath(repeated);
    expect(warned.ok && warned.value.loadWarnings?.length).toBe(1);
  });

  it('says which sample could not be loaded, and why', () => {
    const broken = createFileService({
      loadSample: () => {
        throw new Error('the sample is damaged');
      },
    });
    expect(broken.openSample('online-shop')).toEqual({ ok: false, error: { code: 'not-found', message: 'The sample online-shop could not be loaded: the sample is damaged' } });
  });
});

describe('file-system errors as sentences', () => {
  const error = (code: string) => Object.assign(new Error(`${code}: something`), { code });

  it('words each error the user can act on, with the verb and the file', () => {
    expect(ioError(error('ENOENT'), 'plan.decamp.json', 'open')).toEqual({ code: 'not-found', message: 'plan.decamp.json no longer exists.' });
    expect(ioError(error('EACCES'), 'plan.decamp.json', 'save')).toEqual({ code: 'io', message: 'Decamp has no permission to save plan.decamp.json.' });
    expect(ioError(error('EPERM'), 'plan.decamp.json', 'read')).toEqual({ code: 'io', message: 'Decamp has no permission to read plan.decamp.json.' });
    expect(ioError(error('ENOSPC'), 'plan.decamp.json', 'save')).toEqual({
      code: 'io',
      message: 'The disk is full: plan.decamp.json could not be saved. The previous version is unchanged.',
    });
  });

  it('gives the system\'s own text for anything else', () => {
    expect(ioError(error('EIO'), 'plan.decamp.json', 'read')).toEqual({ code: 'io', message: 'Could not read plan.decamp.json: EIO: something' });
    expect(ioError('a string thrown', 'plan.decamp.json', 'open')).toEqual({ code: 'io', message: 'Could not open plan.decamp.json: a string thrown' });
  });

  it('shows sizes in MB: one decimal below 10 MB, whole numbers from 10 MB', () => {
    const mb = 1024 * 1024;
    expect(megabytes(1.5 * mb)).toBe('1.5');
    expect(megabytes(9.94 * mb)).toBe('9.9');
    expect(megabytes(10 * mb)).toBe('10');
    expect(megabytes(200 * mb)).toBe('200');
    expect(megabytes(0)).toBe('0.0');
  });
});

describe('names and fingerprints', () => {
  it('takes only a final .json off a name', () => {
    expect(displayNameOf('/x/plan.json-notes.json')).toBe('plan.json-notes');
    expect(withProjectExtension('/a/v1.json-plan')).toBe('/a/v1.json-plan.decamp.json');
  });

  it('fingerprints as size, whole milliseconds and the hex sha256 of the bytes', () => {
    expect(diskVersionOf(Buffer.from('abc'), 1700000000123.9)).toBe('3:1700000000123:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
