/**
 * Lookups from the derived Plan by workload: which wave moves it, its runbook steps, the risks
 * that name it. The Plan is read as is; nothing here decides anything about the migration.
 */
import type { Plan, Risk, RunbookStep, Wave } from '../../../../shared/plan/types';

export interface PlanIndex {
  readonly waveByWorkload: ReadonlyMap<string, Wave>;
  /** Retired and retained workloads: they join no wave. */
  readonly excluded: ReadonlySet<string>;
  /** Platform pieces (network, identity, keys, DNS) built in the landing zone, before any wave. */
  readonly foundation: ReadonlySet<string>;
}

const EMPTY_INDEX: PlanIndex = { waveByWorkload: new Map(), excluded: new Set(), foundation: new Set() };

/** One pass over the waves, so the grid's wave column costs a map lookup per row. */
export function indexPlan(plan: Plan | null): PlanIndex {
  if (plan === null) return EMPTY_INDEX;
  const waveByWorkload = new Map<string, Wave>();
  for (const wave of plan.waves) for (const id of wave.workloadIds) waveByWorkload.set(id, wave);
  return { waveByWorkload, excluded: new Set(plan.excluded), foundation: new Set(plan.foundation.workloadIds) };
}

/**
 * The steps that concern `workloadId`, in runbook order: from the wave that moves it, or from the
 * landing zone when it is a platform piece built there (`inFoundation`).
 */
export function runbookFor(plan: Plan | null, workloadId: string): { wave: Wave | null; inFoundation: boolean; steps: readonly RunbookStep[] } {
  if (plan?.foundation.workloadIds.includes(workloadId)) {
    return { wave: null, inFoundation: true, steps: plan.foundation.runbook.filter((s) => s.workloadId === workloadId) };
  }
  const wave = plan?.waves.find((w) => w.workloadIds.includes(workloadId)) ?? null;
  return { wave, inFoundation: false, steps: wave ? wave.runbook.filter((s) => s.workloadId === workloadId) : [] };
}

/** Risks that name `workloadId`, in the plan's order (most severe first when the plan sorts them). */
export function risksFor(plan: Plan | null, workloadId: string): readonly Risk[] {
  return plan ? plan.risks.filter((r) => r.workloadIds.includes(workloadId)) : [];
}
