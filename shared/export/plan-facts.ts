/**
 * The figures a document states about the plan, read in one place from the engine's Plan: the
 * deterministic end and its percentile, contingency, labour P50/P80, the drivers of the range (risks
 * and sources of uncertainty by the working days each adds at P80) and the criticality index of
 * every phase and wave, so every exporter words the same numbers the app shows.
 */
import { defaultRiskText, type DefaultRiskPart } from '../model/default-risk-texts';
import { defaultRiskRegister } from '../model/default-risks';
import type { Project, RiskEntry } from '../model/schema';
import { workingDaysBetween } from '../plan/calendar';
import type { Driver, IsoDate, Plan, Wave } from '../plan/types';
import type { ExportText } from './i18n';

export type ConfidenceLevel = 'p50' | 'p80' | 'p95';
export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = ['p50', 'p80', 'p95'];

export interface PlanFacts {
  readonly p50End: IsoDate;
  readonly p80End: IsoDate;
  readonly p95End: IsoDate;
  /** The end with every estimate at its most likely value and no risk event. */
  readonly deterministicEnd: IsoDate;
  /** Share of the simulated runs that finish by the deterministic end, 0..1. */
  readonly deterministicPercentile: number;
  /**
   * Working days from the deterministic end to each percentile's end (negative when that end comes
   * first); P80's is the engine's own `schedule.contingencyDays`.
   */
  readonly contingencyDays: Readonly<Record<ConfidenceLevel, number>>;
  /** Labour cost of the deterministic plan, and over the simulated runs at P50 and P80. */
  readonly labour: number;
  readonly labourP50: number;
  readonly labourP80: number;
  /** Risks and sources of uncertainty, largest `daysAtP80` first (they add up to the P80 contingency). */
  readonly drivers: readonly Driver[];
  /** Share of runs (0..1) in which each program phase or wave (`wave:<id>`) was critical. */
  readonly phaseCriticality: Readonly<Record<string, number>>;
  /** The risk register the simulation draws from: the project's own, else the defaults for its estate. */
  readonly register: readonly RiskEntry[];
}

export function planFacts(project: Project, plan: Plan): PlanFacts {
  const { schedule } = plan;
  const deterministicEnd = schedule.deterministicEnd;
  const signedWorkingDays = (end: IsoDate) =>
    end > deterministicEnd ? workingDaysBetween(project.calendar, deterministicEnd, end) - 1 : end < deterministicEnd ? -(workingDaysBetween(project.calendar, end, deterministicEnd) - 1) : 0;
  return {
    p50End: schedule.p50End,
    p80End: schedule.p80End,
    p95End: schedule.p95End,
    deterministicEnd,
    deterministicPercentile: schedule.deterministicPercentile / 100,
    contingencyDays: { p50: signedWorkingDays(schedule.p50End), p80: schedule.contingencyDays, p95: signedWorkingDays(schedule.p95End) },
    labour: plan.cost.labour,
    labourP50: plan.cost.labourP50,
    labourP80: plan.cost.labourP80,
    drivers: [...plan.simulation.drivers].sort((a, b) => b.daysAtP80 - a.daysAtP80),
    phaseCriticality: Object.fromEntries(plan.simulation.criticality.map((c) => [c.id, c.index])),
    register: project.risks ?? defaultRiskRegister(project),
  };
}

export function endAt(facts: PlanFacts, level: ConfidenceLevel): IsoDate {
  return level === 'p50' ? facts.p50End : level === 'p80' ? facts.p80End : facts.p95End;
}

/** A wave's criticality index: the share of runs in which it was on the critical path, 0..1. */
export function waveCriticality(facts: PlanFacts, wave: Pick<Wave, 'id'>): number {
  return facts.phaseCriticality[`wave:${wave.id}`] ?? 0;
}

/**
 * A driver in the document's language: a source of uncertainty by its translated name, a risk by
 * its register title (the user's own words, or the default register's).
 */
export function driverTitle(driver: Driver, text: Pick<ExportText, 't'>): string {
  if (driver.kind === 'risk') return registerTitle(driver.title, text);
  return text.t(`export:driver.source.${String(driver.params.source)}`, { defaultValue: driver.title });
}

/**
 * A register entry's words in the document's language: the default register's title, detail or
 * mitigation by its code (`plan:registerTitle.*` and so on), the user's own words as written.
 */
export function registerText(part: DefaultRiskPart, words: string, text: Pick<ExportText, 't'>): string {
  const known = defaultRiskText(part, words);
  return known ? text.t(known.key, { ...known.params, defaultValue: words }) : words;
}

export function registerTitle(title: string, text: Pick<ExportText, 't'>): string {
  return registerText('title', title, text);
}
