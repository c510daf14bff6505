/**
 * The project an import starts when it does not merge into an open one: one team, a Monday-Friday
 * calendar, the default assumptions. The caller gives the date (shared/ reads no clock).
 */
import { defaultAssumptionList } from '../plan/assumptions';
import { CURRENT_FORMAT_VERSION, type Project } from '../model/schema';
import type { SourceProvider, TargetProvider } from '../model/vocabulary';

export interface NewProjectOptions {
  readonly name: string;
  /** yyyy-mm-dd */
  readonly startDate: string;
  readonly sourceProvider: SourceProvider;
  readonly defaultTargets?: readonly TargetProvider[];
  readonly teamName?: string;
}

export function newProjectForImport(options: NewProjectOptions): Project {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    project: {
      name: options.name,
      sourceProvider: options.sourceProvider,
      defaultTargets: [...(options.defaultTargets ?? ['aws'])],
      startDate: options.startDate,
      locale: 'en',
      currency: 'CNY',
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
