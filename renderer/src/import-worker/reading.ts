/**
 * The Import dialog's reading, wherever it runs (the worker, or this thread where there is none):
 * recognise and open the files, then import them and preview the merge. shared/import does the work.
 */
import { detectFormat, importFiles, mergeFragment, readTables, SourceFile, type Table } from '../../../shared/import';
import type { ImportFile } from '../../../shared/ipc';
import type { Project } from '../../../shared/model';
import { type ImportRequest, type ImportResponse, type Inspection, type ReadOptions, type Reading, TABULAR_FORMATS } from './protocol';

/** `formats`: per file, 'auto' or the format the user chose, which decides whether its tables are read. */
export async function inspectFiles(files: readonly ImportFile[], formats: readonly string[]): Promise<Inspection> {
  const detected = files.map((f) => detectFormat(new SourceFile(f.name, f.bytes))?.id ?? null);
  const tables: Table[] = [];
  for (const [i, f] of files.entries()) {
    const format = formats[i] === undefined || formats[i] === 'auto' ? detected[i] : formats[i];
    if (!TABULAR_FORMATS.has(format ?? '')) continue;
    const { tables: read } = await readTables(new SourceFile(f.name, f.bytes));
    tables.push(...read);
  }
  return { detected, tables };
}

export async function readFiles(files: readonly ImportFile[], options: ReadOptions, project: Project): Promise<Reading> {
  const outcome = await importFiles(
    files.map((f) => ({ name: f.name, bytes: f.bytes })),
    options,
  );
  return { outcome, preview: outcome.ok ? mergeFragment(project, outcome.fragment).preview : null };
}

/** The worker's answer to one request; a failure is an answer too, with its message. */
export async function answer(request: ImportRequest): Promise<ImportResponse> {
  try {
    if (request.kind === 'inspect') return { id: request.id, kind: 'inspect', inspection: await inspectFiles(request.files, request.formats) };
    return { id: request.id, kind: 'read', reading: await readFiles(request.files, request.options, request.project) };
  } catch (error) {
    return { id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
