/**
 * The PERT-beta draws against Beta distributions worked out by hand. Every Monte Carlo effort and
 * phase draw reads these tables (shared/plan/simulate/pert.ts: the inverse CDF of
 * Beta(1 + 4m, 1 + 4(1 - m)) for the mode m, by integrating the density on a grid). For m = 0,
 * 1/4, 1/2, 3/4 and 1 the shape parameters are whole numbers, so the CDF is a binomial sum and the
 * quantile of each table entry can be found by bisection, apart from the engine's integration.
 */
import { describe, expect, it } from 'vitest';
import { buildPertTables, inverseCdf, PERT_TABLE_STEPS } from '../../../shared/plan/simulate/pert';

/** CDF of Beta(a, b) for whole a, b: P(at least a of a + b - 1 uniforms fall below x). */
function betaCdf(x: number, a: number, b: number): number {
  const n = a + b - 1;
  let choose = 1;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    if (k >= a) sum += choose * x ** k * (1 - x) ** (n - k);
    choose = (choose * (n - k)) / (k + 1);
  }
  return sum;
}

function betaQuantile(p: number, a: number, b: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (betaCdf(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

const worst = (table: Float64Array, mode: number) => {
  const a = 1 + 4 * mode;
  const b = 1 + 4 * (1 - mode);
  let max = 0;
  for (let j = 0; j <= PERT_TABLE_STEPS; j++) max = Math.max(max, Math.abs(table[j]! - betaQuantile(j / PERT_TABLE_STEPS, a, b)));
  return max;
};

describe('PERT-beta tables against the Beta quantiles', () => {
  // 1e-3 of the range (a tenth of a day on a 100-day spread): the far tail of a skewed shape, where
  // the CDF is flat, is where the grid's linear interpolation is least exact (5e-4 at mode 0).
  it.each([0, 0.25, 0.5, 0.75, 1])('mode %s: every entry within 1e-3 of the quantile', (mode) => {
    expect(worst(inverseCdf(mode), mode)).toBeLessThan(1e-3);
  });

  it('worked example: the median of the symmetric shape, Beta(3, 3), is one half; its lower quartile 0.3594', () => {
    const table = inverseCdf(0.5);
    expect(table[PERT_TABLE_STEPS / 2]!).toBeCloseTo(0.5, 5);
    // 10x^3 - 15x^4 + 6x^5 = 1/4 at x = 0.359436...
    expect(table[PERT_TABLE_STEPS / 4]!).toBeCloseTo(0.359436, 4);
  });

  it("give each estimate its own mode's table; a zero range draws from the symmetric one, a mode past the pessimistic from the last", () => {
    // (O, M, P): modes 1/2, 0, 1/4, none (zero range), 1 (M past P, clipped), 1/2 again.
    const o = Float64Array.from([10, 10, 0, 7, 5, 100]);
    const m = Float64Array.from([15, 10, 5, 7, 30, 150]);
    const p = Float64Array.from([20, 20, 20, 7, 20, 200]);
    const { values, offsetOf } = buildPertTables(o, m, p);
    const tableOf = (i: number) => values.subarray(offsetOf[i]!, offsetOf[i]! + PERT_TABLE_STEPS + 1);
    for (const [i, mode] of [[0, 0.5], [1, 0], [2, 0.25], [3, 0.5], [4, 1], [5, 0.5]] as const) expect(worst(tableOf(i), mode)).toBeLessThan(1e-3);
    // Three shapes, each tabulated once.
    expect(values.length).toBe(4 * (PERT_TABLE_STEPS + 1));
    expect(new Set(offsetOf).size).toBe(4);
  });
});
