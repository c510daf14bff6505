/**
 * The figures a document states about the plan, read in one place. The engine's Plan is growing
 * (format 2: `schedule.deterministicEnd`, `schedule.deterministicPercentile`,
 * `schedule.contingencyDays`, `simulation.drivers`, `simulation.criticality`, `cost.labourP50/P80`,
 * a risk register, team lanes); where a field is there this module reads it, and where it is not
 * yet it derives the same figure from today's Plan, so every exporter asks here and nothing else
 * changes when the engine's fields land.
 */
import { defaultRiskRegister } from '../model/default-risks';
import type { Project, RiskEntry } from '../model/schema';
import { workingDaysBetween } from '../plan/calendar';
import type { IsoDate, Plan } from '../plan/types';

export type ConfidenceLevel = 'p50' | 'p80' | 'p95';
export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = ['p50', 'p80', 'p95'];

export interface PlanFacts {
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
  /** The end with every estimate at its most likely value. */
  readonly deterministicEnd: IsoDate;
  /** Share of the simulated runs that finish by the deterministic end, 0..1. */
  readonly deterministicPercentile: number;
  /** Working days from the deterministic end to each percentile's end (never negative). */
  readonly contingencyDays: Readonly<Record<ConfidenceLevel, number>>;
  /** Labour cost with likely efforts, and at P50/P80 where the engine gives them. */
  readonly labour: number;
  readonly labourP50?: number;
  readonly labourP80?: number;
  /** Workloads whose uncertainty moves the end date most, largest share first. */
  readonly drivers: readonly { readonly workloadId: string; readonly share: number }[];
  /** Share of runs in which each program phase was critical, 0..1 (1 for the deterministic critical path). */
  readonly phaseCriticality: Readonly<Record<string, number>>;
  /** The risk register the simulation draws from: the project's own, else the defaults for its estate. */
  readonly register: readonly RiskEntry[];
}

/** Fields of the engine's format 2 Plan, all optional so today's Plan reads through the same code. */
interface Format2 {
  readonly schedule: { readonly deterministicEnd?: IsoDate; readonly deterministicPercentile?: number; readonly contingencyDays?: number };
  readonly simulation: {
    readonly drivers?: readonly { readonly workloadId: string; readonly share: number }[];
    readonly criticality?: Readonly<Record<string, number>> | readonly { readonly phaseId: string; readonly share: number }[];
  };
  readonly cost: { readonly labourP50?: number; readonly labourP80?: number };
}

export function planFacts(project: Project, plan: Plan): PlanFacts {
  const f2 = plan as unknown as Format2;
  const deterministicEnd = f2.schedule.deterministicEnd ?? plan.schedule.end;
  const percentile = f2.schedule.deterministicPercentile;
  const contingency = (end: IsoDate) => (end > deterministicEnd ? workingDaysBetween(project.calendar, deterministicEnd, end) - 1 : 0);
  // The report's "share of the end date's variance" per workload is spreadDrivers; the engine's
  // simulation.drivers (risks and uncertainty sources by working days at P80) have another shape.
  const drivers = plan.simulation.spreadDrivers;
  return {
    p50End: plan.schedule.p50End,
    p80End: plan.schedule.p80End,
    p95End: plan.schedule.p95End,
    deterministicEnd,
    deterministicPercentile: typeof percentile === 'number' ? (percentile > 1 ? percentile / 100 : percentile) : shareFinishedBy(plan, deterministicEnd),
    contingencyDays: { p50: contingency(plan.schedule.p50End), p80: contingency(plan.schedule.p80End), p95: contingency(plan.schedule.p95End) },
    labour: plan.cost.labour,
    ...(f2.cost.labourP50 !== undefined ? { labourP50: f2.cost.labourP50 } : {}),
    ...(f2.cost.labourP80 !== undefined ? { labourP80: f2.cost.labourP80 } : {}),
    drivers: [...drivers].sort((a, b) => b.share - a.share),
    phaseCriticality: criticality(plan, f2.simulation.criticality),
    register: project.risks ?? defaultRiskRegister(project),
  };
}

export function endAt(facts: PlanFacts, level: ConfidenceLevel): IsoDate {
  return level === 'p50' ? facts.p50End : level === 'p80' ? facts.p80End : facts.p95End;
}

/** Share of the runs whose program end is on or before `date`, from the histogram (linear inside a bin). */
export function shareFinishedBy(plan: Plan, date: IsoDate): number {
  const bins = plan.simulation.histogram;
  const total = bins.reduce((s, b) => s + b.count, 0);
  if (total === 0) return date >= plan.schedule.p50End ? 0.5 : 0;
  const day = (iso: IsoDate) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const d = day(date);
  let done = 0;
  for (const b of bins) {
    const s = day(b.start);
    const e = day(b.end);
    if (e <= d) done += b.count;
    else if (s <= d) done += (b.count * (d - s + 1)) / Math.max(1, e - s + 1);
  }
  return Math.min(1, done / total);
}

function criticality(plan: Plan, given: Format2['simulation']['criticality']): Record<string, number> {
  // The engine's shape is { id, index }; { phaseId, share } is read too.
  if (Array.isArray(given)) return Object.fromEntries(given.map((c: { id?: string; index?: number; phaseId?: string; share?: number }) => [c.id ?? c.phaseId ?? '', c.index ?? c.share ?? 0]));
  if (given && typeof given === 'object') return { ...(given as Record<string, number>) };
  return Object.fromEntries(plan.simulation.criticalPath.map((id) => [id, 1]));
}
