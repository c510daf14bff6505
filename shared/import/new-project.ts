/**
 * The project an import starts when it does not merge into an open one: one team, a Monday-Friday
 * calendar, the default assumptions. The caller gives the date (shared/ reads no clock).
 */
import { defaultAssumptionList } from '../plan/assumptions';
import { CURRENT_FORMAT_VERSION, type Project } from '../model/schema';
import { type Currency, type Locale, PROVIDERS, type SourceProvider, type TargetProvider } from '../model/vocabulary';
import type { ProjectFragment } from './types';

export interface NewProjectOptions {
  readonly name: string;
  /** yyyy-mm-dd */
  readonly startDate: string;
  readonly sourceProvider: SourceProvider;
  readonly defaultTargets?: readonly TargetProvider[];
  readonly teamName?: string;
  /** The open project's, when the app starts one from an import: the team's language and money. */
  readonly locale?: Locale;
  readonly currency?: Currency;
}

export function newProjectForImport(options: NewProjectOptions): Project {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    project: {
      name: options.name,
      sourceProvider: options.sourceProvider,
      defaultTargets: [...(options.defaultTargets ?? [options.sourceProvider === 'aws' ? 'alibaba' : 'aws'])],
      startDate: options.startDate,
      locale: options.locale ?? 'en',
      currency: options.currency ?? 'CNY',
      compliance: { icpFiling: false, mlpsLevel: 0, crossBorderData: false },
    },
    workloads: [],
    dependencies: [],
    teams: [{ id: 'team-1', name: options.teamName ?? 'Team 1', engineers: 4 }],
    calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [], makeUpWorkdays: [], freezeWindows: [] },
    assumptions: defaultAssumptionList(),
    pins: [],
    overrides: [],
    actuals: [],
  };
}

/**
 * Where the imported estate runs: the provider most of its workloads' services belong to (ties in
 * the vocabulary's order), or undefined for an empty fragment. A Huawei Cloud state starts a Huawei
 * Cloud project, an RVTools export a self-hosted one.
 */
export function estateProviderOf(fragment: Pick<ProjectFragment, 'workloads'>): SourceProvider | undefined {
  const counts = new Map<SourceProvider, number>();
  for (const w of fragment.workloads) {
    const provider = PROVIDERS.find((p) => w.sourceService.startsWith(`${p}.`));
    if (provider) counts.set(provider, (counts.get(provider) ?? 0) + 1);
  }
  let best: SourceProvider | undefined;
  for (const p of PROVIDERS) if ((counts.get(p) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = p;
  return best;
}
