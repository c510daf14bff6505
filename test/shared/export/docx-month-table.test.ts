/**
 * The Word report's timeline, a table of months: one column a month from the first phase's start
 * to the last wave's P95, the years above their months, and for each phase and milestone a row
 * whose cells are shaded where it runs (red when it is critical in at least half of the runs), a
 * wave's P50-P95 band lighter after its planned end, a milestone's month marked ◆. The months and
 * the shading are worked out here from the plan's dates.
 */
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../../shared/export/docx';
import { buildReportModel } from '../../../shared/export/report-model';
import { readDocx, tables, type DocxTable } from './docx-xml';
import { enDate, options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');
const monthOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const BAR = '3B6EA8';
const CRITICAL = 'C0392B';
const BAND = 'F3C969';

async function monthTable(): Promise<DocxTable> {
  const doc = await readDocx(await reportDocx(buildReportModel(project, plan, options('en', { sections: ['timeline'] }))));
  return tables(doc).find((t) => t.rows[1]?.cells[1]?.text === String(Number(plan.schedule.start.slice(5, 7))))!;
}

describe('DOCX timeline month table', () => {
  const waves = new Map(plan.waves.map((w) => [w.id, w]));
  const index = new Map(plan.simulation.criticality.map((c) => [c.id, c.index]));
  const bandOf = (p: (typeof plan.schedule.phases)[number]) => {
    const w = p.waveId && (p.kind === 'wave' || p.kind === 'pilot') ? waves.get(p.waveId) : undefined;
    return w && w.p95End > w.p50End ? [w.p50End, w.p95End] : undefined;
  };
  const ends = [...plan.schedule.phases.flatMap((p) => [p.end, ...(bandOf(p) ?? [])]), ...plan.schedule.milestones.map((m) => m.date)];
  const first = Math.min(...plan.schedule.phases.map((p) => monthOf(p.start)), ...plan.schedule.milestones.map((m) => monthOf(m.date)));
  const last = Math.max(...ends.map(monthOf));
  const months = Array.from({ length: last - first + 1 }, (_, i) => first + i);

  it('has a column a month, the years spanning their months above the months’ numbers', async () => {
    const t = await monthTable();
    expect(months.length).toBeGreaterThan(12);
    expect(t.columns).toHaveLength(months.length + 1);
    const [years, numbers] = t.rows;
    expect(years!.header && numbers!.header).toBe(true);
    const spans = new Map<number, number>();
    for (const m of months) spans.set(Math.floor(m / 12), (spans.get(Math.floor(m / 12)) ?? 0) + 1);
    expect(years!.cells.map((c) => [c.text, c.span])).toEqual([['', 1], ...[...spans].map(([y, n]) => [n >= 2 ? String(y) : '', n])]);
    expect(numbers!.cells.map((c) => c.text)).toEqual(['', ...months.map((m) => String((m % 12) + 1))]);
    expect(numbers!.cells.slice(1).every((c) => c.align === 'center')).toBe(true);
    for (const c of [...years!.cells, ...numbers!.cells]) expect([c.bold, c.fill]).toEqual([true, 'F5F7FA']);
    // The month columns share what the label column leaves of the text width (11906 - 2 x 1000).
    const monthWidth = t.columns[1]!;
    expect(t.columns.slice(1).every((w) => w === monthWidth)).toBe(true);
    expect(t.width).toBe(t.columns.reduce((a, b) => a + b, 0));
    expect(9906 - t.width).toBeLessThan(months.length);
    expect(t.columns[0]).toBeGreaterThan(monthWidth * 5);
  });

  it('leaves a year over a single month unnamed (its number would not fit one column)', async () => {
    const model = buildReportModel(project, plan, options('en', { sections: ['timeline'] }));
    const items = [{ id: 'x', lane: 'Program', label: 'Late phase', start: '2027-12-06', end: '2028-02-10', milestone: false, critical: false }];
    const timeline = { type: 'timeline' as const, items, svg: '', legend: { plan: '', band: '', critical: '', milestone: '', freeze: '' }, lead: { chart: '', table: 'Months', gantt: '' } };
    const doc = await readDocx(await reportDocx({ ...model, parts: [{ id: 'timeline', heading: 'Timeline', blocks: [timeline] }] }));
    const [years, numbers, row] = tables(doc)[0]!.rows;
    expect(years!.cells.map((c) => [c.text, c.span])).toEqual([['', 1], ['', 1], ['2028', 2]]);
    expect(numbers!.cells.map((c) => c.text)).toEqual(['', '12', '1', '2']);
    expect(row!.cells.map((c) => c.fill)).toEqual(['', BAR, BAR, BAR]);
  });

  it('shades the months each phase runs, red where it is critical, and a wave’s band after it', async () => {
    const rows = (await monthTable()).rows.slice(2);
    expect(rows).toHaveLength(plan.schedule.phases.length + plan.schedule.milestones.length);
    let bands = 0;
    let reds = 0;
    plan.schedule.phases.forEach((p, i) => {
      const [label, ...cells] = rows[i]!.cells;
      expect(label!.text.split('\n')[1]).toBe(p.start === p.end ? enDate(p.start) : `${enDate(p.start)} – ${enDate(p.end)}`);
      const band = bandOf(p);
      const colour = (index.get(p.id) ?? 0) >= 0.5 ? CRITICAL : BAR;
      const expected = months.map((m) => (m >= monthOf(p.start) && m <= monthOf(p.end) ? colour : band && m >= monthOf(band[0]!) && m <= monthOf(band[1]!) ? BAND : ''));
      expect(cells.map((c) => c.fill), p.id).toEqual(expected);
      expect(cells.every((c) => c.text === '')).toBe(true);
      if (expected.includes(BAND)) bands++;
      if (colour === CRITICAL) reds++;
    });
    // The sample has both kinds of bar and bands to draw.
    expect(bands).toBeGreaterThan(0);
    expect(reds).toBeGreaterThan(0);
    expect(reds).toBeLessThan(plan.schedule.phases.length);
  });

  it('marks each milestone ◆ in its month, unshaded, under its date', async () => {
    const rows = (await monthTable()).rows.slice(2 + plan.schedule.phases.length);
    plan.schedule.milestones.forEach((m, i) => {
      const [label, ...cells] = rows[i]!.cells;
      expect(label!.text.split('\n')[1]).toBe(enDate(m.date));
      expect(cells.map((c) => c.text)).toEqual(months.map((x) => (x === monthOf(m.date) ? '◆' : '')));
      expect(cells.every((c) => c.fill === '')).toBe(true);
    });
    expect(rows.map((r) => r.cells[0]!.text.split('\n')[0])).toEqual(['Landing zone ready', 'Compliance gates cleared', ...plan.waves.map((w) => `Cutover: ${w.name}`), 'Program complete']);
  });
});
