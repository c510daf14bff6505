/**
 * A cutover held back by a change freeze is reported with the working days it waits, counted from
 * the day it was ready (not from the freeze's start), and with how often the runs meet the freeze.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { workingDaysBetween } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import type { Plan } from '../../../shared/plan/types';
import { makeProject, makeWorkload } from './arbitraries';
import { FIXED_FRAME } from './numeric-fixtures';

describe('freeze-delay risk', () => {
  // One wave ready on Wednesday 2026-02-04 (working day 23 from Monday 5 January: assessment 10
  // days, landing zone to day 15, pilot to day 24...). A 25-day freeze that started long before it
  // holds it to the first working day after the freeze.
  // No lead time either (they are tested in lead-times.test.ts): the dates above are the effort's.
  // Planned before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let planned: Plan;
  let ready: string;
  let p: Project;
  let plan: Plan;
  let risk: Plan['risks'][number];
  beforeEach(() => {
    const fixed = makeProject();
    const base = makeProject({ project: { ...fixed.project, inPlace: { hardware: true, dedicatedLine: true, accounts: true, securitySignOff: true } }, workloads: [makeWorkload('a', { criticality: 'low' })], risks: [], assumptions: fixed.assumptions.map((a) => (a.id in FIXED_FRAME ? { ...a, value: FIXED_FRAME[a.id]! } : a)) });
    planned = planProject(base, { runs: 50 });
    ready = planned.waves[0]!.cutover.start;
    const freeze = { id: 'f', name: 'Long freeze', start: '2026-01-12', end: addDays(ready, 4) };
    p = { ...base, calendar: { ...base.calendar, freezeWindows: [freeze] } };
    plan = planProject(p, { runs: 200 });
    risk = plan.risks.find((r) => r.code === 'freeze-delay')!;
  });

  it('counts the wait from the day the cutover was ready', () => {
    const waited = workingDaysBetween(p.calendar, ready, plan.waves[0]!.cutover.start) - 1;
    expect(risk.params.plannedDays).toBe(waited);
    expect(waited).toBeLessThanOrEqual(4);
    expect(risk.detail).toContain(`is ready on ${ready}`);
    expect(risk.detail).not.toContain('25');
    expect(risk.waveId).toBe(plan.waves[0]!.id);
    expect(risk.workloadIds).toEqual(['a']);
  });

  it('says how often the runs meet the freeze and for how long', () => {
    expect(Number(risk.params.shareOfRuns)).toBeGreaterThan(50);
    expect(plan.simulation.freezeImpact[0]).toMatchObject({ freezeId: 'f', name: 'Long freeze' });
  });

  it('is gone when the freeze is removed', () => {
    expect(planned.risks.filter((r) => r.code === 'freeze-delay')).toEqual([]);
  });
});

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
