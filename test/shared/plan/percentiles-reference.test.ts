/**
 * Percentiles with answers worked out apart from the engine. The Monte Carlo's P50/P80/P95 come
 * from a counting sort (shared/plan/simulate/percentiles.ts); here a plain sort-and-index says what
 * the nearest-rank percentile of the same numbers is, over random arrays (plan-percentiles.test.ts
 * checks the plan's own dates against its histogram). A percentile taken one rank late, or a P95
 * taken at another quantile, fails here; the older tests only checked P50 <= P80 <= P95 and a
 * window around the deterministic date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countValues, percentiles, quantile } from '../../../shared/plan/simulate/percentiles';

/** Nearest rank, by the textbook: sort ascending, take the value at rank ceil(q * n) (1-based). */
function referenceQuantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1]!;
}

const arrays = fc.array(fc.integer({ min: -50, max: 3_000 }), { minLength: 1, maxLength: 400 });

describe('nearest-rank percentiles against sort-and-index', () => {
  it('P50, P80 and P95 of random integer arrays (duplicates, negatives, one element)', () => {
    fc.assert(
      fc.property(arrays, (values) => {
        expect(percentiles(Int32Array.from(values), 0, values.length)).toEqual([referenceQuantile(values, 0.5), referenceQuantile(values, 0.8), referenceQuantile(values, 0.95)]);
      }),
      { numRuns: 500, seed: 17 },
    );
  });

  it('of a slice in the middle of a longer array (the per-wave percentiles read one wave of many)', () => {
    fc.assert(
      fc.property(arrays, arrays, arrays, (before, values, after) => {
        const all = Int32Array.from([...before, ...values, ...after]);
        expect(percentiles(all, before.length, values.length)).toEqual([referenceQuantile(values, 0.5), referenceQuantile(values, 0.8), referenceQuantile(values, 0.95)]);
      }),
      { numRuns: 300, seed: 18 },
    );
  });

  it('any quantile of distinct values, where one rank off always shows', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, q) => {
        expect(quantile(countValues(Int32Array.from(values), 0, values.length), values.length, q)).toBe(referenceQuantile(values, q));
      }),
      { numRuns: 500, seed: 19 },
    );
  });

  it('worked examples: 1..20 and 1..100', () => {
    const twenty = Int32Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentiles(twenty, 0, 20)).toEqual([10, 16, 19]);
    const hundred = Int32Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(hundred, 0, 100)).toEqual([50, 80, 95]);
  });
});
