/**
 * The system calls of an atomic save, in order. A SIGKILL cannot tell a missing fsync from a
 * present one (the page cache survives a killed process), so the crash test cannot catch it: only
 * a power cut can, and this test stands in for one by recording what writeFileAtomic asks of the
 * file system. The temp file must be synced before the rename (or the rename may reach the disk
 * before the data: an empty file under the user's name) and the folder after it (or the rename
 * itself may be lost).
 */
import type * as fsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
/** Errors to answer instead of the real call: a file system without hard links, one that refuses to sync a folder. */
const inject: { link?: string; folderSync?: string; copyFile?: string; whileWriting?: () => Promise<void> } = {};
const fail = (code: string) => Object.assign(new Error(`${code} (injected)`), { code });

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  const name = (path: unknown) => (typeof path === 'string' ? basename(path) : String(path));
  const wrapHandle = (handle: FileHandle, path: string) =>
    new Proxy(handle, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        if (key === 'sync' || key === 'datasync' || key === 'writeFile' || key === 'write' || key === 'close') {
          return (...args: unknown[]) => {
            calls.push(`${String(key)} ${name(path)}`);
            if (key === 'sync' && inject.folderSync && !name(path).includes('.')) return Promise.reject(fail(inject.folderSync));
            if (key === 'writeFile' && inject.whileWriting) return inject.whileWriting().then(() => value.apply(target, args));
            return value.apply(target, args);
          };
        }
        return value.bind(target);
      },
    });
  const recorded = <A extends unknown[], R>(label: string, fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      calls.push(`${label} ${args.filter((a) => typeof a === 'string').map(name).join(' -> ')}`);
      return fn(...args);
    };
  return {
    ...real,
    open: async (path: string, flags?: string, mode?: number) => {
      calls.push(`open ${name(path)} ${flags ?? 'r'}`);
      return wrapHandle(await real.open(path, flags, mode), path);
    },
    rename: recorded('rename', real.rename),
    link: recorded('link', (from: string, to: string) => (inject.link ? Promise.reject(fail(inject.link)) : real.link(from, to))),
    copyFile: recorded('copyFile', (from: string, to: string, mode?: number) => (inject.copyFile ? Promise.reject(fail(inject.copyFile)) : real.copyFile(from, to, mode))),
  };
});

const { removeStaleTemps, writeFileAtomic } = await import('../../electron/services/atomic-write');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'decamp-syscalls-'));
  calls.length = 0;
  delete inject.link;
  delete inject.folderSync;
  delete inject.copyFile;
  delete inject.whileWriting;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The calls from the temp file's creation on, with its random name replaced by TEMP. */
function saveCalls(target: string): string[] {
  const temp = new RegExp(`^\\.${basename(target).replace(/\./g, '\\.')}(\\.bak)?\\.\\d+\\.[0-9a-f]{12}\\.tmp$`);
  const rewrite = (part: string) => part.replace(/\S+/g, (word) => {
    const m = temp.exec(word);
    return m ? (m[1] ? 'BAK-TEMP' : 'TEMP') : word;
  });
  return calls.map(rewrite).filter((c) => !c.startsWith('open ' + basename(target) + ' r'));
}

