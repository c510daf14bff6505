/** Samples, plans and the locale files for export tests, plus the external readers they use. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { exportMessages } from '../../../electron/cli/export-messages';
import type { ExportLanguage } from '../../../shared/export/i18n';
import type { ExportOptions } from '../../../shared/export/options';
import { loadProject } from '../../../shared/model/load';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import type { Plan } from '../../../shared/plan/types';

export const SAMPLES = {
  mid: 'shared/samples/ecommerce-iot.decamp.json',
  small: 'shared/samples/online-shop.decamp.json',
  large: 'shared/samples/large-estate.decamp.json',
} as const;

const cache = new Map<string, { project: Project; plan: Plan }>();

/** A sample and its plan (400 runs: the documents' shape does not depend on the run count). */
export function samplePlan(which: keyof typeof SAMPLES = 'mid', runs = 400): { project: Project; plan: Plan } {
  const key = `${which}:${runs}`;
  let hit = cache.get(key);
  if (!hit) {
    const loaded = loadProject(readFileSync(SAMPLES[which], 'utf8'), SAMPLES[which]);
    if (!loaded.ok) throw new Error(`sample ${which} does not load`);
    hit = { project: loaded.project, plan: planProject(loaded.project, { runs }) };
    cache.set(key, hit);
  }
  return hit;
}

export function options(lang: ExportLanguage, extra: Partial<ExportOptions> = {}): ExportOptions {
  return { lang, messages: exportMessages(), generatedAt: '2027-01-04T09:30:00Z', ...extra };
}

export const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== '0' && process.env.CI.toLowerCase() !== 'false';

/** A command-line reader the test needs. Outside CI a missing one skips; in CI (.ci/run installs it) it fails. */
export function tool(name: string, path: string): { available: boolean; itWith: typeof it } {
  const available = existsSync(path);
  if (available || inCi) return { available: true, itWith: it };
  return { available: false, itWith: it.skip as unknown as typeof it };
  void name;
}

export function sh(cmd: string, args: readonly string[], cwd?: string): string {
  return execFileSync(cmd, [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
}

/** A date as an English document writes it ("Jan 11, 2027"), from Intl rather than the exporters' own formatter. */
export const enDate = (iso: string): string => new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** A workbook's sheet as rows of cell values (ExcelJS's 1-based row.values without its empty first slot). */
export function sheetRows(sheet: { eachRow: (f: (row: { values: unknown }) => void) => void }): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}
