/**
 * Dates, numbers and money as a document in one language shows them. Plan dates are calendar
 * dates (yyyy-mm-dd, no zone), formatted in UTC so the day never shifts. Intl is deterministic
 * for a given locale, so shared/ may use it.
 */
import type { ExportLanguage } from './i18n';

export interface DocumentFormat {
  readonly date: (iso: string) => string;
  readonly shortDate: (iso: string) => string;
  readonly number: (n: number, digits?: number) => string;
  readonly money: (n: number) => string;
  readonly percent: (share: number) => string;
  /** `2027-02-01` -> `Feb 2027` / `2027年2月`. */
  readonly month: (iso: string) => string;
  /** An axis's two rows: `2027-02-01` -> `Feb` / `2月`, and `2027` / `2027年`. */
  readonly monthName: (iso: string) => string;
  readonly year: (iso: string) => string;
  /** 42000 GB -> `42 TB`. */
  readonly dataSize: (gb: number) => string;
}

function utc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export function documentFormat(lng: ExportLanguage, currency: string): DocumentFormat {
  const dateF = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeZone: 'UTC' });
  const shortF = new Intl.DateTimeFormat(lng, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const numbers = new Map<number, Intl.NumberFormat>();
  const monthF = new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const monthNameF = new Intl.DateTimeFormat(lng, { month: 'short', timeZone: 'UTC' });
  const yearF = new Intl.DateTimeFormat(lng, { year: 'numeric', timeZone: 'UTC' });
  const moneyF = new Intl.NumberFormat(lng, { style: 'currency', currency, maximumFractionDigits: 0 });
  const pctF = new Intl.NumberFormat(lng, { style: 'percent', maximumFractionDigits: 0 });
  const number = (n: number, digits = 1) => {
    let f = numbers.get(digits);
    if (!f) numbers.set(digits, (f = new Intl.NumberFormat(lng, { maximumFractionDigits: digits })));
    return f.format(n);
  };
  return {
    date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateF.format(utc(iso)) : iso),
    shortDate: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? shortF.format(utc(iso)) : iso),
    number,
    month: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? monthF.format(utc(iso)) : iso),
    monthName: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? monthNameF.format(utc(iso)) : iso),
    year: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? yearF.format(utc(iso)) : iso),
    money: (n) => moneyF.format(n),
    percent: (share) => pctF.format(share),
    dataSize: (gb) => (gb >= 1000 ? `${number(gb / 1000)} TB` : `${number(gb)} GB`),
  };
}

/** A span of days as a document says it: one date for a one-day cutover, "start to end" for more. */
export function dayOrRange(t: (key: string, params?: Record<string, unknown>) => string, date: (iso: string) => string, start: string, end: string): string {
  return start === end ? date(start) : t('export:wave.dates', { start: date(start), end: date(end) });
}
