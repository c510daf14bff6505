import { describe, expect, it } from 'vitest';
import { bucketShares, overlayGeometry } from '../../../shared/layout/distribution-overlay';
import { dayNumber } from '../../../shared/layout/timeline/scale';

const bins = [
  { start: '2027-03-01', end: '2027-03-02', count: 2 },
  { start: '2027-03-03', end: '2027-03-03', count: 2 },
];

describe('overlayGeometry', () => {
  it('spreads each bin evenly over its days into the shared buckets, by hand', () => {
    // 4 runs: the first bin's 2 runs over 1-2 March (1 a day), the second's 2 on 3 March. Buckets of 2 days from 1 March.
    expect(bucketShares(bins, dayNumber('2027-03-01'), 2, 2)).toEqual([0.5, 0.5]);
    // Buckets of one day: 1/4, 1/4, 2/4.
    expect(bucketShares(bins, dayNumber('2027-03-01'), 1, 3)).toEqual([0.25, 0.25, 0.5]);
  });

  it('draws the cumulative share rising to 1 with each P80 on the 80% line', () => {
    const g = overlayGeometry([{ id: 'a', bins, p80: '2027-03-03', label: 'A' }], { width: 400, height: 200, mode: 'cumulative', buckets: 4 });
    const a = g.series[0]!;
    expect(a.points[0]!.y).toBe(g.plot.top + g.plot.height);
    expect(a.points.at(-1)!.y).toBeCloseTo(g.plot.top, 6);
    expect(a.p80.y).toBe(g.guide80);
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('puts two series on one axis, later ends further right, labels apart', () => {
    const later = bins.map((b) => ({ ...b, start: b.start.replace('03-0', '04-0'), end: b.end.replace('03-0', '04-0') }));
    const g = overlayGeometry(
      [
        { id: 'base', bins, p80: '2027-03-03', label: 'Baseline: P80 3 Mar' },
        { id: 'slow', bins: later, p80: '2027-04-03', label: 'Slow: P80 3 Apr' },
      ],
      { width: 600, height: 220, mode: 'density' },
    );
    const [base, slow] = g.series;
    expect(slow!.p80.x).toBeGreaterThan(base!.p80.x);
    const span = (s: typeof base) => (s!.label.anchor === 'start' ? [s!.label.x, s!.label.x + 100] : [s!.label.x - 100, s!.label.x]);
    const overlap = base!.label.y === slow!.label.y && span(base)[1]! > span(slow)[0]!;
    expect(overlap).toBe(false);
    expect(g.monthTicks.map((t) => t.iso)).toContain('2027-04-01');
    // Density shares of one series add up to one.
    expect(bucketShares(bins, dayNumber('2027-03-01'), g.bucketDays, 60).reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
  });

  it('copes with no runs at all', () => {
    const g = overlayGeometry([{ id: 'x', bins: [], p80: '2027-03-03', label: 'X' }], { width: 300, height: 150, mode: 'density' });
    expect(g.series[0]!.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });
});
