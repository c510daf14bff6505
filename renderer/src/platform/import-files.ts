/**
 * Files the user picked or dropped, read for import in the page: refused past 100 MB before they
 * are read, named relative to a picked folder so a Terraform root finds its modules.
 */
import type { ImportFile, IpcResult } from '../../../shared/ipc';

export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

/** Keys that mark a JSON file as something to import (a state, a Config snapshot, a fragment), not a project. */
const IMPORT_JSON = /"(terraform_version|resources|configurationItems|ConfigurationItemList|resourceType|workloads|apiVersion)"\s*:/;

/**
 * A dropped file is a project when its name says so, or it is JSON that is not recognisably an
 * import (a project with a typo still opens as one, and its errors are shown where they are).
 */
export async function isProjectFile(file: File): Promise<boolean> {
  if (/\.decamp\.json$/i.test(file.name)) return true;
  if (!/\.json$/i.test(file.name)) return false;
  const head = new TextDecoder().decode(await blobBytes(file.slice(0, 65536)));
  return /"formatVersion"\s*:/.test(head) || !IMPORT_JSON.test(head);
}

export async function readImportFiles(files: readonly File[]): Promise<IpcResult<ImportFile[]>> {
  const out: ImportFile[] = [];
  for (const file of files) {
    const name = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      return { ok: false, error: { code: 'too-large', message: `${name} is ${Math.round(file.size / 1024 / 1024)} MB; files over 100 MB are not imported.` } };
    }
    out.push({ name, bytes: await blobBytes(file) });
  }
  return { ok: true, value: out };
}

/** A blob's bytes; FileReader where Blob.arrayBuffer is missing (older engines, jsdom). */
function blobBytes(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsArrayBuffer(blob);
  });
}
