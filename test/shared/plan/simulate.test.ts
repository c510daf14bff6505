/**
 * The Monte Carlo, through planProject. "Quiet" projects switch every source of uncertainty off
 * (no program or team spread, effort and phase ratios of 1, a fixed line efficiency, fixed
 * compliance reviews), so a risk event's effect can be worked out by hand.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project, RiskEntry } from '../../../shared/model/schema';
import { isoToDay, workingDaysBetween as calendarWorkingDays } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import type { Plan } from '../../../shared/plan/types';
import { inverseCdf, PERT_TABLE_STEPS } from '../../../shared/plan/simulate/pert';
import { makeProject, makeWorkload, QUIET_SOURCES } from './arbitraries';

function withAssumptions(p: Project, values: Record<string, number>): Project {
  return { ...p, assumptions: [...p.assumptions.filter((a) => !(a.id in values)), ...Object.entries(values).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
}

/** Two waves (a pilot and a wave) of one team, everything fixed, and the given register. */
function quiet(risks: RiskEntry[], over: Partial<Project> = {}): Project {
  const p = makeProject({
    workloads: [makeWorkload('pilot-app', { criticality: 'low' }), makeWorkload('db', { kind: 'database', criticality: 'mission-critical', sourceService: 'alibaba.rds-mysql' }), makeWorkload('app', { criticality: 'high' })],
    dependencies: [{ id: 'app->db', from: 'app', to: 'db', kind: 'sync', coupling: 'tight' }],
    risks,
    ...over,
  });
  return withAssumptions(p, QUIET_SOURCES);
}

const days = (iso: string, p: Project) => isoToDay(iso) - isoToDay(p.project.startDate);
const workingDaysBetween = (from: string, to: string): number => {
  let n = 0;
  for (let d = isoToDay(from) + 1; d <= isoToDay(to); d++) if (((d + 3) % 7 + 7) % 7 < 5) n++;
  return isoToDay(to) >= isoToDay(from) ? n : -workingDaysBetween(to, from);
};

function risk(over: Partial<RiskEntry>): RiskEntry {
  return { id: 'r', title: 'A risk', probability: 1, impact: { type: 'days', optimistic: 5, likely: 5, pessimistic: 5 }, hits: { kind: 'wave', wave: 1 }, enabled: true, source: 'test', ...over };
}

describe('PERT-beta tables', () => {
  it('tabulate a quantile function from 0 to 1 whose mean is the PERT mean', () => {
    const mode = 0.2 / 0.7;
    const q = inverseCdf(mode);
    expect(q[0]).toBe(0);
    expect(q[PERT_TABLE_STEPS]).toBe(1);
    for (let j = 1; j <= PERT_TABLE_STEPS; j++) expect(q[j]!).toBeGreaterThanOrEqual(q[j - 1]!);
    let mean = 0;
    for (let j = 0; j < PERT_TABLE_STEPS; j++) mean += (q[j]! + q[j + 1]!) / 2 / PERT_TABLE_STEPS;
    expect(mean).toBeCloseTo((1 + 4 * mode) / 6, 3);
  });
});

describe('a quiet project', () => {
  it('has no spread: every run is the deterministic plan, at its 100th percentile', () => {
    const plan = planProject(quiet([]), { runs: 300 });
    expect(plan.schedule.p50End).toBe(plan.schedule.deterministicEnd);
    expect(plan.schedule.p95End).toBe(plan.schedule.deterministicEnd);
    expect(plan.schedule.deterministicPercentile).toBe(100);
    expect(plan.schedule.contingencyDays).toBe(0);
    expect(plan.simulation.p80StandardErrorDays).toBe(0);
    expect(plan.simulation.drivers.every((d) => d.daysAtP80 === 0)).toBe(true);
  });
});

