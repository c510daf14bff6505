/**
 * spreadDrivers (the workloads whose effort draws explain the most of the end date's spread, which
 * the Risks view lists) against squared correlations computed apart, in two passes over the runs.
 * The engine accumulates one-pass sums; a sign slip in its covariance (E[XY] + E[X]E[Y]) survived
 * every other plan spec (mutation sample, docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { addSpread } from '../../../shared/plan/simulate/simulate-runs';
import { MAX_SPREAD_DRIVERS, MIN_SPREAD_DRIVER_SHARE, spreadDrivers } from '../../../shared/plan/simulate/spread-drivers';
import type { WorkloadId } from '../../../shared/plan/types';

/** A small deterministic generator (not the engine's), uniform in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Runs of `weights.length` workloads: x uniform draws, y = round(sum w x + noise), as the engine's sums. */
function runsOf(weights: number[], runs: number, seed: number, noise = 5) {
  const next = lcg(seed);
  const xs = weights.map(() => new Float64Array(runs));
  const ys = new Int32Array(runs + 7).fill(99_999); // past `runs`: days that must not count
  for (let r = 0; r < runs; r++) {
    let y = 100 + noise * next();
    weights.forEach((w, i) => {
      xs[i]![r] = 10 * next();
      y += w * xs[i]![r]!;
    });
    ys[r] = Math.round(y);
  }
  const sums = new Float64Array(3 * weights.length);
  xs.forEach((x, i) => {
    for (let r = 0; r < runs; r++) {
      sums[3 * i]! += x[r]!;
      sums[3 * i + 1]! += x[r]! * x[r]!;
      sums[3 * i + 2]! += x[r]! * ys[r]!;
    }
  });
  return { xs, ys, sums };
}

/** Pearson's r squared, two passes, 0 for a negative correlation. */
function expected(ids: string[], xs: Float64Array[], ys: Int32Array, runs: number) {
  let my = 0;
  for (let r = 0; r < runs; r++) my += ys[r]! / runs;
  const out: { workloadId: string; share: number }[] = [];
  xs.forEach((x, i) => {
    let mx = 0;
    for (let r = 0; r < runs; r++) mx += x[r]! / runs;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let r = 0; r < runs; r++) {
      sxy += (x[r]! - mx) * (ys[r]! - my);
      sxx += (x[r]! - mx) ** 2;
      syy += (ys[r]! - my) ** 2;
    }
    const share = sxy > 0 ? (sxy * sxy) / (sxx * syy) : 0;
    if (share >= MIN_SPREAD_DRIVER_SHARE) out.push({ workloadId: ids[i]!, share });
  });
  return out.sort((a, b) => b.share - a.share).slice(0, MAX_SPREAD_DRIVERS);
}

const model = (n: number) => ({ workloadIds: Array.from({ length: n }, (_, i) => `w${String(i).padStart(2, '0')}` as WorkloadId) });

describe('spread drivers against squared correlations', () => {
  it.each([1, 2, 3])('ranks the workloads by r squared, over random runs (seed %i)', (seed) => {
    const weights = [3, 1, 0.5, 0, -2, 2, 0.2];
    const runs = 400;
    const { xs, ys, sums } = runsOf(weights, runs, seed);
    const m = model(weights.length);
    const got = spreadDrivers(m, ys, runs, sums);
    const want = expected(m.workloadIds, xs, ys, runs);
    expect(got.map((d) => d.workloadId)).toEqual(want.map((d) => d.workloadId));
    got.forEach((d, k) => expect(d.share).toBeCloseTo(want[k]!.share, 2));
    // The negatively correlated workload (w04) is not a driver of a later end.
    expect(got.some((d) => d.workloadId === 'w04')).toBe(false);
  });

  it('gives a workload that alone sets the end a share of 1, and one with no effect none', () => {
    const runs = 50;
    const { xs, ys, sums } = runsOf([4, 0], runs, 9, 0);
    // y = round(100 + 4x): r squared just under 1 from the rounding.
    const got = spreadDrivers(model(2), ys, runs, sums);
    expect(got[0]).toMatchObject({ workloadId: 'w00' });
    expect(got[0]!.share).toBeGreaterThan(0.99);
    expect(got[0]!.share).toBeCloseTo(expected(['w00', 'w01'], xs, ys, runs)[0]!.share, 3);
  });

  it('keeps the ten largest, and none for too few runs or an end that never moves', () => {
    const weights = Array.from({ length: 14 }, (_, i) => 1 + i / 10);
    const { xs, ys, sums } = runsOf(weights, 300, 4);
    const m = model(14);
    const got = spreadDrivers(m, ys, 300, sums);
    expect(got).toHaveLength(MAX_SPREAD_DRIVERS);
    expect(got.map((d) => d.workloadId)).toEqual(expected(m.workloadIds, xs, ys, 300).map((d) => d.workloadId));
    expect(spreadDrivers(m, ys, 2, sums)).toEqual([]);
    const flat = new Int32Array(300).fill(120);
    expect(spreadDrivers(m, flat, 300, sums)).toEqual([]);
  });
});

describe('addSpread, the one-pass sums the engine keeps per run', () => {
  it('adds each workload\'s draw, its square and its product with the end to that workload\'s three slots', () => {
    // Two runs of three workloads, read from a row holding both runs (the merge reads a run at its offset).
    const rows = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const sums = new Float64Array(9);
    addSpread(sums, rows, 0, 3, 10);
    addSpread(sums, rows, 3, 3, 20);
    // Workload i: [x1 + x2, x1^2 + x2^2, 10 x1 + 20 x2], worked out by hand.
    expect([...sums]).toEqual([1 + 4, 1 + 16, 10 + 80, 2 + 5, 4 + 25, 20 + 100, 3 + 6, 9 + 36, 30 + 120]);
  });
});
