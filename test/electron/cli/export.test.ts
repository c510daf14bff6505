import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../../electron/cli/chromium-pdf';
import { targetPaths } from '../../../electron/cli/commands/export';
import { restoreEnvAfterEach, run } from './run-cli';

const sample = join(process.cwd(), 'shared', 'samples', 'online-shop.decamp.json');
const fresh = () => mkdtempSync(join(tmpdir(), 'decamp-export-'));

describe('decamp export', () => {
  restoreEnvAfterEach('DECAMP_CHROMIUM');

  it('writes each text and binary format next to the project name, and prints the path', async () => {
    const dir = fresh();
    for (const format of ['html', 'md', 'docx', 'xlsx', 'wave-mapping', 'jira-csv', 'ado-csv', 'ics', 'mspdi', 'json']) {
      const result = await run(['export', sample, '--format', format, '--runs', '200'], dir);
      expect(result.code, `${format}: ${result.stderr}`).toBe(0);
      expect(result.stdout.trim()).toMatch(new RegExp(`^${dir}/.+`));
    }
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(10);
    expect(files.some((f) => f.endsWith('.docx'))).toBe(true);
    expect(readFileSync(join(dir, files.find((f) => f.endsWith('.docx'))!)).subarray(0, 2).toString()).toBe('PK');
    const json = JSON.parse(readFileSync(join(dir, files.find((f) => f.endsWith('.json'))!), 'utf8'));
    expect(json.planFormat).toBe(2);
    expect(json.runs).toBe(200);
  });

  it('writes to -o, in Chinese with --lang, and text formats to stdout with -o -', async () => {
    const dir = fresh();
    const md = await run(['export', sample, '--format', 'md', '--lang', 'zh-CN', '-o', 'out/report.md', '--runs', '100'], dir);
    expect(md.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'report.md'), 'utf8')).toContain('## 执行摘要');
    const ics = await run(['export', sample, '--format', 'ics', '-o', '-', '--runs', '100'], dir);
    expect(ics.code).toBe(0);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('writes the Plan exactly as plan --json prints it, for the same runs and seed', async () => {
    const exported = await run(['export', sample, '--format', 'json', '-o', '-', '--runs', '300', '--seed', '11']);
    const planned = await run(['plan', sample, '--json', '--runs', '300', '--seed', '11']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(planned.code, planned.stderr).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual(JSON.parse(planned.stdout));
    expect(JSON.parse(exported.stdout).seed).toBe(11);
  });

  it('uses the export runs (simulation.exportRuns) unless --runs is given', async () => {
    const result = await run(['export', sample, '--format', 'json', '-o', '-']);
    expect(JSON.parse(result.stdout).runs).toBe(10_000);
  });

  it('exits 2 with one line for bad usage', async () => {
    const cases: [string[], RegExp][] = [
      [['export', sample], /--format is required/],
      [['export', sample, '--format', 'pptx'], /--format must be one of html, pdf, docx/],
      [['export', sample, '--format', 'md', '--lang', 'fr'], /--lang must be en or zh-CN/],
      [['export', sample, '--format', 'pdf', '--paper', 'a3'], /--paper must be a4 or letter/],
      [['export', sample, '--format', 'xlsx', '-o', '-'], /binary: give -o a file name/],
      [['export', sample, '--format', 'md', '--sections', 'summary,nope'], /'nope' is not a section/],
      [['export', sample, '--format', 'md', '--confidence', 'p90'], /--confidence must be p50, p80 or p95/],
      [['export', sample, '--format', 'md', '--runs', '0'], /--runs/],
      [['export', sample, '--format', 'md', '--seed', '-1'], /--seed/],
    ];
    for (const [args, message] of cases) {
      const result = await run(args, fresh());
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });

  it('exits 1 with a located error for an invalid project', async () => {
    const result = await run(['export', join(process.cwd(), 'nope.decamp.json'), '--format', 'md'], fresh());
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("'");
  });

  it('says clearly when there is no Chromium for a PDF', async () => {
    process.env.DECAMP_CHROMIUM = '/nonexistent/chromium';
    const result = await run(['export', sample, '--format', 'pdf', '--runs', '50'], fresh());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PDF needs Chromium or Google Chrome, and none was found .* DECAMP_CHROMIUM .* --format html/);
  });

  it.skipIf(!findChromium() && !process.env.CI)('prints a PDF through the local Chromium, on Letter with --paper letter', async () => {
    const dir = fresh();
    const result = await run(['export', sample, '--format', 'pdf', '--paper', 'letter', '-o', 'r.pdf', '--runs', '100'], dir);
    expect(result.code, result.stderr).toBe(0);
    const pdf = readFileSync(join(dir, 'r.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The paper asked for, as a PDF reader sees it: US Letter is 612 x 792 points.
    if (existsSync('/usr/bin/pdfinfo') || process.env.CI) expect(execFileSync('pdfinfo', [join(dir, 'r.pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  }, 120_000);

  it('names split files OUT-1, OUT-2 and keeps a single file as given', () => {
    expect(targetPaths('/w', 'tickets.csv', 'shop', ['-jira-1.csv', '-jira-2.csv'])).toEqual(['/w/tickets-1.csv', '/w/tickets-2.csv']);
    expect(targetPaths('/w', 'x.md', 'shop', ['.md'])).toEqual(['/w/x.md']);
    expect(targetPaths('/w', undefined, 'shop', ['-jira.csv'])).toEqual(['/w/shop-jira.csv']);
    // OUT without an extension: the split files take the format's.
    expect(targetPaths('/w', 'tickets', 'shop', ['-jira-1.csv', '-jira-2.csv'])).toEqual(['/w/tickets-1.csv', '/w/tickets-2.csv']);
  });
});

describe('decamp import --format wave-mapping', () => {
  it('round-trips: export the mapping, change a wave, import it --into the project, and the plan follows', async () => {
    const dir = fresh();
    const exported = await run(['export', sample, '--format', 'wave-mapping', '-o', 'waves.csv', '--runs', '100'], dir);
    expect(exported.code, exported.stderr).toBe(0);
    const lines = readFileSync(join(dir, 'waves.csv'), 'utf8').split('\r\n');
    const planned = await run(['plan', sample, '--json', '--runs', '100']);
    const plan = JSON.parse(planned.stdout) as { waves: { index: number; name: string; workloadIds: string[] }[] };
    const last = plan.waves.at(-1)!;
    const moved = last.workloadIds[0]!;
    const i = lines.findIndex((l) => l.startsWith(`${moved},`));
    // The Wave column by its header, not by position: the file has gained columns after it (Planned wave number).
    const waveColumn = lines[0]!.replace(/^\ufeff/, '').split(',').indexOf('Wave');
    const cells = Papa.parse<string[]>(lines[i]!).data[0]!;
    cells[waveColumn] = '0';
    lines[i] = Papa.unparse([cells]);
    writeFileSync(join(dir, 'waves.csv'), lines.join('\r\n'));
    const imported = await run(['import', 'waves.csv', '--format', 'wave-mapping', '--into', sample, '-o', 'pinned.decamp.json'], dir);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout + imported.stderr).toMatch(/Pins: 1 workload pinned/);
    const replanned = JSON.parse((await run(['plan', join(dir, 'pinned.decamp.json'), '--json', '--runs', '100'])).stdout) as typeof plan;
    expect(replanned.waves.find((w) => w.workloadIds.includes(moved))!.index).toBe(0);
  });
});
