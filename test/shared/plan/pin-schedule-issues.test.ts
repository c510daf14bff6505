/**
 * What a pin breaks once its wave is scheduled: a change freeze holding the pinned wave's cutover
 * (which freeze, how many working days), and a pinned production workload moving before its own
 * application's non-production copies. Each names the pin, so the board shows it on the card.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { workingDaysBetween } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import type { Plan } from '../../../shared/plan/types';
import { makeProject, makeWorkload } from './arbitraries';
import { FIXED_FRAME } from './numeric-fixtures';

/** Everything in place, no risks, the fixed frame (a function: makeProject reads the default assumptions of the folder under test). */
function frame(): Partial<Project> {
  const fixed = makeProject();
  return { project: { ...fixed.project, inPlace: { hardware: true, dedicatedLine: true, accounts: true, securitySignOff: true } }, risks: [], assumptions: fixed.assumptions.map((a) => (a.id in FIXED_FRAME ? { ...a, value: FIXED_FRAME[a.id]! } : a)) };
}

describe('a pin whose wave a change freeze holds', () => {
  // Built and planned before each test, not when the file is collected: Stryker's per-test coverage
  // credits collection-time work to no test, so these tests would never run against a mutant.
  let unfrozen: Plan;
  let ready: string;
  let freeze: Project['calendar']['freezeWindows'][number];
  let frozen: Project;
  let plan: Plan;
  let issue: Plan['issues'][number] | undefined;
  beforeEach(() => {
    const base = makeProject({ ...frame(), workloads: [makeWorkload('a', { name: 'Orders API', criticality: 'low' })], pins: [{ id: 'pin-a', workloadId: 'a', wave: 0 }] });
    unfrozen = planProject(base, { runs: 20 });
    ready = unfrozen.waves[0]!.cutover.start;
    // A freeze from long before the day the wave is ready to four calendar days after it.
    freeze = { id: 'f', name: 'Singles Day freeze', start: '2026-01-12', end: addDays(ready, 4) };
    frozen = { ...base, calendar: { ...base.calendar, freezeWindows: [freeze] } };
    plan = planProject(frozen, { runs: 20 });
    issue = plan.issues.find((i) => i.code === 'pin-held-by-freeze');
  });

  it('names the freeze and the working days it holds the cutover, counted from the day the wave was ready', () => {
    const cutover = plan.waves[0]!.cutover.start;
    // Held to the first working day after the freeze: from `ready` (exclusive) to `cutover` (inclusive).
    const held = workingDaysBetween(frozen.calendar, ready, cutover) - 1;
    expect(cutover > freeze.end).toBe(true);
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThanOrEqual(4);
    expect(issue).toMatchObject({ id: 'issue:pin-held-by-freeze:pin-a', severity: 'warning', path: ['pins', 0, 'wave'], workloadIds: ['a'] });
    expect(issue!.params).toMatchObject({ pin: 'pin-a', workload: 'Orders API', freeze: 'Singles Day freeze', days: held, count: held, readyDate: ready, cutover });
    expect(issue!.message).toContain(`inside the change freeze Singles Day freeze (2026-01-12 to ${freeze.end})`);
    expect(issue!.message).toContain(`holds the cutover ${held} working day`);
  });

  it('is reported for a pin whose wave was renumbered too: the pin still placed the workload there', () => {
    const renumbered = planProject({ ...frozen, pins: [{ id: 'pin-a', workloadId: 'a', wave: 3 }] }, { runs: 20 });
    expect(renumbered.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['pin-wave-renumbered', 'pin-held-by-freeze']));
  });

  it('is not there without the freeze, nor without the pin', () => {
    expect(unfrozen.issues.filter((i) => i.code.startsWith('pin-held') || i.code === 'pin-cutover-in-freeze')).toEqual([]);
    const unpinned = planProject({ ...frozen, pins: [] }, { runs: 20 });
    expect(unpinned.issues.filter((i) => i.code === 'pin-held-by-freeze')).toEqual([]);
  });
});

