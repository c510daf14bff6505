/**
 * Building blocks for the embedded sample projects: a compact row notation for workloads and
 * dependencies, and the China 2027 calendar they share. Only scripts/generate-samples.ts runs
 * these; the app loads the generated *.decamp.json files, so the JSON stays the artifact users see.
 */
import { defaultAssumptionList } from '../../plan/assumptions';
import { type Calendar, CURRENT_FORMAT_VERSION, type Dependency, type Holiday, type Project, type Workload } from '../../model/schema';
import type {
  Coupling,
  Criticality,
  DependencyKind,
  DowntimeTolerance,
  Strategy,
  TargetProvider,
  WorkloadKind,
} from '../../model/vocabulary';

/** [instances, dataGb, dailyChangeGb] */
export type SizeRow = readonly [instances: number, dataGb: number, dailyChangeGb: number];

/** One workload as a table row; optional fields go in `extra`. */
export interface WorkloadRow {
  readonly id: string;
  readonly name: string;
  readonly kind: WorkloadKind;
  readonly service: string;
  readonly strategy: Strategy;
  readonly criticality: Criticality;
  readonly complexity: 1 | 2 | 3 | 4 | 5;
  readonly size: SizeRow;
  readonly downtime: DowntimeTolerance;
  readonly team: string;
  /** Source bill per month, in the project currency. */
  readonly cost: number;
  readonly tags: readonly string[];
  readonly notes: string;
  readonly region?: string;
  readonly target?: { provider: TargetProvider; service?: string };
  readonly targetCost?: number;
}

export function workload(row: WorkloadRow, defaultRegion: string): Workload {
  const [instances, dataGb, dailyChangeGb] = row.size;
  const w: Workload = {
    id: row.id,
    name: row.name,
    kind: row.kind,
    sourceService: row.service,
    region: row.region ?? defaultRegion,
    strategy: row.strategy,
    criticality: row.criticality,
    complexity: row.complexity,
    size: { instances, dataGb, dailyChangeGb },
    downtimeTolerance: row.downtime,
    team: row.team,
    monthlyCost: row.cost,
    tags: [...row.tags],
    notes: row.notes,
  };
  if (row.target) w.target = { ...row.target };
  if (row.targetCost !== undefined) w.targetMonthlyCost = row.targetCost;
  return w;
}

/** The workload with its application (and environment, when not production) set. */
export function withApplication(w: Workload, application: string | undefined, environment?: Workload['environment']): Workload {
  const out: Workload = { ...w };
  if (application) out.application = application;
  if (environment && environment !== 'production') out.environment = environment;
  return out;
}

/** [from, to, kind, coupling, note?]: `from` needs `to`. */
export type DependencyRow = readonly [from: string, to: string, kind: DependencyKind, coupling: Coupling, note?: string];

/** Dependency ids are `from:to` (or `from:to:kind` when a pair has several kinds): readable in diffs. */
export function dependencies(rows: readonly DependencyRow[]): Dependency[] {
  const pairs = new Map<string, number>();
  for (const [from, to] of rows) pairs.set(`${from}:${to}`, (pairs.get(`${from}:${to}`) ?? 0) + 1);
  return rows.map(([from, to, kind, coupling, note]) => {
    const pair = `${from}:${to}`;
    const d: Dependency = { id: (pairs.get(pair) ?? 0) > 1 ? `${pair}:${kind}` : pair, from, to, kind, coupling };
    if (note !== undefined) d.note = note;
    return d;
  });
}

/** Inclusive list of dates from `start` to `end` (yyyy-mm-dd, UTC arithmetic: dates have no zone). */
function days(start: string, end: string): string[] {
  const out: string[] = [];
  const t = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`).getTime();
  while (t.getTime() <= last) {
    out.push(t.toISOString().slice(0, 10));
    t.setUTCDate(t.getUTCDate() + 1);
  }
  return out;
}

function holidays(name: string, start: string, end: string): Holiday[] {
  return days(start, end).map((date) => ({ date, name }));
}

/**
 * Mainland China public holidays for 2027 with their make-up working days (调休). The State Council
 * publishes the official schedule late in the year before; these dates follow the lunar calendar
 * (Spring Festival 6 Feb, Dragon Boat 9 Jun, Mid-Autumn 15 Sep) and the usual arrangement, and should
 * be replaced by the official list once it is out.
 */
export function china2027Calendar(): Calendar {
  return {
    workingDays: [1, 2, 3, 4, 5],
    holidays: [
      ...holidays("New Year's Day", '2027-01-01', '2027-01-03'),
      ...holidays('Spring Festival', '2027-02-05', '2027-02-13'),
      ...holidays('Qingming Festival', '2027-04-03', '2027-04-05'),
      ...holidays('Labour Day', '2027-05-01', '2027-05-05'),
      ...holidays('Dragon Boat Festival', '2027-06-09', '2027-06-09'),
      ...holidays('Mid-Autumn Festival', '2027-09-15', '2027-09-15'),
      ...holidays('National Day', '2027-10-01', '2027-10-07'),
    ],
    makeUpWorkdays: ['2027-01-31', '2027-02-20', '2027-04-25', '2027-05-08', '2027-09-26', '2027-10-09'],
    freezeWindows: [
      { id: 'spring-festival-2027', name: 'Spring Festival 2027', start: '2027-01-29', end: '2027-02-20', preset: 'spring-festival' },
      { id: '618-2027', name: '618 shopping festival', start: '2027-06-01', end: '2027-06-20', preset: '618' },
      { id: 'double-11-2027', name: 'Double 11 (Singles Day)', start: '2027-11-01', end: '2027-11-15', preset: 'double-11' },
      { id: 'year-end-close-2027', name: 'Year-end close', start: '2027-12-15', end: '2028-01-05', preset: 'year-end-close' },
    ],
  };
}

/** The parts every sample shares: format version, calendar, the full default assumption list, no decisions yet. */
export function projectShell(meta: Project['project']): Omit<Project, 'workloads' | 'dependencies' | 'teams'> {
  return {
    formatVersion: CURRENT_FORMAT_VERSION,
    project: meta,
    calendar: china2027Calendar(),
    assumptions: defaultAssumptionList(),
    pins: [],
    overrides: [],
    actuals: [],
  };
}
