/**
 * The timeline's time axis: calendar days to x, at one of four zooms, and the ticks to label.
 * Calendar days, not working days: weekends, holidays and freezes are drawn as the gaps they are.
 * Dates are ISO yyyy-mm-dd with no zone; arithmetic is on UTC day numbers, so nothing shifts.
 */

export type TimeScale = 'day' | 'week' | 'month' | 'quarter';
export const TIME_SCALES: readonly TimeScale[] = ['day', 'week', 'month', 'quarter'];

/** Pixels per calendar day at each zoom: a day is a readable column, a quarter about 80 px. */
export const PX_PER_DAY: Readonly<Record<TimeScale, number>> = { day: 28, week: 6, month: 2.4, quarter: 0.9 };

const DAY_MS = 86_400_000;

/** yyyy-mm-dd -> days since 1970-01-01. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Days since 1970-01-01 -> yyyy-mm-dd. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export interface Tick {
  readonly day: number;
  readonly iso: string;
  readonly x: number;
  /** A tick that starts a larger unit (a month at week zoom, a year at month or quarter zoom). */
  readonly major: boolean;
}

/** The axis as plain data (it goes to the worker, the export and back): use `axisX` and friends to read it. */
export interface TimeAxis {
  readonly scale: TimeScale;
  readonly pxPerDay: number;
  /** First and last calendar day shown (inclusive), as day numbers. */
  readonly startDay: number;
  readonly endDay: number;
  readonly width: number;
}

/**
 * An axis from `start` to `end` (inclusive) at `scale`, with a margin so the first and last bars
 * do not touch the edges: a week at day zoom, two at week zoom, a month above.
 */
export function timeAxis(start: string, end: string, scale: TimeScale): TimeAxis {
  const margin = scale === 'day' ? 7 : scale === 'week' ? 14 : 31;
  const startDay = dayNumber(start) - margin;
  const endDay = Math.max(dayNumber(end), dayNumber(start)) + margin;
  const pxPerDay = PX_PER_DAY[scale];
  return { scale, pxPerDay, startDay, endDay, width: (endDay - startDay + 1) * pxPerDay };
}

/** x of the start of a calendar day number. */
export function axisXOfDay(axis: TimeAxis, day: number): number {
  return (day - axis.startDay) * axis.pxPerDay;
}

/** x of the start of a date. */
export function axisX(axis: TimeAxis, iso: string): number {
  return axisXOfDay(axis, dayNumber(iso));
}

/** x of the end of a date (bars include their last day). */
export function axisXEnd(axis: TimeAxis, iso: string): number {
  return axisXOfDay(axis, dayNumber(iso) + 1);
}

/** The calendar day under x, clamped to the axis. */
export function axisDayAt(axis: TimeAxis, x: number): number {
  return Math.min(axis.endDay, Math.max(axis.startDay, axis.startDay + Math.floor(x / axis.pxPerDay)));
}

/** Ticks for the axis: days (day zoom), Mondays (week), first days of months (month), of quarters (quarter). */
export function axisTicks(axis: TimeAxis): Tick[] {
  const ticks: Tick[] = [];
  for (let day = axis.startDay; day <= axis.endDay; day++) {
    const iso = isoOfDay(day);
    const dom = iso.endsWith('-01');
    const month = Number(iso.slice(5, 7));
    let keep: boolean;
    let major: boolean;
    switch (axis.scale) {
      case 'day':
        keep = true;
        major = weekdayOf(day) === 1;
        break;
      case 'week':
        keep = weekdayOf(day) === 1;
        major = keep && Number(iso.slice(8, 10)) <= 7;
        break;
      case 'month':
        keep = dom;
        major = dom && month === 1;
        break;
      case 'quarter':
        keep = dom && (month - 1) % 3 === 0;
        major = keep && month === 1;
        break;
    }
    if (keep) ticks.push({ day, iso, x: axisXOfDay(axis, day), major });
  }
  return ticks;
}
