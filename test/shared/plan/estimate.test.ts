import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS as D } from '../../../shared/model/default-assumptions';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { type EquivalentLookup, estimateTransfer, estimateWorkloads, sumThreePoints, threePoint } from '../../../shared/plan/estimate';
import { project, workload } from './numeric-fixtures';

const configOnly: EquivalentLookup = () => ({ service: 'Amazon EC2', portability: 'config-only' });
/**
 * The online copy's round-the-clock hours as the plan works them out (estimateTransfer, file sync:
 * its default 800 Mbit/s does not bind below a 1 Gbit/s line at 80%, so the line sets the time).
 */
const lineHours = (dataGb: number, dailyChangeGb: number, a: ReturnType<typeof resolveAssumptions>) => estimateTransfer(dataGb, dailyChangeGb, a, 5).lineHours;

describe('transfer time', () => {
  // Resolved before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let defaults: ReturnType<typeof resolveAssumptions>;
  beforeEach(() => {
    defaults = resolveAssumptions(project());
  });

  it('matches the planning model examples', () => {
    // 10 TB over 1 Gbps at 80% = 27.8 h.
    expect(lineHours(10_000, 0, defaults)).toBeCloseTo(27.78, 2);
    // 100 TB over 100 Mbps at 80% = 116 days.
    const slow = resolveAssumptions(project({ assumptions: [{ id: 'transfer.bandwidthMbps', value: 100, unit: 'Mbit/s', source: 'test' }] }));
    expect(lineHours(100_000, 0, slow) / 24).toBeCloseTo(115.7, 1);
  });

  it('stretches the copy by the share of the line that daily changes take', () => {
    // 1 Gbps at 80% moves 8,640 GB a day; 864 GB of changes a day take 10% of it.
    expect(lineHours(10_000, 864, defaults)).toBeCloseTo(27.78 / 0.9, 1);
  });

  it('never divides by zero on a zero bandwidth assumption', () => {
    const broken = resolveAssumptions(project({ assumptions: [{ id: 'transfer.bandwidthMbps', value: 0, unit: 'Mbit/s', source: 'test' }] }));
    expect(Number.isFinite(lineHours(100, 0, broken))).toBe(true);
  });
});

