/**
 * Dates -> x positions for the report's timeline chart: one row per program phase grouped in
 * lanes, milestones as points, and each wave's P50-P95 finish band. Pure geometry; the HTML and
 * DOCX renderers draw it. (The visuals engineer's shared/layout timeline geometry replaces this
 * once it lands; it answers the same question for the app's timeline view.)
 */
import { isoToDay } from '../plan/calendar';
import type { IsoDate } from '../plan/types';

export interface TimelineItem {
  readonly id: string;
  readonly lane: string;
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly milestone: boolean;
  readonly critical: boolean;
  /** P50 and P95 finish of a wave: drawn as a band from `bandStart` to `bandEnd`. */
  readonly bandStart?: IsoDate;
  readonly bandEnd?: IsoDate;
}

export interface TimelineBar {
  readonly item: TimelineItem;
  readonly row: number;
  readonly x: number;
  readonly width: number;
  readonly band?: { readonly x: number; readonly width: number };
}

export interface TimelineTick {
  readonly x: number;
  /** First day of the month, yyyy-mm-01. */
  readonly date: IsoDate;
}

export interface TimelineGeometry {
  readonly width: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly rowHeight: number;
  readonly top: number;
  readonly bars: readonly TimelineBar[];
  readonly ticks: readonly TimelineTick[];
  /** Each lane takes a heading row (`headerRow`) and then its items' rows. */
  readonly lanes: readonly { readonly lane: string; readonly headerRow: number; readonly firstRow: number; readonly rows: number }[];
  readonly rowCount: number;
}

export interface TimelineOptions {
  readonly width?: number;
  readonly labelWidth?: number;
  readonly rowHeight?: number;
  readonly top?: number;
}

/** Items in the order given (grouped by lane, lanes in order of first appearance). */
export function timelineGeometry(items: readonly TimelineItem[], options: TimelineOptions = {}): TimelineGeometry {
  const width = options.width ?? 960;
  const labelWidth = options.labelWidth ?? 220;
  const rowHeight = options.rowHeight ?? 22;
  const top = options.top ?? 28;
  const laneOrder: string[] = [];
  for (const i of items) if (!laneOrder.includes(i.lane)) laneOrder.push(i.lane);
  const ordered = laneOrder.flatMap((lane) => items.filter((i) => i.lane === lane));
  const days = ordered.flatMap((i) => [isoToDay(i.start), isoToDay(i.end) + 1, ...(i.bandEnd ? [isoToDay(i.bandEnd) + 1] : [])]).filter(Number.isFinite);
  const first = days.length > 0 ? Math.min(...days) : 0;
  const last = days.length > 0 ? Math.max(...days) : 1;
  const span = Math.max(1, last - first);
  const plot = width - labelWidth - 12;
  const x = (day: number) => labelWidth + ((day - first) / span) * plot;

  const rowOf = new Map<TimelineItem, number>();
  const lanes: { lane: string; headerRow: number; firstRow: number; rows: number }[] = [];
  let next = 0;
  for (const lane of laneOrder) {
    const mine = ordered.filter((i) => i.lane === lane);
    lanes.push({ lane, headerRow: next, firstRow: next + 1, rows: mine.length });
    next++;
    for (const i of mine) rowOf.set(i, next++);
  }
  const bars: TimelineBar[] = ordered.map((item) => {
    const row = rowOf.get(item) ?? 0;
    const s = isoToDay(item.start);
    const e = isoToDay(item.end) + 1;
    const band = item.bandStart && item.bandEnd ? { x: x(isoToDay(item.bandStart) + 1), width: Math.max(2, x(isoToDay(item.bandEnd) + 1) - x(isoToDay(item.bandStart) + 1)) } : undefined;
    return { item, row, x: x(s), width: item.milestone ? 0 : Math.max(2, x(e) - x(s)), ...(band ? { band } : {}) };
  });

  const ticks: TimelineTick[] = [];
  const start = new Date(first * 86_400_000);
  for (let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); m.getTime() / 86_400_000 < last; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
    ticks.push({ x: x(m.getTime() / 86_400_000), date: m.toISOString().slice(0, 10) });
  }
  return { width, height: top + next * rowHeight + 8, labelWidth, rowHeight, top, bars, ticks, lanes, rowCount: next };
}
