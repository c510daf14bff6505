/**
 * Atomic file replacement: a reader (or a crash) sees either the whole old file or the whole new
 * one, never a torn write. The previous version is kept beside it as FILE.bak.
 *
 * What a save does to the file it replaces (docs/desktop.md, "Saving"): the file keeps its mode; a
 * symlink is written through to its target (the link itself is left alone); a file with other hard
 * links gets a new inode under this name only, so its other names keep the previous version, as
 * with git and most editors. Temp files left by a killed save are removed on the next save or open.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { copyFile, link, open, readdir, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<target>.bak` (itself replaced atomically). */
  readonly backup?: boolean;
}

/** `<target>.bak`: where the version before the last save lives. */
export const backupPathOf = (target: string): string => `${target}.bak`;

/** A unique hidden sibling of `target`: same folder, so the final rename never crosses a file system. */
function tempPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Temp files this process is writing right now: never stale, whatever their pid says. */
const inFlight = new Set<string>();

/**
 * Write `data` to `target` atomically: temp file in the same folder, fsync, (backup of the old
 * version), rename over the target, fsync the folder so the rename itself survives a power cut.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const real = await resolveLinks(target);
  await removeStaleTemps(real);
  const mode = await existingMode(real);
  const temp = tempPathOf(real);
  inFlight.add(temp);
  try {
    // A new file gets what any program's new file gets (0666 less the umask); an existing one keeps its mode exactly.
    const handle = await open(temp, 'wx', mode ?? 0o666);
    try {
      if (mode !== null) await handle.chmod(mode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup) await keepBackup(real);
    await rename(temp, real);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    inFlight.delete(temp);
  }
  await syncFolder(dirname(real));
}

/** The links the system follows in one path before it answers ELOOP (Linux's MAXSYMLINKS). */
const MAX_LINKS = 40;

/**
 * The file a path names, through any symlinks: renaming over a symlink would replace the link with a regular file and leave
 * its target, the file the user meant, unchanged. A link to a file that does not exist yet resolves to where it points.
 */
export async function resolveLinks(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
  }
  // MAX_LINKS links followed, then one more readlink to see that the last target is no link itself.
  let path = resolve(target);
  for (let followed = 0; followed <= MAX_LINKS; followed++) {
    let next: string;
    try {
      next = await readlink(path);
    } catch {
      return path; // not a link (or not there): the file will be created here
    }
    path = resolve(dirname(path), next);
  }
  throw Object.assign(new Error(`Too many symbolic links at ${target}`), { code: 'ELOOP' });
}

async function existingMode(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

/** `.plan.decamp.json.<pid>.<12 hex>.tmp` and the .bak's `.plan.decamp.json.bak.<pid>.<12 hex>.tmp`: the names tempPathOf gives. */
function tempPattern(target: string): RegExp {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\.${name}(?:\\.bak)?\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, 'EPERM'); // alive, but someone else's
  }
}

/**
 * Remove temp files a killed save of `target` left behind: only our own names for this file, and only those whose process is
 * gone (or is this one, and no longer writing them). Best effort: a folder we cannot list or a file we cannot remove is left.
 */
export async function removeStaleTemps(target: string): Promise<number> {
  const folder = dirname(target);
  const pattern = tempPattern(target);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    const path = join(folder, name);
    if (pid === process.pid ? inFlight.has(path) : processAlive(pid)) continue;
    await unlink(path).then(
      () => void removed++,
      () => undefined,
    );
  }
  return removed;
}

/**
 * Make `<target>.bak` the current content of `target` before it is replaced. A hard link costs no
 * copy and is atomic; file systems without links (FAT, some network shares) get a copy. Either way
 * the .bak is itself swapped in by rename, so it is never half-written.
 */
async function keepBackup(target: string): Promise<void> {
  const backup = backupPathOf(target);
  const staged = tempPathOf(backup);
  inFlight.add(staged);
  try {
    try {
      await link(target, staged);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return; // nothing to back up: first save
      try {
        await copyFile(target, staged, fsConstants.COPYFILE_EXCL);
      } catch (copyError) {
        await unlink(staged).catch(() => undefined);
        if (isCode(copyError, 'ENOENT')) return;
        throw copyError;
      }
    }
    try {
      await rename(staged, backup);
    } catch (error) {
      await unlink(staged).catch(() => undefined);
      throw error;
    }
    // When the .bak is already this file (a save killed between its two renames), POSIX rename() between two names of one
    // inode does nothing and succeeds, and the staged name would stay behind.
    await unlink(staged).catch((error: unknown) => {
      if (!isCode(error, 'ENOENT')) throw error;
    });
  } finally {
    inFlight.delete(staged);
  }
}

/** fsync a directory so a rename in it is durable. Windows cannot open folders for sync: skip there. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch (error) {
    // Some file systems (e.g. certain network mounts) refuse fsync on a directory; the rename still happened.
    if (!isCode(error, 'EINVAL') && !isCode(error, 'EPERM') && !isCode(error, 'EISDIR')) throw error;
  } finally {
    await handle.close();
  }
}

export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
