/**
 * The two moves of issue 16 that Decamp used to plan too short, each against the same project with
 * the new element switched off (same seed, same runs: common random numbers), so the difference is
 * the element's. The figures the assertions bound are worked out in docs/planning-engine.md
 * ("Lead times and rehearsals: two moves").
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { workingDaysBetween } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import type { Plan } from '../../../shared/plan/types';
import { makeProject, makeWorkload } from './arbitraries';

const RUNS = 2000;
const days = (p: Project, iso: string) => workingDaysBetween(p.calendar, p.project.startDate, iso);
function range(p: Project, plan: Plan) {
  const s = plan.schedule;
  return { det: days(p, s.deterministicEnd), p50: days(p, s.p50End), p80: days(p, s.p80End), p95: days(p, s.p95End), spread: days(p, s.p95End) - days(p, s.p50End) };
}
function withAssumption(p: Project, id: string, value: number): Project {
  return { ...p, assumptions: [...p.assumptions.filter((a) => a.id !== id), { id, value, unit: '', source: 'test' }] };
}

describe('a move onto own servers with no hardware in place', () => {
  // Eight rehost workloads of one team of 4 onto self-hosted; accounts and the line are not in play
  // (self-hosted, no large data); the sign-off is in place so only the hardware differs.
  // Built and planned before each test, not when the file is collected: Stryker's per-test coverage
  // credits collection-time work to no test, so these tests would never run against a mutant.
  let without: Plan;
  let withHardware: Plan;
  let a: ReturnType<typeof range>;
  let b: ReturnType<typeof range>;
  beforeEach(() => {
    const base = makeProject({
      project: { ...makeProject().project, defaultTargets: ['self-hosted'], inPlace: { securitySignOff: true } },
      workloads: Array.from({ length: 8 }, (_, i) => makeWorkload(`app-${i}`, { criticality: i === 0 ? 'low' : 'medium' })),
    });
    const inPlace: Project = { ...base, project: { ...base.project, inPlace: { securitySignOff: true, hardware: true } } };
    without = planProject(base, { runs: RUNS });
    withHardware = planProject(inPlace, { runs: RUNS });
    a = range(base, without);
    b = range(inPlace, withHardware);
  });

  it('waits for the hardware: the landing zone is ready 40 working days after it starts instead of after its own length', () => {
    expect(without.schedule.phases.find((p) => p.id === 'lead:hardware')).toMatchObject({ kind: 'lead-time', workingDays: 40 });
    // With the hardware in place the landing zone takes its own length (about 11 working days here).
    const own = withHardware.schedule.phases.find((p) => p.kind === 'foundation')!.workingDays;
    expect(own).toBeLessThan(20);
    expect(a.det - b.det).toBe(40 - own);
  });

  it('moves the whole range later and widens it: the lead time is drawn from 30-80 days, times the program factor', () => {
    expect(a.p50).toBeGreaterThan(b.p50);
    expect(a.p95).toBeGreaterThan(b.p95);
    // P50 moves about the deterministic shift (29-30) plus the skew of the draw (PERT mean 45 against
    // the likely 40), less than 50; P95 moves more, because the draw's tail (up to 80) lands there.
    expect(a.p50 - b.p50).toBeGreaterThanOrEqual(a.det - b.det);
    expect(a.p50 - b.p50).toBeLessThan(50);
    expect(a.p95 - b.p95).toBeGreaterThan(a.p50 - b.p50);
    expect(a.spread).toBeGreaterThan(b.spread);
  });

  it('names the hardware as a driver and puts it on the critical path in nearly every run', () => {
    const driver = without.simulation.drivers.find((d) => d.id === 'uncertainty:lead-hardware')!;
    expect(driver).toMatchObject({ kind: 'uncertainty', code: 'driver.uncertainty.lead-hardware' });
    expect(driver.spreadDays).toBeGreaterThan(0);
    expect(withHardware.simulation.drivers.find((d) => d.id === 'uncertainty:lead-hardware')).toBeUndefined();
    expect(without.simulation.criticality.find((c) => c.id === 'lead:hardware')!.index).toBeGreaterThan(0.9);
  });
});

describe('a 200 TB database moved through DTS with two rehearsals', () => {
  // One mission-critical 200 TB database writing 500 GB a day, replicated through DTS (the project
  // says so), its application, and a low-criticality pilot; one team of 4; everything else in place.
  // Built and planned before each test, not when the file is collected: Stryker's per-test coverage
  // credits collection-time work to no test, so these tests would never run against a mutant.
  let drilled: Plan;
  let plain: Plan;
  let a: ReturnType<typeof range>;
  let b: ReturnType<typeof range>;
  beforeEach(() => {
    const meta = { ...makeProject().project, inPlace: { hardware: true, dedicatedLine: true, accounts: true, securitySignOff: true } };
    const base = makeProject({
      project: meta,
      workloads: [
        makeWorkload('pilot-app', { criticality: 'low' }),
        makeWorkload('orders-db', { kind: 'database', sourceService: 'alibaba.rds-mysql', criticality: 'mission-critical', downtimeTolerance: 'minutes', replication: 'database', size: { instances: 2, dataGb: 200_000, dailyChangeGb: 500 } }),
        makeWorkload('orders-app', { criticality: 'high' }),
      ],
      dependencies: [{ id: 'app->db', from: 'orders-app', to: 'orders-db', kind: 'sync', coupling: 'tight' }],
    });
    const noDrills = withAssumption(base, 'rehearsal.drills', 0);
    drilled = planProject(base, { runs: RUNS });
    plain = planProject(noDrills, { runs: RUNS });
    a = range(base, drilled);
    b = range(noDrills, plain);
  });

  it('copies at DTS throughput (400 Mbit/s), not the line (800): 200 TB take about 52 round-the-clock days with the writes', () => {
    const e = drilled.estimates['orders-db']!;
    expect(e).toMatchObject({ replication: 'database', replicationMbps: 400, transferBoundBy: 'method', offlineTransferSuggested: false });
    // 200,000 GB at 4,320 GB a day is 46.3 days; 500 GB a day of writes take 11.6% of it: 52.4 days.
    expect(e.transferHours / 24).toBeCloseTo(52.4, 0);
  });

  it('drills twice after the copy is across and cuts over after: 2 x (2 + 5) = 14 working days later', () => {
    const drills = drilled.schedule.phases.find((p) => p.kind === 'rehearsal')!;
    expect(drills).toMatchObject({ workingDays: 14, params: expect.objectContaining({ count: 2 }) });
    expect(a.det - b.det).toBe(14);
    const steps = drilled.waves.flatMap((w) => w.runbook).filter((s) => s.workloadId === 'orders-db' && s.phase === 'rehearse');
    expect(steps.map((s) => s.params.round)).toEqual([1, 2]);
  });

  it('moves the range later and widens it: failed drills are repeated after their lessons', () => {
    expect(a.p50).toBeGreaterThan(b.p50);
    expect(a.p95).toBeGreaterThan(b.p95);
    // P50 at least the 14 days (a drill runs 1.6-3 days, mean 2.1); a run where one drill of the two
    // fails (51% of runs: 1 - 0.7^2) repeats it with its lessons, about 7 more days; so the P95,
    // where most runs repeat one or two drills, moves about a week more than the P50.
    expect(a.p50 - b.p50).toBeGreaterThanOrEqual(14);
    expect(a.p95 - b.p95).toBeGreaterThanOrEqual(a.p50 - b.p50 + 3);
    expect(a.spread).toBeGreaterThan(b.spread);
    const driver = drilled.simulation.drivers.find((d) => d.id === 'uncertainty:rehearsals')!;
    expect(driver.spreadDays).toBeGreaterThan(0);
  });
});
