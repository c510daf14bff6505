/**
 * The uncertainty driver of workload effort (simulate/drivers.ts) carries its English title, the
 * name the Risks view's drivers list and the CLI print for it. A quiet project (every source of
 * uncertainty fixed, see simulate.test.ts) with one refactor workload left uncertain has effort as
 * its only source of spread, so the effort driver is in the list.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { makeProject, makeWorkload, QUIET_SOURCES } from './arbitraries';

function withAssumptions(p: Project, values: Record<string, number>): Project {
  return { ...p, assumptions: [...p.assumptions.filter((a) => !(a.id in values)), ...Object.entries(values).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
}

function effortOnly(): Project {
  const p = makeProject({
    workloads: [makeWorkload('pilot-app', { criticality: 'low' }), makeWorkload('app', { criticality: 'high', strategy: 'refactor', complexity: 5, size: { instances: 12, dataGb: 0, dailyChangeGb: 0 } })],
    risks: [],
  });
  const quiet: Record<string, number> = { ...QUIET_SOURCES };
  delete quiet['effort.optimisticRatioRefactor'];
  delete quiet['effort.pessimisticRatioRefactor'];
  return withAssumptions(p, quiet);
}

describe('the effort uncertainty driver', () => {
  it('is titled "Workload effort estimates"', () => {
    const plan = planProject(effortOnly(), { seed: 11, runs: 200 });
    const effort = plan.simulation.drivers.find((d) => d.id === 'uncertainty:effort');
    expect(effort && { title: effort.title, code: effort.code, params: effort.params }).toEqual({
      title: 'Workload effort estimates',
      code: 'driver.uncertainty.effort',
      params: { source: 'effort' },
    });
  });
});
