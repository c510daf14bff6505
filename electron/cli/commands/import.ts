/**
 * `decamp import FILE... [-o OUT] [--format F] [--into EXISTING] [--json]`: files teams already have
 * (inventories, discovery exports, Terraform, Kubernetes, Compose) into a valid project, new or
 * merged into an existing one, with a report of what was read, skipped and guessed.
 */
import { resolve } from 'node:path';
import { IMPORT_FORMATS } from '../../../shared/import/formats';
import { mergeFragment } from '../../../shared/import/merge/merge';
import { estateProviderOf, newProjectForImport } from '../../../shared/import/new-project';
import { importFiles } from '../../../shared/import/run';
import { formatLoadError, validateProject } from '../../../shared/model/load';
import { serializeProject } from '../../../shared/model/save';
import { IsoDateSchema, type Project } from '../../../shared/model/schema';
import { SOURCE_PROVIDERS, type SourceProvider } from '../../../shared/model/vocabulary';
import { writeFileAtomic } from '../../services/atomic-write';
import { booleanOption, type CliCommand, stringOption } from '../command';
import { displayBase, readImportInputs } from '../import-files';
import { formatImportReport, importJson } from '../import-report';
import { counted, EXIT } from '../io';
import { loadInput } from '../load-input';

const FORMAT_LIST = ['auto', ...IMPORT_FORMATS.map((f) => f.id)];

export const importCommand: CliCommand = {
  name: 'import',
  synopsis: 'import FILE... [-o OUT] [--format F] [--into EXISTING] [--json]',
  summary: 'Import inventories, discovery exports, Terraform, Kubernetes or Compose files.',
  help: `Usage: decamp import FILE... [-o OUT.decamp.json] [--format F] [--into EXISTING.decamp.json] [--json]

Read the files a team already has into a project: a new one, or merged into EXISTING (matched by
id, then by name; only the fields a file states are updated). A FILE may be a folder: its .tf,
.tfstate, .json, .yaml, .yml, .csv, .tsv and .xlsx files are read (a Terraform root with its
local modules, a folder of manifests). Every guess is marked "needs review" in the project.

Formats (--format, default auto: recognised by content, not only by extension):
${IMPORT_FORMATS.map((f) => `  ${f.id.padEnd(15)}${f.label}`).join('\n')}

Options:
  -o, --output OUT     Write the project there (atomically). Without it the project is printed
                       on standard output and the report on standard error.
  --into EXISTING      Merge into this project instead of starting a new one.
  --format F           Read every FILE as this format: ${FORMAT_LIST.join(', ')}.
  --source PROVIDER    Where the estate runs today, for a new project: ${SOURCE_PROVIDERS.join(', ')}
                       (default: from the files, else alibaba).
  --start YYYY-MM-DD   Start date of a new project (default: today).
  --name NAME          Name of a new project (default: the first file's name).
  --json               Print the report (and the merge preview) as JSON.

Files over 100 MB are refused before they are read. Passwords, secrets and keys are never read.
Exit codes: 0 imported (guesses are not errors), 1 invalid input with located errors, 2 bad usage.
`,
  options: {
    output: { type: 'string', short: 'o' },
    into: { type: 'string' },
    format: { type: 'string' },
    source: { type: 'string' },
    start: { type: 'string' },
    name: { type: 'string' },
    json: { type: 'boolean' },
  },
  positionals: { min: 1, max: 10_000 },
  async run(args, io) {
    const format = stringOption(args, 'format') ?? 'auto';
    if (!FORMAT_LIST.includes(format)) {
      io.stderr(`decamp import: --format must be one of ${FORMAT_LIST.join(', ')}, not '${format}'.\n`);
      return EXIT.usage;
    }
    const source = stringOption(args, 'source');
    if (source !== undefined && !(SOURCE_PROVIDERS as readonly string[]).includes(source)) {
      io.stderr(`decamp import: --source must be one of ${SOURCE_PROVIDERS.join(', ')}, not '${source}'.\n`);
      return EXIT.usage;
    }
    const start = stringOption(args, 'start') ?? todayIso();
    if (!IsoDateSchema.safeParse(start).success) {
      io.stderr(`decamp import: --start must be a date written yyyy-mm-dd, not '${start}'.\n`);
      return EXIT.usage;
    }
    const json = booleanOption(args, 'json');
    const output = stringOption(args, 'output');

    const into = stringOption(args, 'into');
    let base: Project | null = null;
    if (into !== undefined) {
      const loaded = await loadInput(into, io);
      if (!loaded.ok) return EXIT.invalidInput;
      base = loaded.project;
    }
    const read = await readImportInputs(args.positionals, io.cwd);
    if (!read.ok) {
      io.stderr(`decamp: ${read.message}\n`);
      return EXIT.invalidInput;
    }
    const provider = (source as SourceProvider | undefined) ?? base?.project.sourceProvider ?? 'alibaba';
    const outcome = await importFiles(read.inputs, { sourceProvider: provider, format, ...(base ? { takenIds: base.workloads.map((w) => w.id) } : {}) });
    if (!outcome.ok) {
      if (json) io.stdout(`${JSON.stringify(importJson(outcome.report, null, null), null, 2)}\n`);
      else io.stderr(formatImportReport(outcome.report, null, null));
      io.stderr(`decamp: nothing imported: ${counted(outcome.report.messages.filter((m) => m.severity === 'error').length, 'error')}.\n`);
      return EXIT.invalidInput;
    }
    // A new project runs where the files say the estate runs, unless --source says otherwise.
    const newSource = (source as SourceProvider | undefined) ?? estateProviderOf(outcome.fragment) ?? provider;
    const target = base ?? newProjectForImport({ name: stringOption(args, 'name') ?? displayBase(args.positionals[0] ?? 'import'), startDate: start, sourceProvider: newSource });
    const { project, preview } = mergeFragment(target, outcome.fragment);
    const valid = validateProject(project);
    if (!valid.ok) {
      // A merge that breaks the schema is our bug; say where, never write a broken file.
      for (const p of valid.problems.slice(0, 10)) io.stderr(`${formatLoadError({ path: p.path, line: 1, column: 1, message: p.message })}\n`);
      io.stderr('decamp: internal error: the imported project does not validate. Please report it with the files.\n');
      return EXIT.invalidInput;
    }
    const text = serializeProject(valid.project);
    const shownPreview = base ? preview : null;
    if (output !== undefined) {
      const path = resolve(io.cwd, output);
      try {
        await writeFileAtomic(path, text);
      } catch (error) {
        io.stderr(`decamp: cannot write '${output}': ${(error as Error).message}\n`);
        return EXIT.invalidInput;
      }
      io.stdout(json ? `${JSON.stringify(importJson(outcome.report, shownPreview, output), null, 2)}\n` : formatImportReport(outcome.report, shownPreview, output));
      return EXIT.ok;
    }
    if (json) {
      io.stdout(`${JSON.stringify(importJson(outcome.report, shownPreview, null, JSON.parse(text) as unknown), null, 2)}\n`);
      return EXIT.ok;
    }
    io.stdout(text);
    io.stderr(formatImportReport(outcome.report, shownPreview, null));
    return EXIT.ok;
  },
};

/** Today in local time, yyyy-mm-dd (the CLI may read the clock; shared/ may not). */
function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
