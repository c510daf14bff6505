import { describe, expect, it } from 'vitest';
import { fromProjectCurrency, inProjectCurrency, rateFor } from '../../../shared/model/currency';
import { checkReferences } from '../../../shared/model/references';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { project, workload } from '../plan/numeric-fixtures';

const RATES = [
  { currency: 'USD' as const, rate: 7.2, asOf: '2026-11-02', source: 'PBOC central parity, 2 Nov 2026 (entered by hand)' },
  { currency: 'EUR' as const, rate: 7.8, asOf: '2026-11-02', source: 'ECB reference rate, 2 Nov 2026 (entered by hand)' },
];

const priced = (): Project =>
  project({
    project: { ...project().project, currency: 'CNY', exchangeRates: RATES },
    workloads: [workload('a', { monthlyCost: 1000 }), workload('b', { monthlyCost: 200, targetMonthlyCost: 100, costCurrency: 'USD' }), workload('c', { monthlyCost: 50, costCurrency: 'EUR', strategy: 'retain' })],
    teams: [{ id: 'team-a', name: 'Team A', engineers: 3, dayRate: 150, dayRateCurrency: 'USD' }],
    assumptions: [{ id: 'cost.targetRunRatio', value: 0.9, unit: 'x source monthly cost', source: 'test' }],
  });

describe('currency', () => {
  it('reads a rate as units of the project currency per unit, 1 for its own', () => {
    expect(rateFor(priced(), 'CNY')).toBe(1);
    expect(rateFor(priced(), 'USD')).toBe(7.2);
    expect(rateFor(priced(), 'GBP')).toBeUndefined();
    expect(fromProjectCurrency(priced(), 7200, 'USD')).toBe(1000);
  });

  it('converts every amount entered in another currency before planning, by hand', () => {
    const p = inProjectCurrency(priced());
    expect(p.teams[0]).toEqual({ id: 'team-a', name: 'Team A', engineers: 3, dayRate: 1080 }); // 150 USD x 7.2
    expect(p.workloads.map((w) => [w.monthlyCost, w.targetMonthlyCost, w.costCurrency])).toEqual([
      [1000, undefined, undefined],
      [1440, 720, undefined], // 200 and 100 USD x 7.2
      [390, undefined, undefined], // 50 EUR x 7.8
    ]);
  });

  it('returns the same project when everything is in the project currency', () => {
    const p = project();
    expect(inProjectCurrency(p)).toBe(p);
  });

  it('plans the run cost in the project currency: a hand calculation', () => {
    const plan = planProject(priced(), { runs: 50 });
    // Source: 1000 + 1440 + 390 = 2830 CNY a month. Target: a at the ratio, b as entered (720), c retained on the source (390).
    expect(plan.cost.sourceMonthly).toBe(2830);
    const ratio = plan.cost.targetMonthly - 720 - 390;
    expect(ratio).toBeCloseTo(1000 * 0.9, 6);
    expect(plan.cost.currency).toBe('CNY');
  });

  it('refuses an amount in a currency the project has no rate for, and a rate for its own currency', () => {
    const p = priced();
    const broken: Project = { ...p, project: { ...p.project, exchangeRates: [RATES[1]!, { ...RATES[0]!, currency: 'CNY' }] } };
    expect(checkReferences(broken).map((x) => x.message)).toEqual([
      "an exchange rate for CNY, the project's own currency, is not needed",
      "workload 'b' costs in USD, but the project has no exchange rate for USD",
      "team 'team-a' is paid in USD, but the project has no exchange rate for USD",
    ]);
  });
});
