/**
 * Dates of the change-freeze presets the planning model names. Double 11, 618 and year-end close
 * are fixed in the Gregorian calendar; Spring Festival moves with the lunar calendar, so its
 * dates come from a table (a week before to a week after the first day of the lunar year).
 */
import type { FreezePreset } from '../../../shared/model';

/** First day of the lunar new year (春节), Gregorian. */
export const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
};

/** Years the presets can be placed in: the Spring Festival table bounds them. */
export const PRESET_YEARS: readonly number[] = Object.keys(SPRING_FESTIVAL).map(Number);

export interface PresetSpan {
  readonly start: string;
  readonly end: string;
}

function shiftDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

/** The span of `preset` in `year`, or null for a Spring Festival outside the table. */
export function presetSpan(preset: FreezePreset, year: number): PresetSpan | null {
  switch (preset) {
    case 'double-11':
      return { start: `${year}-11-01`, end: `${year}-11-15` };
    case '618':
      return { start: `${year}-06-01`, end: `${year}-06-20` };
    case 'year-end-close':
      return { start: `${year}-12-15`, end: `${year + 1}-01-05` };
    case 'spring-festival': {
      const day = SPRING_FESTIVAL[year];
      return day ? { start: shiftDays(day, -7), end: shiftDays(day, 7) } : null;
    }
  }
}

/** The first occurrence of `preset` that ends on or after `from` (a yyyy-mm-dd date). */
export function nextPresetSpan(preset: FreezePreset, from: string): { year: number; span: PresetSpan } | null {
  const startYear = Number(from.slice(0, 4));
  for (let year = startYear - 1; year <= startYear + 5; year++) {
    const span = presetSpan(preset, year);
    if (span && span.end >= from) return { year, span };
  }
  return null;
}
