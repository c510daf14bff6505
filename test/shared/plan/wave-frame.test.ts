/**
 * Issue 16: no fixed minimum silently decides a small estate's date. A wave's shortest length,
 * its hypercare and decommission follow what drives them (shared/plan/schedule/wave-frame.ts),
 * worked by hand on the default assumptions:
 * - shortest wave: dev/test 1 working day (its users' smoke test); production 5 (the change
 *   approval), or 5 for the TTL lead of what it switches by name, or 10 when a high or
 *   mission-critical workload goes down for a window and its users are told two weeks ahead;
 * - hypercare: dev/test 2, production 5, production with a high, mission-critical or
 *   zero-downtime workload 10;
 * - decommission: 1 person-day per source workload holding data, 0.25 per stateless one, each team
 *   at its capacity, the slowest team setting the length (at least a day).
 * And the Summary's figure: the working days the plan would still take with unlimited engineers.
 */
import { describe, expect, it } from 'vitest';
import type { Project, Workload } from '../../../shared/model/schema';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { WorkingCalendar } from '../../../shared/plan/calendar';
import { planDeterministic } from '../../../shared/plan/plan-project';
import { scheduleProgram } from '../../../shared/plan/schedule';
import { decommissionDays, decommissionPersonDays, hypercareDays, waveMinimum } from '../../../shared/plan/schedule/wave-frame';
import type { RunbookStep, WaveDraft } from '../../../shared/plan/types';
import { loadSample } from '../../../shared/samples';
import { makeProject } from './arbitraries';
import { fakeEstimates } from './arbitraries';
import { drafts, noFoundation, workload } from './numeric-fixtures';

// Built inside each test, not when the file is collected: Stryker's per-test coverage credits
// collection-time work to no test, so those tests would never run against a mutant.
const defaults = () => resolveAssumptions({ assumptions: [] });
const dnsStep: RunbookStep = { id: 'x:network.dns-ttl', workloadId: 'x', phase: 'prepare', code: 'network.dns-ttl', params: {}, title: 'Lower the TTLs', after: [] };
const wave = (environment: WaveDraft['environment'], runbook: RunbookStep[] = []) => ({ environment, runbook });

describe('a wave’s shortest length follows what it holds', () => {
  it('gives a dev/test wave one day, whatever it holds: no change board, TTL lead or notice', () => {
    const a = defaults();
    expect(waveMinimum(wave('non-production', [dnsStep]), [workload('x', { criticality: 'mission-critical' })], a)).toEqual({ days: 1, cause: 'non-production' });
  });

  it('holds a production wave for its change approval, its TTL lead, or its users’ notice', () => {
    const a = defaults();
    expect(waveMinimum(wave('production'), [workload('x')], a)).toEqual({ days: 5, cause: 'change-approval' });
    // TTLs of 5 days do not exceed the approval's 5: both run from the wave's first day.
    expect(waveMinimum(wave('production', [dnsStep]), [workload('x')], a)).toEqual({ days: 5, cause: 'change-approval' });
    const longTtl = resolveAssumptions({ assumptions: [{ id: 'phase.dnsTtlLeadDays', value: 8, unit: 'working days', source: 'test' }] });
    expect(waveMinimum(wave('production', [dnsStep]), [workload('x')], longTtl)).toEqual({ days: 8, cause: 'dns-ttl' });
    // A high-criticality service down for a window: its users are told ten working days ahead.
    expect(waveMinimum(wave('production'), [workload('x', { criticality: 'high', downtimeTolerance: 'hours' })], a)).toEqual({ days: 10, cause: 'notice' });
    // Shifted with no downtime, it needs no notice.
    expect(waveMinimum(wave('production'), [workload('x', { criticality: 'high', downtimeTolerance: 'zero' })], a)).toEqual({ days: 5, cause: 'change-approval' });
  });
});

describe('hypercare follows the wave’s environment and criticality', () => {
  it('watches dev/test for 2 days, ordinary production for 5 and critical production for 10', () => {
    const a = defaults();
    expect(hypercareDays('non-production', [workload('x', { criticality: 'mission-critical' })], a)).toBe(2);
    expect(hypercareDays('production', [workload('x', { criticality: 'low' }), workload('y', { criticality: 'medium' })], a)).toBe(5);
    expect(hypercareDays('production', [workload('x'), workload('y', { criticality: 'high' })], a)).toBe(10);
    expect(hypercareDays('production', [workload('x', { downtimeTolerance: 'zero' })], a)).toBe(10);
  });
});

describe('decommission is the owner teams’ work', () => {
  it('costs a day per source workload holding data and a quarter of a day per stateless one; a cache holds none worth keeping', () => {
    const a = defaults();
    const data = (kind: Workload['kind'], gb: number) => workload('x', { kind, size: { instances: 1, dataGb: gb, dailyChangeGb: 0 } });
    expect(decommissionPersonDays(data('database', 500), a)).toBe(1);
    expect(decommissionPersonDays(data('compute', 0), a)).toBe(0.25);
    expect(decommissionPersonDays(data('cache', 4), a)).toBe(0.25);
  });

  it('takes as long as the slowest team needs, at least a day', () => {
    // Team 0: 6.5 person-days at 2.1 a day: 3.1, so 4 days; team 1: 1 person-day at 0.7, 2 days.
    expect(decommissionDays(new Map([[0, 6.5], [1, 1]]), [2.1, 0.7])).toBe(4);
    // Twice the engineers: 6.5 at 4.2 is 1.55, so 2 days.
    expect(decommissionDays(new Map([[0, 6.5]]), [4.2])).toBe(2);
    expect(decommissionDays(new Map(), [2.1])).toBe(1);
  });
});

