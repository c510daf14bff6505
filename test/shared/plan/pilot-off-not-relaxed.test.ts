/**
 * With the pilot turned off (phase.pilot.maxWorkloads 0), or nothing to pilot, no pilot is chosen
 * and so none is "relaxed": the plan shows no pilot-medium-criticality finding, which would
 * otherwise say the pilot takes medium-criticality workloads while naming none (survivor
 * waves/pilot.ts:40 of sample probe-3, `relaxed: false` as `true`).
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { makeProject, makeWorkload } from './arbitraries';

describe('no pilot, no relaxed-pilot finding', () => {
  it('is absent with the pilot turned off', () => {
    const fixed = makeProject();
    const project = makeProject({
      workloads: [makeWorkload('wiki', { criticality: 'low' }), makeWorkload('crm', { criticality: 'medium' })],
      assumptions: fixed.assumptions.map((a) => (a.id === 'phase.pilot.maxWorkloads' ? { ...a, value: 0 } : a)),
    });
    const plan = planProject(project, { seed: 1, runs: 20 });
    expect(plan.waves.some((w) => w.isPilot)).toBe(false);
    expect(plan.issues.filter((i) => i.code === 'pilot-medium-criticality')).toEqual([]);
  });

  it('is absent with no workloads at all', () => {
    const plan = planProject(makeProject({ workloads: [] }), { seed: 1, runs: 20 });
    expect(plan.issues.filter((i) => i.code === 'pilot-medium-criticality')).toEqual([]);
  });
});
