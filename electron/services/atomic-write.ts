/**
 * Atomic file replacement: a reader (or a crash) sees either the whole old file or the whole new
 * one, never a torn write. The previous version is kept beside it as FILE.bak.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { copyFile, link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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

/**
 * Write `data` to `target` atomically: temp file in the same folder, fsync, (backup of the old
 * version), rename over the target, fsync the folder so the rename itself survives a power cut.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const temp = tempPathOf(target);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup) await keepBackup(target);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target));
}

/**
 * Make `<target>.bak` the current content of `target` before it is replaced. A hard link costs no
 * copy and is atomic; file systems without links (FAT, some network shares) get a copy. Either way
 * the .bak is itself swapped in by rename, so it is never half-written.
 */
async function keepBackup(target: string): Promise<void> {
  const backup = backupPathOf(target);
  const staged = tempPathOf(backup);
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
