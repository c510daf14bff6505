/**
 * Read and load the FILE argument (or the default sample), printing located errors on failure.
 */
import { formatLoadError, formatLoadWarning, loadProject } from '../../shared/model/load';
import type { Project } from '../../shared/model/schema';
import { DEFAULT_SAMPLE_LABEL, DEFAULT_SAMPLE_PATH } from './default-sample';
import { type CliIo, readProjectFile } from './io';

export type LoadedInput = { ok: true; project: Project; label: string } | { ok: false };

export async function loadInput(file: string | undefined, io: CliIo): Promise<LoadedInput> {
  const read = await readProjectFile(file ?? DEFAULT_SAMPLE_PATH, io.cwd);
  if (!read.ok) {
    io.stderr(`decamp: ${read.message}\n`);
    return { ok: false };
  }
  const label = file ?? DEFAULT_SAMPLE_LABEL;
  const loaded = loadProject(read.text, label);
  if (!loaded.ok) {
    for (const error of loaded.errors) io.stderr(`${formatLoadError(error)}\n`);
    io.stderr(`decamp: ${label} is not a valid project file (${loaded.errors.length} error${loaded.errors.length === 1 ? '' : 's'}).\n`);
    return { ok: false };
  }
  // A repeated key loads (the last value wins, as in every JSON reader) but is almost always a merge gone wrong: say where.
  for (const warning of loaded.warnings) io.stderr(`${formatLoadWarning(warning)}\n`);
  return { ok: true, project: loaded.project, label };
}
