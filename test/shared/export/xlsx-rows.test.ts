/**
 * The workbook's Inventory and Dependencies sheets row by row against the project file: each
 * workload's id, name, target (none for what does not move), strategy, criticality, team, wave (or
 * the landing zone), data, effort and cost; each dependency by its two workloads' names with the
 * working days the plan leaves it across clouds; and the SUBTOTAL rows' cached sums.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planXlsx } from '../../../shared/export/xlsx';
import { options, samplePlan, sheetRows } from './helpers';

const { project, plan } = samplePlan('mid');
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

async function sheet(name: string): Promise<unknown[][]> {
  const bytes = await planXlsx(project, plan, options('en'));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return sheetRows(book.getWorksheet(name)!);
}
const total = (cell: unknown) => (cell as { result?: number }).result;

describe('XLSX rows', () => {
  it('lists every workload as the project states it, with its wave and target from the plan', async () => {
    const [header, ...rows] = await sheet('Inventory');
    expect(header).toEqual(['Id', 'Workload', 'Kind', 'Runs on', 'Moves to', 'Strategy', 'Criticality', 'Team', 'Wave', 'Data (GB)', 'Effort (person-days)', 'Monthly cost']);
    const teams = new Map(project.teams.map((t) => [t.id, t.name]));
    const waveOf = new Map(plan.waves.flatMap((w) => w.workloadIds.map((id) => [id, w.name] as const)));
    for (const id of plan.foundation.workloadIds) if (!waveOf.has(id)) waveOf.set(id, 'Foundation (landing zone)');
    project.workloads.forEach((w, i) => {
      const r = rows[i]!;
      expect([r[0], r[1], r[4] ?? '', r[5], r[6], r[7], r[8] ?? '', r[9], r[10] ?? null, r[11]], w.id).toEqual([w.id, w.name, waveOf.has(w.id) ? 'AWS' : '', cap(w.strategy), cap(w.criticality), teams.get(w.team), waveOf.get(w.id) ?? '', w.size.dataGb, plan.estimates[w.id]?.effort.likely ?? null, w.monthlyCost]);
    });
    expect(project.workloads.some((w) => !waveOf.has(w.id))).toBe(true);
    const totals = rows[project.workloads.length]!;
    const sum = (f: (w: (typeof project.workloads)[number]) => number) => project.workloads.reduce((n, w) => n + f(w), 0);
    expect(total(totals[9])).toBe(sum((w) => w.size.dataGb));
    expect(total(totals[11])).toBe(sum((w) => w.monthlyCost));
    expect(total(totals[10])).toBeCloseTo(sum((w) => plan.estimates[w.id]?.effort.likely ?? 0), 1);
  });

  it('names both ends of every dependency and the working days it runs across clouds', async () => {
    const [header, ...rows] = await sheet('Dependencies');
    expect(header).toEqual(['From', 'To', 'Kind', 'Coupling', 'Cross-cloud days']);
    const name = new Map(project.workloads.map((w) => [w.id, w.name]));
    const across = new Map(plan.crossCloudLinks.map((l) => [l.dependencyId, l.workingDays]));
    expect(across.size).toBeGreaterThan(0);
    project.dependencies.forEach((d, i) => {
      expect([rows[i]![0], rows[i]![1], rows[i]![3], rows[i]![4]], d.id).toEqual([name.get(d.from), name.get(d.to), cap(d.coupling), across.get(d.id) ?? 0]);
    });
    expect(total(rows[project.dependencies.length]![4])).toBe([...across.values()].reduce((a, b) => a + b, 0));
  });
});
