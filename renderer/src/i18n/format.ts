/**
 * Dates, numbers and money in the reader's locale. Plan dates are calendar dates (yyyy-mm-dd with
 * no zone), so they are formatted in UTC to keep the day from shifting.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** `2027-03-15` -> `15 Mar 2027` (en) / `2027年3月15日` (zh-CN). */
export function formatDate(iso: string, locale: string, style: 'medium' | 'short' = 'medium'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return iso;
  const f = cached(`d|${locale}|${style}`, () => new Intl.DateTimeFormat(locale, style === 'medium' ? { dateStyle: 'medium', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' }));
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatNumber(n: number, locale: string, maximumFractionDigits = 1): string {
  return cached(`n|${locale}|${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(n);
}

export function formatMoney(n: number, currency: string, locale: string): string {
  return cached(`m|${locale}|${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })).format(n);
}

export function formatPercent(share: number, locale: string): string {
  return cached(`p|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

/** Whole calendar days from `a` to `b` (yyyy-mm-dd). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}
