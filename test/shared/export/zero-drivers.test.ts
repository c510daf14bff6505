/**
 * Drivers that add nothing are not listed: a wave no source moves gets no "what moves it" figure,
 * and the summary (report and workbook) lists only the sources that add working days at P80, and
 * no "What widens the range" part at all when none does. The samples' plans have neither case.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../shared/export/report-model';
import { planXlsx } from '../../../shared/export/xlsx';
import { options, samplePlan, sheetRows } from './helpers';

const { project, plan } = samplePlan('mid');
type P = typeof plan;
const WAVE_FIGURE = 'What moves its P80 end most (working days each adds)';

const withDriverDays = (days: (i: number) => number): P => ({ ...plan, simulation: { ...plan.simulation, drivers: plan.simulation.drivers.map((d, i) => ({ ...d, daysAtP80: days(i) })) } });
const summaryOf = (p: P) => buildReportModel(project, p, options('en')).parts.find((x) => x.id === 'summary')!;
async function summarySheet(p: P): Promise<string[]> {
  const bytes = await planXlsx(project, p, options('en'));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return sheetRows(book.getWorksheet('Summary')!).map((r) => String(r[0]));
}

describe('drivers that add no working days', () => {
  it('leave a wave that nothing moves without the figure, and the others with it', () => {
    const first = plan.waves[0]!.id;
    const quiet: P = { ...plan, simulation: { ...plan.simulation, waves: plan.simulation.waves.map((w) => (w.waveId === first ? { ...w, drivers: [] } : w)) } };
    const figures = buildReportModel(project, quiet, options('en')).parts.find((p) => p.id === 'waves')!.blocks.flatMap((b) => (b.type === 'figures' ? [b.items.map((f) => f.label)] : []));
    expect(figures[0]).not.toContain(WAVE_FIGURE);
    expect(figures[0]).toContain('Cutover');
    expect(figures.slice(1).some((labels) => labels.includes(WAVE_FIGURE))).toBe(true);
  });

  it('are left out of the summary, in the report and the workbook', async () => {
    // Only the first two drivers add days.
    const two = withDriverDays((i) => (i < 2 ? 5 - i : 0));
    const listed = summaryOf(two).blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
    const titles = plan.simulation.drivers.map((d) => d.title);
    const named = (s: string) => titles.some((title) => s.includes(title));
    expect(listed.filter((s) => named(String(s)))).toHaveLength(2);
    expect((await summarySheet(two)).filter((label) => label.startsWith('What widens the range'))).toHaveLength(2);
  });

  it('leave out the whole "What widens the range" part when none adds anything', async () => {
    const none = withDriverDays(() => 0);
    expect(summaryOf(none).blocks.some((b) => b.type === 'subheading' && b.text === 'What widens the range')).toBe(false);
    expect((await summarySheet(none)).some((label) => label.startsWith('What widens the range'))).toBe(false);
    expect(summaryOf(plan).blocks.some((b) => b.type === 'subheading' && b.text === 'What widens the range')).toBe(true);
  });
});
