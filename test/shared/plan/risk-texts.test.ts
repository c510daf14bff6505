/**
 * The English the engine writes for people (risks, issues, runbook steps, factor names) reads like a
 * person wrote it: sizes in GB/TB, durations in working days, no raw floats; and the risks come in
 * the order a reader needs them.
 */
import { describe, expect, it } from 'vitest';
import { formatDataSize, formatTransferTime, workingDays } from '../../../shared/plan/english';
import { planProject } from '../../../shared/plan';
import { loadSample } from '../../../shared/samples';
import { dep, makeProject, makeWorkload } from './arbitraries';
import { risksOf } from './risk-helpers';

describe('English helpers', () => {
  it('writes data sizes in decimal units with at most three significant digits', () => {
    expect(formatDataSize(450)).toBe('450 GB');
    expect(formatDataSize(1200)).toBe('1.2 TB');
    expect(formatDataSize(180_000)).toBe('180 TB');
    expect(formatDataSize(1_500_000)).toBe('1.5 PB');
    expect(formatDataSize(12.5)).toBe('12.5 GB');
    expect(formatDataSize(0.5)).toBe('500 MB');
    expect(formatDataSize(0)).toBe('0 GB');
    expect(formatDataSize(999.9)).toBe('1 TB');
    expect(formatDataSize(24.600000001)).toBe('24.6 GB');
    expect(formatDataSize(Number.NaN)).toBe('0 GB');
  });

  it('writes round-the-clock transfer time in hours, then days', () => {
    expect(formatTransferTime(0.2)).toBe('under an hour');
    expect(formatTransferTime(1)).toBe('1 hour');
    expect(formatTransferTime(27.8)).toBe('28 hours');
    expect(formatTransferTime(118)).toBe('4.9 days');
    expect(formatTransferTime(1042)).toBe('43 days');
  });

  it('writes working days as whole days', () => {
    expect(workingDays(1)).toBe('1 working day');
    expect(workingDays(24.4)).toBe('24 working days');
  });
});

describe('texts on the samples', () => {
  // Planned in each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  const planOf = (id: 'online-shop' | 'ecommerce-iot' | 'large-estate') => planProject(loadSample(id), { seed: 1, runs: 200 });
  const textsOf = (plan: ReturnType<typeof planOf>) => [
    ...plan.risks.flatMap((r) => [r.title, r.detail, r.mitigation]),
    ...plan.issues.map((i) => i.message),
    ...plan.waves.flatMap((w) => w.runbook.map((s) => s.title)),
    ...plan.schedule.phases.map((p) => p.name),
    ...plan.schedule.milestones.map((m) => m.name),
    ...plan.moveGroups.map((g) => g.explanation),
    ...Object.values(plan.estimates).flatMap((e) => e.factors.map((f) => f.name)),
  ];

  for (const id of ['online-shop', 'ecommerce-iot', 'large-estate'] as const) {
    // The name no longer counts the texts: that needs the plan at collection time.
    it(`${id}: no raw floats and no four-digit GB figures in its texts`, () => {
      const texts = textsOf(planOf(id));
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        expect(text).not.toMatch(/\d\.\d{3,}/);
        expect(text).not.toMatch(/\d{4,} GB/);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
    });

    it(`${id}: the identity single point of failure (the AK/SK lesson) comes first`, () => {
      const plan = planOf(id);
      expect(plan.risks[0]?.id).toBe('risk:single-point-of-failure:ram');
      expect(plan.risks[0]?.severity).toBe('critical');
    });

    it(`${id}: large-data texts agree with their params`, () => {
      const plan = planOf(id);
      for (const r of plan.risks.filter((x) => x.code === 'large-data')) {
        expect(r.title).toContain(String(r.params.dataSize));
        expect(r.params.dataSize).toBe(formatDataSize(Number(r.params.dataGb)));
      }
    });
  }
});

describe('risk order', () => {
  it('ranks by severity, then by how much a risk touches, then by id', () => {
    const project = makeProject({
      workloads: [
        makeWorkload('a-small', { kind: 'storage', size: { instances: 1, dataGb: 12_000, dailyChangeGb: 0 } }),
        makeWorkload('b-large', { kind: 'storage', size: { instances: 1, dataGb: 40_000, dailyChangeGb: 0 } }),
        makeWorkload('c-same', { kind: 'storage', size: { instances: 1, dataGb: 40_000, dailyChangeGb: 0 } }),
      ],
    });
    const risks = risksOf(project).filter((r) => r.code === 'large-data');
    expect(risks.map((r) => r.id)).toEqual(['risk:large-data:b-large', 'risk:large-data:c-same', 'risk:large-data:a-small']);
    expect(risks[0]!.title).toBe('b-large carries 40 TB');
  });

  it('calls an identity service a single point of failure from a quarter of the critical workloads, others from half', () => {
    const apps = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
    const project = makeProject({
      workloads: [
        makeWorkload('iam', { kind: 'security', sourceService: 'alibaba.ram' }),
        makeWorkload('db', { kind: 'database', sourceService: 'alibaba.rds' }),
        ...apps.map((id) => makeWorkload(id, { criticality: 'high' })),
      ],
      // A third of the critical workloads need each of them.
      dependencies: [...apps.slice(0, 3).map((id) => dep(id, 'iam', { kind: 'auth' })), ...apps.slice(3, 6).map((id) => dep(id, 'db'))],
    });
    const spof = risksOf(project).filter((r) => r.code === 'single-point-of-failure');
    expect(spof.map((r) => [r.id, r.severity])).toEqual([['risk:single-point-of-failure:iam', 'critical']]);
  });
});
