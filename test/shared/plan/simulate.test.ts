import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { isoToDay, WorkingCalendar } from '../../../shared/plan/calendar';
import { estimateWorkloads } from '../../../shared/plan/estimate';
import { inverseCdf, PERT_TABLE_STEPS } from '../../../shared/plan/pert';
import { scheduleProgram } from '../../../shared/plan/schedule';
import { simulateProgram } from '../../../shared/plan/simulate';
import type { WaveDraft } from '../../../shared/plan/types';
import { drafts, project, workload } from './numeric-fixtures';

function simulate(p: Project, waves: WaveDraft[], seed = 1, runs = 2000) {
  const a = resolveAssumptions(p);
  const estimates = estimateWorkloads(p, a, () => ({ service: 'EC2', portability: 'config-only' }));
  const calendar = new WorkingCalendar(p.calendar, p.project.startDate);
  const s = scheduleProgram(p, waves, estimates, a, calendar);
  return { s, sim: simulateProgram(s.model, calendar, a, { seed, runs, waveIds: waves.map((w) => w.id), criticalPath: s.criticalPath }) };
}

/** One big refactor dominates; the rest are small rehosts. */
function lopsided(): Project {
  const small = Array.from({ length: 12 }, (_, i) => workload(`s${i}`));
  return project({ workloads: [...small, workload('monolith', { strategy: 'refactor', complexity: 5, criticality: 'mission-critical' })] });
}

describe('PERT-beta tables', () => {
  it('tabulate a quantile function from 0 to 1 whose mean is the PERT mean', () => {
    const mode = 0.2 / 0.7; // O = 0.8, M = 1, P = 1.5 (the default ratios)
    const q = inverseCdf(mode);
    expect(q[0]).toBe(0);
    expect(q[PERT_TABLE_STEPS]).toBe(1);
    for (let j = 1; j <= PERT_TABLE_STEPS; j++) expect(q[j]!).toBeGreaterThanOrEqual(q[j - 1]!);
    let mean = 0;
    for (let j = 0; j < PERT_TABLE_STEPS; j++) mean += (q[j]! + q[j + 1]!) / 2 / PERT_TABLE_STEPS;
    // Beta(1 + 4m, 1 + 4(1 - m)) has mean (1 + 4m) / 6.
    expect(mean).toBeCloseTo((1 + 4 * mode) / 6, 3);
  });
});

describe('simulateProgram', () => {
  it('orders P50 <= P80 <= P95, keeps every wave inside the program, and bins every run', () => {
    const p = lopsided();
    const { s, sim } = simulate(p, drafts(p, [['s0'], ['s1', 's2', 's3', 's4', 's5', 'monolith'], ['s6', 's7', 's8', 's9', 's10', 's11']]));
    expect(isoToDay(sim.p50End)).toBeLessThanOrEqual(isoToDay(sim.p80End));
    expect(isoToDay(sim.p80End)).toBeLessThanOrEqual(isoToDay(sim.p95End));
    expect(isoToDay(sim.p95End)).toBeGreaterThan(isoToDay(sim.p50End));
    for (const w of sim.waves) {
      expect(isoToDay(w.p50End)).toBeLessThanOrEqual(isoToDay(w.p80End));
      expect(isoToDay(w.p95End)).toBeLessThan(isoToDay(sim.p95End));
      expect(isoToDay(w.p50End)).toBeGreaterThanOrEqual(isoToDay(s.schedule.start));
    }
    expect(sim.histogram.reduce((n, b) => n + b.count, 0)).toBe(2000);
    expect(sim.histogram.length).toBeLessThanOrEqual(20);
    expect(sim.criticalPath).toEqual(s.criticalPath);
  });

  it('is reproducible with a seed and varies with another', () => {
    const p = lopsided();
    const waves = drafts(p, [['s0'], p.workloads.slice(1).map((w) => w.id)]);
    expect(JSON.stringify(simulate(p, waves, 5).sim)).toBe(JSON.stringify(simulate(p, waves, 5).sim));
    expect(JSON.stringify(simulate(p, waves, 5).sim.histogram)).not.toBe(JSON.stringify(simulate(p, waves, 6).sim.histogram));
  });

  it('names the workload whose uncertainty drives the spread', () => {
    const p = lopsided();
    const { sim } = simulate(p, drafts(p, [['s0'], p.workloads.slice(1).map((w) => w.id)]));
    expect(sim.spreadDrivers[0]?.workloadId).toBe('monolith');
    expect(sim.spreadDrivers[0]!.share).toBeGreaterThan(0.2);
    expect(sim.spreadDrivers[0]!.share).toBeGreaterThan(sim.spreadDrivers[1]?.share ?? 0);
    expect(sim.spreadDrivers.every((d) => d.share > 0 && d.share <= 1)).toBe(true);
  });

  it('lands P50 near the deterministic plan and widens with the program spread', () => {
    const p = lopsided();
    const waves = drafts(p, [['s0'], p.workloads.slice(1).map((w) => w.id)]);
    const { s, sim } = simulate(p, waves);
    const det = isoToDay(s.schedule.end);
    expect(Math.abs(isoToDay(sim.p50End) - det)).toBeLessThan(21);
    const wide = { ...p, assumptions: [...p.assumptions.filter((x) => x.id !== 'simulation.programSpread'), { id: 'simulation.programSpread', value: 0.4, unit: 'sigma', source: 'test' }] };
    const spread = (r: ReturnType<typeof simulate>) => isoToDay(r.sim.p95End) - isoToDay(r.sim.p50End);
    expect(spread(simulate(wide, waves))).toBeGreaterThan(spread(simulate(p, waves)));
  });

  it('handles one run and a project with no waves', () => {
    const p = project({ workloads: [] });
    const { s, sim } = simulate(p, [], 1, 1);
    expect(sim.runs).toBe(1);
    expect(sim.p50End).toBe(s.schedule.end);
    expect(sim.p95End).toBe(s.schedule.end);
    expect(sim.spreadDrivers).toEqual([]);
  });
});