describe('risk events', () => {
  it('a certain 5-day hold on the last wave moves every run 5 working days, and is the only driver', () => {
    const base = planProject(quiet([]), { runs: 200 });
    const plan = planProject(quiet([risk({})]), { runs: 200 });
    expect(workingDaysBetween(base.schedule.end, plan.schedule.p50End)).toBe(5);
    expect(plan.schedule.p95End).toBe(plan.schedule.p50End);
    expect(plan.schedule.deterministicEnd).toBe(base.schedule.end); // risks are not in the deterministic plan
    expect(plan.schedule.deterministicPercentile).toBe(0);
    expect(plan.schedule.contingencyDays).toBe(5);
    const driver = plan.simulation.drivers.find((d) => d.id === 'risk:r')!;
    expect(driver).toMatchObject({ kind: 'risk', daysAtP80: 5, removalDaysAtP80: 5, occurrence: 1 });
    expect(plan.simulation.drivers.filter((d) => d.id !== 'risk:r').every((d) => d.daysAtP80 === 0)).toBe(true);
  });

  it('a 50% chance of 10 days happens in about half the runs: P50 near the plan, P80 10 days later', () => {
    const plan = planProject(quiet([risk({ probability: 0.5, impact: { type: 'days', optimistic: 10, likely: 10, pessimistic: 10 } })]), { runs: 2000 });
    const occurrence = plan.simulation.drivers.find((d) => d.id === 'risk:r')!.occurrence!;
    expect(occurrence).toBeGreaterThan(0.46);
    expect(occurrence).toBeLessThan(0.54);
    expect(workingDaysBetween(plan.schedule.deterministicEnd, plan.schedule.p80End)).toBe(10);
    expect(plan.schedule.deterministicPercentile).toBeGreaterThan(45);
    expect(plan.schedule.deterministicPercentile).toBeLessThan(55);
  });

  it('a disabled risk, or one whose adopted mitigation takes its chance to zero, changes nothing', () => {
    const base = planProject(quiet([]), { runs: 100 });
    expect(planProject(quiet([risk({ enabled: false })]), { runs: 100 }).schedule.p95End).toBe(base.schedule.p95End);
    const mitigated = risk({ mitigation: { description: 'rehearse', probability: 0, impact: { type: 'days', optimistic: 1, likely: 1, pessimistic: 1 }, adopted: true } });
    expect(planProject(quiet([mitigated]), { runs: 100 }).schedule.p95End).toBe(base.schedule.p95End);
    const notAdopted = { ...mitigated, mitigation: { ...mitigated.mitigation!, adopted: false } };
    expect(planProject(quiet([notAdopted]), { runs: 100 }).schedule.p95End).not.toBe(base.schedule.p95End);
  });

  it('a share on a team makes its work that much longer', () => {
    const p = quiet([risk({ impact: { type: 'share', optimistic: 1, likely: 1, pessimistic: 1 }, hits: { kind: 'team', teamId: 'core' } })]);
    const base = planProject(quiet([]), { runs: 50 });
    const plan = planProject(p, { runs: 50 });
    // Twice the work: the waves the team's effort decides get longer.
    expect(isoToDay(plan.schedule.p50End)).toBeGreaterThan(isoToDay(base.schedule.end));
  });

  it('strikes every matching cutover on its own, and a wave waits for the longest', () => {
    // Two mission-critical databases in one wave, each rolled back with a chance of 0.5 for 5 days:
    // the wave is held 5 days (not 10) whenever either is, in about 3 runs out of 4.
    const two = quiet([risk({ probability: 0.5, hits: { kind: 'cutovers', workloadKinds: ['database'], criticalities: ['mission-critical'] } })], {
      workloads: [
        makeWorkload('pilot-app', { criticality: 'low' }),
        makeWorkload('db1', { kind: 'database', criticality: 'mission-critical', sourceService: 'alibaba.rds-mysql' }),
        makeWorkload('db2', { kind: 'database', criticality: 'mission-critical', sourceService: 'alibaba.rds-mysql' }),
      ],
      dependencies: [{ id: 'db1->db2', from: 'db1', to: 'db2', kind: 'sync', coupling: 'tight' }],
    });
    const plan = planProject(two, { runs: 2000 });
    const late = plan.simulation.histogram.filter((b) => isoToDay(b.start) > isoToDay(plan.schedule.deterministicEnd)).reduce((n, b) => n + b.count, 0);
    expect(late / 2000).toBeGreaterThan(0.71);
    expect(late / 2000).toBeLessThan(0.79);
    expect(workingDaysBetween(plan.schedule.deterministicEnd, plan.schedule.p95End)).toBe(5);
    const perWave = planProject({ ...two, risks: [risk({ probability: 0.5, hits: { kind: 'cutovers', per: 'wave', workloadKinds: ['database'] } })] }, { runs: 2000 });
    const occurrence = perWave.simulation.drivers.find((d) => d.id === 'risk:r')!.occurrence!;
    expect(occurrence).toBeGreaterThan(0.46);
    expect(occurrence).toBeLessThan(0.54);
  });
});

