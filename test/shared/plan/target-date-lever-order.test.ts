/**
 * The levers to reach 80% list first those that reach it, the smallest change first (an engineer
 * before a mitigation), and only then by chance: a lever that reaches 80% with a lower chance than
 * a larger change still comes first (survivor target-date.ts:93 of sample probe-2, `reaches` as
 * `() => undefined`, which sorts by chance alone).
 *
 * One engineer, everything fixed but one risk that always strikes wave 1 with 0-40 days (PERT); its
 * mitigation takes it away, so adopting it meets any date the plan without the risk meets (chance 1).
 */
import { describe, expect, it } from 'vitest';
import type { Project, RiskEntry } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { makeProject, makeWorkload, QUIET_SOURCES } from './arbitraries';

const slip: RiskEntry = {
  id: 'slip', title: 'Slip', probability: 1, impact: { type: 'days', optimistic: 0, likely: 10, pessimistic: 40 }, hits: { kind: 'wave', wave: 1 }, enabled: true, source: 'test',
  mitigation: { description: 'Prepare', probability: 0, impact: { type: 'days', optimistic: 0, likely: 0, pessimistic: 0 }, adopted: false },
};

function project(targetDate?: string): Project {
  const p = makeProject({
    teams: [{ id: 'core', name: 'Core', engineers: 1 }],
    workloads: [makeWorkload('pilot-app', { criticality: 'low' }), makeWorkload('a', { criticality: 'high', complexity: 4 }), makeWorkload('b', { criticality: 'high', complexity: 4 })],
    risks: [slip],
  });
  const quiet = { ...p, assumptions: [...p.assumptions.filter((a) => !(a.id in QUIET_SOURCES)), ...Object.entries(QUIET_SOURCES).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
  return targetDate ? { ...quiet, project: { ...quiet.project, targetDate } } : quiet;
}

describe('the order of the levers to reach 80%', () => {
  it('puts one more engineer, which reaches 80%, before the mitigation, which reaches it surely', () => {
    const base = planProject(project(), { seed: 1, runs: 400 });
    const plan = planProject(project(base.schedule.p50End), { seed: 1, runs: 400 });
    const levers = plan.schedule.toReach80!;
    expect(levers.map((l) => l.change.id)).toEqual(['engineer:core', 'mitigation:slip']);
    expect(levers[0]!.onTimeProbability).toBeGreaterThanOrEqual(0.8);
    expect(levers[1]!.onTimeProbability).toBe(1);
    expect(levers[1]!.onTimeProbability).toBeGreaterThan(levers[0]!.onTimeProbability);
  });

  it('lists a lever that does not reach 80% last, after larger ones that do', () => {
    const base = planProject(project(), { seed: 1, runs: 400 });
    const plan = planProject(project(base.schedule.deterministicEnd), { seed: 1, runs: 400 });
    const levers = plan.schedule.toReach80!;
    expect(levers.map((l) => l.change.id)).toEqual(['engineers:core:2', 'mitigation:slip', 'engineer:core']);
    expect(levers[0]!.onTimeProbability).toBeGreaterThanOrEqual(0.8);
    expect(levers[0]!.onTimeProbability).toBeLessThan(levers[1]!.onTimeProbability);
    expect(levers[2]!.onTimeProbability).toBeLessThan(0.8);
  });
});
