/**
 * Files the user picked or dropped, read for import in the page: refused past 100 MB before they
 * are read, named relative to a picked folder so a Terraform root finds its modules.
 */
import type { ImportFile, IpcResult } from '../../../shared/ipc';

export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

/** A dropped or picked file is a project when its name says so, or its first bytes are a Decamp file's. */
export async function isProjectFile(file: File): Promise<boolean> {
  if (/\.decamp\.json$/i.test(file.name)) return true;
  if (!/\.json$/i.test(file.name)) return false;
  const head = await file.slice(0, 4096).text();
  return /"formatVersion"\s*:/.test(head) && /"project"\s*:/.test(file.size <= 4096 ? head : head + (await file.slice(0, 65536).text()));
}

export async function readImportFiles(files: readonly File[]): Promise<IpcResult<ImportFile[]>> {
  const out: ImportFile[] = [];
  for (const file of files) {
    const name = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      return { ok: false, error: { code: 'too-large', message: `${name} is ${Math.round(file.size / 1024 / 1024)} MB; files over 100 MB are not imported.` } };
    }
    out.push({ name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { ok: true, value: out };
}
