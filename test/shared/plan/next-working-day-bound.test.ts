/**
 * The search for a working day is bounded (shared/plan/calendar.ts): a calendar with no working
 * day for a hundred years (366 x 100 calendar days) cannot make nextWorkingDay or addWorkingDays
 * search on past that bound, whatever the input.
 */
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../../shared/model/schema';
import { addWorkingDays, dayToIso, isoToDay, nextWorkingDay } from '../../../shared/plan/calendar';

const BOUND = 366 * 100;

/** Monday to Friday, with every day of the `days` calendar days from `from` a holiday. */
function closedFor(from: string, days: number): Calendar {
  const start = isoToDay(from);
  return { workingDays: [1, 2, 3, 4, 5], holidays: Array.from({ length: days }, (_, k) => ({ date: dayToIso(start + k), name: 'Closed' })), makeUpWorkdays: [], freezeWindows: [] };
}

describe('the search for the next working day', () => {
  it('stops at its bound of a hundred years when no day in them is a working day', () => {
    // 40,000 days of holidays from Monday 2027-03-01: the first working day lies past the bound.
    const cal = closedFor('2027-03-01', 40_000);
    const found = isoToDay(nextWorkingDay(cal, '2027-03-01')) - isoToDay('2027-03-01');
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThanOrEqual(BOUND);
    expect(isoToDay(addWorkingDays(cal, '2027-03-01', 0)) - isoToDay('2027-03-01')).toBeLessThanOrEqual(BOUND);
  });

  it('finds a working day that lies inside the bound, past a long closure', () => {
    // 1,000 days closed from Monday 2027-03-01: day 1,000 is 2029-11-25, a Sunday, so Monday 2029-11-26.
    const cal = closedFor('2027-03-01', 1000);
    expect(dayToIso(isoToDay('2027-03-01') + 1000)).toBe('2029-11-25');
    expect(nextWorkingDay(cal, '2027-03-01')).toBe('2029-11-26');
  });
});