describe('estimateWorkloads', () => {
  it('multiplies base, kind, complexity, size, portability and criticality, naming each assumption', () => {
    const p = project({
      workloads: [workload('db', { kind: 'database', strategy: 'replatform', complexity: 4, criticality: 'high', size: { instances: 4, dataGb: 1000, dailyChangeGb: 0 } })],
    });
    const e = estimateWorkloads(p, resolveAssumptions(p), () => ({ service: 'Amazon RDS', portability: 'data-config' })).db!;
    // base x database x complexity 4 x (1 + perDoubling x log2 4) x (1 + perTenfold x log10(1000 / 100)) x data-config x high
    const likely =
      D['effort.base.replatform'].value *
      D['effort.kind.database'].value *
      D['effort.complexity.4'].value *
      (1 + D['effort.size.perDoublingInstances'].value * 2) *
      (1 + D['effort.size.perTenfoldDataGb'].value * 1) *
      D['effort.portability.data-config'].value *
      D['effort.criticality.high'].value;
    const o = D['effort.optimisticRatio'].value;
    const pr = D['effort.pessimisticRatio'].value;
    expect(e.effort.likely).toBeCloseTo(likely, 2);
    expect(e.effort.optimistic).toBeCloseTo(likely * o, 2);
    expect(e.effort.pessimistic).toBeCloseTo(likely * pr, 2);
    expect(e.effort.expected).toBeCloseTo((likely * (o + 4 + pr)) / 6, 2);
    expect(e.factors.map((f) => f.assumptionId)).toEqual([
      'effort.base.replatform',
      'effort.kind.database',
      'effort.complexity.4',
      'effort.size.perDoublingInstances',
      'effort.size.perTenfoldDataGb',
      'effort.portability.data-config',
      'effort.criticality.high',
      'effort.optimisticRatio',
      'effort.pessimisticRatio',
    ]);
    expect(e.assumptionIds).toContain('transfer.bandwidthMbps');
    expect(e.targetService).toBe('Amazon RDS');
    expect(e.overridden).toBe(false);
  });

  it('puts a medium rehosted VM whose data moves with it at 4-9 person-days (Linthicum)', () => {
    const p = project({ workloads: [workload('vm', { criticality: 'medium', complexity: 3 })] });
    const likely = estimateWorkloads(p, resolveAssumptions(p), () => ({ service: 'Amazon EC2', portability: 'data-config' })).vm!.effort.likely;
    expect(likely).toBeGreaterThanOrEqual(4);
    expect(likely).toBeLessThanOrEqual(9);
  });

  it('keeps the cited strategy weights: refactor 7x, replatform 4x, repurchase 3x a rehost', () => {
    const strategies = ['rehost', 'repurchase', 'replatform', 'refactor'] as const;
    const p = project({ workloads: strategies.map((s) => workload(s, { strategy: s, team: s })), teams: strategies.map((s) => ({ id: s, name: s, engineers: 3 })) });
    const e = estimateWorkloads(p, resolveAssumptions(p), () => ({ service: 'X', portability: 'data-config' }));
    expect(e.refactor!.effort.likely / e.rehost!.effort.likely).toBeCloseTo(7, 5);
    expect(e.replatform!.effort.likely / e.rehost!.effort.likely).toBeCloseTo(4, 5);
    expect(e.repurchase!.effort.likely / e.rehost!.effort.likely).toBeCloseTo(3, 5);
  });

  it('makes a team faster with each workload it has done (a learning curve), never another team', () => {
    const ids = ['a', 'b', 'c', 'd', 'x'];
    const p = project({ workloads: ids.map((id) => workload(id, { team: id === 'x' ? 'team-b' : 'team-a' })), teams: [{ id: 'team-a', name: 'A', engineers: 3 }, { id: 'team-b', name: 'B', engineers: 3 }] });
    const e = estimateWorkloads(p, resolveAssumptions(p), configOnly, ids);
    const rate = D['effort.learningRate'].value;
    expect(e.b!.effort.likely / e.a!.effort.likely).toBeCloseTo(rate, 3); // the 2nd: rate^log2(2)
    expect(e.d!.effort.likely / e.a!.effort.likely).toBeCloseTo(rate * rate, 3); // the 4th: rate^2
    expect(e.x!.effort.likely).toBeCloseTo(e.a!.effort.likely, 5); // team B's first
    expect(e.b!.factors.find((f) => f.assumptionId === 'effort.learningRate')!.name).toBe('learning (workload 2 of team team-a)');
  });

  it('costs more when the target has a worse equivalent, and widens the tail for refactor and none', () => {
    const p = project({ workloads: [workload('x')] });
    const a = resolveAssumptions(p);
    const by = (portability: 'config-only' | 'data-config' | 'refactor' | 'none') => estimateWorkloads(p, a, () => ({ service: 's', portability })).x!;
    expect(by('data-config').effort.likely).toBeGreaterThan(by('config-only').effort.likely);
    expect(by('refactor').effort.likely).toBeGreaterThan(by('data-config').effort.likely);
    expect(by('none').effort.likely).toBeGreaterThan(by('refactor').effort.likely);
    expect(by('none').effort.pessimistic / by('none').effort.likely).toBeCloseTo(D['effort.pessimisticRatioRefactor'].value, 2);
    expect(by('config-only').effort.pessimistic / by('config-only').effort.likely).toBeCloseTo(D['effort.pessimisticRatio'].value, 2);
  });

  it('assumes data + config for a service the catalog does not know, and says so', () => {
    const p = project({ workloads: [workload('x', { sourceService: 'alibaba.mystery' })] });
    const e = estimateWorkloads(p, resolveAssumptions(p), () => undefined).x!;
    expect(e.portability).toBe('data-config');
    expect(e.factors.find((f) => f.assumptionId === 'effort.portability.data-config')?.name).toMatch(/unknown service/);
  });

  it('uses the shipped catalog by default', () => {
    const p = project({ workloads: [workload('vm')] });
    const e = estimateWorkloads(p, resolveAssumptions(p)).vm!;
    expect(e.targetProvider).toBe('aws');
    expect(e.targetService).not.toBe('');
  });

  it('lets a user override replace the three points, sorted whatever the order given', () => {
    const p = project({ overrides: [{ id: 'o1', workloadId: 'a', optimistic: 9, likely: 3, pessimistic: 5 }] });
    const e = estimateWorkloads(p, resolveAssumptions(p), configOnly).a!;
    expect(e.overridden).toBe(true);
    expect([e.effort.optimistic, e.effort.likely, e.effort.pessimistic]).toEqual([3, 5, 9]);
  });

  it('keeps the first of two workloads with one id, as the duplicate-workload-id error says', () => {
    // The first copy is a complexity-1 VM, the second a complexity-5 database: the estimate must
    // be the VM's (its factors name complexity 1 and compute), not the second copy's.
    const first = workload('dup', { complexity: 1 });
    const second = workload('dup', { kind: 'database', complexity: 5 });
    const p = project({ workloads: [first, second] });
    const e = estimateWorkloads(p, resolveAssumptions(p), configOnly).dup!;
    const ids = e.factors.map((f) => f.assumptionId);
    expect(ids).toContain('effort.complexity.1');
    expect(ids).toContain('effort.kind.compute');
    expect(ids).not.toContain('effort.complexity.5');
    const alone = project({ workloads: [first] });
    expect(e.effort.likely).toBeCloseTo(estimateWorkloads(alone, resolveAssumptions(alone), configOnly).dup!.effort.likely, 9);
  });

  it('gives retained workloads no effort and no transfer', () => {
    const p = project({ workloads: [workload('keep', { strategy: 'retain', size: { instances: 3, dataGb: 5000, dailyChangeGb: 0 } })] });
    const e = estimateWorkloads(p, resolveAssumptions(p), configOnly).keep!;
    expect(e.effort.likely).toBe(0);
    expect(e.transferHours).toBe(0);
  });

  it('does not charge the catalog refactor factor on top of a refactor strategy', () => {
    const p = project({ workloads: [workload('x', { strategy: 'refactor' })] });
    const a = resolveAssumptions(p);
    const e = estimateWorkloads(p, a, () => ({ service: 's', portability: 'refactor' })).x!;
    expect(e.portability).toBe('refactor');
    expect(e.factors.map((f) => f.assumptionId)).toContain('effort.portability.data-config');
    // The factor says why, where "why this number?" lists it.
    expect(e.factors.find((f) => f.assumptionId === 'effort.portability.data-config')!.name).toBe('portability (refactor), priced as data-config: the refactor base covers the code change');
    expect(e.effort.pessimistic / e.effort.likely).toBeCloseTo(D['effort.pessimisticRatioRefactor'].value, 2);
  });

  it('suggests appliances past the threshold only when they are faster, and says how much time they save', () => {
    const p = project({ workloads: [workload('lake', { kind: 'storage', size: { instances: 1, dataGb: 100_000, dailyChangeGb: 0 } })] });
    // 100 TB on 1 Gbit/s at 80%: 277.8 round-the-clock hours, 8.27 working days on a 5-day week.
    // Appliances: 2 devices filled side by side (50 TB each, 33.3 h at 1.5 TB an hour), the last one
    // imported (33.3 h), after 10 working days of logistics: 11.98 working days. The line wins.
    const fast = estimateWorkloads(p, resolveAssumptions(p), configOnly).lake!;
    expect(fast.transferHours).toBeCloseTo(277.8, 1);
    expect(fast.lineWorkingDays).toBeCloseTo((277.78 / 24) * (5 / 7), 1);
    expect(fast.applianceDevices).toBe(2);
    expect(fast.applianceWorkingDays).toBeCloseTo(10 + (66.67 / 24) * (5 / 7), 1);
    expect(fast.offlineTransferSuggested).toBe(false);
    // On 100 Mbit/s the line needs 82.7 working days: the appliances save about 70.
    const slowLine = { ...p, assumptions: [...p.assumptions.filter((a) => a.id !== 'transfer.bandwidthMbps'), { id: 'transfer.bandwidthMbps', value: 100, unit: 'Mbit/s', source: 'test' }] };
    const slow = estimateWorkloads(slowLine, resolveAssumptions(slowLine), configOnly).lake!;
    expect(slow.offlineTransferSuggested).toBe(true);
    expect(slow.offlineSavesWorkingDays).toBeCloseTo(slow.lineWorkingDays - slow.applianceWorkingDays, 0);
    expect(slow.offlineSavesWorkingDays).toBeGreaterThan(65);
  });
});

