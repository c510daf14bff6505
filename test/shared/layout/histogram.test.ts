import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogramGeometry, labelWidth, niceStep } from '../../../shared/layout/histogram';
import { isoOfDay, dayNumber } from '../../../shared/layout/timeline/scale';

const labels = { p50: 'P50 26 May 2027', p80: 'P80 1 Jun 2027', p95: 'P95 7 Jun 2027', deterministic: 'Planned 19 May 2027 (P27)' };
const zhLabels = { p50: 'P50 5月26日', p80: 'P80 6月1日', p95: 'P95 6月7日', deterministic: '计划 5月19日（12% 的模拟在此之前完成）' };

function bins(start: string, counts: number[], width = 3) {
  const d = dayNumber(start);
  return counts.map((count, i) => ({ start: isoOfDay(d + i * width), end: isoOfDay(d + i * width + width - 1), count }));
}

describe('histogram geometry', () => {
  it('has round count ticks up to at least the tallest bar, every month labelled, bars inside the plot', () => {
    const g = histogramGeometry({ bins: bins('2027-04-20', [1, 5, 40, 120, 300, 280, 90, 10]), p50: '2027-05-08', p80: '2027-05-12', p95: '2027-05-15', deterministic: '2027-05-02', labels }, { width: 640, height: 240 });
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 100, 200, 300]);
    // April, where the axis starts, is labelled at the left edge; May at its first day.
    expect(g.monthTicks.map((m) => m.iso)).toEqual(['2027-04-20', '2027-05-01']);
    for (const b of g.bars) {
      expect(b.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(b.x + b.width).toBeLessThanOrEqual(g.plot.left + g.plot.width + 1e-6);
      expect(b.y).toBeGreaterThanOrEqual(g.plot.top - 1e-6);
    }
    // Four whole bins (166 runs) and a third of the fifth (300) end by 2 May: 266 of 846.
    expect(g.deterministicShare).toBeCloseTo(266 / 846, 6);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(1600)).toBe(500);
  });

  it('never lets two marker labels overlap, wherever the percentiles fall (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(500), { minLength: 1, maxLength: 25 }), fc.nat(60), fc.nat(10), fc.nat(10), fc.integer({ min: -20, max: 80 }), fc.integer({ min: 320, max: 900 }), fc.boolean(), (counts, a, b, c, det, width, zh) => {
        const start = dayNumber('2027-03-01');
        const p50 = isoOfDay(start + a);
        const p80 = isoOfDay(start + a + b);
        const p95 = isoOfDay(start + a + b + c);
        const g = histogramGeometry({ bins: bins('2027-03-01', counts), p50, p80, p95, deterministic: isoOfDay(start + det), labels: zh ? zhLabels : labels }, { width, height: 220 });
        const boxes = g.markers.map((m) => {
          const w = labelWidth(m.text) + 6;
          const from = m.anchor === 'start' ? m.labelX : m.labelX - w;
          return { from, to: from + w, y: m.labelY };
        });
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const p = boxes[i]!;
          const q = boxes[j]!;
          if (p.y === q.y) expect(p.to <= q.from || q.to <= p.from, 'labels on one row apart').toBe(true);
        }
        // P50 <= P80 <= P95 stays in that order on the axis.
        const x = Object.fromEntries(g.markers.map((m) => [m.key, m.x]));
        expect(x.p50! <= x.p80! && x.p80! <= x.p95!).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
