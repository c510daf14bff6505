import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { DEFAULT_ASSUMPTIONS as D } from '../../../shared/model/default-assumptions';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { costPlan, monthsBetween } from '../../../shared/plan/cost';
import { planProject } from '../../../shared/plan/plan-project';
import { threePoint } from '../../../shared/plan/estimate';
import type { CrossCloudLink, Wave, WorkloadEstimate } from '../../../shared/plan/types';
import { project, workload } from './numeric-fixtures';

function estimate(id: string, likely: number): WorkloadEstimate {
  return { workloadId: id, effort: threePoint(likely, likely, likely), factors: [], portability: 'config-only', targetProvider: 'aws', targetService: '', transferHours: 0, offlineTransferSuggested: false, lineWorkingDays: 0, applianceWorkingDays: 0, applianceDevices: 0, offlineSavesWorkingDays: 0, changeRateExceedsLine: false, requiredMbps: 0, replication: 'files', replicationMbps: 800, transferBoundBy: 'line', overridden: false, assumptionIds: [] };
}

function wave(id: string, ids: string[], cutover: string): Wave {
  return { id, index: 1, name: id, isPilot: false, environment: 'production', applications: [], teams: [], workloadIds: ids, moveGroupIds: [], teamIds: [], runbook: [], effort: threePoint(0, 0, 0), dataGb: 0, transferHours: 0, start: cutover, end: cutover, cutover: { start: cutover, end: cutover }, p50End: cutover, p80End: cutover, p95End: cutover };
}

describe('costPlan', () => {
  // Built and worked out before each test, not when the file is collected: Stryker's per-test coverage
  // credits collection-time work to no test, so these tests would never run against a mutant.
  let cost: ReturnType<typeof costPlan>;
  beforeEach(() => {
    const p = project({
      workloads: [workload('a', { monthlyCost: 3000 }), workload('b', { monthlyCost: 1000, team: 'team-b', targetMonthlyCost: 500 }), workload('old', { strategy: 'retire', monthlyCost: 200 }), workload('keep', { strategy: 'retain', monthlyCost: 700 })],
      teams: [
        { id: 'team-a', name: 'A', engineers: 3, dayRate: 1000 },
        { id: 'team-b', name: 'B', engineers: 2 },
      ],
    });
    const estimates = { a: estimate('a', 4), b: estimate('b', 2), old: estimate('old', 0.5), keep: estimate('keep', 0) };
    const link: CrossCloudLink = { dependencyId: 'd', from: 'a', to: 'b', kind: 'async', hard: false, fromWave: 1, toWave: 2, start: '2027-01-01', end: '2027-03-02', workingDays: 40, latencyMs: 0, egressGbPerMonth: 10, egressCostPerMonth: 100 };
    cost = costPlan({ project: p, waves: [wave('w1', ['a'], '2027-01-01'), wave('w2', ['b'], '2027-03-02')], estimates, crossCloudLinks: [link], assumptions: resolveAssumptions(p), decommissionEnd: '2027-05-01', heldLabour: 123_456, labourP50: 130_000, labourP80: 150_000 });
  });

  it('reports the held team time as labour, and prices the work itself at each team day rate', () => {
    const rate = D['cost.defaultDayRate'].value;
    expect(cost).toMatchObject({ labour: 123_456, labourP50: 130_000, labourP80: 150_000 });
    expect(cost.effortLabour).toBeCloseTo(4 * 1000 + 2 * rate + 0.5 * 1000, 2);
    expect(cost.byWave.map((w) => w.labour)).toEqual([4000, 2 * rate]);
  });

  it('charges dual running from each cutover to the end of decommission', () => {
    expect(cost.byWave[0]!.dualRunning).toBeCloseTo(3000 * monthsBetween('2027-01-01', '2027-05-01'), 1);
    expect(cost.byWave[1]!.dualRunning).toBeCloseTo(1000 * monthsBetween('2027-03-02', '2027-05-01'), 1);
    expect(cost.dualRunning).toBeCloseTo(cost.byWave[0]!.dualRunning + cost.byWave[1]!.dualRunning, 1);
  });

  it('runs moved workloads on the target, keeps retained ones on the source and stops retired ones', () => {
    expect(cost.sourceMonthly).toBe(4900);
    expect(cost.targetMonthly).toBe(3000 * D['cost.targetRunRatio'].value + 500 + 700);
  });

  it('charges cross-cloud egress for the months a link spans, and totals the one-off cost', () => {
    expect(cost.crossCloudEgress).toBeCloseTo(100 * monthsBetween('2027-01-01', '2027-03-02'), 1);
    expect(cost.total).toBeCloseTo(cost.labour + cost.dualRunning + cost.crossCloudEgress, 1);
    expect(cost.currency).toBe('CNY');
  });

  it('totals the one-off cost at P50 and P80 with the runs\' labour, so no total reads below the labour beside it', () => {
    expect(cost.totalP50).toBeCloseTo(130_000 + cost.dualRunning + cost.crossCloudEgress, 1);
    expect(cost.totalP80).toBeCloseTo(150_000 + cost.dualRunning + cost.crossCloudEgress, 1);
    expect(cost.totalP50).toBeGreaterThan(cost.labourP50);
  });

  it('counts no months backwards', () => {
    expect(monthsBetween('2027-05-01', '2027-01-01')).toBe(0);
    expect(monthsBetween('2027-01-01', '2028-01-01')).toBeCloseTo(12, 1);
  });
});

