/**
 * The spread drivers of a real plan (planProject's `simulation.spreadDrivers`, the Risks view's
 * list of workloads whose effort moves the end). A quiet project (every source of uncertainty
 * fixed, see simulate.test.ts) with one refactor workload left uncertain (the refactor effort ratios
 * at their defaults, 0.5x-2x) has exactly one thing that varies from run to run: that workload's
 * effort. So, worked out by hand: its effort draws are the only ones with any variance, the end
 * follows them, and the list is that one workload, with a share (squared correlation) near 1.
 * Planned inside each `it` (the mutant is active only there). Survivor: simulate-runs.ts:211
 * (`r < spreadRuns` as false: no run fed the sums, and the list came out empty unnoticed).
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { loadSample } from '../../../shared/samples';
import { makeProject, makeWorkload, QUIET_SOURCES } from './arbitraries';

function withAssumptions(p: Project, values: Record<string, number>): Project {
  return { ...p, assumptions: [...p.assumptions.filter((a) => !(a.id in values)), ...Object.entries(values).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
}

/** The quiet two-wave project of simulate.test.ts, `uncertain` a refactor and the only source of spread. */
function oneUncertain(uncertain: string): Project {
  const p = makeProject({
    workloads: [makeWorkload('pilot-app', { criticality: 'low' }), makeWorkload('db', { kind: 'database', criticality: 'mission-critical', sourceService: 'alibaba.rds-mysql' }), makeWorkload('app', { criticality: 'high' })].map((w) =>
      w.id === uncertain ? { ...w, strategy: 'refactor' as const, complexity: 5, size: { ...w.size, instances: 12 } } : w,
    ),
    dependencies: [{ id: 'app->db', from: 'app', to: 'db', kind: 'sync', coupling: 'tight' }],
    risks: [],
  });
  const quiet = { ...QUIET_SOURCES };
  delete (quiet as Record<string, number>)['effort.optimisticRatioRefactor'];
  delete (quiet as Record<string, number>)['effort.pessimisticRatioRefactor'];
  return withAssumptions(p, quiet);
}

describe('the spread drivers of a plan', () => {
  it.each(['app', 'pilot-app'])('one uncertain refactor (%s): the plan has a spread, and the list is that workload alone, explaining nearly all of it', (id) => {
    const plan = planProject(oneUncertain(id), { seed: 11, runs: 400 });
    expect(plan.schedule.p95End > plan.schedule.p50End).toBe(true);
    const drivers = plan.simulation.spreadDrivers;
    expect(drivers.map((d) => d.workloadId)).toEqual([id]);
    expect(drivers[0]!.share).toBeGreaterThan(0.8);
    expect(drivers[0]!.share).toBeLessThanOrEqual(1);
  });

  it('a sample (ecommerce-iot, whose effort is a visible part of the spread) lists workloads of its own, largest share first, at most ten', () => {
    const project = loadSample('ecommerce-iot');
    const drivers = planProject(project, { seed: 3, runs: 400 }).simulation.spreadDrivers;
    const ids = new Set(project.workloads.map((w) => w.id));
    expect(drivers.length).toBeGreaterThan(0);
    expect(drivers.length).toBeLessThanOrEqual(10);
    for (const d of drivers) {
      expect(ids.has(d.workloadId)).toBe(true);
      expect(d.share).toBeGreaterThan(0);
      expect(d.share).toBeLessThanOrEqual(1);
    }
    for (let i = 1; i < drivers.length; i++) expect(drivers[i]!.share).toBeLessThanOrEqual(drivers[i - 1]!.share);
  });
});
