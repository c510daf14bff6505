/**
 * The no-pilot finding: with the pilot enabled (phase.pilot.maxWorkloads above zero) and no
 * application that can be one (every candidate mission-critical), the plan says so, once, and wave 1
 * is no pilot; with a small low-criticality application to pilot with, wave 1 is the pilot and the
 * finding is absent (survivor waves/findings.ts:153 of sample probe-1, `=== 0` as `!== 0`).
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { makeProject, makeWorkload } from './arbitraries';

const NO_PILOT =
  'No application can be the pilot: every candidate is mission-critical or complexity 5, larger than the pilot, or something else hard-depends on it. ' +
  'Wave 1 is the first real move, so plan its lessons-learned review before wave 2, or mark a small, low-criticality application to pilot with.';

describe('the no-pilot finding', () => {
  it('is shown when every application is mission-critical', () => {
    const project = makeProject({
      workloads: [makeWorkload('ledger', { criticality: 'mission-critical' }), makeWorkload('pay', { criticality: 'mission-critical' })],
    });
    const plan = planProject(project, { seed: 1, runs: 50 });
    expect(plan.waves.some((w) => w.isPilot)).toBe(false);
    const found = plan.issues.filter((i) => i.code === 'no-pilot');
    expect(found.map((i) => [i.id, i.severity, i.message, i.path, i.workloadIds])).toEqual([
      ['issue:no-pilot:pilot', 'info', NO_PILOT, ['assumptions', 'phase.pilot.maxWorkloads'], []],
    ]);
  });

  it('is absent when a small low-criticality application pilots', () => {
    const project = makeProject({
      workloads: [makeWorkload('ledger', { criticality: 'mission-critical' }), makeWorkload('wiki', { criticality: 'low' })],
    });
    const plan = planProject(project, { seed: 1, runs: 50 });
    expect(plan.waves[0]!.isPilot).toBe(true);
    expect(plan.waves[0]!.workloadIds).toEqual(['wiki']);
    expect(plan.issues.filter((i) => i.code === 'no-pilot')).toEqual([]);
  });
});
