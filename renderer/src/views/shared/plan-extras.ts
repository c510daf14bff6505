/**
 * Plan fields the engine's format-2 work adds (drivers by days at P80, the deterministic end's
 * percentile, the criticality index), read so the views work before and after they land: absent,
 * the views fall back to what the Plan has today (the critical path, the assumption sensitivity).
 */
import type { Plan } from '../../../../shared/plan/types';

export interface PlanDriver {
  readonly id: string;
  readonly kind: 'risk' | 'uncertainty';
  readonly title: string;
  readonly daysAtP80: number;
  /** For a source of uncertainty, `source` names it (summary:drivers.source.<source>). */
  readonly params?: Readonly<Record<string, unknown>>;
}

type Extended = {
  readonly simulation: { readonly drivers?: readonly PlanDriver[]; readonly criticality?: readonly { readonly id: string; readonly index: number }[] };
  readonly schedule: { readonly deterministicEnd?: string; readonly deterministicPercentile?: number; readonly contingencyDays?: number };
};

/** The drivers of the spread, largest first; empty when the plan has none. */
export function planDrivers(plan: Plan): readonly PlanDriver[] {
  return [...((plan as unknown as Extended).simulation.drivers ?? [])].sort((a, b) => b.daysAtP80 - a.daysAtP80);
}

/** The deterministic (most likely) end, and its percentile among the runs when the plan gives it. */
export function deterministicEnd(plan: Plan): { readonly date: string; readonly percentile?: number; readonly contingencyDays?: number } {
  const s = (plan as unknown as Extended).schedule;
  return { date: s.deterministicEnd ?? plan.schedule.end, ...(s.deterministicPercentile !== undefined ? { percentile: s.deterministicPercentile } : {}), ...(s.contingencyDays !== undefined ? { contingencyDays: s.contingencyDays } : {}) };
}
