/**
 * A new project's calendar from where the estate is and where it goes: the public holidays of its
 * home jurisdiction (mainland China's with their make-up working days, US federal holidays) for the
 * start year and the next, and the freeze seasons of every jurisdiction the move touches.
 */
import type { Calendar } from '../model/schema';
import type { FreezePreset, Locale, Provider } from '../model/vocabulary';
import { freezePresetsFor, nextPresetSpan, presetFreezeName, presetSpan } from './freeze-presets';
import { CN_HOLIDAY_NAMES_ZH, holidaysForYears } from './holidays';
import { fallbackHome } from './placement';
import { defaultRegionFor, type Jurisdiction, jurisdictionOf } from './regions';

export interface MoveContext {
  readonly sourceProvider: Provider;
  readonly sourceRegion?: string;
  readonly targets: readonly Provider[];
  readonly locale: Locale;
  /** yyyy-mm-dd */
  readonly startDate: string;
}

/**
 * Where the estate is: its source region's jurisdiction, else mainland China when a Chinese
 * provider is on either side or the project is in Chinese, else the US.
 */
export function homeOf(ctx: MoveContext): Jurisdiction {
  return jurisdictionOf(ctx.sourceProvider, ctx.sourceRegion) ?? fallbackHome(ctx.sourceProvider, ctx.targets, ctx.locale);
}

/** The home jurisdiction first, then each target's default region's (a self-run target stays home). */
export function jurisdictionsOf(ctx: MoveContext): Jurisdiction[] {
  const home = homeOf(ctx);
  const out: Jurisdiction[] = [home];
  for (const t of ctx.targets) {
    const j = t === 'self-hosted' ? home : (defaultRegionFor(t, home)?.jurisdiction ?? home);
    if (!out.includes(j)) out.push(j);
  }
  return out;
}

/** The freeze presets to offer for a move, the suggested ones first. */
export function freezePresetsForMove(ctx: MoveContext): ReturnType<typeof freezePresetsFor> {
  return freezePresetsFor(jurisdictionsOf(ctx));
}

/**
 * A Monday-to-Friday calendar with the home jurisdiction's public holidays for the start year and
 * the next (where a table exists), and a freeze window for each chosen preset, in each of the two
 * years, from its first occurrence that ends on or after the start date.
 */
export function localCalendar(ctx: MoveContext, presets: readonly FreezePreset[]): Calendar & { readonly holidaySources: readonly string[] } {
  const year = Number(ctx.startDate.slice(0, 4));
  const found = holidaysForYears(homeOf(ctx), [year, year + 1]);
  const { makeUpWorkdays, sources } = found;
  const holidays = ctx.locale === 'zh-CN' ? found.holidays.map((h) => ({ ...h, name: CN_HOLIDAY_NAMES_ZH[h.name] ?? h.name })) : found.holidays;
  const freezeWindows: Calendar['freezeWindows'][number][] = [];
  for (const preset of presets) {
    const first = nextPresetSpan(preset, ctx.startDate);
    if (!first) continue;
    for (const y of [first.year, first.year + 1]) {
      const span = y === first.year ? first.span : presetSpan(preset, y);
      if (span) freezeWindows.push({ id: `${preset}-${y}`, name: presetFreezeName(preset, y), start: span.start, end: span.end, preset });
    }
  }
  freezeWindows.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  return { workingDays: [1, 2, 3, 4, 5], holidays, makeUpWorkdays, freezeWindows, holidaySources: sources };
}
