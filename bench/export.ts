/**
 * The export benchmark (`npm run bench export`): the large sample's report as HTML, DOCX and
 * Markdown, its workbook, tickets, calendar and schedule, and its PDF printed by the local
 * Chromium, each the median of 3 runs after a warm-up, from a plan made once with the export's
 * 10,000 runs (planning is timed on its own line). Targets: HTML, XLSX and DOCX <= 3 s each, PDF
 * <= 15 s. Writes its section of docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { exportMessages } from '../electron/cli/export-messages';
import { findChromium, printHtmlToPdf } from '../electron/cli/chromium-pdf';
import { exportDocument, type ExportFormat } from '../shared/export/index';
import { loadProject } from '../shared/model/load';
import { resolveAssumptions } from '../shared/plan/assumptions';
import { planProject } from '../shared/plan/plan-project';
import { writeReportSection } from './report-section';

const TARGET_MS: Partial<Record<ExportFormat, number>> = { html: 3_000, xlsx: 3_000, docx: 3_000, pdf: 15_000 };
const FORMATS: ExportFormat[] = ['html', 'docx', 'xlsx', 'md', 'jira-csv', 'ado-csv', 'ics', 'mspdi', 'wave-mapping', 'json', 'pdf'];

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

async function median(k: number, f: () => Promise<unknown>): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < k; i++) xs.push(await timed(f));
  return xs.sort((a, b) => a - b)[Math.floor(k / 2)]!;
}

async function main(): Promise<void> {
  const file = 'shared/samples/large-estate.decamp.json';
  const loaded = loadProject(readFileSync(file, 'utf8'), file);
  if (!loaded.ok) throw new Error('the large sample does not load');
  const project = loaded.project;
  const runs = resolveAssumptions(project).value('simulation.exportRuns');
  const t0 = performance.now();
  const plan = planProject(project, { runs });
  const planMs = performance.now() - t0;
  const options = { lang: 'en' as const, messages: exportMessages(), generatedAt: new Date().toISOString() };
  const chromium = findChromium();

  const rows: { format: ExportFormat; ms: number | null; bytes: number; target?: number }[] = [];
  for (const format of FORMATS) {
    if (format === 'pdf' && !chromium) {
      rows.push({ format, ms: null, bytes: 0, target: TARGET_MS.pdf });
      continue;
    }
    let bytes = 0;
    const once = async () => {
      const result = await exportDocument(format, project, plan, { ...options, lang: 'zh-CN' });
      if (format === 'pdf') {
        const printed = await printHtmlToPdf(chromium!, result.printHtml!);
        if (!printed.ok) throw new Error(printed.message);
        bytes = printed.pdf!.byteLength;
      } else bytes = result.files.reduce((n, f) => n + (typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.byteLength), 0);
    };
    await once(); // warm-up
    const ms = await median(3, once);
    rows.push({ format, ms, bytes, ...(TARGET_MS[format] ? { target: TARGET_MS[format] } : {}) });
    console.log(`${format.padEnd(13)} ${ms.toFixed(0).padStart(6)} ms  ${(bytes / 1024).toFixed(0).padStart(6)} KiB${TARGET_MS[format] ? `  (target <= ${TARGET_MS[format]} ms: ${ms <= TARGET_MS[format]! ? 'met' : 'MISSED'})` : ''}`);
  }
  console.log(`plan (${runs} runs) ${planMs.toFixed(0)} ms`);

  const missed = rows.filter((r) => r.target !== undefined && r.ms !== null && r.ms > r.target);
  const table = rows.map((r) => `| ${r.format} | ${r.ms === null ? 'no Chromium' : r.ms.toFixed(0)} | ${(r.bytes / 1024).toFixed(0)} | ${r.target ? `<= ${r.target}` : '–'} |`).join('\n');
  writeReportSection(
    'export',
    `## Export

The large sample (${project.workloads.length} workloads, ${project.dependencies.length} dependencies, ${plan.waves.length} waves, ${plan.waves.reduce((n, w) => n + w.runbook.length, 0)} runbook steps) exported in Chinese from one plan with ${runs.toLocaleString('en')} runs (planning took ${planMs.toFixed(0)} ms and is not counted below). Median of 3 runs after a warm-up; PDF includes Chromium's start and print. Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? "unknown CPU"} (${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)} as it finished: other work on the machine makes these figures noisy), Node ${process.version}.

| format | ms | KiB | target ms |
|---|---:|---:|---:|
${table}
`,
  );
  if (missed.length > 0) {
    console.error(`missed: ${missed.map((m) => m.format).join(', ')}`);
    process.exitCode = 1;
  }
}

await main();
