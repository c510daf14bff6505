/**
 * Cost over time, read from one Plan: each workload's dual running (the source bill still paid from
 * its go-live on the target to the source decommission), per wave and in total, and the monthly run
 * cost month by month (source bill, target bill, and the dual-running part of the source bill), so
 * the before/after comparison and the hump in between can be drawn on the timeline.
 *
 * The same rule as the engine's cost phase (shared/plan/cost.ts): a bill accrues per calendar day
 * at monthly / 30.436875 (the average Gregorian month); a workload goes live the day after its
 * wave's cutover ends (a landing-zone piece, the day after the landing zone is ready); the source bill stops at the plan's end (decommission); the target bill is
 * the one entered, else the source bill x `cost.targetRunRatio` (plus a second provider's share). Retained workloads stay on the
 * source throughout; retired ones bill on the source until the decommission and then stop.
 */
import type { Project } from '../model/schema';
import { resolveAssumptions } from '../plan/assumptions';
import { isoToDay } from '../plan/calendar';
import { targetRunCost } from '../plan/cost';
import type { IsoDate, Plan, WorkloadId } from '../plan/types';

const DAYS_PER_MONTH = 365.2425 / 12;
const DAY_MS = 86_400_000;

/** `waveId` of a landing-zone piece's dual running: it is in no wave (the foundation phase's id). */
export const LANDING_ZONE = 'foundation';

export interface WorkloadDualRunning {
  readonly workloadId: WorkloadId;
  /** Its wave, or LANDING_ZONE for a landing-zone piece. */
  readonly waveId: string;
  /** First day on the target. */
  readonly goLive: IsoDate;
  /** Last day the source bills. */
  readonly decommission: IsoDate;
  readonly months: number;
  readonly cost: number;
}

export interface MonthCost {
  /** `YYYY-MM`. */
  readonly month: string;
  /** Everything billed on the source that month, the dual-running part included. */
  readonly source: number;
  readonly target: number;
  /** The part of `source` paid for workloads already live on the target. */
  readonly dualRunning: number;
}

export interface CostCurve {
  readonly currency: string;
  /** Run cost a month before the move and once it is done. */
  readonly before: number;
  readonly after: number;
  readonly months: readonly MonthCost[];
  /** Largest first. */
  readonly workloads: readonly WorkloadDualRunning[];
  readonly byWave: readonly { readonly waveId: string; readonly cost: number }[];
  readonly dualRunning: number;
}

const iso = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);
const monthKey = (day: number) => iso(day).slice(0, 7);
const round2 = (n: number) => Math.round(n * 100) / 100;

export function costCurve(project: Project, plan: Plan): CostCurve {
  const assumptions = resolveAssumptions(project);
  const ratio = Math.max(0, assumptions.value('cost.targetRunRatio'));
  const start = isoToDay(plan.schedule.start);
  const end = isoToDay(plan.schedule.end);
  const waveOf = new Map<WorkloadId, { waveId: string; goLive: number }>();
  for (const wave of plan.waves) for (const id of wave.workloadIds) waveOf.set(id, { waveId: wave.id, goLive: isoToDay(wave.cutover.end) + 1 });
  const landingZone = new Set<WorkloadId>(plan.foundation?.workloadIds ?? []);
  const landingZoneReady = plan.foundation ? isoToDay(plan.foundation.end) + 1 : start;

  // Daily bill per workload, as spans of days [from, to] inclusive.
  interface Span {
    readonly from: number;
    readonly to: number;
    readonly perDay: number;
    readonly side: 'source' | 'target';
    readonly dual: boolean;
  }
  const spans: Span[] = [];
  const last = end + 45; // show the new run cost for a month and a half after the end
  const dual: WorkloadDualRunning[] = [];
  let before = 0;
  let after = 0;
  for (const w of project.workloads) {
    const source = w.monthlyCost / DAYS_PER_MONTH;
    before += w.monthlyCost;
    if (w.strategy === 'retain') {
      spans.push({ from: start, to: last, perDay: source, side: 'source', dual: false });
      after += w.monthlyCost;
      continue;
    }
    const moved = waveOf.get(w.id);
    if (w.strategy !== 'retire' && !moved && landingZone.has(w.id)) {
      // A landing-zone piece (network, identity, keys) is rebuilt on the target before any wave; its
      // source copy runs beside the new one from the landing zone ready to the decommission: dual
      // running, as the engine counts it (cost.landingZoneDualRunning).
      const targetMonthly = w.targetMonthlyCost ?? w.monthlyCost * ratio;
      after += targetMonthly;
      const ready = Math.max(start, landingZoneReady);
      spans.push({ from: start, to: Math.min(end, ready - 1), perDay: source, side: 'source', dual: false });
      spans.push({ from: ready, to: end, perDay: source, side: 'source', dual: true });
      spans.push({ from: ready, to: last, perDay: targetMonthly / DAYS_PER_MONTH, side: 'target', dual: false });
      const days = Math.max(0, end - ready + 1);
      dual.push({ workloadId: w.id, waveId: LANDING_ZONE, goLive: iso(ready), decommission: iso(end), months: days / DAYS_PER_MONTH, cost: round2(source * days) });
      continue;
    }
    if (w.strategy === 'retire' || !moved) {
      spans.push({ from: start, to: end, perDay: source, side: 'source', dual: false });
      continue;
    }
    const targetMonthly = targetRunCost(project, w, ratio, assumptions);
    after += targetMonthly;
    const goLive = Math.max(start, moved.goLive);
    spans.push({ from: start, to: Math.min(end, goLive - 1), perDay: source, side: 'source', dual: false });
    spans.push({ from: goLive, to: end, perDay: source, side: 'source', dual: true });
    spans.push({ from: goLive, to: last, perDay: targetMonthly / DAYS_PER_MONTH, side: 'target', dual: false });
    const days = Math.max(0, end - goLive + 1);
    dual.push({ workloadId: w.id, waveId: moved.waveId, goLive: iso(goLive), decommission: iso(end), months: days / DAYS_PER_MONTH, cost: round2(source * days) });
  }

  const months = new Map<string, { source: number; target: number; dualRunning: number }>();
  for (let d = start - (new Date(start * DAY_MS).getUTCDate() - 1); d <= last; d++) {
    const key = monthKey(d);
    if (!months.has(key)) months.set(key, { source: 0, target: 0, dualRunning: 0 });
  }
  for (const s of spans) {
    for (let d = s.from; d <= s.to; d++) {
      const m = months.get(monthKey(d))!;
      if (s.side === 'target') m.target += s.perDay;
      else {
        m.source += s.perDay;
        if (s.dual) m.dualRunning += s.perDay;
      }
    }
  }
  const byWave = plan.waves.map((wave) => ({ waveId: wave.id, cost: round2(dual.filter((x) => x.waveId === wave.id).reduce((a, x) => a + x.cost, 0)) }));
  return {
    currency: project.project.currency,
    before: round2(before),
    after: round2(after),
    months: [...months].map(([month, m]) => ({ month, source: round2(m.source), target: round2(m.target), dualRunning: round2(m.dualRunning) })),
    workloads: dual.sort((a, b) => b.cost - a.cost),
    byWave,
    dualRunning: round2(dual.reduce((a, x) => a + x.cost, 0)),
  };
}
