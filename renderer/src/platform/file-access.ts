/**
 * Saving in a browser. Where the browser has the File System Access API (Chromium), a save goes to the file the user chose in
 * the browser's save dialog, through a handle that later saves reuse, and it is reported only once the file is written. Where
 * it has not, the project is offered as a download, and because a page cannot know whether a download was kept or cancelled,
 * that is never reported as saved.
 */
import type { IpcError, IpcResult } from '../../../shared/ipc';
import { fingerprint } from './file-pickers';

/** The part of FileSystemFileHandle Decamp uses (typed here: TypeScript's DOM library does not have all of it yet). */
export interface ProjectFileHandle {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<File>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
  isSameEntry(other: ProjectFileHandle): Promise<boolean>;
  queryPermission?(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
}

interface SaveFilePickerOptions {
  readonly suggestedName: string;
  readonly types: readonly { description: string; accept: Record<string, string[]> }[];
}

type SaveFilePicker = (options: SaveFilePickerOptions) => Promise<ProjectFileHandle>;

/** The browser's save dialog, or null where it has none (Firefox, Safari). */
export function saveFilePicker(win: Window): SaveFilePicker | null {
  const picker = (win as Window & { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  return typeof picker === 'function' ? picker.bind(win) : null;
}

const fail = <T>(code: IpcError['code'], message: string): IpcResult<T> => ({ ok: false, error: { code, message } });

/** Ask where to save; null when the user cancels the dialog. */
export async function chooseSaveFile(picker: SaveFilePicker, suggestedName: string): Promise<ProjectFileHandle | null> {
  try {
    return await picker({ suggestedName, types: [{ description: 'Decamp project', accept: { 'application/json': ['.json'] } }] });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/** Permission to read or write the handle's file, asking the user when the browser wants to (a reopened handle asks again). */
export async function mayUse(handle: ProjectFileHandle, mode: 'read' | 'readwrite'): Promise<boolean> {
  if (!handle.queryPermission) return true;
  if ((await handle.queryPermission({ mode })) === 'granted') return true;
  return (await handle.requestPermission?.({ mode })) === 'granted';
}

/**
 * Write `text` to the handle's file and answer its new version. The browser writes to a temporary file and swaps it in on
 * close, so a failed or interrupted write leaves the old file as it was. A file changed since `diskVersion` is not
 * overwritten unless `overwriteChanged`.
 */
export async function writeProjectFile(handle: ProjectFileHandle, text: string, diskVersion: string | null, overwriteChanged: boolean): Promise<IpcResult<string>> {
  if (!(await mayUse(handle, 'readwrite'))) return fail('forbidden', `The browser did not allow Decamp to write ${handle.name}.`);
  if (diskVersion !== null && !overwriteChanged) {
    const current = await handle.getFile().then(fileText).catch(() => null);
    if (current !== null && current !== '' && fingerprint(current) !== diskVersion) return fail('changed-on-disk', `${handle.name} changed since it was opened.`);
  }
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
  return { ok: true, value: fingerprint(text) };
}

/** The file as text; FileReader where Blob.text is missing (older engines, jsdom). */
export function fileText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsText(file);
  });
}

/** A key for a file this browser knows, never its bare name: two folders' plan.decamp.json are two files. */
export function newFileKey(): string {
  const random = typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `file-${random}`;
}
