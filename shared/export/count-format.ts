/**
 * i18next's `number` format, as the texts use it for counts (`{{count, number}}`): digit grouping in
 * the text's language ("17,041"), and any value that is not a finite number as it is. A few texts are
 * handed a count already worded ("46 workloads" as `count`, the map's wave detail), which i18next's
 * own `number` format turns into "NaN".
 */
import type { i18n } from 'i18next';

const byLanguage = new Map<string, Intl.NumberFormat>();

export function formatCount(value: unknown, lng: string | undefined): unknown {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  const key = lng ?? 'en';
  let f = byLanguage.get(key);
  if (!f) byLanguage.set(key, (f = new Intl.NumberFormat(key)));
  return f.format(value);
}

/** Call once the instance is initialised (its formatter exists from then on). */
export function addCountFormat(instance: i18n): void {
  // A value that is not a number goes back as it came (a string, or undefined for i18next's missing-value handling).
  instance.services.formatter?.add('number', (value, lng) => formatCount(value, lng) as string);
}
