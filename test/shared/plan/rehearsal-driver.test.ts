/**
 * Rehearsals are a driver of the spread only when a drill can fail or its length is drawn
 * (shared/plan/simulate/active-sources.ts): with drills of zero days that never fail, the
 * rehearsals are fixed (only the lessons after each drill), so no rehearsal driver is listed.
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import type { Project } from '../../../shared/model/schema';
import { project, workload } from './numeric-fixtures';

function withValues(p: Project, values: Record<string, number>): Project {
  return { ...p, assumptions: p.assumptions.map((a) => (a.id in values ? { ...a, value: values[a.id]! } : a)) };
}

const critical = () => [workload('a', { criticality: 'mission-critical' }), workload('b'), workload('c')];

describe('the rehearsal driver', () => {
  it('is among the drivers when a mission-critical workload rehearses drills that can fail', () => {
    const plan = planProject(withValues(project({ workloads: critical() }), { 'rehearsal.failProbability': 0.3 }), { seed: 3, runs: 200 });
    expect(plan.simulation.drivers.map((d) => d.id)).toContain('uncertainty:rehearsals');
  });

  it('is not among the drivers when the drills last zero days and never fail', () => {
    const plan = planProject(withValues(project({ workloads: critical() }), { 'rehearsal.failProbability': 0, 'rehearsal.drillDays': 0 }), { seed: 3, runs: 200 });
    // The wave still rehearses (the lessons after each drill), but nothing about it varies.
    expect(plan.schedule.phases.some((ph) => ph.kind === 'rehearsal')).toBe(true);
    expect(plan.simulation.drivers.map((d) => d.id)).not.toContain('uncertainty:rehearsals');
  });
});
