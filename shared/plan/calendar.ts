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

/** Working days in the inclusive span [from, to]; 0 when `to` is before `from`. */
export function workingDaysBetween(calendar: Calendar, from: IsoDate, to: IsoDate): number {
  const cal = compileCalendar(calendar);
  const a = isoToDay(from);
  const b = Math.min(isoToDay(to), a + MAX_HORIZON_DAYS);
  let count = 0;
  for (let day = a; day <= b; day++) if (isWorkingDay(cal, day)) count++;
  return count;
}

/**
 * How far a plan may reach: ten years of calendar days from its start. Every migration in the
 * reference class finished inside that (BP's, the longest, took about six years), and a bounded
 * index means no user-entered number can make the engine allocate without limit: a plan that
 * cannot finish inside the horizon is an error-level issue naming the cause (shared/plan/horizon.ts).
 */
export const HORIZON_CALENDAR_DAYS = 3653;

/**
 * Working-day numbers <-> dates for one program, precomputed once for the whole horizon (at most
 * about 3,650 entries). Working day 0 is the first working day on or after the start date; the
 * number `horizon` stands for "beyond the horizon", and every number past it is clamped to it.
 */
export class WorkingCalendar {
  readonly cal: CompiledCalendar;
  /** Working days per week, for converting round-the-clock hours (data transfer) to working days. */
  readonly workingDaysPerWeek: number;
  /** Working days inside the horizon; working-day number `horizon` means "beyond it". */
  readonly horizon: number;
  private readonly days: Int32Array;
  /** Per working day: index into `cal.freezes` of the first window that holds it, or -1. */
  private readonly freezeOf: Int32Array;
  /** Per working day: the first working day on or after it outside every freeze (or `horizon`). */
  private readonly openFrom: Int32Array;
  private readonly firstDay: number;

  constructor(calendar: Calendar, startDate: IsoDate) {
    this.cal = compileCalendar(calendar);
    const start = isoToDay(startDate);
    this.firstDay = Number.isFinite(start) ? start : 0;
    this.workingDaysPerWeek = Math.max(1, Math.min(7, this.cal.weekdays.size));
    const days: number[] = [];
    for (let day = this.firstDay; day < this.firstDay + HORIZON_CALENDAR_DAYS; day++) if (isWorkingDay(this.cal, day)) days.push(day);
    this.horizon = days.length;
    this.days = Int32Array.from(days);
    this.freezeOf = new Int32Array(this.horizon).fill(-1);
    const freezes = this.cal.freezes;
    for (let k = 0, f = 0; k < this.horizon; k++) {
      const day = this.days[k]!;
      while (f < freezes.length && freezes[f]!.end < day) f++;
      for (let g = f; g < freezes.length && freezes[g]!.start <= day; g++) {
        if (freezes[g]!.end >= day) {
          this.freezeOf[k] = g;
          break;
        }
      }
    }
    this.openFrom = new Int32Array(this.horizon + 1);
    this.openFrom[this.horizon] = this.horizon;
    for (let k = this.horizon - 1; k >= 0; k--) this.openFrom[k] = this.freezeOf[k] === -1 ? k : this.openFrom[k + 1]!;
  }

  /** Clamps a working-day number into 0..horizon (NaN counts as beyond). */
  clamp(k: number): number {
    return k >= 0 ? (k < this.horizon ? Math.floor(k) : this.horizon) : k < 0 ? 0 : this.horizon;
  }

  /** Day number (since epoch) of working day `k`; beyond the horizon, the calendar day after it. */
  dayOf(k: number): number {
    const i = this.clamp(k);
    return i < this.horizon ? this.days[i]! : this.firstDay + HORIZON_CALENDAR_DAYS;
  }

  /** ISO date of working day `k`. */
  dateOf(k: number): IsoDate {
    return dayToIso(this.dayOf(k));
  }

  /** The working-day number of the first working day on or after `iso` (binary search); `horizon` past it. */
  indexOnOrAfter(iso: IsoDate): number {
    const day = isoToDay(iso);
    if (!Number.isFinite(day)) return 0;
    let lo = 0;
    let hi = this.horizon;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.days[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first working day >= k outside every freeze window (where a blocked cutover moves), or `horizon`. */
  nextCutoverDay(k: number): number {
    return this.openFrom[this.clamp(k)]!;
  }

  /** Index into `cal.freezes` of the window holding working day `k`, or -1. */
  freezeIndexAt(k: number): number {
    const i = this.clamp(k);
    return i < this.horizon ? this.freezeOf[i]! : -1;
  }

  /** Freeze windows containing working day `k`. */
  freezesAt(k: number): FreezeWindow[] {
    const day = this.dayOf(k);
    return this.cal.freezes.filter((f) => f.start <= day && day <= f.end).map((f) => f.window);
  }
}
