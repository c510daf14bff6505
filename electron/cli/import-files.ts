/**
 * The FILE arguments of `decamp import` as import inputs: files as they are, folders walked for the
 * files an importer reads (a Terraform root with its modules, a folder of manifests). Sizes are
 * checked before anything is read.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../shared/import/run';
import type { ImportInput } from '../../shared/import/types';

/** What a folder contributes: the extensions importers read. Anything else in it is left alone. */
const FOLDER_EXTENSIONS = /\.(tf|tfstate|json|ya?ml|csv|tsv|xlsx)$/i;
const MAX_FOLDER_FILES = 5000;

export type ReadInputs = { ok: true; inputs: ImportInput[] } | { ok: false; message: string };

export async function readImportInputs(paths: readonly string[], cwd: string): Promise<ReadInputs> {
  const inputs: ImportInput[] = [];
  for (const path of paths) {
    const full = resolve(cwd, path);
    let info;
    try {
      info = await stat(full);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { ok: false, message: code === 'ENOENT' ? `'${path}' does not exist.` : `'${path}' cannot be read: ${(error as Error).message}` };
    }
    const files = info.isDirectory() ? await walk(full) : [full];
    if (files.length > MAX_FOLDER_FILES) return { ok: false, message: `'${path}' holds more than ${MAX_FOLDER_FILES} files to import; name the files instead.` };
    // Names inside a folder stay relative to the folder's parent, so module sources like ./vpc resolve.
    const base = info.isDirectory() ? resolve(full, '..') : undefined;
    for (const file of files) {
      const size = (await stat(file)).size;
      const name = base !== undefined ? relative(base, file).split('\\').join('/') : path.split('\\').join('/');
      if (size > MAX_IMPORT_BYTES) return { ok: false, message: `'${name}' is ${Math.round(size / 1024 / 1024)} MB; files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not imported.` };
      try {
        inputs.push({ name, bytes: new Uint8Array(await readFile(file)) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return { ok: false, message: code === 'EACCES' || code === 'EPERM' ? `'${name}' cannot be read: permission denied.` : `'${name}' cannot be read: ${(error as Error).message}` };
      }
    }
  }
  return { ok: true, inputs };
}

async function walk(dir: string, depth = 0): Promise<string[]> {
  if (depth > 12) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p, depth + 1)));
    else if (e.isFile() && FOLDER_EXTENSIONS.test(e.name) && !/\.decamp\.json$/i.test(e.name)) out.push(p);
  }
  return out;
}

export const displayBase = (path: string): string => basename(path).replace(/\.(decamp\.json|json|tfstate|tf|ya?ml|csv|tsv|xlsx)$/i, '');
