/**
 * `decamp export FILE --format F [-o OUT] [--lang en|zh-CN] [--runs N] [--paper a4|letter]`: the
 * plan as a document. Plans with the project's export runs (simulation.exportRuns, 10,000) unless
 * --runs says otherwise, renders through shared/export, and writes the file(s) atomically.
 */
import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { EXPORT_FORMATS, EXPORT_LANGUAGES, exportBaseName, exportDocument, REPORT_SECTIONS, type ExportFormat, type ExportLanguage, type ReportSection } from '../../../shared/export/index';
import { CONFIDENCE_LEVELS, type ConfidenceLevel } from '../../../shared/export/plan-facts';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { planProject } from '../../../shared/plan/plan-project';
import { writeFileAtomic } from '../../services/atomic-write';
import { findChromium, NO_CHROMIUM_MESSAGE, printHtmlToPdf } from '../chromium-pdf';
import { type CliCommand, stringOption, wholeOption } from '../command';
import { exportMessages } from '../export-messages';
import { EXIT } from '../io';
import { loadInput } from '../load-input';

export const exportCommand: CliCommand = {
  name: 'export',
  synopsis: 'export [FILE] --format F [-o OUT] [--lang en|zh-CN] [--runs N] [--paper a4|letter]',
  summary: 'Write the plan as a report, workbook, tickets, calendar or schedule file.',
  help: `Usage: decamp export [FILE] --format F [-o OUT] [--lang en|zh-CN] [--runs N] [--paper a4|letter]

Write the plan as a document people read, track or import elsewhere.

Formats (--format):
  html          the report as one self-contained page
  pdf           the report printed by a local Chromium (set DECAMP_CHROMIUM to its path)
  docx          the report for Word
  md            the report in Markdown with a Mermaid gantt
  xlsx          workbook: Summary, Inventory, Dependencies, Waves, Tasks, Risks, Assumptions
  wave-mapping  CSV, one row per workload with an editable wave (import it back with
                decamp import --format wave-mapping)
  jira-csv      Jira Cloud CSV: an Epic per wave, a Story per workload, Sub-tasks per step
                (10,000 rows per file at most; larger plans are split)
  ado-csv       Azure DevOps CSV: Epic / User Story / Task through Title 1-3 (1,000 per file)
  ics           calendar: milestones, wave windows, cutover windows
  mspdi         Microsoft Project XML (MS Project, ProjectLibre, GanttProject)
  json          the plan, as decamp plan --json prints it

Options:
  -o, --output OUT       Where to write (default: the project's name and the format's extension
                         in the current folder). '-' writes text formats to standard output.
  --lang en|zh-CN        Language of the document (default: the project's language).
  --runs N               Monte Carlo runs (default: simulation.exportRuns, 10,000).
  --seed N               Seed of the simulation (default: the fixed seed, as decamp plan).
  --paper a4|letter      Paper of the PDF and Word reports (default: a4).
  --confidence p50|p80|p95  The percentile the report commits to (default: p80).
  --sections LIST        Report sections, comma-separated, of: ${REPORT_SECTIONS.join(', ')}.

FILE is a *.decamp.json project; without it the embedded mid-size sample is used.
Exit codes: 0 written, 1 the file is missing or invalid or the output cannot be written (or no
Chromium for pdf), 2 bad usage.
`,
  options: {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    lang: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    paper: { type: 'string' },
    confidence: { type: 'string' },
    sections: { type: 'string' },
  },
  positionals: { min: 0, max: 1 },
  async run(args, io) {
    const format = stringOption(args, 'format');
    if (!format) return usage(io, `--format is required: one of ${EXPORT_FORMATS.join(', ')}.`);
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) return usage(io, `--format must be one of ${EXPORT_FORMATS.join(', ')}, not '${format}'.`);
    const lang = stringOption(args, 'lang');
    if (lang !== undefined && !(EXPORT_LANGUAGES as readonly string[]).includes(lang)) return usage(io, `--lang must be en or zh-CN, not '${lang}'.`);
    const paper = stringOption(args, 'paper') ?? 'a4';
    if (paper !== 'a4' && paper !== 'letter') return usage(io, `--paper must be a4 or letter, not '${paper}'.`);
    const confidence = stringOption(args, 'confidence') ?? 'p80';
    if (!(CONFIDENCE_LEVELS as readonly string[]).includes(confidence)) return usage(io, `--confidence must be p50, p80 or p95, not '${confidence}'.`);
    const sectionList = stringOption(args, 'sections');
    const sections = sectionList?.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = sections?.filter((s) => !(REPORT_SECTIONS as readonly string[]).includes(s));
    if (unknown && unknown.length > 0) return usage(io, `--sections: '${unknown[0]}' is not a section; use ${REPORT_SECTIONS.join(', ')}.`);
    const runs = wholeOption(args, 'runs', 1, 1_000_000, io);
    const seed = wholeOption(args, 'seed', 0, 2 ** 32 - 1, io);
    if (runs === null || seed === null) return EXIT.usage;
    const output = stringOption(args, 'output');
    const f = format as ExportFormat;
    if (output === '-' && (f === 'pdf' || f === 'docx' || f === 'xlsx')) return usage(io, `--format ${f} is binary: give -o a file name.`);

    const input = await loadInput(args.positionals[0], io);
    if (!input.ok) return EXIT.invalidInput;
    const project = input.project;
    const plan = planProject(project, { runs: runs ?? resolveAssumptions(project).value('simulation.exportRuns'), ...(seed !== undefined ? { seed } : {}) });
    const options = {
      lang: (lang ?? (project.project.locale === 'zh-CN' ? 'zh-CN' : 'en')) as ExportLanguage,
      messages: exportMessages(),
      paper: paper as 'a4' | 'letter',
      confidence: confidence as ConfidenceLevel,
      ...(sections ? { sections: sections as ReportSection[] } : {}),
      generatedAt: new Date().toISOString(),
    };
    const result = await exportDocument(f, project, plan, options);

    if (f === 'pdf') {
      const chromium = findChromium();
      if (!chromium) {
        io.stderr(`decamp: ${NO_CHROMIUM_MESSAGE}\n`);
        return EXIT.invalidInput;
      }
      const printed = await printHtmlToPdf(chromium, result.printHtml ?? '');
      if (!printed.ok || !printed.pdf) {
        io.stderr(`decamp: the PDF could not be printed: ${printed.message ?? 'unknown error'}\n`);
        return EXIT.invalidInput;
      }
      return (await write(io, targetPaths(io.cwd, output, exportBaseName(project), ['.pdf'])[0]!, printed.pdf)) ? EXIT.ok : EXIT.invalidInput;
    }
    if (output === '-') {
      for (const file of result.files) io.stdout(typeof file.data === 'string' ? file.data : '');
      return EXIT.ok;
    }
    const paths = targetPaths(io.cwd, output, exportBaseName(project), result.files.map((x) => x.suffix));
    for (let i = 0; i < result.files.length; i++) if (!(await write(io, paths[i]!, result.files[i]!.data))) return EXIT.invalidInput;
    return EXIT.ok;
  },
};

function usage(io: { stderr(t: string): void }, message: string): number {
  io.stderr(`decamp export: ${message}\n`);
  return EXIT.usage;
}

/**
 * One file: OUT as given (or BASE + suffix). Several (a split ticket file): OUT's name with -1,
 * -2 ... before its extension.
 */
export function targetPaths(cwd: string, output: string | undefined, base: string, suffixes: readonly string[]): string[] {
  if (!output) return suffixes.map((s) => resolve(cwd, `${base}${s}`));
  const full = resolve(cwd, output);
  if (suffixes.length === 1) return [full];
  const ext = extname(full) || extname(suffixes[0] ?? '');
  const stem = full.slice(0, full.length - extname(full).length);
  return suffixes.map((_, i) => `${stem}-${i + 1}${ext}`);
}

async function write(io: { stdout(t: string): void; stderr(t: string): void }, path: string, data: string | Uint8Array): Promise<boolean> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, data);
    io.stdout(`${path}\n`);
    return true;
  } catch (error) {
    io.stderr(`decamp: cannot write ${basename(path)}: ${(error as Error).message}\n`);
    return false;
  }
}
