/**
 * What a save does to the file it replaces: the mode stays, a symlink is written through to its
 * target, a hard link keeps the old version under its other names (documented in docs/desktop.md),
 * and stale temp files of earlier, killed saves are cleared on the next save or open.
 */
import { spawn } from 'node:child_process';
import { chmod, link, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeProject } from '../../shared/model/save';
import { backupPathOf, writeFileAtomic } from '../../electron/services/atomic-write';
import { createFileService } from '../../electron/services/file-service';
import { makeProject } from './fixtures/project';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const files = () => createFileService({ loadSample: (id) => makeProject(id) });
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe.skipIf(process.platform === 'win32')('file mode', () => {
  it('keeps a 0600 file 0600 (and its .bak too)', async () => {
    const target = join(dir, 'private.decamp.json');
    await writeFile(target, serializeProject(makeProject('A')));
    await chmod(target, 0o600);
    expect((await files().saveTo(target, makeProject('B'))).ok).toBe(true);
    expect(await modeOf(target)).toBe(0o600);
    expect(await modeOf(backupPathOf(target))).toBe(0o600);
    expect(await readFile(target, 'utf8')).toBe(serializeProject(makeProject('B')));
  });

  it('keeps a group-writable 0664 file 0664', async () => {
    const target = join(dir, 'shared.decamp.json');
    await writeFile(target, 'old');
    await chmod(target, 0o664);
    await writeFileAtomic(target, 'new', { backup: true });
    expect(await modeOf(target)).toBe(0o664);
  });

  // Stryker's vitest runner (npm run mutation) runs specs in worker threads, where process.umask cannot be set.
  it.skipIf(!isMainThread)('creates a new file with the usual mode for the user (0666 less the umask), not a fixed one', async () => {
    const target = join(dir, 'new.decamp.json');
    const before = process.umask(0o002); // a shared-group setup: new files are group-writable
    try {
      await writeFileAtomic(target, 'x');
    } finally {
      process.umask(before);
    }
    expect(await modeOf(target)).toBe(0o664);
  });
});

describe.skipIf(process.platform === 'win32')('links', () => {
  it('writes through a symlink to its target: the link stays a link, the target gets the new version and the .bak sits beside it', async () => {
    await mkdir(join(dir, 'real'));
    const real = join(dir, 'real', 'plan.decamp.json');
    const linkPath = join(dir, 'plan.decamp.json');
    await writeFile(real, serializeProject(makeProject('A')));
    await symlink(join('real', 'plan.decamp.json'), linkPath);
    expect((await files().saveTo(linkPath, makeProject('B'))).ok).toBe(true);
    expect((await lstat(linkPath)).isSymbolicLink()).toBe(true);
    expect(await readlink(linkPath)).toBe(join('real', 'plan.decamp.json'));
    expect(await readFile(real, 'utf8')).toBe(serializeProject(makeProject('B')));
    expect(await readFile(backupPathOf(real), 'utf8')).toBe(serializeProject(makeProject('A')));
    expect((await readdir(dir)).sort()).toEqual(['plan.decamp.json', 'real']);
  });

  it('follows a chain of symlinks', async () => {
    const real = join(dir, 'real.decamp.json');
    await writeFile(real, 'A');
    await symlink(real, join(dir, 'one.json'));
    await symlink(join(dir, 'one.json'), join(dir, 'two.json'));
    await writeFileAtomic(join(dir, 'two.json'), 'B');
    expect(await readFile(real, 'utf8')).toBe('B');
    expect((await lstat(join(dir, 'two.json'))).isSymbolicLink()).toBe(true);
    expect((await lstat(join(dir, 'one.json'))).isSymbolicLink()).toBe(true);
  });

  it('replaces a hard-linked name only: the other name keeps the previous version, as the docs say', async () => {
    const target = join(dir, 'plan.decamp.json');
    const other = join(dir, 'also-plan.decamp.json');
    await writeFile(target, 'A');
    await link(target, other);
    await writeFileAtomic(target, 'B', { backup: true });
    expect(await readFile(target, 'utf8')).toBe('B');
    expect(await readFile(other, 'utf8')).toBe('A');
    const desktop = await readFile(join(import.meta.dirname, '../../docs/desktop.md'), 'utf8');
    expect(desktop).toMatch(/hard link/i);
  });

  it('leaves no staged .bak behind when the .bak is already the file (a save killed between its two renames)', async () => {
    // POSIX rename() of one name of an inode onto another name of the same inode does nothing and succeeds: the staged
    // hard link would stay, a hidden full-size copy under this process's pid that no save of this process removes.
    const target = join(dir, 'plan.decamp.json');
    await writeFile(target, 'A');
    await link(target, backupPathOf(target));
    await writeFileAtomic(target, 'B', { backup: true });
    expect(await readFile(target, 'utf8')).toBe('B');
    expect(await readFile(backupPathOf(target), 'utf8')).toBe('A');
    expect((await readdir(dir)).sort()).toEqual(['plan.decamp.json', 'plan.decamp.json.bak']);
  });
});

/** The pid of a process that has exited: its temp files are stale. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('error', reject);
    child.on('exit', () => resolve(child.pid!));
  });
}

describe('stale temp files of killed saves', () => {
  async function litter(target: string) {
    const name = target.slice(dir.length + 1);
    const dead = await deadPid();
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    const stale = [`.${name}.${dead}.0123456789ab.tmp`, `.${name}.bak.${dead}.ba98765432fe.tmp`];
    const kept = [`.${name}.${alive.pid}.00112233aabb.tmp`, '.other.decamp.json.1.0123456789ab.tmp', `.${name}.notes.tmp`, 'draft.tmp'];
    await Promise.all([...stale, ...kept].map((n) => writeFile(join(dir, n), 'x'.repeat(1000))));
    return { stale, kept, stop: () => alive.kill() };
  }

  it('the next save removes those of dead Decamp processes for that file, and nothing else', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFile(target, serializeProject(makeProject('A')));
    const { kept, stop } = await litter(target);
    try {
      expect((await files().saveTo(target, makeProject('B'))).ok).toBe(true);
      expect((await readdir(dir)).sort()).toEqual(['plan.decamp.json', 'plan.decamp.json.bak', ...kept].sort());
    } finally {
      stop();
    }
  });

  it('opening the file removes them too', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFile(target, serializeProject(makeProject('A')));
    const { kept, stop } = await litter(target);
    try {
      expect((await files().openPath(target)).ok).toBe(true);
      expect((await readdir(dir)).sort()).toEqual(['plan.decamp.json', ...kept].sort());
    } finally {
      stop();
    }
  });
});