describe('on the schedule', () => {
  // One team of 3 (2.1 person-days a day), weekdays from Monday 2027-03-01, every lead time in place.
  // Scheduled in each test (see defaults above).
  const schedule = () => {
    const base = makeProject();
    const p: Project = makeProject({
      project: { ...base.project, name: 'Frame', startDate: '2027-03-01', inPlace: { hardware: true, dedicatedLine: true, accounts: true, securitySignOff: true } },
      workloads: [workload('a', { environment: 'test' }), workload('b'), workload('c', { criticality: 'high', downtimeTolerance: 'hours', size: { instances: 1, dataGb: 100, dailyChangeGb: 0 } })],
      teams: [{ id: 'team-a', name: 'Team A', engineers: 3 }],
    });
    const waves = drafts(p, [['a'], ['b'], ['c']]).map((w, i) => (i === 0 ? { ...w, environment: 'non-production' as const } : w));
    return scheduleProgram(p, noFoundation(p), waves, fakeEstimates(p, 2.1), resolveAssumptions(p), new WorkingCalendar(p.calendar, p.project.startDate));
  };

  it('cuts a dev/test pilot over when its day of work is done, and watches it for 2 days', () => {
    const s = schedule();
    const ready = s.readyDay;
    // 2.1 person-days at 2.1 a day: one day, then the cutover the next; the dev/test minimum (one day) holds nothing.
    expect(s.waves[0]).toMatchObject({ startDay: ready, cutoverDay: ready + 1 });
    expect(s.waves[0]!.hypercareEndDay).toBe(ready + 1 + 1 + 2);
  });

  it('holds an ordinary production wave 5 days for its change approval, a high-criticality one 10 for its notice', () => {
    const s = schedule();
    // Wave 1 starts after the pilot's cutover and its 5 days of lessons; a day of work, then the approval.
    const w1 = s.waves[1]!;
    expect(w1.startDay).toBe(s.waves[0]!.cutoverDay + 1 + 5);
    expect(w1.cutoverDay).toBe(w1.startDay + 5 - 1);
    expect(w1.hypercareEndDay - w1.cutoverDay - 1).toBe(5);
    const w2 = s.waves[2]!;
    // Its day of work is done long before the ten days' notice to its users, which sets the cutover.
    expect(w2.cutoverDay).toBe(w2.startDay + 10 - 1);
    expect(w2.hypercareEndDay - w2.cutoverDay - 1).toBe(10);
  });

  it('decommissions in the days the team needs: 1 (data) + 2 x 0.25 person-days at 2.1 a day is one day', () => {
    const s = schedule();
    expect(s.endDay - s.buffers.frame.decommissionStart).toBe(1);
  });
});

describe('the online shop with twice the engineers', () => {
  // Worked from the deterministic plan (working-day numbers from 2027-01-11; the shop's team of 3
  // at 0.7 works 2.1 person-days a day, 6 engineers 4.2).
  const plan = (engineers: number) => {
    const shop = loadSample('online-shop');
    return planDeterministic({ ...shop, teams: shop.teams.map((t) => ({ ...t, engineers })) }).scheduled;
  };

  it('ends 16 working days earlier, and says which of its days no head count shortens', () => {
    const three = plan(3);
    const six = plan(6);
    // The landing zone's 42.1 person-days take 21 days at 2.1 from day 1 (ready on day 22) and 11
    // at 4.2, which is also its own elapsed time (11): ready on day 12, 10 days earlier.
    expect([three.readyDay, six.readyDay]).toEqual([22, 12]);
    // The sign-off's 10 days follow readiness, so the pilot may cut over on day 32 or day 22; at 22
    // the Spring Festival freeze holds it to day 26, so 6 days are gained, not 10.
    expect([three.waves[0]!.cutoverDay, six.waves[0]!.wantedCutoverDay, six.waves[0]!.cutoverDay]).toEqual([32, 22, 26]);
    // Wave 1 starts after the pilot's cutover and 5 days of lessons (38 and 32); its 35.3
    // person-days take 17 days or 9 (8 fewer), then the same 14 days of drills: cutover on day 69
    // or 55, 14 earlier; the same 10 days of hypercare (mission-critical).
    expect(three.waves[1]!.teams[0]!.workingDays - six.waves[1]!.teams[0]!.workingDays).toBe(8);
    expect([three.waves[1]!.cutoverDay, six.waves[1]!.cutoverDay]).toEqual([69, 55]);
    // Decommission: 5 workloads holding data (1 person-day each) and 6 stateless (0.25): 6.5
    // person-days, 4 days at 2.1 and 2 at 4.2.
    expect([three.model.decommissionDays, six.model.decommissionDays]).toEqual([4, 2]);
    // In all: 10 - 4 (the freeze) + 8 + 2 = 16.
    expect([three.endDay, six.endDay]).toEqual([84, 68]);
    // With unlimited engineers it would still take 59: assessment, the sign-off, the freeze, the
    // approvals and notice, the lessons, the drills and hypercare. The same for both teams.
    expect([three.schedule.fixedLengthDays, six.schedule.fixedLengthDays]).toEqual([59, 59]);
  });
});