describe('a pin on a wave whose recorded cutover lies in a change freeze', () => {
  // Hand-worked: the lone workload's pilot runs 2026-01-26 to a cutover on Friday 2026-02-06 (unfrozen, as planned). The
  // team records that history (started 2026-01-26, finished 2026-02-06), and an audit freeze over 2026-02-02..2026-02-10 is
  // added afterwards. History is not moved by any rule, so the recorded
  // cutover sits in the freeze: the one way a cutover can (the scheduler moves every planned one out, see the next test).
  const freeze = { id: 'audit', name: 'Audit freeze', start: '2026-02-02', end: '2026-02-10' };
  // Built before each test, not when the file is collected: Stryker's per-test coverage
  // credits collection-time work to no test, so these tests would never run against a mutant.
  let base: Project;
  let frozen: Project;
  let recorded: Project;
  beforeEach(() => {
    base = makeProject({ ...frame(), workloads: [makeWorkload('a', { name: 'Orders API', criticality: 'low' })], pins: [{ id: 'pin-a', workloadId: 'a', wave: 0 }] });
    frozen = { ...base, calendar: { ...base.calendar, freezeWindows: [freeze] } };
    recorded = { ...frozen, actuals: [{ id: 'act-pilot', wave: 0, start: '2026-01-26', finish: '2026-02-06' }] };
  });

  it('is planned to cut over on Friday 2026-02-06 without the freeze (the dates the rest is worked from)', () => {
    const plain = planProject(base, { runs: 20 });
    expect([plain.waves[0]!.start, plain.waves[0]!.cutover.start]).toEqual(['2026-01-26', '2026-02-06']);
  });

  it('reports pin-cutover-in-freeze with the recorded date and the freeze, and not pin-held-by-freeze', () => {
    const plan = planProject(recorded, { runs: 20 });
    expect(plan.waves[0]!.cutover.start).toBe('2026-02-06');
    const codes = plan.issues.map((i) => i.code);
    expect(codes).not.toContain('pin-held-by-freeze');
    const issue = plan.issues.find((i) => i.code === 'pin-cutover-in-freeze');
    expect(issue).toMatchObject({ id: 'issue:pin-cutover-in-freeze:pin-a', severity: 'warning', path: ['pins', 0, 'wave'], workloadIds: ['a'] });
    expect(issue!.params).toEqual({ pin: 'pin-a', workload: 'Orders API', workloadId: 'a', wave: 'Pilot', freeze: 'Audit freeze', freezeId: 'audit', freezeStart: '2026-02-02', freezeEnd: '2026-02-10', cutover: '2026-02-06' });
    expect(issue!.message).toBe(
      "Pin 'pin-a' puts Orders API in Pilot, whose recorded cutover (2026-02-06) falls in the change freeze Audit freeze (2026-02-02 to 2026-02-10). " +
        'The planner never schedules a cutover in a freeze: check the recorded date, or whether the freeze was added after it.',
    );
  });

  it('without the recorded finish, the same freeze holds the planned cutover to Wednesday 2026-02-11 instead (pin-held-by-freeze, 3 working days)', () => {
    const plan = planProject(frozen, { runs: 20 });
    expect(plan.waves[0]!.cutover.start).toBe('2026-02-11');
    expect(plan.issues.map((i) => i.code)).not.toContain('pin-cutover-in-freeze');
    expect(plan.issues.find((i) => i.code === 'pin-held-by-freeze')!.params).toMatchObject({ readyDate: '2026-02-06', cutover: '2026-02-11', days: 3 });
  });

  it('is not reported without the pin, nor when the recorded cutover is outside the freeze', () => {
    expect(planProject({ ...recorded, pins: [] }, { runs: 20 }).issues.filter((i) => i.code.startsWith('pin-'))).toEqual([]);
    const before = { ...recorded, calendar: { ...recorded.calendar, freezeWindows: [{ ...freeze, start: '2026-02-09' }] } };
    expect(planProject(before, { runs: 20 }).issues.filter((i) => i.code.includes('freeze'))).toEqual([]);
  });
});

describe('a pin that moves production before its own non-production copies', () => {
  // One application, a production (high criticality: not a pilot) and a test copy: unpinned, the test copy moves first (the
  // packing's non-production-first rule). Pinning production to the pilot turns that round: the
  // test copy cannot share production's wave (environments apart), so it moves in a later one.
  const workloads = [
    makeWorkload('shop', { name: 'Shop', application: 'Storefront', environment: 'production', criticality: 'high' }),
    makeWorkload('shop-test', { name: 'Shop (test)', application: 'Storefront', environment: 'test', criticality: 'low' }),
  ];
  // Built and planned before each test, not when the file is collected: Stryker's per-test coverage
  // credits collection-time work to no test, so these tests would never run against a mutant.
  let unpinned: Plan;
  let plan: Plan;
  beforeEach(() => {
    const base = makeProject({ ...frame(), workloads });
    unpinned = planProject(base, { runs: 20 });
    plan = planProject({ ...base, pins: [{ id: 'pin-shop', workloadId: 'shop', wave: 0 }] }, { runs: 20 });
  });
  const waveOf = (p: typeof plan, id: string) => p.waves.find((w) => w.workloadIds.includes(id))!;

  it('unpinned, the test copy moves first and nothing is reported', () => {
    expect(waveOf(unpinned, 'shop-test').index).toBeLessThan(waveOf(unpinned, 'shop').index);
    expect(unpinned.issues.filter((i) => i.code === 'pin-production-before-non-production')).toEqual([]);
  });

  it('pinned, says which copies now move later and in which wave', () => {
    expect(waveOf(plan, 'shop').index).toBe(0);
    const later = waveOf(plan, 'shop-test');
    expect(later.index).toBeGreaterThan(0);
    const issue = plan.issues.find((i) => i.code === 'pin-production-before-non-production');
    expect(issue).toMatchObject({ id: 'issue:pin-production-before-non-production:pin-shop', severity: 'warning', condition: 'non-production-first', path: ['pins', 0, 'wave'], workloadIds: ['shop', 'shop-test'] });
    expect(issue!.params).toMatchObject({ workload: 'Shop', application: 'Storefront', workloads: 'Shop (test)', copies: 1, wave: waveOf(plan, 'shop').name, laterWaves: later.name });
    expect(issue!.message).toContain(`before Shop (test), the non-production copies of Storefront, which move in ${later.name}`);
  });
});

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
