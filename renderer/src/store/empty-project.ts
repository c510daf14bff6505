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
  /** Where the estate runs today; absent: Alibaba Cloud. */
  readonly sourceProvider?: Project['project']['sourceProvider'];
  /** Where it goes, the default first; absent: AWS. */
  readonly defaultTargets?: Project['project']['defaultTargets'];
  readonly currency?: Project['project']['currency'];
  readonly compliance?: Partial<Project['project']['compliance']>;
  /** Holidays and freezes for where the estate is (shared/catalog/local-calendar.ts); absent: none. */
  readonly calendar?: Project['calendar'];
}

export function emptyProject(options: EmptyProjectOptions): Project {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    project: {
      name: options.name,
      sourceProvider: options.sourceProvider ?? 'alibaba',
      defaultTargets: options.defaultTargets && options.defaultTargets.length > 0 ? [...options.defaultTargets] : ['aws'],
      startDate: options.startDate,
      locale: options.locale ?? 'en',
      currency: options.currency ?? 'CNY',
      compliance: { icpFiling: false, mlpsLevel: 0, crossBorderData: false, ...options.compliance },
    },
    workloads: [],
    dependencies: [],
    teams: [{ id: 'team-1', name: options.teamName, engineers: 4 }],
    calendar: options.calendar ?? { workingDays: [1, 2, 3, 4, 5], holidays: [], makeUpWorkdays: [], freezeWindows: [] },
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
