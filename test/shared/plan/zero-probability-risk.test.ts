/**
 * A register risk whose chance is 0 never strikes, so the plan is the plan without it: the same
 * P50/P80/P95 end and the same drivers, none naming it (survivor risk-events.ts:192 of sample
 * probe-2, `probability <= 0` as `< 0`: the risk is then compiled, counted among the sources
 * the drivers measure, and takes its own random stream).
 */
import { describe, expect, it } from 'vitest';
import type { RiskEntry } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { makeProject, makeWorkload } from './arbitraries';

const never: RiskEntry = {
  id: 'never', title: 'Never happens', probability: 0, impact: { type: 'days', optimistic: 20, likely: 30, pessimistic: 60 }, hits: { kind: 'wave', wave: 0 }, enabled: true, source: 'test',
};

const project = (risks: RiskEntry[]) =>
  makeProject({
    workloads: [makeWorkload('pilot-app', { criticality: 'low' }), makeWorkload('db', { kind: 'database', criticality: 'high' }), makeWorkload('app', { criticality: 'medium' })],
    dependencies: [{ id: 'app->db', from: 'app', to: 'db', kind: 'sync', coupling: 'tight' }],
    risks,
  });

describe('a risk with a chance of 0', () => {
  it('leaves the percentiles and the drivers as they are without it', () => {
    const without = planProject(project([]), { seed: 11, runs: 400 });
    const withIt = planProject(project([never]), { seed: 11, runs: 400 });
    const ends = (p: typeof without) => [p.schedule.p50End, p.schedule.p80End, p.schedule.p95End];
    expect(ends(withIt)).toEqual(ends(without));
    expect(withIt.simulation.drivers.map((d) => d.id)).not.toContain('risk:never');
    expect(withIt.simulation.drivers).toEqual(without.simulation.drivers);
  });
});
