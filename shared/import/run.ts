/**
 * One import from start to end: refuse what is too large, decode, recognise each file's format by
 * its content, let each format read its files, and account for all of it in one report. Never
 * throws: a bug in an importer becomes an error naming the file, not a crash.
 */
import { guessMessage } from './fragment-builder';
import { FragmentBuilder } from './fragment-builder';
import type { FormatContext, ImportFormat } from './format';
import { IMPORT_FORMATS, importFormat } from './formats';
import { SourceFile } from './source-file';
import type { ImportGuess, ImportInput, ImportMessage, ImportOutcome } from './types';

/** Files past this are refused before they are read whole: no inventory or state is this large. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export interface ImportOptions extends FormatContext {
  /** `auto` (default) recognises each file by its content; a format id reads every file as that format. */
  readonly format?: string;
  /** Ids already used (the open project's), so imported ids never collide with them. */
  readonly takenIds?: Iterable<string>;
}

export interface DetectedFile {
  readonly file: string;
  /** The format's id, or null when nothing recognised the file. */
  readonly format: string | null;
}

/** The format that is surest about `file`, or null when none is (score 0). */
export function detectFormat(file: SourceFile, formats: readonly ImportFormat[] = IMPORT_FORMATS): ImportFormat | null {
  let best: ImportFormat | null = null;
  let bestScore = 0;
  for (const format of formats) {
    let score = 0;
    try {
      score = format.detect(file);
    } catch {
      score = 0;
    }
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}

export async function importFiles(inputs: readonly ImportInput[], options: ImportOptions): Promise<ImportOutcome> {
  const out = new FragmentBuilder(options.takenIds);
  const groups = new Map<ImportFormat, SourceFile[]>();
  const files: { file: string; format: string }[] = [];
  const forced = options.format !== undefined && options.format !== 'auto' ? importFormat(options.format) : null;
  if (options.format !== undefined && options.format !== 'auto' && !forced) {
    out.error('format.unknown', `Unknown format '${options.format}'. Known formats: ${IMPORT_FORMATS.map((f) => f.id).join(', ')}.`, { file: inputs[0]?.name ?? '' }, { format: options.format, known: IMPORT_FORMATS.map((f) => f.id).join(', ') });
  }
  if (inputs.length === 0) out.error('noFiles', 'No file to import.', { file: '' });

  for (const input of inputs) {
    if (input.bytes.byteLength > MAX_IMPORT_BYTES) {
      const mb = Math.round(input.bytes.byteLength / 1024 / 1024);
      out.error('file.tooLarge', `${input.name} is ${mb} MB; files over ${MAX_IMPORT_BYTES / 1024 / 1024} MB are not imported.`, { file: input.name }, { megabytes: mb, max: MAX_IMPORT_BYTES / 1024 / 1024 });
      continue;
    }
    if (input.bytes.byteLength === 0) {
      out.error('file.empty', `${input.name} is empty.`, { file: input.name });
      continue;
    }
    const file = new SourceFile(input.name, input.bytes);
    const format = forced ?? detectFormat(file);
    if (!format) {
      out.error('format.unrecognised', `${input.name}: not a format Decamp imports (${IMPORT_FORMATS.map((f) => f.label).join(', ')}). Choose the format if it is one of them.`, { file: input.name }, { formats: IMPORT_FORMATS.map((f) => f.label).join(', ') });
      continue;
    }
    files.push({ file: input.name, format: format.id });
    groups.set(format, [...(groups.get(format) ?? []), file]);
  }

  // Registry order, so the same files always import in the same order whatever order they came in.
  for (const format of IMPORT_FORMATS) {
    const group = groups.get(format);
    if (!group) continue;
    try {
      await format.read(group, out, options);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      out.error('internal', `${group.map((f) => f.name).join(', ')}: could not be read as ${format.label} (${why}). Please report this with the file.`, { file: group[0]?.name ?? '' }, { reason: why });
    }
  }

  const { fragment, messages } = out.build();
  const guesses: ImportGuess[] = [];
  for (const w of fragment.workloads) for (const note of w.review) guesses.push({ ...note, workloadId: w.id, workloadName: w.name, message: guessMessage(w.name, note) });
  const summary = summaryMessages(fragment.workloads.length, guesses, files[0]?.file ?? '');
  return {
    ok: !messages.some((m) => m.severity === 'error'),
    fragment,
    report: { files, workloads: fragment.workloads.length, dependencies: fragment.dependencies.length, guesses, messages: [...messages, ...summary] },
  };
}

/** Findings about the import as a whole: what it could not know. */
function summaryMessages(workloads: number, guesses: readonly ImportGuess[], file: string): ImportMessage[] {
  const unknownCriticality = guesses.filter((g) => g.field === 'criticality' && g.basis === 'default').length;
  if (unknownCriticality === 0) return [];
  return [
    {
      severity: 'info',
      code: 'criticalityUnknown',
      params: { count: unknownCriticality, total: workloads },
      message: `Criticality is not in the source for ${unknownCriticality} of ${workloads} workloads: they are set to medium and marked for review.`,
      at: { file },
    },
  ];
}