describe.skipIf(process.platform === 'win32')('writeFileAtomic system calls', () => {
  it('on a first save: write the temp file, fsync it, close it, rename it over the target, then fsync the folder', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFileAtomic(target, 'new');
    const folder = basename(dirname(target));
    expect(saveCalls(target)).toEqual([
      'open TEMP wx',
      'writeFile TEMP',
      'sync TEMP',
      'close TEMP',
      'rename TEMP -> plan.decamp.json',
      `open ${folder} r`,
      `sync ${folder}`,
      `close ${folder}`,
    ]);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('with a backup: the temp file is synced before the old version moves to .bak and before the rename; the folder after both', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFile(target, 'old');
    calls.length = 0;
    await writeFileAtomic(target, 'new', { backup: true });
    const seen = saveCalls(target);
    const at = (call: string) => {
      const i = seen.indexOf(call);
      expect(i, `${call} in\n${seen.join('\n')}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    const folder = basename(dir);
    const synced = at('sync TEMP');
    expect(at('writeFile TEMP')).toBeLessThan(synced);
    expect(synced).toBeLessThan(at('link plan.decamp.json -> BAK-TEMP'));
    expect(at('link plan.decamp.json -> BAK-TEMP')).toBeLessThan(at('rename BAK-TEMP -> plan.decamp.json.bak'));
    expect(at('rename BAK-TEMP -> plan.decamp.json.bak')).toBeLessThan(at('rename TEMP -> plan.decamp.json'));
    expect(at('rename TEMP -> plan.decamp.json')).toBeLessThan(at(`sync ${folder}`));
    expect(seen.filter((c) => c.startsWith('rename'))).toHaveLength(2);
    expect(seen.at(-1)).toBe(`close ${folder}`);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('old');
  });

  it('keeps the .bak by copying where the file system has no hard links, and the copy too is renamed into place', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFile(target, 'old');
    inject.link = 'EPERM';
    await writeFileAtomic(target, 'new', { backup: true });
    const seen = saveCalls(target);
    expect(seen).toContain('copyFile plan.decamp.json -> BAK-TEMP');
    expect(seen.indexOf('copyFile plan.decamp.json -> BAK-TEMP')).toBeLessThan(seen.indexOf('rename BAK-TEMP -> plan.decamp.json.bak'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readFile(`${target}.bak`, 'utf8')).toBe('old');
  });

  it.each(['EINVAL', 'EPERM', 'EISDIR'])('saves where the file system refuses to sync a folder (%s: some network mounts)', async (code) => {
    const target = join(dir, 'plan.decamp.json');
    inject.folderSync = code;
    await writeFileAtomic(target, 'new');
    expect(saveCalls(target)).toContain(`sync ${basename(dir)}`);
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it('reports a folder sync that fails for any other reason (EIO: the disk), after the file is in place', async () => {
    const target = join(dir, 'plan.decamp.json');
    inject.folderSync = 'EIO';
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'EIO' });
    expect(saveCalls(target).at(-1)).toBe(`close ${basename(dir)}`);
  });

  it('asks for no copy on a first save with a backup: there is nothing to back up, and no .bak appears', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFileAtomic(target, 'new', { backup: true });
    const seen = saveCalls(target);
    expect(seen).toContain('link plan.decamp.json -> BAK-TEMP');
    expect(seen.filter((c) => c.startsWith('copyFile'))).toEqual([]);
    expect(await readdir(dir)).toEqual(['plan.decamp.json']);
  });

  it('rejects when neither a link nor a copy can keep the .bak (EIO), and the file keeps its old version with no temp file left', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFile(target, 'old');
    inject.link = 'EPERM';
    inject.copyFile = 'EIO';
    await expect(writeFileAtomic(target, 'new', { backup: true })).rejects.toMatchObject({ code: 'EIO' });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['plan.decamp.json']);
  });

  it('saves without a .bak when the old file vanishes between the failed link and the copy (ENOENT)', async () => {
    const target = join(dir, 'plan.decamp.json');
    await writeFile(target, 'old');
    inject.link = 'EPERM';
    inject.copyFile = 'ENOENT';
    await writeFileAtomic(target, 'new', { backup: true });
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['plan.decamp.json']);
  });

  it("leaves this process's own temp file alone while its save is still writing it (a second save of the file starting meanwhile)", async () => {
    const target = join(dir, 'plan.decamp.json');
    let removedMeanwhile = -1;
    let tempsMeanwhile: string[] = [];
    inject.whileWriting = async () => {
      delete inject.whileWriting;
      removedMeanwhile = await removeStaleTemps(target);
      tempsMeanwhile = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
    };
    await writeFileAtomic(target, 'new');
    expect(removedMeanwhile).toBe(0);
    expect(tempsMeanwhile).toHaveLength(1);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['plan.decamp.json']);
  });
});
