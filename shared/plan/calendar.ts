/**
 * Working-day arithmetic on ISO calendar dates. Dates are handled as whole days since the Unix
 * epoch (via Date.UTC: arithmetic, not the clock), so there are no time zones and no DST.
 *
 * Plans count in working-day numbers (0 = the program's first working day); `WorkingCalendar`
 * maps those numbers to dates in O(1) through a precomputed index, which the Monte Carlo needs.
 */
import type { Calendar, FreezeWindow } from '../model/schema';
import type { IsoDate } from './types';

const MS_PER_DAY = 86_400_000;
/** A plan never needs more than this many calendar days of index (bad input cannot make us loop). */
const MAX_HORIZON_DAYS = 366 * 100;

/** Whole days since 1970-01-01 of an ISO date; NaN if it is not yyyy-mm-dd. */
export function isoToDay(iso: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** The ISO date of a day number. */
export function dayToIso(day: number): IsoDate {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  const da = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${mo < 10 ? '0' : ''}${mo}-${da < 10 ? '0' : ''}${da}`;
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The rules of one calendar, compiled to sets of day numbers for fast lookups. */
export interface CompiledCalendar {
  readonly weekdays: ReadonlySet<number>;
  readonly holidays: ReadonlySet<number>;
  readonly makeUp: ReadonlySet<number>;
  /** Freeze windows as inclusive day-number spans, sorted by start. */
  readonly freezes: readonly { readonly start: number; readonly end: number; readonly window: FreezeWindow }[];
}

export function compileCalendar(calendar: Calendar): CompiledCalendar {
  const days = calendar.workingDays.filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
  const toDays = (isos: readonly string[]) => new Set(isos.map(isoToDay).filter((n) => Number.isFinite(n)));
  const freezes = calendar.freezeWindows
    .map((window) => ({ start: isoToDay(window.start), end: isoToDay(window.end), window }))
    .filter((f) => Number.isFinite(f.start) && Number.isFinite(f.end) && f.end >= f.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    // A calendar with no valid working day would never finish anything: fall back to Mon-Fri.
    weekdays: new Set(days.length > 0 ? days : [1, 2, 3, 4, 5]),
    holidays: toDays(calendar.holidays.map((h) => h.date)),
    makeUp: toDays(calendar.makeUpWorkdays),
    freezes,
  };
}

/** Make-up workdays win over weekends; holidays win over weekdays. */
export function isWorkingDay(cal: CompiledCalendar, day: number): boolean {
  if (cal.makeUp.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  return cal.weekdays.has(isoWeekday(day));
}

/** The first working day on or after `iso`. */
export function nextWorkingDay(calendar: Calendar, iso: IsoDate): IsoDate {
  const cal = compileCalendar(calendar);
  let day = isoToDay(iso);
  for (let i = 0; i < MAX_HORIZON_DAYS && !isWorkingDay(cal, day); i++) day++;
  return dayToIso(day);
}

/**
 * The date `n` working days after `iso` (n >= 0). `iso` itself counts as day 0 when it is a
 * working day; otherwise the count starts from the next working day.
 */
export function addWorkingDays(calendar: Calendar, iso: IsoDate, n: number): IsoDate {
  const cal = compileCalendar(calendar);
  let day = isoToDay(nextWorkingDay(calendar, iso));
  let left = Math.max(0, Math.floor(n));
  for (let guard = 0; left > 0 && guard < MAX_HORIZON_DAYS; guard++) {
    day++;
    if (isWorkingDay(cal, day)) left--;
  }
  return dayToIso(day);
}

/** Working days in the inclusive span [from, to]; 0 when `to` is before `from`. */
export function workingDaysBetween(calendar: Calendar, from: IsoDate, to: IsoDate): number {
  const cal = compileCalendar(calendar);
  const a = isoToDay(from);
  const b = Math.min(isoToDay(to), a + MAX_HORIZON_DAYS);
  let count = 0;
  for (let day = a; day <= b; day++) if (isWorkingDay(cal, day)) count++;
  return count;
}

/** Freeze windows that overlap the inclusive span [from, to]. */
export function freezeWindowsOverlapping(calendar: Calendar, from: IsoDate, to: IsoDate): FreezeWindow[] {
  const a = isoToDay(from);
  const b = isoToDay(to);
  return compileCalendar(calendar)
    .freezes.filter((f) => f.start <= b && f.end >= a)
    .map((f) => f.window);
}

/**
 * Working-day numbers <-> dates for one program, precomputed and grown on demand.
 * Working day 0 is the first working day on or after the start date.
 */
export class WorkingCalendar {
  readonly cal: CompiledCalendar;
  /** Working days per week, for converting round-the-clock hours (data transfer) to working days. */
  readonly workingDaysPerWeek: number;
  private days = new Int32Array(0);
  private frozen = new Uint8Array(0);
  private count = 0;
  private readonly firstDay: number;
  private readonly lastFreezeEnd: number;

  constructor(calendar: Calendar, startDate: IsoDate, initialWorkingDays = 1024) {
    this.cal = compileCalendar(calendar);
    const start = isoToDay(startDate);
    this.firstDay = Number.isFinite(start) ? start : 0;
    this.workingDaysPerWeek = Math.max(1, Math.min(7, this.cal.weekdays.size));
    const lastFreeze = this.cal.freezes.reduce((m, f) => Math.max(m, f.end), -Infinity);
    this.lastFreezeEnd = Math.min(lastFreeze, this.firstDay + MAX_HORIZON_DAYS);
    this.grow(initialWorkingDays);
  }

  /** Day number (since epoch) of working day `k`. */
  dayOf(k: number): number {
    if (k >= this.count) this.grow(k + 1);
    return this.days[Math.max(0, Math.min(k, this.count - 1))] ?? this.firstDay;
  }

  /** ISO date of working day `k`. */
  dateOf(k: number): IsoDate {
    return dayToIso(this.dayOf(k));
  }

  /** The working-day number of the first working day on or after `iso` (binary search). */
  indexOnOrAfter(iso: IsoDate): number {
    const day = isoToDay(iso);
    if (!Number.isFinite(day)) return 0;
    while (this.count > 0 && (this.days[this.count - 1] ?? 0) < day && this.canGrow()) this.grow(this.count * 2);
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.days[mid] ?? 0) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** True when a cutover may not happen on working day `k`. */
  isFrozen(k: number): boolean {
    if (k >= this.count) this.grow(k + 1);
    return this.frozen[k] === 1;
  }

  /** The first working day >= k outside every freeze window: where a blocked cutover moves to. */
  nextCutoverDay(k: number): number {
    let d = k;
    while (d < this.count && this.frozen[d] === 1) d++;
    if (d >= this.count && this.canGrow()) {
      this.grow(d + 1);
      return this.nextCutoverDay(d);
    }
    return d;
  }

  /** Freeze windows containing working day `k`. */
  freezesAt(k: number): FreezeWindow[] {
    const day = this.dayOf(k);
    return this.cal.freezes.filter((f) => f.start <= day && day <= f.end).map((f) => f.window);
  }

  private canGrow(): boolean {
    const last = this.count > 0 ? (this.days[this.count - 1] ?? this.firstDay) : this.firstDay;
    return last < this.firstDay + MAX_HORIZON_DAYS;
  }

  private grow(minCount: number): void {
    const target = Math.max(minCount, this.count * 2, 64);
    const days = new Int32Array(target);
    const frozen = new Uint8Array(target);
    days.set(this.days.subarray(0, this.count));
    frozen.set(this.frozen.subarray(0, this.count));
    const freezes = this.cal.freezes;
    const limit = this.firstDay + MAX_HORIZON_DAYS;
    let day = this.count > 0 ? (this.days[this.count - 1] ?? this.firstDay) + 1 : this.firstDay;
    let k = this.count;
    for (; k < target && day <= limit; day++) {
      if (!isWorkingDay(this.cal, day)) continue;
      days[k] = day;
      frozen[k] = day <= this.lastFreezeEnd && freezes.some((f) => f.start <= day && day <= f.end) ? 1 : 0;
      k++;
    }
    this.days = days;
    this.frozen = frozen;
    this.count = k;
  }
}
