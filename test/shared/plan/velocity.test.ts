import { describe, expect, it } from 'vitest';
import { observedVelocity, PRIOR_WEIGHT } from '../../../shared/plan/velocity';

describe('observed velocity, shrunk toward the estimates', () => {
  it('is the plan’s own pace with nothing finished', () => {
    expect(observedVelocity([])).toEqual({ samples: 0, observed: 1, credibility: 0, factor: 1 });
  });

  it('matches a hand calculation: two items at 1.5× and 1.2× their estimate', () => {
    // ln 1.5 = 0.405465, ln 1.2 = 0.182322; mean 0.293893; geometric mean e^0.293893 = 1.341641.
    // Z = 2 / (2 + 4) = 1/3; factor = e^(0.293893 / 3) = e^0.097964 = 1.102923.
    const v = observedVelocity([
      { planned: 20, actual: 30 },
      { planned: 10, actual: 12 },
    ]);
    expect(PRIOR_WEIGHT).toBe(4);
    expect(v.samples).toBe(2);
    expect(v.observed).toBeCloseTo(1.341641, 5);
    expect(v.credibility).toBeCloseTo(1 / 3, 10);
    expect(v.factor).toBeCloseTo(1.102923, 5);
  });

  it('one finished pilot moves the forecast a fifth of the way (in log terms); twelve items three quarters', () => {
    // A pilot that took twice its planned days: Z = 1/5, factor = 2^(1/5) = 1.148698.
    expect(observedVelocity([{ planned: 10, actual: 20 }]).factor).toBeCloseTo(1.148698, 5);
    const twelve = Array.from({ length: 12 }, () => ({ planned: 10, actual: 20 }));
    // Z = 12/16 = 0.75, factor = 2^0.75 = 1.681793.
    expect(observedVelocity(twelve).factor).toBeCloseTo(1.681793, 5);
  });

  it('lets a faster pace count too, and ratios that cancel leave the estimate alone', () => {
    expect(observedVelocity([{ planned: 10, actual: 5 }]).factor).toBeCloseTo(2 ** -0.2, 6);
    expect(observedVelocity([{ planned: 10, actual: 20 }, { planned: 10, actual: 5 }]).factor).toBeCloseTo(1, 10);
  });

  it('ignores items it cannot read a ratio from (zero or missing figures)', () => {
    expect(observedVelocity([{ planned: 0, actual: 5 }, { planned: 5, actual: 0 }, { planned: Number.NaN, actual: 1 }]).samples).toBe(0);
  });
});