describe('drivers', () => {
  // Built and planned before each test, not when the file is collected: Stryker's per-test coverage
  // credits collection-time work to no test, so these tests would never run against a mutant.
  let p: Project;
  let plan: Plan;
  let sim: Plan['simulation'];
  beforeEach(() => {
    p = withAssumptions(
      makeProject({
        workloads: [makeWorkload('a', { criticality: 'low' }), ...Array.from({ length: 6 }, (_, i) => makeWorkload(`w${i}`, { strategy: i === 0 ? 'refactor' : 'rehost' }))],
        risks: [risk({ probability: 0.3, impact: { type: 'days', optimistic: 5, likely: 10, pessimistic: 20 } })],
      }),
      {},
    );
    plan = planProject(p, { runs: 2000, seed: 3 });
    sim = plan.simulation;
  });
  const wd = (a: string, b: string) => workingDaysBetween(a, b);

  it('are ranked by the working days they add at P80, largest first', () => {
    for (let k = 1; k < sim.drivers.length; k++) expect(sim.drivers[k - 1]!.daysAtP80).toBeGreaterThanOrEqual(sim.drivers[k]!.daysAtP80);
    expect(sim.drivers.map((d) => d.kind)).toContain('risk');
    expect(sim.drivers.map((d) => d.kind)).toContain('uncertainty');
  });

  it('add up to the contingency at P80 and to the whole of P95 minus P50', () => {
    const contingency = wd(plan.schedule.deterministicEnd, plan.schedule.p80End);
    const spread = wd(plan.schedule.p50End, plan.schedule.p95End);
    expect(plan.schedule.contingencyDays).toBe(contingency);
    expect(sim.drivers.reduce((s, d) => s + d.daysAtP80, 0)).toBeCloseTo(contingency, 0);
    expect(sim.drivers.reduce((s, d) => s + d.spreadDays, 0)).toBeCloseTo(spread, 0);
    expect(sim.drivers.reduce((s, d) => s + d.share, 0)).toBeCloseTo(1, 1);
  });

  it('say what removing each one alone would buy', () => {
    for (const d of sim.drivers) expect(Number.isFinite(d.removalDaysAtP80)).toBe(true);
    const r = sim.drivers.find((d) => d.id === 'risk:r')!;
    expect(r.removalDaysAtP80).toBeGreaterThan(0);
  });

  it('are the same for the same seed', () => {
    expect(planProject(p, { runs: 2000, seed: 3 }).simulation.drivers).toEqual(sim.drivers);
  });
});

