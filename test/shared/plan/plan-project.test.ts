import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../shared/samples';
import { isoToDay } from '../../../shared/plan/calendar';
import { DEFAULT_SEED, planProject } from '../../../shared/plan';
import type { Plan } from '../../../shared/plan/types';
import { projectArb } from './arbitraries';
import { project, workload } from './numeric-fixtures';

/** The invariants every plan must hold, whatever the project. */
function checkInvariants(plan: Plan, workloadIds: readonly string[]) {
  const day = isoToDay;
  const s = plan.schedule;
  expect(day(s.p50End)).toBeLessThanOrEqual(day(s.p80End));
  expect(day(s.p80End)).toBeLessThanOrEqual(day(s.p95End));
  expect(day(s.start)).toBeLessThanOrEqual(day(s.end));
  for (const w of plan.waves) {
    expect(day(w.start)).toBeGreaterThanOrEqual(day(s.start));
    expect(day(w.start)).toBeLessThanOrEqual(day(w.end));
    expect(day(w.end)).toBeLessThan(day(s.end));
    expect(day(w.p50End)).toBeLessThanOrEqual(day(w.p80End));
    expect(day(w.p80End)).toBeLessThanOrEqual(day(w.p95End));
    expect(day(w.p95End)).toBeLessThan(day(s.p95End));
  }
  for (const p of s.phases) {
    expect(day(p.start)).toBeGreaterThanOrEqual(day(s.start));
    expect(day(p.end)).toBeLessThanOrEqual(day(s.end));
  }
  // Every workload is in exactly one wave, the foundation, or excluded.
  const seen = new Map<string, number>();
  for (const w of plan.waves) for (const id of w.workloadIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const id of plan.excluded) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const id of plan.foundation.workloadIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const id of workloadIds) expect(seen.get(id)).toBe(1);
}

describe('planProject', () => {
  it('composes every phase into a plan that holds its invariants', () => {
    const p = loadSample('ecommerce-iot');
    const plan = planProject(p, { seed: 1, runs: 500 });
    checkInvariants(plan, p.workloads.map((w) => w.id));
    expect(plan.seed).toBe(1);
    expect(plan.runs).toBe(500);
    expect(plan.waves[0]?.isPilot).toBe(true);
    expect(Object.keys(plan.estimates).sort()).toEqual(p.workloads.map((w) => w.id).sort());
    expect(plan.simulation.criticalPath.at(-1)).toBe('decommission');
    expect(plan.cost.total).toBeGreaterThan(0);
    expect(Object.keys(plan.provenance.waves).sort()).toEqual(plan.waves.map((w) => w.id).sort());
    // The deterministic plan's wave dates agree with the program's wave phases.
    for (const w of plan.waves) expect(plan.schedule.phases.find((x) => x.waveId === w.id && x.kind !== 'hypercare')?.end).toBe(w.end);
  });

  it('gives byte-identical JSON for the same project and seed', () => {
    const p = loadSample('online-shop');
    const a = JSON.stringify(planProject(p, { seed: 1 }));
    expect(JSON.stringify(planProject(p, { seed: 1 }))).toBe(a);
    expect(JSON.stringify(planProject(loadSample('online-shop'), { seed: 1 }))).toBe(a);
  });

  it('uses a fixed default seed and the runs assumption', () => {
    const p = project({ workloads: [workload('a'), workload('b')] });
    const plan = planProject(p);
    expect(plan.seed).toBe(DEFAULT_SEED);
    expect(plan.runs).toBe(2000);
    expect(JSON.stringify(planProject(p))).toBe(JSON.stringify(plan));
  });

  it('plans an empty project and a project of retained workloads', () => {
    checkInvariants(planProject(project({ workloads: [] }), { runs: 10 }), []);
    const kept = project({ workloads: [workload('a', { strategy: 'retain' }), workload('b', { strategy: 'retire' })] });
    const plan = planProject(kept, { runs: 10 });
    expect(plan.waves).toEqual([]);
    checkInvariants(plan, ['a', 'b']);
  });

  it('holds its invariants on random projects, deterministically', () => {
    fc.assert(
      fc.property(projectArb(25), fc.integer({ min: 0, max: 1000 }), (p, seed) => {
        const plan = planProject(p, { seed, runs: 60 });
        checkInvariants(plan, p.workloads.map((w) => w.id));
        expect(JSON.stringify(planProject(p, { seed, runs: 60 }))).toBe(JSON.stringify(plan));
      }),
      { numRuns: 60 },
    );
  });
});
