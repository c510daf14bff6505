/**
 * Public holidays by jurisdiction, for a new project's calendar. Mainland China's are published by
 * the State Council each November for the next year, with make-up working days (调休), so they come
 * from the notices themselves and only for the years published; US federal holidays follow fixed
 * rules (5 U.S.C. 6103), so they are computed. Other jurisdictions have no table yet: the calendar
 * editor takes them by hand, and `publicHolidays` says so.
 */
import type { Jurisdiction } from './regions';

export interface HolidayCalendar {
  readonly holidays: readonly { readonly date: string; readonly name: string }[];
  /** Weekend days worked in exchange for a holiday (China's 调休). */
  readonly makeUpWorkdays: readonly string[];
  /** `official`: from the published notice; `rule`: computed from the law's rules; `none`: no table. */
  readonly status: 'official' | 'rule' | 'none';
  readonly source: string;
}

const day = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function span(name: string, from: string, to: string): { date: string; name: string }[] {
  const out: { date: string; name: string }[] = [];
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  for (let t = Date.UTC(y, m - 1, d); ; t += 86_400_000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    out.push({ date: iso, name });
    if (iso >= to) break;
  }
  return out;
}

/** Mainland China, from the State Council General Office's notices (国务院办公厅关于部分节假日安排的通知). */
const CN: Readonly<Record<number, Omit<HolidayCalendar, 'status'>>> = {
  2025: {
    holidays: [
      ...span("New Year's Day", '2025-01-01', '2025-01-01'),
      ...span('Spring Festival', '2025-01-28', '2025-02-04'),
      ...span('Qingming Festival', '2025-04-04', '2025-04-06'),
      ...span('Labour Day', '2025-05-01', '2025-05-05'),
      ...span('Dragon Boat Festival', '2025-05-31', '2025-06-02'),
      ...span('National Day and Mid-Autumn Festival', '2025-10-01', '2025-10-08'),
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    source: 'State Council General Office notice on the 2025 holidays (国办发明电〔2024〕12号, 12 Nov 2024)',
  },
  2026: {
    holidays: [
      ...span("New Year's Day", '2026-01-01', '2026-01-03'),
      ...span('Spring Festival', '2026-02-15', '2026-02-23'),
      ...span('Qingming Festival', '2026-04-04', '2026-04-06'),
      ...span('Labour Day', '2026-05-01', '2026-05-05'),
      ...span('Dragon Boat Festival', '2026-06-19', '2026-06-21'),
      ...span('Mid-Autumn Festival', '2026-09-25', '2026-09-27'),
      ...span('National Day', '2026-10-01', '2026-10-07'),
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    source: 'State Council General Office notice on the 2026 holidays (4 Nov 2025)',
  },
};

/** The n-th (1-based) weekday (0 = Sunday) of a month; n = -1 for the last. */
function nthWeekday(y: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return day(y, month, 1 + ((weekday - first + 7) % 7) + 7 * (n - 1));
  }
  const lastDate = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(y, month - 1, lastDate)).getUTCDay();
  return day(y, month, lastDate - ((last - weekday + 7) % 7));
}

/** A fixed-date federal holiday on a Saturday is observed the Friday before; on a Sunday, the Monday after. */
function observed(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = Date.UTC(y, m - 1, d);
  const dow = new Date(t).getUTCDay();
  const shift = dow === 6 ? -1 : dow === 0 ? 1 : 0;
  return new Date(t + shift * 86_400_000).toISOString().slice(0, 10);
}

function usFederal(y: number): HolidayCalendar {
  const fixed = (m: number, d: number, name: string) => ({ date: observed(day(y, m, d)), name });
  return {
    holidays: [
      fixed(1, 1, "New Year's Day"),
      { date: nthWeekday(y, 1, 1, 3), name: 'Birthday of Martin Luther King, Jr.' },
      { date: nthWeekday(y, 2, 1, 3), name: "Washington's Birthday" },
      { date: nthWeekday(y, 5, 1, -1), name: 'Memorial Day' },
      fixed(6, 19, 'Juneteenth National Independence Day'),
      fixed(7, 4, 'Independence Day'),
      { date: nthWeekday(y, 9, 1, 1), name: 'Labor Day' },
      { date: nthWeekday(y, 10, 1, 2), name: 'Columbus Day' },
      fixed(11, 11, 'Veterans Day'),
      { date: nthWeekday(y, 11, 4, 4), name: 'Thanksgiving Day' },
      fixed(12, 25, 'Christmas Day'),
    ],
    makeUpWorkdays: [],
    status: 'rule',
    source: 'US federal holidays, 5 U.S.C. 6103, observed on the nearest weekday as OPM sets them',
  };
}

/** Public holidays of a jurisdiction in a year, with what they come from. */
export function publicHolidays(jurisdiction: Jurisdiction, year: number): HolidayCalendar {
  if (jurisdiction === 'cn') {
    const known = CN[year];
    return known
      ? { ...known, status: 'official' }
      : { holidays: [], makeUpWorkdays: [], status: 'none', source: `Mainland China's ${year} holidays are not published yet (the State Council announces them each November); add them by hand.` };
  }
  if (jurisdiction === 'us') return usFederal(year);
  return { holidays: [], makeUpWorkdays: [], status: 'none', source: 'No holiday table for this jurisdiction yet; add its public holidays by hand.' };
}

/** Chinese names of mainland China's holidays, for a project written in Chinese. */
export const CN_HOLIDAY_NAMES_ZH: Readonly<Record<string, string>> = {
  "New Year's Day": '元旦',
  'Spring Festival': '春节',
  'Qingming Festival': '清明节',
  'Labour Day': '劳动节',
  'Dragon Boat Festival': '端午节',
  'Mid-Autumn Festival': '中秋节',
  'National Day': '国庆节',
  'National Day and Mid-Autumn Festival': '国庆节、中秋节',
};

/** The years a holiday table exists for mainland China. */
export const CN_HOLIDAY_YEARS: readonly number[] = Object.keys(CN).map(Number);

/** Holidays of a jurisdiction over several years, merged and sorted (for a new project's calendar). */
export function holidaysForYears(jurisdiction: Jurisdiction, years: readonly number[]): { holidays: { date: string; name: string }[]; makeUpWorkdays: string[]; sources: string[] } {
  const holidays: { date: string; name: string }[] = [];
  const makeUpWorkdays: string[] = [];
  const sources: string[] = [];
  for (const y of years) {
    const cal = publicHolidays(jurisdiction, y);
    holidays.push(...cal.holidays);
    makeUpWorkdays.push(...cal.makeUpWorkdays);
    if (cal.status !== 'none') sources.push(cal.source);
  }
  return { holidays: holidays.sort((a, b) => a.date.localeCompare(b.date)), makeUpWorkdays: makeUpWorkdays.sort(), sources };
}
