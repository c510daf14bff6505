/**
 * A wave whose recorded cutover lies in a change freeze, pinned or not. Hand-worked as in
 * pin-schedule-issues.test.ts: the lone workload's pilot is planned 2026-01-26 to a cutover on
 * Friday 2026-02-06; the team records that history, and an audit freeze over 2026-02-02..10 is added
 * afterwards. History no rule moves, so the recorded cutover sits in the freeze.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { makeProject, makeWorkload } from './arbitraries';
import { FIXED_FRAME } from './numeric-fixtures';

const freeze = { id: 'audit', name: 'Audit freeze', start: '2026-02-02', end: '2026-02-10' };

describe('a recorded cutover inside a change freeze', () => {
  // Built before each test, not when the file is collected: makeProject reads shared/plan's default
  // assumptions, and Stryker's per-test coverage credits collection-time work to no test.
  let base: Project;
  let recorded: Project;
  beforeEach(() => {
    const fixed = makeProject();
    const frame = { project: { ...fixed.project, inPlace: { hardware: true, dedicatedLine: true, accounts: true, securitySignOff: true } }, risks: [], assumptions: fixed.assumptions.map((a) => (a.id in FIXED_FRAME ? { ...a, value: FIXED_FRAME[a.id]! } : a)) };
    base = makeProject({ ...frame, workloads: [makeWorkload('a', { name: 'Orders API', criticality: 'low' })], calendar: { ...fixed.calendar, freezeWindows: [freeze] } });
    // An earlier, superseded record for the same wave first: the last one is the one the plan uses, and the issue points at it.
    recorded = { ...base, actuals: [{ id: 'act-old', wave: 0, start: '2026-01-19', finish: '2026-01-30' }, { id: 'act-pilot', wave: 0, start: '2026-01-26', finish: '2026-02-06' }] };
  });

  it('is reported on the wave when no pin placed it, with the recorded date, the freeze, and the record it comes from', () => {
    const plan = planProject(recorded, { runs: 20 });
    expect(plan.waves[0]!.cutover.start).toBe('2026-02-06');
    const found = plan.issues.filter((i) => i.code === 'recorded-cutover-in-freeze');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: `issue:recorded-cutover-in-freeze:${plan.waves[0]!.id}`, severity: 'warning', path: ['actuals', 1, 'finish'], workloadIds: ['a'] });
    expect(found[0]!.params).toEqual({ wave: 'Pilot', waveId: plan.waves[0]!.id, freeze: 'Audit freeze', freezeId: 'audit', freezeStart: '2026-02-02', freezeEnd: '2026-02-10', cutover: '2026-02-06' });
    expect(found[0]!.message).toBe("Pilot's recorded cutover (2026-02-06) falls in the change freeze Audit freeze (2026-02-02 to 2026-02-10). The planner never schedules a cutover in a freeze: check the recorded date, or whether the freeze was added after it.");
  });

  it('is said once, on the pin, when a pin placed the wave', () => {
    const plan = planProject({ ...recorded, pins: [{ id: 'pin-a', workloadId: 'a', wave: 0 }] }, { runs: 20 });
    const codes = plan.issues.map((i) => i.code);
    expect(codes).toContain('pin-cutover-in-freeze');
    expect(codes).not.toContain('recorded-cutover-in-freeze');
  });

  it('is not reported for a recorded cutover outside the freeze, nor for a planned one (the scheduler moves it out)', () => {
    const after = { ...recorded, calendar: { ...recorded.calendar, freezeWindows: [{ ...freeze, start: '2026-02-09' }] } };
    expect(planProject(after, { runs: 20 }).issues.filter((i) => i.code.includes('freeze'))).toEqual([]);
    const planned = planProject(base, { runs: 20 });
    expect(planned.waves[0]!.cutover.start > freeze.end).toBe(true);
    expect(planned.issues.map((i) => i.code)).not.toContain('recorded-cutover-in-freeze');
  });
});
