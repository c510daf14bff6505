import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../../shared/model/schema';
import {
  dayToIso,
  isoToDay,
  isoWeekday,
  WorkingCalendar,
  workingDaysBetween,
} from '../../../shared/plan/calendar';
import { addWorkingDays } from './working-days';

const weekdays: Calendar = { workingDays: [1, 2, 3, 4, 5], holidays: [], makeUpWorkdays: [], freezeWindows: [] };

/** China 2027-style Spring Festival: 6-12 Feb off, Sunday 14 Feb worked in exchange (调休). */
const china: Calendar = {
  workingDays: [1, 2, 3, 4, 5],
  holidays: ['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((date) => ({ date, name: 'Spring Festival' })),
  makeUpWorkdays: ['2027-02-14', '2027-02-20'],
  freezeWindows: [{ id: 'sf', name: 'Spring Festival', start: '2027-01-29', end: '2027-02-20', preset: 'spring-festival' }],
};

describe('ISO day arithmetic', () => {
  it('round-trips dates through day numbers, across leap days and years', () => {
    for (const iso of ['1970-01-01', '2024-02-29', '2027-12-31', '2028-01-01', '2100-03-01']) expect(dayToIso(isoToDay(iso))).toBe(iso);
    expect(isoToDay('2024-03-01') - isoToDay('2024-02-28')).toBe(2);
    expect(isoToDay('not a date')).toBeNaN();
  });

  it('knows ISO weekdays', () => {
    expect(isoWeekday(isoToDay('1970-01-01'))).toBe(4);
    expect(isoWeekday(isoToDay('2027-03-01'))).toBe(1);
    expect(isoWeekday(isoToDay('2027-03-07'))).toBe(7);
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    expect(new WorkingCalendar(weekdays, '2027-03-06').dateOf(0)).toBe('2027-03-08');
    expect(new WorkingCalendar(weekdays, '2027-03-05').dateOf(1)).toBe('2027-03-08');
    expect(new WorkingCalendar(weekdays, '2027-03-01').dateOf(10)).toBe('2027-03-15');
    expect(workingDaysBetween(weekdays, '2027-03-01', '2027-03-14')).toBe(10);
    expect(workingDaysBetween(weekdays, '2027-03-14', '2027-03-01')).toBe(0);
  });

  it('treats holidays as days off and make-up Sundays as working days', () => {
    expect(new WorkingCalendar(china, '2027-02-06').dateOf(0)).toBe('2027-02-14');
    // Fri 5 Feb + 1 working day = Sun 14 Feb (make-up), + 2 = Mon 15 Feb.
    expect(new WorkingCalendar(china, '2027-02-05').dateOf(1)).toBe('2027-02-14');
    expect(new WorkingCalendar(china, '2027-02-05').dateOf(2)).toBe('2027-02-15');
    // February 2027: 20 weekdays - 5 holiday weekdays + 2 make-up days.
    expect(workingDaysBetween(china, '2027-02-01', '2027-02-28')).toBe(17);
  });
});

describe('WorkingCalendar', () => {
  it('maps working-day numbers to dates and back', () => {
    const cal = new WorkingCalendar(china, '2027-02-01');
    expect(cal.dateOf(0)).toBe('2027-02-01');
    expect(cal.dateOf(5)).toBe('2027-02-14');
    expect(cal.indexOnOrAfter('2027-02-07')).toBe(5);
    expect(cal.dateOf(600)).toBe(addWorkingDays(china, '2027-02-01', 600));
    expect(cal.indexOnOrAfter(cal.dateOf(600))).toBe(600);
    expect(cal.workingDaysPerWeek).toBe(5);
  });

  it('starts counting at the first working day on or after the start date', () => {
    const cal = new WorkingCalendar(weekdays, '2027-03-06');
    expect(cal.dateOf(0)).toBe('2027-03-08');
  });

  it('moves a cutover out of a freeze window to the next open working day', () => {
    const cal = new WorkingCalendar(china, '2027-01-25');
    const inFreeze = cal.indexOnOrAfter('2027-02-02');
    expect(cal.freezeIndexAt(inFreeze) !== -1).toBe(true);
    expect(cal.dateOf(cal.nextCutoverDay(inFreeze))).toBe('2027-02-22');
    const before = cal.indexOnOrAfter('2027-01-28');
    expect(cal.nextCutoverDay(before)).toBe(before);
    expect(cal.freezesAt(inFreeze).map((w) => w.id)).toEqual(['sf']);
  });

  it('survives a calendar with no valid working day by falling back to Monday-Friday', () => {
    const cal = new WorkingCalendar({ ...weekdays, workingDays: [] }, '2027-03-01');
    expect(cal.dateOf(5)).toBe('2027-03-08');
  });
});
