/**
 * The calendar behind the bars: non-working days (weekends, holidays) and change freezes as a few
 * wide spans, merged where they touch, so the renderer draws a handful of rectangles for a range
 * and never one per day. Weekends are left out at month and quarter zoom, where a day is 2 px.
 */
import type { Calendar } from '../../model/schema';
import { axisXOfDay, dayNumber, isoOfDay, type TimeAxis, weekdayOf } from './scale';

export interface CalendarSpan {
  readonly kind: 'off' | 'holiday' | 'freeze';
  readonly x: number;
  readonly width: number;
  readonly start: string;
  readonly end: string;
  /** The holiday's or freeze window's name (the first one, when several are merged). */
  readonly name?: string;
  readonly freezeId?: string;
}

export function calendarShading(axis: TimeAxis, calendar: Calendar): CalendarSpan[] {
  const spans: CalendarSpan[] = [];
  const worked = new Set(calendar.workingDays);
  const holidays = new Map(calendar.holidays.map((h) => [dayNumber(h.date), h.name]));
  const makeUp = new Set(calendar.makeUpWorkdays.map(dayNumber));
  const showWeekends = axis.scale === 'day' || axis.scale === 'week';
  let run: { start: number; end: number; holiday: string | null } | null = null;
  const flush = () => {
    if (!run) return;
    spans.push({
      kind: run.holiday !== null ? 'holiday' : 'off',
      x: axisXOfDay(axis, run.start),
      width: (run.end - run.start + 1) * axis.pxPerDay,
      start: isoOfDay(run.start),
      end: isoOfDay(run.end),
      ...(run.holiday !== null ? { name: run.holiday } : {}),
    });
    run = null;
  };
  for (let day = axis.startDay; day <= axis.endDay; day++) {
    const holiday = holidays.get(day) ?? null;
    const weekend = !worked.has(weekdayOf(day)) && !makeUp.has(day);
    const off = holiday !== null || (weekend && showWeekends);
    if (!off) {
      flush();
      continue;
    }
    if (run && run.end === day - 1) {
      run.end = day;
      run.holiday ??= holiday;
    } else {
      flush();
      run = { start: day, end: day, holiday };
    }
  }
  flush();
  for (const f of calendar.freezeWindows) {
    const start = Math.max(axis.startDay, dayNumber(f.start));
    const end = Math.min(axis.endDay, dayNumber(f.end));
    if (end < start) continue;
    spans.push({ kind: 'freeze', x: axisXOfDay(axis, start), width: (end - start + 1) * axis.pxPerDay, start: f.start, end: f.end, name: f.name, freezeId: f.id });
  }
  return spans;
}