describe('appliances', () => {
  // Resolved before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let a: ReturnType<typeof resolveAssumptions>;
  beforeEach(() => {
    a = resolveAssumptions(project());
  });

  it('take longer with more data: devices of 80 TB, two filled at a time', () => {
    const t = (tb: number) => estimateTransfer(tb * 1000, 0, a, 5);
    expect(t(50).applianceDevices).toBe(1);
    expect(t(160).applianceDevices).toBe(2);
    expect(t(400).applianceDevices).toBe(5);
    expect(t(160).applianceWorkingDays).toBeGreaterThan(t(50).applianceWorkingDays);
    expect(t(400).applianceWorkingDays).toBeGreaterThan(t(160).applianceWorkingDays);
    // 400 TB: 5 devices, 3 rounds of filling 80 TB (53.3 h each) plus the last import.
    expect(t(400).applianceWorkingDays).toBeCloseTo(10 + ((3 * 53.33 + 53.33) / 24) * (5 / 7), 1);
  });

  it('and the changes made meanwhile still cross the line', () => {
    expect(estimateTransfer(100_000, 1000, a, 5).applianceWorkingDays).toBeGreaterThan(estimateTransfer(100_000, 0, a, 5).applianceWorkingDays);
  });
});

describe('a change rate the line cannot carry', () => {
  it('is flagged, with the line speed that would suffice, and never becomes a date', () => {
    // 1 Gbit/s at 80% carries 8,640 GB a day; 10 TB of changes a day can never be caught up.
    const a = resolveAssumptions(project());
    const t = estimateTransfer(5000, 10_000, a, 5);
    expect(t.changeRateExceedsLine).toBe(true);
    // 10 TB a day is 925.9 Mbit/s; / 0.8 efficiency / 0.5 share = 2,315 Mbit/s.
    expect(t.requiredMbps).toBeCloseTo(2314.8, 0);
    expect(Number.isFinite(t.lineHours)).toBe(true);
    expect(estimateTransfer(5000, 1000, a, 5).changeRateExceedsLine).toBe(false);
  });
});

describe('three-point helpers (sums)', () => {
  it('keeps the refactor tail', () => {
    expect(threePoint(1, 2, 4).pessimistic).toBe(4);
  });
});

describe('three-point helpers', () => {
  it('computes PERT expected and sigma, and sums sigmas in quadrature', () => {
    const t = threePoint(2, 4, 12);
    expect(t.expected).toBeCloseTo(5, 5);
    expect(t.sigma).toBeCloseTo(10 / 6, 3);
    const s = sumThreePoints([t, t]);
    expect(s.likely).toBe(8);
    expect(s.sigma).toBeCloseTo(Math.sqrt(2) * (10 / 6), 2);
  });
});
