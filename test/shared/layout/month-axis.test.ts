import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelWidth } from '../../../shared/layout/histogram';
import { monthAxisLabels, type MonthTick } from '../../../shared/layout/month-axis';

const zh = { month: (iso: string) => `${Number(iso.slice(5, 7))}月`, year: (iso: string) => `${iso.slice(0, 4)}年` };
const en = { month: (iso: string) => ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(iso.slice(5, 7)) - 1]!, year: (iso: string) => iso.slice(0, 4) };

/** Month ticks from `from` (YYYY-MM) for `count` months, `px` apart, starting at `left`. */
function ticks(from: string, count: number, px: number, left = 44): MonthTick[] {
  const out: MonthTick[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (let i = 0; i < count; i++) {
    out.push({ x: left + i * px, iso: `${y}-${String(m).padStart(2, '0')}-01`, yearStart: m === 1 });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

describe('month axis labels', () => {
  it('puts the year on its own row, at the first month and each January', () => {
    const labels = monthAxisLabels(ticks('2027-09', 8, 36), zh, { right: 1000 });
    expect(labels.filter((l) => l.row === 0).map((l) => l.text)).toEqual(['9月', '10月', '11月', '12月', '1月', '2月', '3月', '4月']);
    expect(labels.filter((l) => l.row === 1).map((l) => [l.text, l.iso])).toEqual([
      ['2027年', '2027-09-01'],
      ['2028年', '2028-01-01'],
    ]);
  });

  it('labels every other month when a month is narrower than its name, and none past the right end', () => {
    const row = monthAxisLabels(ticks('2027-01', 24, 20), zh, { right: 44 + 23 * 20 + 10 }).filter((l) => l.row === 0);
    expect(row.length).toBeLessThan(24);
    expect(row.length).toBeGreaterThan(8);
    for (const l of row) expect(l.x + labelWidth(l.text)).toBeLessThanOrEqual(44 + 23 * 20 + 10);
  });

  it('never lets two labels of a row overlap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 60 }), fc.double({ min: 4, max: 120, noNaN: true }), fc.boolean(), (year, month, count, px, chinese) => {
        const all = ticks(`${year}-${String(month).padStart(2, '0')}`, count, px);
        const right = 44 + count * px;
        const labels = monthAxisLabels(all, chinese ? zh : en, { right });
        for (const row of [0, 1] as const) {
          const placed = labels.filter((l) => l.row === row);
          for (let i = 1; i < placed.length; i++) expect(placed[i]!.x).toBeGreaterThanOrEqual(placed[i - 1]!.x + labelWidth(placed[i - 1]!.text));
          for (const l of placed) expect(l.x + labelWidth(l.text)).toBeLessThanOrEqual(right);
        }
      }),
    );
  });
});
