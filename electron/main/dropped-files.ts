/**
 * What files dropped on the desktop window become: one Decamp project opens (as if the OS had handed
 * it over, so it is granted like one); anything else is read and offered to the page for import, by
 * base name and bytes, never by path. The same split the browser build makes (renderer/src/platform/import-files.ts).
 */
import { open as openFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportFile, IpcError } from '../../shared/ipc';
import { readImportInputs } from '../cli/import-files';

export interface DropRoutes {
  readonly open: (filePath: string) => void;
  readonly importFiles: (files: ImportFile[]) => void;
  readonly failed: (error: IpcError) => void;
}

/** `*.decamp.json`, or a `.json` whose first bytes are a Decamp file's (formatVersion and project near the top). */
export async function isProjectPath(filePath: string): Promise<boolean> {
  if (/\.decamp\.json$/i.test(filePath)) return true;
  if (!/\.json$/i.test(filePath)) return false;
  try {
    const handle = await openFile(filePath, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(65_536), 0, 65_536, 0);
      const head = buffer.subarray(0, bytesRead).toString('utf8');
      return /"formatVersion"\s*:/.test(head.slice(0, 4096)) && /"project"\s*:/.test(head);
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

export async function routeDroppedFiles(filePaths: readonly string[], routes: DropRoutes): Promise<void> {
  const [first] = filePaths;
  if (first !== undefined && filePaths.length === 1 && (await isProjectPath(first))) return routes.open(first);
  const read = await readImportInputs(filePaths, '/');
  if (!read.ok) return routes.failed({ code: /MB;/.test(read.message) ? 'too-large' : 'io', message: read.message });
  routes.importFiles(read.inputs.map((input) => ({ name: basename(input.name), bytes: input.bytes })));
}
