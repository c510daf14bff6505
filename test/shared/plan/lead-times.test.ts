/**
 * Lead times and rehearsals, worked by hand on the schedule fixture (numeric-fixtures.ts: one team
 * of 3 at 0.7, 2.1 person-days a working day, weekdays from Monday 2027-03-01; assessment days
 * 0-9, the landing zone from day 5 with a 10-day minimum, ready on day 15 when nothing waits; the
 * pilot at least 10 days, 5 days of lessons, 10 of hypercare holding 30% of the team).
 */
import { describe, expect, it } from 'vitest';
import type { InPlace, Project } from '../../../shared/model/schema';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { WorkingCalendar } from '../../../shared/plan/calendar';
import { leadTimeTasks, scheduleProgram } from '../../../shared/plan/schedule';
import type { WaveDraft, WorkloadEstimate } from '../../../shared/plan/types';
import { fakeEstimates } from './arbitraries';
import { drafts, noFoundation, project, workload } from './numeric-fixtures';

const ALL_IN_PLACE: InPlace = { hardware: true, dedicatedLine: true, accounts: true, securitySignOff: true };

function missing(p: Project, what: Partial<Record<keyof InPlace, false>>, meta: Partial<Project['project']> = {}): Project {
  return { ...p, project: { ...p.project, ...meta, inPlace: { ...ALL_IN_PLACE, ...what } } };
}

function run(p: Project, waves: WaveDraft[], likely: Record<string, number>, over: Partial<Record<string, Partial<WorkloadEstimate>>> = {}) {
  const estimates = fakeEstimates(p, (w) => likely[w.id] ?? 0);
  for (const [id, e] of Object.entries(over)) estimates[id] = { ...estimates[id]!, ...e };
  return scheduleProgram(p, noFoundation(p), waves, estimates, resolveAssumptions(p), new WorkingCalendar(p.calendar, p.project.startDate));
}

describe('which lead times a project waits for', () => {
  const names = (p: Project) => leadTimeTasks(p, resolveAssumptions(p)).map((t) => t.id);

  it('waits for hardware only on a self-hosted target whose hardware is not in place', () => {
    const cloud = project();
    expect(names(missing(cloud, { hardware: false }))).toEqual([]);
    const own = missing(cloud, { hardware: false }, { defaultTargets: ['self-hosted'] });
    expect(names(own)).toEqual(['lead:hardware']);
    expect(names({ ...own, project: { ...own.project, inPlace: ALL_IN_PLACE } })).toEqual([]);
  });

  it('orders a dedicated line for large data unless the project transfers over the internet', () => {
    const big = project({ workloads: [workload('a', { size: { instances: 1, dataGb: 20_000, dailyChangeGb: 0 } }), workload('b'), workload('c')] });
    expect(names(missing(big, { dedicatedLine: false }))).toEqual(['lead:line']);
    expect(names(missing(big, { dedicatedLine: false }, { transferLine: 'internet' }))).toEqual([]);
    // A few hundred gigabytes go over a VPN: nobody orders a line for them, nor for the data of a workload that stays or is retired.
    const gb = (dataGb: number) => ({ instances: 1, dataGb, dailyChangeGb: 0 });
    const small = project({ workloads: [workload('a', { size: gb(300) }), workload('b', { strategy: 'retain', size: gb(20_000) }), workload('c', { strategy: 'retire', size: gb(20_000) })] });
    expect(names(missing(small, { dedicatedLine: false }))).toEqual([]);
    expect(names(missing(project(), { dedicatedLine: false }))).toEqual([]);
    // With every size called large, an estate with no data still needs no line.
    const noData = project();
    expect(names(missing({ ...noData, assumptions: noData.assumptions.map((a) => (a.id === 'risk.largeDataGb' ? { ...a, value: 0 } : a)) }, { dedicatedLine: false }))).toEqual([]);
    expect(names(missing(project(), { dedicatedLine: false }, { transferLine: 'dedicated' }))).toEqual(['lead:line']);
  });

  it('waits for accounts per target cloud and for one security sign-off by default', () => {
    const p = project({ workloads: [workload('a'), workload('b', { target: { provider: 'azure' } }), workload('c', { target: { provider: 'self-hosted' } })] });
    const bare = { ...p, project: { ...p.project, inPlace: { hardware: true } } };
    expect(names(bare)).toEqual(['lead:accounts:aws', 'lead:accounts:azure', 'lead:signoff']);
  });

  it('takes each lead time from its assumption, and none at zero', () => {
    const p = missing(project(), { hardware: false }, { defaultTargets: ['self-hosted'] });
    const [hw] = leadTimeTasks(p, resolveAssumptions(p));
    // 40 working days likely; 0.75x to 2x: 30 to 80.
    expect(hw).toMatchObject({ likelyDays: 40, optimisticDays: 30, pessimisticDays: 80, anchor: 'foundation-start', gate: 'ready', assumptionId: 'leadTime.hardwareDays' });
    const zero = { ...p, assumptions: [...p.assumptions, { id: 'leadTime.hardwareDays', value: 0, unit: 'working days', source: 'test' }] };
    expect(leadTimeTasks(zero, resolveAssumptions(zero))).toEqual([]);
  });
});

