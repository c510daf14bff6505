/**
 * Packing intervals into as few sub-rows as possible without overlap (first fit in start order):
 * a team lane holds its waves, and two waves of one team that overlap in time (with their bands)
 * go one above the other instead of on top of each other.
 */

export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** The sub-row of each interval, by input index, and how many sub-rows there are. */
export function packIntervals(intervals: readonly Interval[], gap = 0): { slots: number[]; count: number } {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[a]!.start - intervals[b]!.start || a - b);
  const slotEnds: number[] = [];
  const slots = new Array<number>(intervals.length).fill(0);
  for (const i of order) {
    const { start, end } = intervals[i]!;
    let slot = slotEnds.findIndex((e) => e + gap <= start);
    if (slot < 0) {
      slot = slotEnds.length;
      slotEnds.push(end);
    } else slotEnds[slot] = end;
    slots[i] = slot;
  }
  return { slots, count: Math.max(1, slotEnds.length) };
}
