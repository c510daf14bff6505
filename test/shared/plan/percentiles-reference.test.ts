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
import { countValues, histogram, p80StandardError, percentiles, quantile } from '../../../shared/plan/simulate/percentiles';

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

/**
 * The end-date histogram (the Risks view's bars) against bins counted by filtering: the engine
 * buckets every run at once by (day - min) / width. Days are written as their numbers, so a bin's
 * start and end read back as days. The engine's buffer can hold more than `n` runs (with
 * `runs: 'auto'` it is sized for the most runs and stops early), so what follows the n runs is
 * filled with other days that must not count.
 */
describe('the end-date histogram against bins counted by filtering', () => {
  const days = fc.array(fc.integer({ min: 1, max: 2_000 }), { minLength: 1, maxLength: 400 });
  const binsOf = (values: readonly number[], after: readonly number[]) =>
    histogram(Int32Array.from([...values, ...after]), values.length, (k) => String(k)).map((b) => ({ start: Number(b.start), end: Number(b.end), count: b.count }));

  it('covers the earliest to the latest end in at most 20 equal bins, as narrow as that allows, each counting the runs inside it', () => {
    fc.assert(
      fc.property(days, fc.array(fc.integer({ min: 0, max: 3_000 }), { maxLength: 5 }), (values, after) => {
        const bins = binsOf(values, after);
        const first = Math.min(...values);
        const last = Math.max(...values);
        const span = last - first + 1;
        const width = bins[0]!.end - bins[0]!.start + 1;
        expect(bins[0]!.start).toBe(first);
        expect(bins[bins.length - 1]!.end).toBe(last);
        expect(bins.length).toBeLessThanOrEqual(20);
        // The narrowest whole number of days for which 20 bins reach from the first end to the last.
        expect(width * 20).toBeGreaterThanOrEqual(span);
        expect((width - 1) * 20).toBeLessThan(span);
        bins.forEach((b, i) => {
          if (i > 0) expect(b.start).toBe(bins[i - 1]!.end + 1);
          if (i < bins.length - 1) expect(b.end - b.start + 1).toBe(width);
          expect(b.count).toBe(values.filter((v) => v >= b.start && v <= b.end).length);
        });
      }),
      { numRuns: 400, seed: 20 },
    );
  });

  it('worked examples: one end, 1..20, 1..100 and a single late run', () => {
    expect(binsOf([7, 7, 7], [0])).toEqual([{ start: 7, end: 7, count: 3 }]);
    expect(binsOf(Array.from({ length: 20 }, (_, i) => i + 1), [])).toEqual(Array.from({ length: 20 }, (_, i) => ({ start: i + 1, end: i + 1, count: 1 })));
    const hundred = binsOf(Array.from({ length: 100 }, (_, i) => i + 1), []);
    expect(hundred).toHaveLength(20);
    expect(hundred[19]).toEqual({ start: 96, end: 100, count: 5 });
    // 30 days of range in bins of 2: 15 bins, the last holding only the late run.
    expect(binsOf([100, 100, 101, 129], [])).toEqual([{ start: 100, end: 101, count: 3 }, ...Array.from({ length: 13 }, (_, i) => ({ start: 102 + 2 * i, end: 103 + 2 * i, count: 0 })), { start: 128, end: 129, count: 1 }]);
  });

  it('has no bars without runs', () => {
    expect(histogram(new Int32Array(4), 0, String)).toEqual([]);
  });
});

/**
 * The P80's standard error (printed by `decamp plan`; 'auto' runs stop on it): the binomial 95%
 * interval of the 80th percentile's rank, n·0.8 ± 1.96·sqrt(n·0.8·0.2), read off the sorted runs,
 * its half-width over 1.96.
 */
describe("the P80's standard error against the sorted runs", () => {
  function referenceError(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const n = sorted.length;
    const half = 1.96 * Math.sqrt(n * 0.8 * 0.2);
    const at = (rank: number) => sorted[Math.min(n, Math.max(1, rank)) - 1]!;
    return (at(Math.ceil(0.8 * n + half)) - at(Math.floor(0.8 * n - half))) / (2 * 1.96);
  }

  it('of random runs', () => {
    fc.assert(
      fc.property(arrays, (values) => {
        expect(p80StandardError(countValues(Int32Array.from(values), 0, values.length), values.length)).toBeCloseTo(referenceError(values), 12);
      }),
      { numRuns: 300, seed: 21 },
    );
  });

  it('worked examples: one run has none; two runs ending on days 10 and 30 span the whole interval', () => {
    expect(p80StandardError(countValues(Int32Array.from([10]), 0, 1), 1)).toBe(0);
    // Ranks 0.49 and 2.71 clipped to 1 and 2: (30 - 10) / 3.92.
    expect(p80StandardError(countValues(Int32Array.from([30, 10]), 0, 2), 2)).toBeCloseTo(20 / 3.92, 12);
  });
});