describe('lead times on the schedule', () => {
  it('counts the wait for accounts once: the accounts are set up while their contract and quotas are reviewed', () => {
    // One AWS landing zone from day 5 whose own elapsed time is 3 (provider) + 3 x 1 (production,
    // log archive and audit accounts) + 2 (region) + 3 (the team's sign-in) = 11 days, and the
    // accounts lead time of 10 from the same day. Both start on day 5 and run side by side, so
    // readiness is the later of 16 and 15, not 5 + 11 + 10 = 26, nor 5 + 10 + 3 = 18.
    const frame = (id: string, value: number) => ({ id, value, unit: 'working days', source: 'test' });
    const base = missing(project(), { accounts: false });
    const scaled = (accountsDays: number): Project => ({
      ...base,
      assumptions: [
        ...base.assumptions.filter((x) => !x.id.startsWith('phase.foundation.days') && x.id !== 'phase.foundation.sharedAccountsPerProvider' && x.id !== 'leadTime.accountsDays'),
        frame('phase.foundation.daysPerProvider', 3),
        frame('phase.foundation.sharedAccountsPerProvider', 2),
        frame('phase.foundation.daysPerAccount', 1),
        frame('phase.foundation.daysPerRegion', 2),
        frame('phase.foundation.daysPerIdentityIntegration', 3),
        frame('leadTime.accountsDays', accountsDays),
      ],
    });
    const s = run(scaled(10), drafts(base, [['a']]), { a: 2.1 });
    expect(s.foundationStartDay).toBe(5);
    expect(s.schedule.phases.find((x) => x.id === 'lead:accounts:aws')).toMatchObject({ workingDays: 10 });
    expect(s.readyDay).toBe(16);
    // A longer wait decides alone: 20 days from day 5 is ready on day 25, the per-account days inside it.
    const slow = run(scaled(20), drafts(base, [['a']]), { a: 2.1 });
    expect(slow.readyDay).toBe(25);
    expect(slow.criticalPath).toContain('lead:accounts:aws');
    // Without the wait, the landing zone's own 11 days: ready on day 16 again, so the wait added nothing there.
    expect(run(scaled(0), drafts(base, [['a']]), { a: 2.1 }).readyDay).toBe(16);
  });

  it('holds the landing zone until the hardware is racked: 40 days from day 5, ready on day 45 not 15', () => {
    const p = missing(project(), { hardware: false }, { defaultTargets: ['self-hosted'] });
    const s = run(p, drafts(p, [['a'], ['b']]), { a: 10.5, b: 21 });
    expect(s.schedule.phases.find((x) => x.id === 'lead:hardware')).toMatchObject({ kind: 'lead-time', start: '2027-03-08', workingDays: 40, code: 'lead.hardware' });
    expect(s.readyDay).toBe(45);
    // The pilot: 10.5 person-days from day 45, its 10-day minimum: cutover on day 54 (24 with the hardware in place).
    expect(s.waves[0]).toMatchObject({ startDay: 45, cutoverDay: 54 });
    expect(s.criticalPath.slice(0, 3)).toEqual(['assess', 'lead:hardware', 'wave:pilot']);
    const inPlace = run({ ...p, project: { ...p.project, inPlace: ALL_IN_PLACE } }, drafts(p, [['a'], ['b']]), { a: 10.5, b: 21 });
    expect(inPlace.waves[0]!.cutoverDay).toBe(24);
    expect(s.endDay - inPlace.endDay).toBe(30);
  });

  it('holds every cutover until the security sign-off: 10 days from the landing zone ready (15), so the pilot cuts over on day 25, not 24', () => {
    const p = missing(project(), { securitySignOff: false });
    const s = run(p, drafts(p, [['a']]), { a: 10.5 });
    expect(s.schedule.phases.find((x) => x.id === 'lead:signoff')).toMatchObject({ start: '2027-03-22', workingDays: 10, dependsOn: ['foundation'] });
    expect(s.waves[0]!.cutoverDay).toBe(25);
    expect(s.criticalPath).toEqual(['assess', 'foundation', 'lead:signoff', 'wave:pilot', 'hypercare:pilot', 'decommission']);
  });

  it('starts an online copy only once the line is up: 30 days from day 5, then 2 days of copy, cutover on day 37', () => {
    const p = missing(project(), { dedicatedLine: false }, { transferLine: 'dedicated' });
    // 48 round-the-clock hours are 2 x 5/7 = 1.43 working days: the copy ends after day 36.
    const s = run(p, drafts(p, [['a']]), { a: 10.5 }, { a: { transferHours: 48 } });
    expect(s.schedule.phases.find((x) => x.id === 'lead:line')).toMatchObject({ workingDays: 30 });
    expect(s.waves[0]!.cutoverDay).toBe(37);
    expect(s.criticalPath).toContain('lead:line');
    const noData = run(p, drafts(p, [['a']]), { a: 10.5 });
    expect(noData.waves[0]!.cutoverDay).toBe(24);
  });
});

