/**
 * The plan's P50/P80/P95 against its own histogram (every run's end date, counted by bin): each end
 * date must fall in the bin where the counted runs reach its nearest rank. A P95 taken at another
 * quantile, or the P50 card fed the P95, fails here; the older tests only checked P50 <= P80 <= P95
 * and a window around the deterministic date.
 */
import { describe, expect, it } from 'vitest';
import { isoToDay } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan/plan-project';
import { loadSample } from '../../../shared/samples';

describe("the plan's end dates against its own histogram", () => {
  /** The bin in which the cumulative count of runs first reaches the nearest rank of q. */
  function binOf(histogram: readonly { start: string; end: string; count: number }[], runs: number, q: number) {
    const rank = Math.max(1, Math.ceil(q * runs));
    let seen = 0;
    for (const bin of histogram) {
      seen += bin.count;
      if (seen >= rank) return bin;
    }
    throw new Error(`the histogram counts ${seen} runs, fewer than rank ${rank} of ${runs}`);
  }

  it.each([
    ['online-shop', 7],
    ['online-shop', 8],
    ['ecommerce-iot', 7],
    ['ecommerce-iot', 8],
    ['large-estate', 7],
  ] as const)('%s, seed %i: P50, P80 and P95 each fall in the bin where the counted runs reach its rank', (id, seed) => {
    const plan = planProject(loadSample(id), { seed, runs: 1000 });
    const sim = plan.simulation;
    expect(sim.histogram.reduce((n, b) => n + b.count, 0)).toBe(sim.runs);
    for (const [q, end] of [[0.5, sim.p50End], [0.8, sim.p80End], [0.95, sim.p95End]] as const) {
      const bin = binOf(sim.histogram, sim.runs, q);
      expect(isoToDay(end), `P${q * 100} ${end} outside its bin ${bin.start}..${bin.end}`).toBeGreaterThanOrEqual(isoToDay(bin.start));
      expect(isoToDay(end), `P${q * 100} ${end} outside its bin ${bin.start}..${bin.end}`).toBeLessThanOrEqual(isoToDay(bin.end));
    }
  });
});
