/**
 * A negative phase-length assumption (phase.assess.baseDays, phase.foundation.daysPerProvider) is
 * reported as an error, and the plan, which is still made, counts it as zero: it does not take days
 * off what the other terms of the phase add up to (survivor schedule/frame.ts:106, `&&` as `||`).
 * Non-finite values never get here: resolveAssumptions drops them for the default.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planDeterministic, planProject } from '../../../shared/plan/plan-project';
import { makeProject, makeWorkload } from './arbitraries';

/** Eight confirmed workloads with no application and no links: eight applications, nothing unmapped. */
function estate(overrides: Record<string, number> = {}): Project {
  const base = makeProject({ workloads: Array.from({ length: 8 }, (_, i) => makeWorkload(`w${i}`, { confirmed: true })) });
  const ids = new Set(Object.keys(overrides));
  return {
    ...base,
    assumptions: [...base.assumptions.filter((a) => !ids.has(a.id)), ...Object.entries(overrides).map(([id, value]) => ({ id, value, unit: 'working days', source: 'test' }))],
  };
}

describe('a negative phase-length assumption', () => {
  it('is an error, and the assessment is planned as if its base were zero days', () => {
    const plan = planProject(estate({ 'phase.assess.baseDays': -3 }), { seed: 1, runs: 50 });
    expect(plan.issues.filter((i) => i.code === 'assumption-out-of-range').map((i) => [i.severity, i.params.assumption])).toEqual([['error', 'phase.assess.baseDays']]);
    // 0 base + 0.5 a day x 8 applications x (1 + 1 x 0 unmapped) = 4 working days, Monday 5 to Thursday 8 January.
    const assess = plan.schedule.phases.find((p) => p.kind === 'assess')!;
    expect([assess.start, assess.end, assess.workingDays]).toEqual(['2026-01-05', '2026-01-08', 4]);
  });

  it('takes no days off the landing zone: a negative day per provider counts as none', () => {
    // Defaults: 3 per provider + 1 per account (production + 2 shared) + 2 per region + 3 per identity integration = 11.
    expect(planDeterministic(estate()).scheduled.model.foundationMinDays).toBe(11);
    // The provider term at zero: 0 + 3 + 2 + 3 = 8, not 11 - 6 = 5.
    expect(planDeterministic(estate({ 'phase.foundation.daysPerProvider': -3 })).scheduled.model.foundationMinDays).toBe(8);
  });
});
