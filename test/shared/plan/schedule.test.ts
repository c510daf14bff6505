/**
 * The deterministic schedule, worked by hand (shared/plan/schedule/model.ts). The fixture: one
 * team of 3 (focus 0.7: 2.1 person-days a working day), weekdays from Monday 2027-03-01, no
 * holidays, default assumptions but a fixed frame (numeric-fixtures.ts, FIXED_FRAME; phase-lengths.test.ts
 * works the scaled one): assessment 10 working days (days 0-9), the landing zone from day
 * 5 (5 days of overlap) with a 10-day floor, so ready on day 15; pilot and waves at least 10
 * days; 5 days of lessons after the pilot; hypercare 10 days holding 30% of the team; decommission 10.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { WorkingCalendar } from '../../../shared/plan/calendar';
import { scheduleProgram } from '../../../shared/plan/schedule';
import type { WaveDraft, WorkloadEstimate } from '../../../shared/plan/types';
import { fakeEstimates } from './arbitraries';
import { drafts, noFoundation, project, workload } from './numeric-fixtures';

function run(p: Project, waves: WaveDraft[], likely: Record<string, number>, over: Partial<Record<string, Partial<WorkloadEstimate>>> = {}, foundation = noFoundation(p)) {
  const estimates = fakeEstimates(p, (w) => likely[w.id] ?? 0);
  for (const [id, e] of Object.entries(over)) estimates[id] = { ...estimates[id]!, ...e };
  const a = resolveAssumptions(p);
  return scheduleProgram(p, foundation, waves, estimates, a, new WorkingCalendar(p.calendar, p.project.startDate));
}

describe('scheduleProgram: one team works its waves in order', () => {
  // Scheduled before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let s: ReturnType<typeof run>;
  beforeEach(() => {
    const p = project();
    s = run(p, drafts(p, [['a'], ['b'], ['c']]), { a: 10.5, b: 21, c: 4.2 });
  });

  it('runs assessment, then the landing zone from the last week of assessment', () => {
    expect(s.schedule.phases.find((x) => x.id === 'assess')).toMatchObject({ start: '2027-03-01', end: '2027-03-12', workingDays: 10 });
    expect(s.foundationStartDay).toBe(5);
    expect(s.readyDay).toBe(15);
  });

  it('works the pilot at the team capacity and cuts it over after its minimum length', () => {
    // 10.5 person-days at 2.1 a day: days 15-19; the 10-day minimum puts the cutover on day 24.
    expect(s.waves[0]).toMatchObject({ startDay: 15, cutoverDay: 24 });
    expect(s.waves[0]!.teams[0]).toMatchObject({ teamId: 'team-a', effort: 10.5, workingDays: 5 });
  });

  it('starts wave 1 after the pilot cutover and its lessons, and slows it by the pilot’s hypercare', () => {
    // Starts on day 30 (24 + 1 + 5). Days 30-34 are in the pilot's hypercare: 0.7 x 2.1 = 1.47 a day,
    // 7.35 person-days; the other 13.65 at 2.1 a day take 7 more days: done on day 42, which is also
    // past the 10-day minimum (day 39), so it cuts over on day 42.
    expect(s.waves[1]).toMatchObject({ startDay: 30, cutoverDay: 42 });
  });

  it('loses the cutover day and works through the hypercare that follows it', () => {
    // The team is free on day 42, its cutover day: nothing done then. From day 43, 1.47 a day:
    // 4.2 person-days take 3 days (done on day 46). The minimum puts the cutover on day 51.
    expect(s.waves[2]).toMatchObject({ startDay: 42, cutoverDay: 51 });
    expect(s.waves[2]!.teams[0]!.end).toBe('2027-05-03'); // day 45, the last day of work
  });

  it('ends with decommission after the last hypercare', () => {
    // Hypercare of wave 2: days 52-61; decommission days 62-71.
    expect(s.endDay).toBe(72);
    expect(s.schedule.end).toBe('2027-06-08');
    expect(s.schedule.phases.find((x) => x.id === 'decommission')).toMatchObject({ workingDays: 10, end: '2027-06-08' });
    expect(s.criticalPath).toEqual(['assess', 'foundation', 'wave:pilot', 'wave:wave-1', 'wave:wave-2', 'hypercare:wave-2', 'decommission']);
  });
});

describe('scheduleProgram: teams', () => {
  const teams = [
    { id: 'team-a', name: 'A', engineers: 3 },
    { id: 'team-b', name: 'B', engineers: 1, focus: 1 },
  ];

  it('lets each team work its own part of a wave: the wave ends when the slowest team is done', () => {
    const p = project({ teams, workloads: [workload('a'), workload('b', { team: 'team-b' }), workload('c')] });
    // Wave 1 holds a (team A, 2.1 a day) and b (team B, 1 a day). No pilot: waves start when ready (day 15).
    const waves = drafts(p, [['c'], ['a', 'b']]).map((w, i) => ({ ...w, isPilot: false, index: i }));
    const s = run(p, waves, { a: 21, b: 30, c: 2.1 });
    const parts = Object.fromEntries(s.waves[1]!.teams.map((t) => [t.teamId, t]));
    // A finished its 1-day part of the first wave on day 16; days 16-23 give 16.8 person-days, day 24
    // is that wave's cutover, and the last 4.2 take 3 days at 1.47 in its hypercare: days 16-27.
    // B: 30 person-days at 1 a day, days 15-44. The wave cuts over when B is done: day 45.
    expect(parts['team-a']).toMatchObject({ workingDays: 12, effort: 21 });
    expect(parts['team-b']).toMatchObject({ workingDays: 30 });
    expect(s.waves[1]).toMatchObject({ startDay: 15, cutoverDay: 45 });
  });

  it('runs waves whose teams differ in parallel', () => {
    const p = project({ teams, workloads: [workload('a'), workload('b', { team: 'team-b' })] });
    const waves = drafts(p, [['a'], ['b']]).map((w, i) => ({ ...w, isPilot: false, index: i }));
    const s = run(p, waves, { a: 42, b: 20 });
    // Both start when the landing zone is ready: A needs 20 days, B 20 days, side by side.
    expect(s.waves[0]).toMatchObject({ startDay: 15, cutoverDay: 35 });
    expect(s.waves[1]).toMatchObject({ startDay: 15, cutoverDay: 35 });
  });

  it('makes the landing zone the platform team’s work, and its waves wait for it', () => {
    const p = project();
    const foundation = { ...noFoundation(p), effort: { optimistic: 42, likely: 42, pessimistic: 42, expected: 42, sigma: 0 } };
    const s = run(p, drafts(p, [['a'], ['b']]), { a: 2.1, b: 2.1 }, {}, foundation);
    // 42 person-days at 2.1 a day from day 5: days 5-24, so the landing zone is ready on day 25,
    // past its own 10-day minimum (day 15).
    expect(s.readyDay).toBe(25);
    expect(s.waves[0]!.startDay).toBe(25);
  });

  it('cuts a wave over only after the waves holding what it needs, even when its team is faster', () => {
    const p = project({ teams, workloads: [workload('a', { team: 'team-b' }), workload('b'), workload('c')], dependencies: [{ id: 'c->a', from: 'c', to: 'a', kind: 'sync', coupling: 'loose' }] });
    // Wave 0: a (team B, 40 days). Wave 1: c (team A, 1 day) needs a. Without the need it would cut
    // over on day 24 (its minimum); with it, the day after wave 0's cutover.
    const waves = drafts(p, [['a'], ['b'], ['c']]).map((w, i) => ({ ...w, isPilot: false, index: i }));
    const s = run(p, waves, { a: 40, b: 2.1, c: 2.1 });
    expect(s.waves[0]!.cutoverDay).toBe(55);
    expect(s.waves[2]!.cutoverDay).toBe(56);
    const without = run({ ...p, dependencies: [] }, waves, { a: 40, b: 2.1, c: 2.1 });
    expect(without.waves[2]!.cutoverDay).toBeLessThan(30);
  });
});

describe('scheduleProgram: what else holds a cutover', () => {
  it('moves a cutover out of a freeze window and records the day it was ready', () => {
    const base = project();
    const p = { ...base, calendar: { ...base.calendar, freezeWindows: [{ id: 'f', name: 'Freeze', start: '2027-04-01', end: '2027-04-09' }] } };
    const s = run(p, drafts(p, [['a']]), { a: 2.1 });
    // Ready on day 24 (Friday 2 April, in the freeze); it moves to Monday 12 April, day 30.
    expect(s.waves[0]).toMatchObject({ wantedCutoverDay: 24, cutoverDay: 30 });
    expect(s.waves[0]!.cutover.start).toBe('2027-04-12');
  });

  it('gates production cutovers on compliance tasks, which join the critical path', () => {
    const base = project();
    const p = { ...base, project: { ...base.project, compliance: { icpFiling: true, mlpsLevel: 0, crossBorderData: false } } };
    const s = run(p, drafts(p, [['a'], ['b']]), { a: 2.1, b: 2.1 });
    // ICP filing: 20 working days from the landing zone's start (day 5): it ends on day 25.
    expect(s.waves[0]!.cutoverDay).toBe(24); // the pilot is not gated
    expect(s.waves[1]!.cutoverDay).toBeGreaterThanOrEqual(30);
    const gated = run(p, drafts(p, [['a']]), { a: 2.1 });
    expect(gated.waves[0]!.cutoverDay).toBe(25); // the pilot alone is
    expect(gated.criticalPath).toContain('compliance:icp');
  });

  it('draws each compliance gate from its anchor: ICP from the landing zone\'s start, MLPS from its readiness, PIPL from the assessment\'s end', () => {
    const base = project();
    const p = { ...base, project: { ...base.project, compliance: { icpFiling: true, mlpsLevel: 3, crossBorderData: true } } };
    const phases = run(p, drafts(p, [['a'], ['b']]), { a: 2.1, b: 2.1 }).schedule.phases;
    // ICP: 20 working days from day 5 (Monday 8 March), days 5-24. MLPS: 30 from day 15 (Monday 22 March),
    // days 15-44. PIPL: 45 from day 10 (Monday 15 March), days 10-54.
    expect(phases.find((x) => x.id === 'compliance:icp')).toMatchObject({ start: '2027-03-08', end: '2027-04-02', workingDays: 20, dependsOn: ['foundation'] });
    expect(phases.find((x) => x.id === 'compliance:mlps')).toMatchObject({ start: '2027-03-22', end: '2027-04-30', workingDays: 30, dependsOn: ['foundation'] });
    expect(phases.find((x) => x.id === 'compliance:pipl')).toMatchObject({ start: '2027-03-15', end: '2027-05-14', workingDays: 45, dependsOn: ['assess'] });
    expect(phases.find((x) => x.id === 'foundation')).toMatchObject({ start: '2027-03-08', end: '2027-03-19' });
  });

  it('waits for the data: online copies share the line, appliances run side by side', () => {
    const p = project();
    const s = run(p, drafts(p, [['a', 'b']]), { a: 2.1, b: 2.1 }, { a: { transferHours: 24 * 14 }, b: { transferHours: 24 * 7 } });
    // 21 round-the-clock days on a 5-day week = 15 working days: the wave cannot cut over before day 30.
    expect(s.waves[0]!.cutoverDay).toBe(30);
    const offline = run(p, drafts(p, [['a', 'b']]), { a: 2.1, b: 2.1 }, { a: { transferHours: 24 * 100, offlineTransferSuggested: true, applianceWorkingDays: 18 }, b: { transferHours: 24 * 100, offlineTransferSuggested: true, applianceWorkingDays: 12 } });
    expect(offline.waves[0]!.cutoverDay).toBe(33);
  });

  it('plans a project with no waves as assessment, landing zone and decommission', () => {
    const p = project({ workloads: [] });
    const s = run(p, [], {});
    expect(s.schedule.phases.map((x) => x.kind)).toEqual(['assess', 'foundation', 'decommission']);
    // Ready on day 15; nothing to delete, so decommission is its shortest, one day (wave-frame.ts).
    expect(s.endDay).toBe(16);
  });
});
