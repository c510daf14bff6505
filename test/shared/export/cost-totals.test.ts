/**
 * The one-off cost as every document states it: a total at P50 and at P80 beside the labour at P50
 * and P80 it holds (labour + running both clouds + cross-cloud traffic), and the most likely
 * schedule's total named as such, so no total reads below the labour printed next to it. The
 * report, its Markdown and the workbook say the same, in both languages.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { documentFormat } from '../../../shared/export/format';
import { reportHtml } from '../../../shared/export/html';
import { reportMarkdown } from '../../../shared/export/markdown';
import { buildReportModel } from '../../../shared/export/report-model';
import { planXlsx } from '../../../shared/export/xlsx';
import { options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');
const { cost } = plan;

type Figure = { label: string; value: string; note?: string };
function summaryFigures(lang: 'en' | 'zh-CN'): Figure[] {
  const summary = buildReportModel(project, plan, options(lang)).parts.find((p) => p.id === 'summary')!;
  return summary.blocks.flatMap((b) => (b.type === 'figures' ? b.items : []));
}

describe('one-off cost in the report', () => {
  it('is a case where the deterministic total reads below the labour at P50 (the sample shows the point)', () => {
    expect(cost.total).toBeLessThan(cost.labourP50 + cost.dualRunning);
    expect(cost.labourP50).toBeGreaterThan(cost.labour);
  });

  it('states a total at P50 and at P80 that adds up from the labour at that level and the shared bills, and names the deterministic one', () => {
    const fmt = documentFormat('en', project.project.currency);
    const figures = summaryFigures('en');
    const value = (label: string) => figures.find((f) => f.label === label)?.value;
    expect(value('Total one-off cost at P50')).toBe(fmt.money(cost.labourP50 + cost.dualRunning + cost.crossCloudEgress));
    expect(value('Total one-off cost at P80')).toBe(fmt.money(cost.labourP80 + cost.dualRunning + cost.crossCloudEgress));
    expect(value('Total one-off cost (most likely schedule)')).toBe(fmt.money(cost.labour + cost.dualRunning + cost.crossCloudEgress));
    expect(value('Labour (most likely schedule)')).toBe(fmt.money(cost.labour));
    expect(figures.find((f) => f.label === 'Total one-off cost at P50')!.note).toBe('Labour at P50 + running both clouds + cross-cloud traffic');
    // No label says "Total one-off cost" without saying which schedule it is.
    expect(figures.filter((f) => f.label.startsWith('Total one-off cost')).map((f) => f.label)).toEqual(['Total one-off cost at P50', 'Total one-off cost at P80', 'Total one-off cost (most likely schedule)']);
    // The committed level's total is emphasised with its date.
    expect(buildReportModel(project, plan, options('en')).parts[0]!.blocks.flatMap((b) => (b.type === 'figures' ? b.items : [])).filter((f) => f.emphasis).map((f) => f.label)).toEqual(['P80 (commit)', 'Total one-off cost at P80']);
  });

  it('says the same in Chinese, in the HTML and in the Markdown', () => {
    const fmt = documentFormat('zh-CN', project.project.currency);
    const figures = summaryFigures('zh-CN');
    expect(figures.find((f) => f.label === '一次性总成本（P50）')?.value).toBe(fmt.money(cost.totalP50));
    expect(figures.find((f) => f.label === '一次性总成本（P80）')?.value).toBe(fmt.money(cost.totalP80));
    expect(figures.find((f) => f.label === '一次性总成本（最可能进度）')?.value).toBe(fmt.money(cost.total));
    const en = buildReportModel(project, plan, options('en'));
    const money = documentFormat('en', project.project.currency).money;
    expect(reportHtml(en)).toContain(`<dt>Total one-off cost at P80</dt><dd>${money(cost.totalP80).replace(/&/g, '&amp;')}<span class="note">`);
    expect(reportMarkdown(en, project.calendar.workingDays)).toContain(`| Total one-off cost at P50 | ${money(cost.totalP50)} (Labour at P50 + running both clouds + cross-cloud traffic) |`);
  });
});

describe('one-off cost in the workbook', () => {
  it('totals each schedule with a formula over the labour and the bills on the Summary sheet', async () => {
    const bytes = await planXlsx(project, plan, options('en'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = book.getWorksheet('Summary')!;
    const rowOf = new Map<string, number>();
    sheet.eachRow((row, n) => rowOf.set(String(row.getCell(1).value), n));
    const cellValue = (ref: string): number => {
      const v = sheet.getCell(ref).value;
      return typeof v === 'number' ? v : (v as { result: number }).result;
    };
    const check = (label: string, labourLabel: string, expected: number) => {
      const cell = sheet.getCell(`B${rowOf.get(label)}`);
      const { formula, result } = cell.value as { formula: string; result: number };
      // The formula adds the labour at its level to the two bills, by their rows.
      expect(formula.split('+').sort()).toEqual([`B${rowOf.get(labourLabel)}`, `B${rowOf.get('Running both clouds')}`, `B${rowOf.get('Cross-cloud traffic')}`].sort());
      expect(formula.split('+').reduce((s, ref) => s + cellValue(ref), 0)).toBeCloseTo(expected, 1);
      expect(result).toBeCloseTo(expected, 1);
      expect(cell.numFmt).toContain(project.project.currency);
    };
    check('Total one-off cost at P50', 'Labour at P50', cost.totalP50);
    check('Total one-off cost at P80', 'Labour at P80', cost.totalP80);
    check('Total one-off cost (most likely schedule)', 'Labour (most likely schedule)', cost.total);
  });
});
