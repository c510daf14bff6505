/**
 * Percentiles of simulated working-day numbers by counting sort (nearest rank, so P50 <= P80 <=
 * P95 always), the P80's standard error from the order statistics, and the histogram.
 */
import type { HistogramBin, IsoDate } from '../types';

const HISTOGRAM_BINS = 20;

/** Counts of `values[from .. from + n)` by value, with the smallest value. */
export function countValues(values: Int32Array, from: number, n: number): { min: number; counts: Int32Array } {
  let min = Infinity;
  let max = -Infinity;
  for (let r = from; r < from + n; r++) {
    const v = values[r]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0) return { min: 0, counts: new Int32Array(1) };
  const counts = new Int32Array(max - min + 1);
  for (let r = from; r < from + n; r++) counts[values[r]! - min]!++;
  return { min, counts };
}

/** The value at 1-based rank `rank` of counted values. */
export function valueAtRank(c: { min: number; counts: Int32Array }, rank: number): number {
  let seen = 0;
  for (let v = 0; v < c.counts.length; v++) {
    seen += c.counts[v]!;
    if (seen >= rank) return v + c.min;
  }
  return c.min + c.counts.length - 1;
}

/** Nearest-rank quantile q (0..1) of counted values. */
export function quantile(c: { min: number; counts: Int32Array }, n: number, q: number): number {
  return valueAtRank(c, Math.max(1, Math.ceil(q * n)));
}

/** Nearest-rank P50, P80, P95 of `n` integers starting at `from`. */
export function percentiles(values: Int32Array, from: number, n: number): [number, number, number] {
  const c = countValues(values, from, n);
  return [quantile(c, n, 0.5), quantile(c, n, 0.8), quantile(c, n, 0.95)];
}

/**
 * Standard error of the P80, distribution-free: the ranks n·0.8 ± 1.96·sqrt(n·0.8·0.2) bound a
 * 95% confidence interval of the quantile (binomial order statistics); its half-width / 1.96.
 */
export function p80StandardError(c: { min: number; counts: Int32Array }, n: number): number {
  if (n < 2) return 0;
  const half = 1.96 * Math.sqrt(n * 0.8 * 0.2);
  const lo = valueAtRank(c, Math.max(1, Math.floor(n * 0.8 - half)));
  const hi = valueAtRank(c, Math.min(n, Math.ceil(n * 0.8 + half)));
  return (hi - lo) / (2 * 1.96);
}

/** About 20 equal bins of working days between the earliest and latest simulated end. */
export function histogram(lastDays: Int32Array, n: number, date: (k: number) => IsoDate): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  for (let r = 0; r < n; r++) {
    const v = lastDays[r]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0) return [];
  const width = Math.max(1, Math.ceil((max - min + 1) / HISTOGRAM_BINS));
  const bins = Math.ceil((max - min + 1) / width);
  const counts = new Int32Array(bins);
  for (let r = 0; r < n; r++) counts[Math.floor((lastDays[r]! - min) / width)]!++;
  return Array.from(counts, (count, b) => ({ start: date(min + b * width), end: date(Math.min(max, min + (b + 1) * width - 1)), count }));
}
