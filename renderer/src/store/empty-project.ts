/**
 * A new, empty project: one team, a Monday-to-Friday calendar, every default assumption in the
 * file so the user sees and can edit each one. Names come from the caller (they are translated).
 */
import { CURRENT_FORMAT_VERSION, type Project } from '../../../shared/model';
import { defaultAssumptionList } from '../../../shared/plan/assumptions';

export interface EmptyProjectOptions {
  readonly name: string;
  readonly teamName: string;
  /** yyyy-mm-dd */
  readonly startDate: string;
  readonly locale?: Project['project']['locale'];
}

export function emptyProject(options: EmptyProjectOptions): Project {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    project: {
      name: options.name,
      sourceProvider: 'alibaba',
      defaultTargets: ['aws'],
      startDate: options.startDate,
      locale: options.locale ?? 'en',
      currency: 'CNY',
      compliance: { icpFiling: false, mlpsLevel: 0, crossBorderData: false },
    },
    workloads: [],
    dependencies: [],
    teams: [{ id: 'team-1', name: options.teamName, engineers: 4 }],
    calendar: { workingDays: [1, 2, 3, 4, 5], holidays: [], makeUpWorkdays: [], freezeWindows: [] },
    assumptions: defaultAssumptionList(),
    pins: [],
    overrides: [],
    actuals: [],
  };
}

/** Today as yyyy-mm-dd in local time (the renderer may read the clock; shared/ may not). */
export function todayIso(now: Date = new Date()): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${d}`;
}
