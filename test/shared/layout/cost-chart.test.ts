import { describe, expect, it } from 'vitest';
import { costChartGeometry } from '../../../shared/layout/cost-chart';

describe('monthly cost bars', () => {
  const months = [
    { month: '2027-01', source: 300, target: 0, dualRunning: 0 },
    { month: '2027-02', source: 300, target: 100, dualRunning: 150 },
    { month: '2027-03', source: 0, target: 200, dualRunning: 0 },
  ];
  const g = costChartGeometry(months, { width: 400, height: 240, padding: { left: 40, right: 0, top: 0, bottom: 40 } });

  it('stacks source not yet moved, dual running and target, bottom to top, on a round axis', () => {
    // Largest month 400: steps of 100, axis to 400; the plot is 200 px high, so 1 px is 2.
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 100, 200, 300, 400]);
    const feb = g.bars[1]!;
    expect(feb.segments.map((s) => [s.kind, s.value, s.height])).toEqual([
      ['source', 150, 75],
      ['dual', 150, 75],
      ['target', 100, 50],
    ]);
    expect(feb.segments[0]!.y).toBe(125);
    expect(feb.segments[2]!.y).toBe(0);
    expect(g.bars[2]!.segments.map((s) => s.kind)).toEqual(['target']);
  });

  it('sets the bars side by side across the plot without overlap, and labels the months that fit', () => {
    for (let i = 1; i < g.bars.length; i++) expect(g.bars[i]!.x).toBeGreaterThanOrEqual(g.bars[i - 1]!.x + g.bars[i - 1]!.width);
    expect(g.labelled).toEqual([0, 1, 2]);
    const crowded = costChartGeometry(Array.from({ length: 40 }, (_, i) => ({ month: `m${i}`, source: 1, target: 1, dualRunning: 0 })), { width: 440, height: 200, padding: { left: 40, right: 0, top: 0, bottom: 20 }, labelWidth: 44 });
    // 10 px a month: every fifth month carries a label.
    expect(crowded.labelled.slice(0, 3)).toEqual([0, 5, 10]);
  });
});
