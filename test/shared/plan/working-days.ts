/**
 * Working-day dates for specs to build inputs and expected answers with: a plain day-by-day walk
 * over the calendar's rules, apart from the plan's precomputed index (WorkingCalendar), which is
 * what the plan uses. It was shared/plan/calendar.ts's addWorkingDays, which nothing in the product
 * called; the specs kept it as their own reference.
 */
import type { Calendar } from '../../../shared/model/schema';
import { compileCalendar, dayToIso, isoToDay, isWorkingDay } from '../../../shared/plan/calendar';
import type { IsoDate } from '../../../shared/plan/types';

/** A walk never goes further than this many calendar days (a calendar with no working day cannot make it loop). */
const MAX_WALK_DAYS = 366 * 100;

/**
 * The date `n` working days after `iso` (n >= 0). `iso` itself counts as day 0 when it is a
 * working day; otherwise the count starts from the next working day.
 */
export function addWorkingDays(calendar: Calendar, iso: IsoDate, n: number): IsoDate {
  const cal = compileCalendar(calendar);
  let day = isoToDay(iso);
  for (let i = 0; i < MAX_WALK_DAYS && !isWorkingDay(cal, day); i++) day++;
  let left = Math.max(0, Math.floor(n));
  for (let guard = 0; left > 0 && guard < MAX_WALK_DAYS; guard++) {
    day++;
    if (isWorkingDay(cal, day)) left--;
  }
  return dayToIso(day);
}
