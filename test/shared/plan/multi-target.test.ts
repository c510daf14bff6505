import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { simulateOutage } from '../../../shared/plan/outage';
import { planProject } from '../../../shared/plan/plan-project';
import type { Plan } from '../../../shared/plan/types';
import { loadSample } from '../../../shared/samples';
import { scenarioFigures } from '../../../shared/scenarios';

const moving = (w: Project['workloads'][number]) => w.strategy !== 'retire' && w.strategy !== 'retain';

describe('a workload on two providers', () => {
  const sample = loadSample('ecommerce-iot');
  // Planned before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let base: Plan;
  beforeEach(() => {
    base = planProject(sample, { runs: 200 });
  });
  const both = (mode: 'active-active' | 'active-passive'): Project => ({ ...sample, workloads: sample.workloads.map((w) => (moving(w) ? { ...w, secondaryTarget: { provider: 'huawei', mode } } : w)) });

  it('costs its share of effort: a second provider factor on the likely estimate', () => {
    const id = sample.workloads.find(moving)!.id;
    const aa = planProject(both('active-active'), { runs: 200 });
    const ap = planProject(both('active-passive'), { runs: 200 });
    expect(aa.estimates[id]!.effort.likely).toBeCloseTo(base.estimates[id]!.effort.likely * 1.6, 2);
    expect(ap.estimates[id]!.effort.likely).toBeCloseTo(base.estimates[id]!.effort.likely * 1.3, 2);
    expect(aa.estimates[id]!.factors.map((f) => f.name)).toContain('second provider (active-active)');
    expect(base.estimates[id]!.factors.map((f) => f.name)).not.toContain('second provider (active-active)');
  });

  it('bills the second copy: the full target run cost active-active, 40% of it active-passive', () => {
    const aa = planProject(both('active-active'), { runs: 200 });
    const ap = planProject(both('active-passive'), { runs: 200 });
    // Retained workloads stay on the source and have no second copy.
    const retained = sample.workloads.filter((w) => w.strategy === 'retain').reduce((s, w) => s + w.monthlyCost, 0);
    const moved = base.cost.targetMonthly - retained;
    expect(aa.cost.targetMonthly).toBeCloseTo(retained + moved * 2, 0);
    expect(ap.cost.targetMonthly).toBeCloseTo(retained + moved * 1.4, 0);
  });

  it("is no longer stopped by one provider's failure: active-active carries on, active-passive degrades", () => {
    const last = base.waves.at(-1)!.index;
    const critical = new Set(sample.workloads.filter((w) => w.criticality === 'high' || w.criticality === 'mission-critical').map((w) => w.id));
    const awsDown = { type: 'identity', provider: 'aws' } as const;
    const before = simulateOutage(sample, base, awsDown, last).stopped.filter((s) => critical.has(s.workloadId));
    expect(before.length).toBeGreaterThan(0);
    const aaProject = both('active-active');
    // Each plan after its own last wave: the second copies' extra effort can add a wave.
    const aaPlan = planProject(aaProject, { runs: 200 });
    const aa = simulateOutage(aaProject, aaPlan, awsDown, aaPlan.waves.at(-1)!.index);
    expect(aa.stopped).toEqual([]);
    expect(aa.degraded).toEqual([]);
    const apProject = both('active-passive');
    const apPlan = planProject(apProject, { runs: 200 });
    const ap = simulateOutage(apProject, apPlan, awsDown, apPlan.waves.at(-1)!.index);
    expect(ap.stopped).toEqual([]);
    expect(ap.degraded.map((d) => d.workloadId)).toEqual(expect.arrayContaining(before.map((s) => s.workloadId)));
    // Before the move nothing has a second copy yet: the source's failure still stops what it stopped.
    const aliDown = { type: 'identity', provider: 'alibaba' } as const;
    expect(simulateOutage(aaProject, base, aliDown, -1).stopped.length).toBe(simulateOutage(sample, base, aliDown, -1).stopped.length);
  });

  it('leaves only the workloads still on one provider in the single-provider list', () => {
    const aaProject = both('active-active');
    const f = scenarioFigures(aaProject, planProject(aaProject, { runs: 200 }));
    const stayed = new Set(sample.workloads.filter((w) => !moving(w)).map((w) => w.id));
    expect(f.singleProvider.length).toBeLessThan(scenarioFigures(sample, base).singleProvider.length);
    for (const d of f.singleProvider) expect(d.provider).toBe('alibaba');
    for (const d of f.singleProvider) expect(stayed.has(d.via[0]!)).toBe(true);
  });
});