describe('dual running of the landing zone', () => {
  // Worked by hand: the VPC (600 a month) and the RAM setup (150 a month) are rebuilt in the landing
  // zone, ready on 1 Dec 2026; the source copies keep billing until the decommission ends on
  // 1 May 2027: 31 + 31 + 28 + 31 + 30 = 151 days = 151 / 30.436875 = 4.9611 months.
  // (600 + 150) x 4.9611 = 3,720.82. The application 'a' cuts over on 1 Jan 2027: 120 days,
  // 3,000 x 120 / 30.436875 = 11,827.76. Total dual running 15,548.58 (each part rounded to the cent, then added).
  // Built and worked out before each test, not when the file is collected: Stryker's per-test coverage
  // credits collection-time work to no test, so these tests would never run against a mutant.
  let p: Project;
  let input: Parameters<typeof costPlan>[0];
  beforeEach(() => {
    p = project({
      workloads: [workload('a', { monthlyCost: 3000 }), workload('vpc', { kind: 'network', sourceService: 'alibaba.vpc', monthlyCost: 600 }), workload('ram', { kind: 'security', sourceService: 'alibaba.ram', monthlyCost: 150 })],
      teams: [{ id: 'team-a', name: 'A', engineers: 3, dayRate: 1000 }],
    });
    const estimates = { a: estimate('a', 4), vpc: estimate('vpc', 1), ram: estimate('ram', 1) };
    input = { project: p, waves: [wave('w1', ['a'], '2027-01-01')], estimates, crossCloudLinks: [], assumptions: resolveAssumptions(p), decommissionEnd: '2027-05-01', heldLabour: 0, labourP50: 0, labourP80: 0 };
  });

  it('charges the source copies of its pieces from the landing zone ready to the end of decommission', () => {
    const cost = costPlan({ ...input, landingZone: { workloadIds: ['vpc', 'ram'], end: '2026-12-01' } });
    expect(cost.landingZoneDualRunning).toBeCloseTo(3720.82, 2);
    expect(cost.byWave[0]!.dualRunning).toBeCloseTo(11827.76, 2);
    expect(cost.dualRunning).toBeCloseTo(15548.58, 2);
    expect(cost.total).toBeCloseTo(cost.labour + cost.dualRunning + cost.crossCloudEgress, 1);
  });

  it('counts nothing for a plan without a landing zone, and a piece a wave holds once', () => {
    expect(costPlan(input).landingZoneDualRunning).toBe(0);
    const inWave = costPlan({ ...input, waves: [wave('w1', ['a', 'vpc'], '2027-01-01')], landingZone: { workloadIds: ['vpc', 'ram'], end: '2026-12-01' } });
    expect(inWave.landingZoneDualRunning).toBeCloseTo(150 * (151 / 30.436875), 2);
    expect(inWave.dualRunning).toBeCloseTo(3600 * (120 / 30.436875) + 150 * (151 / 30.436875), 1);
  });

  it('is part of the plan: a real landing zone costs its pieces from the day it is ready', () => {
    const plan = planProject(p, { runs: 50 });
    expect(plan.foundation.workloadIds).toEqual(['vpc', 'ram']);
    expect(plan.cost.landingZoneDualRunning).toBeCloseTo(750 * monthsBetween(plan.foundation.end, plan.schedule.end), 1);
    expect(plan.cost.dualRunning).toBeCloseTo(plan.cost.byWave.reduce((a, w) => a + w.dualRunning, 0) + plan.cost.landingZoneDualRunning, 1);
  });
});
