/**
 * Recovery copies as the next start finds them: in any order on disk, some unreadable, one copied
 * under another's name, a stray file beside them, and ids from the page that try to walk out of
 * the folder. What the user sees is the list of documents to recover (newest first, each once) and
 * what a recovery answers; what the folder shows is that nothing outside it was read or deleted.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryStore, recoveryIdFor } from '../../electron/services/recovery-store';
import { serializeProject } from '../../shared/model/save';
import { makeProject } from './fixtures/project';

let dir: string;
let folder: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-recovery-'));
  folder = join(dir, 'recovery');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A recovery copy as the store writes it, for a file written by hand. */
const envelope = (id: string, fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    recoveryFormat: 1,
    id,
    displayName: 'plan',
    filePath: '/a/plan.decamp.json',
    diskVersion: null,
    savedAt: '2027-01-01T10:00:00.000Z',
    projectText: serializeProject(makeProject('A')),
    ...fields,
  });

describe('the list of recovery copies', () => {
  it('is newest first whatever order the folder lists the files in', async () => {
    const paths = ['/a/one.decamp.json', '/a/two.decamp.json', '/a/three.decamp.json', '/a/four.decamp.json', '/a/five.decamp.json'];
    const store = createRecoveryStore(folder);
    for (const filePath of paths) await store.write({ project: makeProject('A'), filePath, diskVersion: null, displayName: filePath });
    // Date the copies in the order the folder lists them, oldest first: the newest is the one it lists last.
    const listedOnDisk = (await readdir(folder)).map((n) => n.slice(0, -'.recovery.json'.length));
    await Promise.all(
      listedOnDisk.map(async (id, i) => {
        const path = join(folder, `${id}.recovery.json`);
        const copy = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
        await writeFile(path, JSON.stringify({ ...copy, savedAt: `2027-01-0${i + 1}T10:00:00.000Z` }));
      }),
    );
    const listed = await store.list();
    expect(listed.map((e) => e.id)).toEqual([...listedOnDisk].reverse());
    expect(listed.map((e) => e.savedAt)).toEqual(['2027-01-05T10:00:00.000Z', '2027-01-04T10:00:00.000Z', '2027-01-03T10:00:00.000Z', '2027-01-02T10:00:00.000Z', '2027-01-01T10:00:00.000Z']);
  });

  it('skips a copy that is JSON but not a recovery copy, and lists the others', async () => {
    await mkdir(folder);
    await writeFile(join(folder, 'untitled.recovery.json'), envelope('untitled', { filePath: null }));
    await writeFile(join(folder, `${'b'.repeat(24)}.recovery.json`), JSON.stringify({ recoveryFormat: 1, id: 'b'.repeat(24) }));
    expect((await createRecoveryStore(folder).list()).map((e) => e.id)).toEqual(['untitled']);
  });

  it('skips a copy filed under another id (copied by hand): its own id decides', async () => {
    await mkdir(folder);
    const other = recoveryIdFor('/a/other.decamp.json');
    await writeFile(join(folder, `${other}.recovery.json`), envelope(recoveryIdFor('/a/plan.decamp.json')));
    const store = createRecoveryStore(folder);
    expect(await store.list()).toEqual([]);
    expect((await store.recover(other)).ok).toBe(false);
  });

  it('lists each document once, whatever else sits in the folder (a copy named untitled.recovery.copy)', async () => {
    await mkdir(folder);
    await writeFile(join(folder, 'untitled.recovery.json'), envelope('untitled', { filePath: null }));
    await writeFile(join(folder, 'untitled.recovery.copy'), envelope('untitled', { filePath: null }));
    expect((await createRecoveryStore(folder).list()).map((e) => e.id)).toEqual(['untitled']);
  });

  it('reports a recovery folder it cannot list (a file in its place) instead of calling it empty', async () => {
    await writeFile(folder, 'not a folder');
    await expect(createRecoveryStore(folder).list()).rejects.toMatchObject({ code: 'ENOTDIR' });
  });
});

describe('recovering a copy', () => {
  it('says the copy is gone when there is none', async () => {
    expect(await createRecoveryStore(folder).recover('c'.repeat(24))).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That recovered document is no longer available.' },
    });
  });

  it('refuses a copy whose project no longer opens, with the loader\'s located reason, and keeps the copy', async () => {
    await mkdir(folder);
    const broken = JSON.stringify({ ...makeProject('A'), teams: [] });
    await writeFile(join(folder, 'untitled.recovery.json'), envelope('untitled', { filePath: null, displayName: 'Untitled', projectText: broken }));
    const recovered = await createRecoveryStore(folder).recover('untitled');
    expect(recovered.ok).toBe(false);
    if (recovered.ok) return;
    expect(recovered.error.code).toBe('invalid-project');
    expect(recovered.error.message).toMatch(/^Untitled is not a valid Decamp project: Untitled:\d+:\d+: /);
    expect(recovered.error.loadErrors?.length).toBeGreaterThan(0);
    expect(await readdir(folder)).toEqual(['untitled.recovery.json']);
  });

  it('gives an untitled document no disk version, whatever its copy says', async () => {
    await mkdir(folder);
    await writeFile(join(folder, 'untitled.recovery.json'), envelope('untitled', { filePath: null, diskVersion: '10:1:abc' }));
    const recovered = await createRecoveryStore(folder).recover('untitled');
    expect(recovered.ok && recovered.value).toMatchObject({ filePath: null, diskVersion: null });
  });
});

describe('ids that try to leave the recovery folder', () => {
  it.each(['../untitled', 'untitled/../../outside', `x${'d'.repeat(24)}`, `${'d'.repeat(24)}0`])('neither reads nor deletes anything for %s', async (id) => {
    await mkdir(folder);
    // A file outside the folder, where the id would lead, that would pass for a copy of that id.
    const outside = join(folder, `${id}.recovery.json`);
    await mkdir(join(outside, '..'), { recursive: true });
    await writeFile(outside, envelope(id));
    const store = createRecoveryStore(folder);
    expect((await store.recover(id)).ok).toBe(false);
    await store.discard(id);
    expect(await readFile(outside, 'utf8')).toBe(envelope(id));
  });
});

describe('discarding a copy', () => {
  it('is quiet when the copy is already gone', async () => {
    await expect(createRecoveryStore(folder).discard('untitled')).resolves.toBeUndefined();
  });

  it('reports a copy it cannot delete (a folder in its place)', async () => {
    await mkdir(join(folder, 'untitled.recovery.json'), { recursive: true });
    await expect(createRecoveryStore(folder).discard('untitled')).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|EPERM)$/) });
  });
});
