/**
 * Calibration that can fail for the right reasons: the P50 must answer to the effort the estimator
 * puts in. Halving every effort default kept all three samples in their bands before this test (the
 * shop's date came from its fixed phases alone), so a broken estimator could pass calibration.
 *
 * The minimum moves, and why (written down here and in docs/testing.md): a plan's working days to
 * its P50 are the fixed frame (assessment, the last hypercare, decommission, the critical waves'
 * rehearsals: durations, not effort)
 * plus the rest, which effort drives, bounded below by wave minimum lengths, transfer time and
 * freezes. Were the rest all effort, halving effort would take half of it off and doubling would
 * add all of it again; the test asks for half of each ideal: at least a quarter of the effort-bound
 * days off at 0.5x, at least half of them on at 2x. A model that ignores effort, or one whose
 * fixed phases swamp it, fails.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { defaultAssumptionList } from '../../../shared/plan/assumptions';
import { workingDaysBetween } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import type { Plan } from '../../../shared/plan/types';
import { loadSample } from '../../../shared/samples';

/** The sample with today's default assumptions, every effort base scaled by `k`. */
function sample(id: 'online-shop' | 'ecommerce-iot' | 'large-estate', k = 1): Project {
  const p = loadSample(id);
  return { ...p, assumptions: defaultAssumptionList().map((a) => (a.id.startsWith('effort.base.') ? { ...a, value: a.value * k } : a)) };
}

const plan = (p: Project) => planProject(p, { seed: 7, runs: 1000 });
const p50Days = (p: Project, pl: Plan) => workingDaysBetween(p.calendar, p.project.startDate, pl.schedule.p50End);

/**
 * Working days of the phases no effort changes: assessment, the last hypercare, decommission, and
 * the rehearsals (failover drills: elapsed time) of the waves on the critical path.
 */
function fixedFrameDays(pl: Plan): number {
  const phases = pl.schedule.phases;
  const assess = phases.find((x) => x.kind === 'assess')?.workingDays ?? 0;
  const decommission = phases.find((x) => x.kind === 'decommission')?.workingDays ?? 0;
  const hypercare = phases.filter((x) => x.kind === 'hypercare').reduce((last, x) => (x.end > last.end ? x : last), { end: '', workingDays: 0 }).workingDays;
  const onPath = new Set(pl.simulation.criticalPath);
  const drills = phases.filter((x) => x.kind === 'rehearsal' && onPath.has(`wave:${x.waveId}`)).reduce((sum, x) => sum + x.workingDays, 0);
  return assess + hypercare + decommission + drills;
}

describe.each(['online-shop', 'ecommerce-iot', 'large-estate'] as const)('%s: the P50 follows effort', (id) => {
  // Planned before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let base: Project;
  let basePlan: Plan;
  let baseDays: number;
  let effortBound: number;
  beforeEach(() => {
    base = sample(id);
    basePlan = plan(base);
    baseDays = p50Days(base, basePlan);
    effortBound = baseDays - fixedFrameDays(basePlan);
  });

  it('has effort-bound days to move at all', () => {
    expect(effortBound, `${baseDays} working days to the P50, ${fixedFrameDays(basePlan)} of them fixed`).toBeGreaterThan(0);
  });

  it('half the effort brings the P50 at least a quarter of the effort-bound days earlier', () => {
    const half = sample(id, 0.5);
    const days = p50Days(half, plan(half));
    expect(baseDays - days, `P50 ${baseDays} -> ${days} working days at 0.5x effort; effort-bound ${effortBound}`).toBeGreaterThanOrEqual(Math.ceil(effortBound / 4));
  });

  it('twice the effort moves the P50 at least half the effort-bound days later', () => {
    const double = sample(id, 2);
    const days = p50Days(double, plan(double));
    expect(days - baseDays, `P50 ${baseDays} -> ${days} working days at 2x effort; effort-bound ${effortBound}`).toBeGreaterThanOrEqual(Math.ceil(effortBound / 2));
  });
});
