/**
 * What moves the end date most. The simulation reports which workloads explain the spread of the
 * end date (variance share); each workload's estimate names the assumptions behind it. Weighting
 * each assumption by the share of the workloads it feeds ranks the assumptions, without running
 * the planner again.
 */
import type { Plan } from '../../../../shared/plan/types';

export interface AssumptionDriver {
  readonly assumptionId: string;
  /** Sum of the spread shares of the workloads whose estimate uses it, 0..1. */
  readonly weight: number;
  readonly workloadIds: readonly string[];
}

/** Assumptions that neither vary per workload nor move the date (labels, costs) are left out. */
const NOT_DATE_DRIVERS = /^(cost\.|crossCloud\.|simulation\.exportRuns|risk\.)/;

export function assumptionDrivers(plan: Plan, limit = 6): AssumptionDriver[] {
  const byId = new Map<string, { weight: number; workloadIds: string[] }>();
  for (const driver of plan.simulation.spreadDrivers) {
    const ids = plan.estimates[driver.workloadId]?.assumptionIds ?? plan.provenance.workloads[driver.workloadId] ?? [];
    for (const id of new Set(ids)) {
      if (NOT_DATE_DRIVERS.test(id)) continue;
      const entry = byId.get(id) ?? { weight: 0, workloadIds: [] };
      entry.weight += driver.share;
      entry.workloadIds.push(driver.workloadId);
      byId.set(id, entry);
    }
  }
  return [...byId.entries()]
    .map(([assumptionId, e]) => ({ assumptionId, weight: Math.min(1, e.weight), workloadIds: e.workloadIds }))
    .sort((a, b) => b.weight - a.weight || a.assumptionId.localeCompare(b.assumptionId))
    .slice(0, limit);
}