describe('rehearsals on the schedule', () => {
  it('drills a mission-critical wave after its work and its copy: 2 x (2 + 5) = 14 days, cutover on day 56 not 42', () => {
    // The pilot b (10.5) cuts over on day 24; wave 1 (a, 21 person-days, mission-critical) starts on
    // day 30 and its team is done on day 42 (the hand-worked example of schedule.test.ts).
    const p = project({ project: { ...project().project }, workloads: [workload('a', { criticality: 'mission-critical' }), workload('b'), workload('c')] });
    const s = run(p, drafts(p, [['b'], ['a']]), { a: 21, b: 10.5 });
    const drills = s.schedule.phases.find((x) => x.kind === 'rehearsal')!;
    expect(drills).toMatchObject({ id: 'rehearsal:wave-1', waveId: 'wave-1', workingDays: 14, code: 'rehearsal.drills', params: { wave: 'wave-1', count: 2, drillDays: 2, lessonsDays: 5 } });
    expect(s.model.rehearsalDrills[1]).toBe(2);
    expect(s.waves[1]).toMatchObject({ startDay: 30, cutoverDay: 56 });
    expect(s.buffers.rehearsalStart[1]).toBe(42);
    // A zero-downtime workload is drilled too; a low-criticality one with hours of downtime is not.
    const zero = project({ workloads: [workload('a', { downtimeTolerance: 'zero' }), workload('b'), workload('c')] });
    expect(run(zero, drafts(zero, [['b'], ['a']]), { a: 21, b: 10.5 }).waves[1]!.cutoverDay).toBe(56);
    const plain = project();
    expect(run(plain, drafts(plain, [['b'], ['a']]), { a: 21, b: 10.5 }).waves[1]!.cutoverDay).toBe(42);
  });

  it('keeps the incremental sync running through the rehearsals: the drills start when the copy is across', () => {
    const p = project({ workloads: [workload('a', { criticality: 'mission-critical', kind: 'database' }), workload('b'), workload('c')] });
    // 14 round-the-clock days are 10 working days of copy from day 30, across on day 40; the team is
    // done later, on day 42, so the drills start then.
    const short = run(p, drafts(p, [['b'], ['a']]), { a: 21, b: 10.5 }, { a: { transferHours: 14 * 24 } });
    expect(short.buffers.rehearsalStart[1]).toBe(42);
    // 28 round-the-clock days = 20 working days: across on day 50; drills days 50-63; cutover on day 64.
    const long = run(p, drafts(p, [['b'], ['a']]), { a: 21, b: 10.5 }, { a: { transferHours: 28 * 24 } });
    expect(long.buffers.rehearsalStart[1]).toBe(50);
    expect(long.waves[1]!.cutoverDay).toBe(64);
  });
});
