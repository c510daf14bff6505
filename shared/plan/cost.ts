/**
 * Cost of the move (PLANNING-MODEL §6): labour, dual running (both bills from a workload's cutover
 * to the source decommission, often the largest cost nobody budgets; for the landing zone's pieces,
 * from the day the landing zone is ready), run cost before and after, and the egress that
 * cross-cloud links pay while the estate is split.
 */
import type { Project } from '../model/schema';
import type { Assumptions } from './assumptions';
import { isoToDay } from './calendar';
import { round } from './estimate';
import type { CostSummary, CrossCloudLink, IsoDate, Wave, WaveCost, WorkloadEstimate, WorkloadId } from './types';

/** Average Gregorian month in days. */
const DAYS_PER_MONTH = 365.2425 / 12;

/** Months between two dates (0 when `to` is not after `from`). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const d = isoToDay(to) - isoToDay(from);
  return Number.isFinite(d) && d > 0 ? d / DAYS_PER_MONTH : 0;
}

/** A moved workload's monthly bill after the move: its target's, plus a second provider's share when it runs on two. */
export function targetRunCost(project: Project, w: Project['workloads'][number], ratio: number, assumptions: Assumptions): number {
  const target = w.targetMonthlyCost ?? w.monthlyCost * ratio;
  const primary = w.target?.provider ?? project.project.defaultTargets[0] ?? 'self-hosted';
  const second = w.secondaryTarget && w.secondaryTarget.provider !== primary ? Math.max(0, assumptions.value(`cost.multiTarget.${w.secondaryTarget.mode}`)) : 0;
  return target * (1 + second);
}

export interface CostInput {
  readonly project: Project;
  readonly waves: readonly Wave[];
  readonly estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>;
  readonly crossCloudLinks: readonly CrossCloudLink[];
  readonly assumptions: Assumptions;
  /** Last day of decommission: the source bill stops here. */
  readonly decommissionEnd: IsoDate;
  /** Held team time x day rates: the deterministic plan's, and the runs' median and 80th percentile. */
  readonly heldLabour: number;
  readonly labourP50: number;
  readonly labourP80: number;
  /**
   * The landing zone's platform pieces (network, identity, keys, DNS, monitoring baselines) and its
   * last day: they are rebuilt on the target before any wave, in no wave, so their source copies run
   * beside the new ones from that day to the decommission, as a moved workload's do from its cutover.
   */
  readonly landingZone?: { readonly workloadIds: readonly WorkloadId[]; readonly end: IsoDate };
}

export function costPlan({ project, waves, estimates, crossCloudLinks, assumptions, decommissionEnd, heldLabour, labourP50, labourP80, landingZone }: CostInput): CostSummary {
  const defaultRate = Math.max(0, assumptions.value('cost.defaultDayRate'));
  const ratio = Math.max(0, assumptions.value('cost.targetRunRatio'));
  const rateOf = new Map(project.teams.map((t) => [t.id, t.dayRate ?? defaultRate]));
  const workloads = new Map(project.workloads.map((w) => [w.id, w]));
  const labourOf = (id: WorkloadId) => (estimates[id]?.effort.likely ?? 0) * (rateOf.get(workloads.get(id)?.team ?? '') ?? defaultRate);

  const byWave: WaveCost[] = waves.map((wave) => {
    const overlap = monthsBetween(wave.cutover.end, decommissionEnd);
    let labour = 0;
    let dualRunning = 0;
    for (const id of wave.workloadIds) {
      labour += labourOf(id);
      dualRunning += (workloads.get(id)?.monthlyCost ?? 0) * overlap;
    }
    return { waveId: wave.id, labour: round(finite(labour), 2), dualRunning: round(finite(dualRunning), 2) };
  });

  // Retiring a workload is work too (archive, remove references), so effort labour counts every workload.
  let labour = 0;
  let sourceMonthly = 0;
  let targetMonthly = 0;
  for (const w of project.workloads) {
    labour += labourOf(w.id);
    sourceMonthly += w.monthlyCost;
    // After the move: moved workloads bill on the target, retained ones stay on the source, retired ones stop.
    if (w.strategy === 'retain') targetMonthly += w.monthlyCost;
    else if (w.strategy !== 'retire') targetMonthly += targetRunCost(project, w, ratio, assumptions);
  }
  // A piece the plan also puts in a wave is counted there, once.
  const inWave = new Set(waves.flatMap((w) => w.workloadIds));
  let landingZoneDualRunning = 0;
  if (landingZone) {
    const overlap = monthsBetween(landingZone.end, decommissionEnd);
    for (const id of new Set(landingZone.workloadIds)) if (!inWave.has(id)) landingZoneDualRunning += (workloads.get(id)?.monthlyCost ?? 0) * overlap;
  }
  const dualRunning = byWave.reduce((s, c) => s + c.dualRunning, 0) + landingZoneDualRunning;
  const crossCloudEgress = crossCloudLinks.reduce((s, l) => s + l.egressCostPerMonth * monthsBetween(l.start, l.end), 0);
  const held = finite(heldLabour);
  return {
    currency: project.project.currency,
    labour: round(held, 2),
    labourP50: round(finite(labourP50), 2),
    labourP80: round(finite(labourP80), 2),
    effortLabour: round(finite(labour), 2),
    dualRunning: round(finite(dualRunning), 2),
    landingZoneDualRunning: round(finite(landingZoneDualRunning), 2),
    sourceMonthly: round(finite(sourceMonthly), 2),
    targetMonthly: round(finite(targetMonthly), 2),
    crossCloudEgress: round(finite(crossCloudEgress), 2),
    total: round(finite(held + dualRunning + crossCloudEgress), 2),
    // Dual running and egress run from one cutover to a later one or to the decommission: a plan that
    // slips as a whole keeps those gaps, so the runs' labour is what moves the total at P50 and P80.
    totalP50: round(finite(finite(labourP50) + dualRunning + crossCloudEgress), 2),
    totalP80: round(finite(finite(labourP80) + dualRunning + crossCloudEgress), 2),
    byWave,
  };
}

/** Every number in a plan is finite: a sum that overflowed is clamped to the largest safe value. */
function finite(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, x));
}
