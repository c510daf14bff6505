import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import type { Plan } from '../../../shared/plan/types';
import { loadSample } from '../../../shared/samples';
import { costCurve } from '../../../shared/scenarios/cost-curve';

describe('cost over time', () => {
  const sample = loadSample('ecommerce-iot');

  it('matches a hand calculation: one workload live on 16 Feb, the source decommissioned on 31 Mar', () => {
    const w = sample.workloads.find((x) => x.strategy !== 'retire' && x.strategy !== 'retain')!;
    const project: Project = { ...sample, workloads: [{ ...w, monthlyCost: 3000, targetMonthlyCost: 2000 }], dependencies: [] };
    // Only what costCurve reads of a plan: its start and end, and each wave's cutover.
    const plan = { schedule: { start: '2027-01-04', end: '2027-03-31' }, waves: [{ id: 'wave-0', workloadIds: [w.id], cutover: { end: '2027-02-15' } }] } as unknown as Plan;
    const c = costCurve(project, plan);
    // Dual running: 16 Feb to 31 Mar = 13 + 31 = 44 days at 3000 / 30.436875 a day = 4336.84.
    const perDay = 3000 / (365.2425 / 12);
    expect(c.workloads).toEqual([{ workloadId: w.id, waveId: 'wave-0', goLive: '2027-02-16', decommission: '2027-03-31', months: 44 / (365.2425 / 12), cost: 4336.84 }]);
    expect(c.dualRunning).toBe(4336.84);
    expect(c.byWave).toEqual([{ waveId: 'wave-0', cost: 4336.84 }]);
    expect(c.before).toBe(3000);
    expect(c.after).toBe(2000);
    const month = (m: string) => c.months.find((x) => x.month === m)!;
    // January: the source bill from the 4th (28 days), no target yet.
    expect(month('2027-01')).toEqual({ month: '2027-01', source: Math.round(perDay * 28 * 100) / 100, target: 0, dualRunning: 0 });
    // February: 28 days on the source, the last 13 of them dual running; 13 days on the target at 2000 a month.
    expect(month('2027-02')).toEqual({ month: '2027-02', source: Math.round(perDay * 28 * 100) / 100, target: Math.round(((2000 * 13) / (365.2425 / 12)) * 100) / 100, dualRunning: 1281.34 });
    // March: both bills all month (31 days of dual running: 3055.50); April: the target alone.
    expect(month('2027-03').dualRunning).toBe(3055.5);
    expect(month('2027-04')).toMatchObject({ source: 0, dualRunning: 0 });
    expect(month('2027-04').target).toBeCloseTo((2000 * 30) / (365.2425 / 12), 1);
  });

  it("adds up to the engine's dual running on the mid-size sample, per wave and in total", () => {
    const plan = planProject(sample, { runs: 200 });
    const c = costCurve(sample, plan);
    expect(c.dualRunning).toBeCloseTo(plan.cost.dualRunning, 0);
    for (const w of plan.cost.byWave) expect(c.byWave.find((x) => x.waveId === w.waveId)!.cost).toBeCloseTo(w.dualRunning, 0);
    expect(c.before).toBeCloseTo(plan.cost.sourceMonthly, 1);
    expect(c.after).toBeCloseTo(plan.cost.targetMonthly, 1);
    const summed = c.months.reduce((a, m) => a + m.dualRunning, 0);
    expect(summed).toBeCloseTo(plan.cost.dualRunning, -1);
    // Largest first.
    expect(c.workloads.map((x) => x.cost)).toEqual([...c.workloads.map((x) => x.cost)].sort((a, b) => b - a));
  });
});
