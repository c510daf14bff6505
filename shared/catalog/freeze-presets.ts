/**
 * Dates of the change-freeze presets, and which a project is offered first. Double 11, 618 and
 * year-end close are fixed in the Gregorian calendar; Spring Festival moves with the lunar calendar
 * (a table: a week before to a week after the first day of the lunar year); Golden Week is the
 * National Day holiday (1-7 October, the official end where published) with the three days before;
 * Black Friday runs from the Monday of Thanksgiving week to Cyber Monday.
 */
import type { FreezePreset } from '../model/vocabulary';
import { publicHolidays } from './holidays';
import type { Jurisdiction } from './regions';

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
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Thanksgiving: the fourth Thursday of November. */
function thanksgiving(year: number): string {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return `${year}-11-${String(1 + ((4 - first + 7) % 7) + 21).padStart(2, '0')}`;
}

/** The last day of the National Day holiday: the official notice's where published, else 7 October. */
function nationalDayEnd(year: number): string {
  const official = publicHolidays('cn', year).holidays.filter((h) => h.date.startsWith(`${year}-10-`)).map((h) => h.date);
  return official.length > 0 ? official[official.length - 1]! : `${year}-10-07`;
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
    case 'golden-week':
      return { start: `${year}-09-28`, end: nationalDayEnd(year) };
    case 'black-friday': {
      const t = thanksgiving(year);
      return { start: shiftDays(t, -3), end: shiftDays(t, 4) };
    }
    case 'spring-festival': {
      const d = SPRING_FESTIVAL[year];
      return d ? { start: shiftDays(d, -7), end: shiftDays(d, 7) } : null;
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

/** The seasons an estate in each jurisdiction usually freezes changes for, most disruptive first. */
const SEASONS: Readonly<Record<Jurisdiction, readonly FreezePreset[]>> = {
  cn: ['spring-festival', 'double-11', '618', 'golden-week', 'year-end-close'],
  hk: ['spring-festival', 'double-11', 'year-end-close'],
  sg: ['spring-festival', 'year-end-close'],
  jp: ['year-end-close'],
  us: ['black-friday', 'year-end-close'],
  eu: ['black-friday', 'year-end-close'],
  other: ['year-end-close'],
};

/**
 * The freeze presets to offer first for an estate whose source and target regions sit in these
 * jurisdictions (mainland China's e-commerce peaks for a mainland estate, Black Friday for the US
 * and Europe), followed by the rest; `suggested` are the ones to tick by default.
 */
export function freezePresetsFor(jurisdictions: readonly Jurisdiction[]): { readonly suggested: readonly FreezePreset[]; readonly ordered: readonly FreezePreset[] } {
  const suggested: FreezePreset[] = [];
  for (const j of jurisdictions) for (const p of SEASONS[j]) if (!suggested.includes(p)) suggested.push(p);
  const all: readonly FreezePreset[] = ['spring-festival', 'double-11', '618', 'golden-week', 'black-friday', 'year-end-close'];
  return { suggested, ordered: [...suggested, ...all.filter((p) => !suggested.includes(p))] };
}

/**
 * The English name Decamp gives a preset's freeze window. A window is stored with it (and its
 * year); the app and the documents word a window whose name still reads as Decamp's in the
 * reader's language (`catalog:freeze.<preset>`), and a name the user typed is shown as written.
 */
export const FREEZE_PRESET_NAMES: Readonly<Record<FreezePreset, string>> = {
  'double-11': 'Double 11 (Singles Day)',
  '618': '618 shopping festival',
  'spring-festival': 'Spring Festival',
  'golden-week': 'Golden Week',
  'black-friday': 'Black Friday to Cyber Monday',
  'year-end-close': 'Year-end close',
};

/** The name Decamp writes for a preset's window in `year`: "Double 11 (Singles Day) 2027". */
export function presetFreezeName(preset: FreezePreset, year: number): string {
  return `${FREEZE_PRESET_NAMES[preset]} ${year}`;
}

/**
 * Which preset (and year, when the name says one) a window's name is still Decamp's for: its
 * preset's name with or without a year, or the `double-11 2027` earlier versions wrote. Null for a
 * window without a preset or one the user renamed.
 */
export function defaultFreezeName(window: { readonly name: string; readonly preset?: FreezePreset | undefined }): { readonly preset: FreezePreset; readonly year: number | null } | null {
  const { preset } = window;
  if (!preset) return null;
  const m = /^(.*?)(?: (\d{4}))?$/.exec(window.name.trim());
  if (!m) return null;
  const base = m[1]!;
  if (base !== FREEZE_PRESET_NAMES[preset] && base !== preset) return null;
  return { preset, year: m[2] ? Number(m[2]) : null };
}
