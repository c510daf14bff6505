/** The Open Recent list: newest first, at most ten, one entry per file; persisted in userData. */
import { join } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../shared/ipc';
import { createJsonStore } from './json-store';

export const MAX_RECENT_FILES = 10;

/** Compare paths the way the OS does: Windows and macOS file systems are usually case-insensitive. */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  return platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();
}

/** Put `entry` first, drop any older entry for the same file, keep at most `max`. Pure. */
export function addRecentFile(list: readonly RecentFile[], entry: RecentFile, max = MAX_RECENT_FILES, platform: NodeJS.Platform = process.platform): RecentFile[] {
  return [entry, ...list.filter((f) => !samePath(f.filePath, entry.filePath, platform))].slice(0, max);
}

/** Drop a file (it was deleted or could not be opened). Pure. */
export function removeRecentFile(list: readonly RecentFile[], filePath: string, platform: NodeJS.Platform = process.platform): RecentFile[] {
  return list.filter((f) => !samePath(f.filePath, filePath, platform));
}

const RecentFilesSchema = z.array(z.object({ filePath: z.string().min(1), displayName: z.string(), openedAt: z.string() })).catch([]);

export interface RecentFilesStore {
  list(): Promise<RecentFile[]>;
  add(entry: RecentFile): Promise<RecentFile[]>;
  remove(filePath: string): Promise<RecentFile[]>;
}

export function createRecentFilesStore(userDataDir: string): RecentFilesStore {
  const store = createJsonStore(join(userDataDir, 'recent-files.json'), RecentFilesSchema, () => []);
  const list = async () => (await store.read()).slice(0, MAX_RECENT_FILES);
  return {
    list,
    async add(entry) {
      const next = addRecentFile(await list(), entry);
      await store.write(next);
      return next;
    },
    async remove(filePath) {
      const next = removeRecentFile(await list(), filePath);
      await store.write(next);
      return next;
    },
  };
}
