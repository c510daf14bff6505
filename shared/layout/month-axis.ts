/**
 * Labels for a calendar axis with a tick on each month's first day: the month's name on one row and
 * the year on a row below it, at the first tick and each January. A year on the month's own row
 * ("2028年1月") is wider than a month is in a long plan and ran into the next month's name. A month
 * whose name would touch the previous one, or run past the axis's right end, is left unlabelled
 * (its tick stays), so labels never overlap however long the plan.
 */
import { labelWidth } from './histogram';

export interface MonthTick {
  readonly x: number;
  readonly iso: string;
  readonly yearStart: boolean;
}

export interface MonthAxisLabel {
  readonly iso: string;
  /** Left end of the text (the renderer anchors it at the start). */
  readonly x: number;
  /** 0: the month's row; 1: the year's row below it. */
  readonly row: 0 | 1;
  readonly text: string;
}

export interface MonthAxisWords {
  readonly month: (iso: string) => string;
  readonly year: (iso: string) => string;
}

export interface MonthAxisOptions {
  /** The axis's right end in px: no label runs past it. */
  readonly right: number;
  /** Width of a label in px (default: `labelWidth`, an 11 px label). */
  readonly textWidth?: (text: string) => number;
  /** Space kept between two labels of a row, in px. */
  readonly gap?: number;
}

const OFFSET = 2;

export function monthAxisLabels(ticks: readonly MonthTick[], words: MonthAxisWords, options: MonthAxisOptions): MonthAxisLabel[] {
  const measure = options.textWidth ?? labelWidth;
  const gap = options.gap ?? 3;
  const out: MonthAxisLabel[] = [];
  const rowEnd = [-Infinity, -Infinity];
  const place = (tick: MonthTick, row: 0 | 1, text: string) => {
    const x = tick.x + OFFSET;
    const end = x + measure(text);
    if (x < rowEnd[row]! + gap || end > options.right) return;
    out.push({ iso: tick.iso, x, row, text });
    rowEnd[row] = end;
  };
  ticks.forEach((tick, i) => {
    place(tick, 0, words.month(tick.iso));
    if (i === 0 || tick.yearStart) place(tick, 1, words.year(tick.iso));
  });
  return out;
}
