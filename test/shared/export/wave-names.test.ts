/**
 * The user's wave names (the project's `waves` settings) in every document, in both languages: a
 * renamed pilot keeps its name instead of "Pilot", a named wave its name instead of "Wave 1", and
 * the waves the user left alone read as the document's language says them.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportDocument, type ExportFormat } from '../../../shared/export';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { options, samplePlan } from './helpers';

async function documentText(format: ExportFormat, data: string | Uint8Array): Promise<string> {
  if (typeof data === 'string') return format === 'ics' ? data.replace(/\r\n[ \t]/g, '') : data;
  if (format === 'docx') {
    const xml = await (await JSZip.loadAsync(data)).file('word/document.xml')!.async('string');
    // Word splits text into runs: join the runs of each paragraph before searching.
    return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
  return cells.join('\n');
}

describe('wave names in documents', () => {
  const base = samplePlan('mid').project;
  const planned = samplePlan('mid').plan;
  expect(planned.waves[0]!.isPilot).toBe(true);
  const named: Project = {
    ...base,
    waves: [
      { id: 'wave-setting-canary', order: 0, name: 'Canary 金丝雀' },
      { id: 'wave-setting-payments', order: 1, name: 'Payments first' },
    ],
  };
  const plan = planProject(named, { runs: 200 });

  it('the plan carries them', () => {
    expect(plan.waves[0]!.name).toBe('Canary 金丝雀');
    expect(plan.waves[1]!.name).toBe('Payments first');
  });

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`every format shows the user's names and translates the others (${lang})`, async () => {
      const other = lang === 'en' ? 'Wave 2' : '第 2 波';
      for (const format of EXPORT_FORMATS) {
        if (format === 'pdf') continue; // The PDF is the HTML printed (report-pdf.test.ts).
        const result = await exportDocument(format, named, plan, options(lang));
        const text = (await Promise.all(result.files.map((f) => documentText(format, f.data)))).join('\n');
        expect(text, format).toContain('Payments first');
        expect(text, format).toContain('Canary 金丝雀');
        // JSON is the Plan as `decamp plan --json` gives it: the engine's names, not a translation.
        if (format !== 'json' && format !== 'mspdi') expect(text, format).toContain(other);
        if (lang === 'zh-CN' && format !== 'json') expect(text, format).not.toMatch(/\bPilot\b/);
      }
    }, 120_000);
  }
});

describe('a wave mapping with the user\'s wave names', () => {
  it('reads back a Wave edited to a wave the user named, in either language', async () => {
    const { default: Papa } = await import('papaparse');
    const { importFiles } = await import('../../../shared/import/run');
    const { waveMappingCsv } = await import('../../../shared/export/wave-mapping');
    const { project } = samplePlan('mid');
    const named: Project = { ...project, waves: [{ id: 'ws-0', order: 0, name: 'Canary' }, { id: 'ws-2', order: 2, name: 'Data layer' }] };
    const plan = planProject(named, { runs: 100 });
    for (const lang of ['en', 'zh-CN'] as const) {
      const data = Papa.parse<string[]>(waveMappingCsv(named, plan, options(lang)).replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
      const wave = data[0]!.indexOf('Wave');
      const last = plan.waves.at(-1)!;
      const moved = last.workloadIds[0]!;
      const toPilot = plan.waves.at(-2)!.workloadIds[0]!;
      data.find((r) => r[0] === moved)![wave] = 'Data layer';
      data.find((r) => r[0] === toPilot)![wave] = 'canary';
      const outcome = await importFiles([{ name: 'edited.csv', bytes: new TextEncoder().encode(Papa.unparse(data)) }], { sourceProvider: 'alibaba' });
      expect(outcome.ok, JSON.stringify(outcome.report.messages)).toBe(true);
      expect(outcome.fragment.pins).toEqual(
        expect.arrayContaining([expect.objectContaining({ workloadId: moved, wave: 2, asked: 'Data layer' }), expect.objectContaining({ workloadId: toPilot, wave: 0 })]),
      );
      expect(outcome.fragment.pins).toHaveLength(2);
    }
  });
});
