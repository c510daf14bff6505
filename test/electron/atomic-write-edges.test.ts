/**
 * The corners of an atomic save that the ordinary saves never reach, each as the user (or the
 * folder on disk) would see it: a path that cannot be a file, a save that fails at the rename, a
 * .bak that cannot be replaced, symlinks through folders and up to the system's limit, and the
 * temp files of another user's save in progress on a shared folder.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupPathOf, removeStaleTemps, resolveLinks, writeFileAtomic } from '../../electron/services/atomic-write';

let dir: string;
beforeEach(async () => {
  dir = await realpath(await mkdtemp(join(tmpdir(), 'decamp-atomic-edges-')));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}

describe.skipIf(process.platform === 'win32')('a save that cannot complete', () => {
  it('rejects when the rename over the target fails (the name is a folder), and leaves no temp file beside it', async () => {
    const target = join(dir, 'plan.decamp.json');
    await mkdir(target);
    await writeFile(join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/) });
    expect(await readdir(dir)).toEqual(['plan.decamp.json']);
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('kept');
  });

  it('rejects when the .bak cannot be replaced (a folder of that name), and the file keeps its old version', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFile(target, 'old');
    await mkdir(backupPathOf(target));
    await writeFile(join(backupPathOf(target), 'inside.txt'), 'kept');
    await expect(writeFileAtomic(target, 'new', { backup: true })).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/) });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['plan.decamp.json', 'plan.decamp.json.bak']);
  });

  it('reports a path whose folder is a file (ENOTDIR) instead of taking it for a file to create', async () => {
    await writeFile(join(dir, 'notes.txt'), 'a file, not a folder');
    const target = join(dir, 'notes.txt', 'plan.decamp.json');
    await expect(resolveLinks(target)).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('a file, not a folder');
  });
});

describe.skipIf(process.platform === 'win32')('symbolic links', () => {
  it('resolves a path through a linked folder to the real file, so a relative link inside it points where the system says', async () => {
    await mkdir(join(dir, 'real', 'plans'), { recursive: true });
    await symlink(join(dir, 'real', 'plans'), join(dir, 'shortcut'));
    // plans/current -> ../archive/plan.decamp.json: relative to the real folder, real/archive; to the link's folder, dir/archive.
    await mkdir(join(dir, 'real', 'archive'));
    await writeFile(join(dir, 'real', 'archive', 'plan.decamp.json'), 'old');
    await symlink('../archive/plan.decamp.json', join(dir, 'real', 'plans', 'current'));
    expect(await resolveLinks(join(dir, 'shortcut', 'current'))).toBe(join(dir, 'real', 'archive', 'plan.decamp.json'));
    await writeFileAtomic(join(dir, 'shortcut', 'current'), 'new');
    expect(await readFile(join(dir, 'real', 'archive', 'plan.decamp.json'), 'utf8')).toBe('new');
    expect((await readdir(dir)).sort()).toEqual(['real', 'shortcut']);
  });

  it('saves through a chain of 40 links to a file not yet there, as the system itself allows (Linux follows up to 40)', async () => {
    const links = 40;
    for (let i = 0; i < links; i++) await symlink(join(dir, `l${i + 1}`), join(dir, `l${i}`));
    expect(await resolveLinks(join(dir, 'l0'))).toBe(join(dir, `l${links}`));
    await writeFileAtomic(join(dir, 'l0'), 'new');
    expect(await readFile(join(dir, `l${links}`), 'utf8')).toBe('new');
  });
});

describe.skipIf(process.platform === 'win32')('stale temp files', () => {
  it('counts what it removed: the temp files of dead processes for this file', async () => {
    const target = join(dir, 'plan.decamp.json');
    const dead = await deadPid();
    await writeFile(join(dir, `.plan.decamp.json.${dead}.0123456789ab.tmp`), 'x');
    await writeFile(join(dir, `.plan.decamp.json.bak.${dead}.ba98765432fe.tmp`), 'x');
    expect(await removeStaleTemps(target)).toBe(2);
    expect(await readdir(dir)).toEqual([]);
    expect(await removeStaleTemps(target)).toBe(0);
  });

  it('removes a temp file under its own pid that no save of its is writing (a Decamp before a reboot had the same pid)', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFile(join(dir, `.plan.decamp.json.${process.pid}.0123456789ab.tmp`), 'x');
    expect(await removeStaleTemps(target)).toBe(1);
    expect(await readdir(dir)).toEqual([]);
  });

  it("keeps the temp file of a process it may not signal (EPERM: another user's save in progress on a shared folder)", async () => {
    const target = join(dir, 'plan.decamp.json');
    const otherUsers = 4_000_000; // a pid no process here has; process.kill answers as the system would for another user's process
    const name = `.plan.decamp.json.${otherUsers}.0123456789ab.tmp`;
    await writeFile(join(dir, name), 'their save');
    const kill = process.kill.bind(process);
    vi.spyOn(process, 'kill').mockImplementation((pid: number, signal?: string | number) => {
      if (pid === otherUsers) throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
      return kill(pid, signal);
    });
    expect(await removeStaleTemps(target)).toBe(0);
    expect(await readdir(dir)).toEqual([name]);
  });
});