describe('the runs', () => {
  it('give the criticality of each phase and wave: the longer of two parallel teams is critical', () => {
    const p = quiet([], {
      teams: [
        { id: 'core', name: 'Core', engineers: 4 },
        { id: 'slow', name: 'Slow', engineers: 1 },
      ],
      workloads: [makeWorkload('pilot-app', { criticality: 'low' }), makeWorkload('big', { team: 'slow', complexity: 5 }), makeWorkload('small')],
      dependencies: [],
    });
    const plan = planProject(p, { runs: 200 });
    const waveOf = (id: string) => plan.waves.find((w) => w.workloadIds.includes(id))!;
    const index = (id: string) => plan.simulation.criticality.find((c) => c.id === `wave:${waveOf(id).id}`)!.index;
    expect(index('big')).toBe(1);
    expect(plan.simulation.criticality.find((c) => c.id === 'decommission')!.index).toBe(1);
    expect(plan.simulation.criticality.find((c) => c.id === 'assess')!.index).toBe(1);
  });

  it('measure how often and how long a freeze held a cutover back, from the day it was ready', () => {
    const base = quiet([]);
    const end = planProject(base, { runs: 20 });
    const lastCutover = end.waves[end.waves.length - 1]!.cutover.start;
    const p = { ...base, calendar: { ...base.calendar, freezeWindows: [{ id: 'f', name: 'Freeze', start: lastCutover, end: dayAfter(lastCutover, 9) }] } };
    const plan = planProject(p, { runs: 200 });
    const f = plan.simulation.freezeImpact[0]!;
    expect(f.freezeId).toBe('f');
    expect(f.shareOfRuns).toBe(1);
    // Every run is the plan (quiet): each waits from its ready day to the first open day after the freeze.
    const risk = plan.risks.find((r) => r.code === 'freeze-delay')!;
    expect(risk.detail).toContain('100% of the simulated runs');
    expect(risk.params.plannedDays).toBe(f.meanDelayDays);
    expect(f.meanDelayDays).toBe(workingDaysBetween(lastCutover, plan.waves[plan.waves.length - 1]!.cutover.start));
    expect(f.meanDelayDays).toBeGreaterThanOrEqual(5);
  });

  it('stop on their own once the P80 is stable to half a working day', () => {
    const plan = planProject(withAssumptions(makeProject({ workloads: [makeWorkload('a'), makeWorkload('b')] }), {}), { runs: 'auto' });
    expect(plan.simulation.converged).toBe(true);
    expect(plan.simulation.p80StandardErrorDays).toBeLessThanOrEqual(0.5);
    expect(plan.runs % 500).toBe(0);
  });

  it('price the team time the plan holds: assessment, first work to last hypercare, decommission, every engineer', () => {
    // One team of two at 1,000 a day; focus 0.5 halves the work done a day, not the pay.
    const p = makeProject({ workloads: [makeWorkload('a')], teams: [{ id: 'core', name: 'Core', engineers: 2, focus: 0.5, dayRate: 1000 }] });
    const plan = planProject(p, { runs: 50 });
    const phase = (id: string) => plan.schedule.phases.find((x) => x.id === id)!;
    const wave = plan.waves[0]!;
    const wd = (from: string, to: string) => calendarWorkingDays(p.calendar, from, to);
    // Held from the wave's first day (the landing zone is the same team's first work here) to the end of its hypercare.
    const firstWork = [plan.foundation.start, wave.start].sort()[0]!;
    const held = phase('assess').workingDays + wd(firstWork > phase('assess').end ? firstWork : dayAfter(phase('assess').end, 1), phase(`hypercare:${wave.id}`).end) + phase('decommission').workingDays;
    expect(plan.cost.labour).toBe(2 * 1000 * held);
  });

  it('cost more labour when the plan runs longer, everything else equal', () => {
    const p = makeProject({ workloads: [makeWorkload('a'), makeWorkload('big', { kind: 'storage', size: { instances: 1, dataGb: 20_000, dailyChangeGb: 1 } })] });
    // Online copies only, so the slow line decides the date.
    const fast = withAssumptions(p, { 'transfer.offlineThresholdDays': 1000 });
    const slow = withAssumptions(p, { 'transfer.offlineThresholdDays': 1000, 'transfer.bandwidthMbps': 100 });
    const a = planProject(fast, { runs: 300 });
    const b = planProject(slow, { runs: 300 });
    expect(days(b.schedule.end, p)).toBeGreaterThan(days(a.schedule.end, p));
    expect(b.cost.labour).toBeGreaterThan(a.cost.labour);
    expect(b.cost.labourP80).toBeGreaterThan(a.cost.labourP80);
    expect(a.cost.labourP50).toBeLessThanOrEqual(a.cost.labourP80);
  });
});

function dayAfter(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
