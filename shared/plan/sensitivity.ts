/**
 * What moves the date most: a one-at-a-time sensitivity of the planned program end. Each candidate
 * assumption is set to its value x (1 - delta) and x (1 + delta) in turn, the deterministic plan
 * (estimate, waves, schedule; no Monte Carlo) is re-run, and the shift of the end is reported.
 * Grouping and ordering read no assumption, so they are computed once. Pure and deterministic.
 *
 * `startSensitivity` does the work one re-plan per `step()`, so a worker can yield between steps
 * and answer a newer request first; `assumptionSensitivity` runs it to the end.
 */
import { complianceGates } from '../catalog/compliance-gates';
import { type AssumptionId, DEFAULT_ASSUMPTIONS, isAssumptionId } from '../model/default-assumptions';
import type { Project } from '../model/schema';
import { type Assumptions, resolveAssumptions } from './assumptions';
import { isoToDay, WorkingCalendar } from './calendar';
import { equivalentFor } from '../catalog';
import { estimateWorkloads } from './estimate';
import { buildFoundation, type FoundationDraft, platformWorkloads } from './foundation';
import { groupWorkloads } from './group';
import { orderMoveGroups } from './order';
import { scheduleProgram } from './schedule';
import type { AssumptionSensitivity, SensitivityResult, SensitivityShift, WaveDraft, WorkloadEstimate, WorkloadId } from './types';
import { buildWaves } from './waves';

export interface SensitivityOptions {
  /** Relative change each way; default 0.2 (-20% / +20%). Clamped to 0.01..0.9. */
  readonly delta?: number;
  /** Assumptions to vary; default `sensitivityCandidates(project)`. Unknown ids are ignored. */
  readonly candidates?: readonly AssumptionId[];
}

/** A sensitivity computation advanced one re-plan at a time. */
export interface SensitivityRun {
  /** Re-plans in all (two per candidate). */
  readonly total: number;
  /** Re-plans done so far. */
  readonly done: () => number;
  /** Does one re-plan; returns true once every re-plan is done. */
  step(): boolean;
  /** The result; finishes any re-plans still to do first. */
  result(): SensitivityResult;
}

export const DEFAULT_SENSITIVITY_DELTA = 0.2;

/** Program phases whose length is an assumption that can move the end on any project. */
const PHASE_CANDIDATES: readonly AssumptionId[] = ['phase.assess.daysPerApplication', 'phase.assess.maxDays', 'phase.foundation.daysPerRegion', 'phase.foundation.daysPerIdentityIntegration', 'phase.cutover.changeApprovalDays', 'phase.cutover.noticeDays', 'phase.hypercare.criticalDays', 'phase.hypercare.productionDays', 'phase.decommission.personDaysPerDataStore', 'team.hypercareShare'];
/** Units whose values the engine reads as whole numbers. */
const WHOLE_UNITS: ReadonlySet<string> = new Set(['working days', 'days', 'workloads', 'runs']);

/**
 * The assumptions worth varying on this project: team focus (when a team has no focus of its own),
 * the base effort of each strategy that moves a workload and the criticality factors in use, the
 * transfer line when there is data to move, the program phases, and the compliance gates the
 * project's flags switch on. The simulation's own spread is not one: it does not move the plan.
 */
export function sensitivityCandidates(project: Project): AssumptionId[] {
  const moving = project.workloads.filter((w) => w.strategy !== 'retain' && w.strategy !== 'retire');
  const out = new Set<AssumptionId>();
  const teams = new Map(project.teams.map((t) => [t.id, t]));
  if (moving.some((w) => teams.get(w.team)?.focus === undefined)) out.add('team.focusFactor');
  for (const w of moving) out.add(`effort.base.${w.strategy}`);
  for (const w of moving) out.add(`effort.criticality.${w.criticality}`);
  if (moving.some((w) => w.size.dataGb > 0 || w.size.dailyChangeGb > 0)) {
    out.add('transfer.bandwidthMbps');
    out.add('transfer.efficiency');
  }
  for (const id of PHASE_CANDIDATES) out.add(id);
  const gates = complianceGates(project);
  if (gates.icp.applies) out.add('compliance.icpFilingDays');
  if (gates.mlps.applies) out.add('compliance.mlpsAssessmentDays');
  if (gates.pipl.applies) out.add('compliance.crossBorderAssessmentDays');
  return [...out].sort();
}

/** Sensitivity of the planned end to each candidate assumption, largest shift first. */
export function assumptionSensitivity(project: Project, options: SensitivityOptions = {}): SensitivityResult {
  return startSensitivity(project, options).result();
}

/** Prepares a sensitivity run: the base plan is computed now, each variant on `step()`. */
export function startSensitivity(project: Project, options: SensitivityOptions = {}): SensitivityRun {
  const delta = clampDelta(options.delta);
  const base = resolveAssumptions(project);
  const roles = platformWorkloads(project);
  const grouping = groupWorkloads(project, new Set(roles.keys()));
  const order = orderMoveGroups(project, grouping);
  const sequence = [...roles.keys(), ...order.orderedGroupIds.flatMap((id) => grouping.moveGroups.find((m) => m.id === id)?.workloadIds ?? [])];
  const calendar = new WorkingCalendar(project.calendar, project.project.startDate);
  // A phase that never read the varied assumption gives the same answer: its output is reused.
  // Recording the reads keeps that exact without listing what each phase happens to read.
  const estimateReads = new Set<AssumptionId>();
  const estimate = (a: Assumptions) => estimateWorkloads(project, a, equivalentFor, sequence);
  const baseEstimates = estimate(recording(base, estimateReads));
  const waveReads = new Set<AssumptionId>();
  const planWaves = (a: Assumptions, estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>) => {
    const foundation = buildFoundation(project, estimates, a, roles);
    return { foundation, waves: buildWaves(project, grouping, order, estimates, a, foundation).waves };
  };
  const baseWaves = planWaves(recording(base, waveReads), baseEstimates);
  const schedule = (a: Assumptions, planned: { foundation: FoundationDraft; waves: readonly WaveDraft[] }, estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>) => {
    const scheduled = scheduleProgram(project, planned.foundation, planned.waves, estimates, a, calendar);
    return { endDay: scheduled.endDay, end: scheduled.schedule.end };
  };
  const baseline = schedule(base, baseWaves, baseEstimates);

  // Candidates valued zero cannot move by a ratio; they are left out rather than shown as "no effect".
  const ids = [...new Set((options.candidates ?? sensitivityCandidates(project)).filter(isAssumptionId))].filter((id) => base.value(id) !== 0);
  const jobs = ids.flatMap((id) => [
    { id, factor: 1 - delta },
    { id, factor: 1 + delta },
  ]);
  const shifts: SensitivityShift[] = [];

  const shiftFor = (id: AssumptionId, factor: number): SensitivityShift => {
    const value = variedValue(id, base.value(id), factor);
    const a: Assumptions = { value: (k) => (k === id ? value : base.value(k)), overridden: base.overridden };
    const reestimate = estimateReads.has(id);
    const estimates = reestimate ? estimate(a) : baseEstimates;
    const waves = reestimate || waveReads.has(id) ? planWaves(a, estimates) : baseWaves;
    const { endDay, end } = schedule(a, waves, estimates);
    return { value, end, workingDays: endDay - baseline.endDay, calendarDays: isoToDay(end) - isoToDay(baseline.end) };
  };

  const step = () => {
    const job = jobs[shifts.length];
    if (job) shifts.push(shiftFor(job.id, job.factor));
    return shifts.length >= jobs.length;
  };

  return {
    total: jobs.length,
    done: () => shifts.length,
    step,
    result() {
      while (!step());
      const assumptions: AssumptionSensitivity[] = ids.map((id, i) => ({
        assumptionId: id,
        value: base.value(id),
        unit: DEFAULT_ASSUMPTIONS[id].unit,
        lower: shifts[2 * i]!,
        higher: shifts[2 * i + 1]!,
      }));
      assumptions.sort((x, y) => reach(y) - reach(x) || (x.assumptionId < y.assumptionId ? -1 : x.assumptionId > y.assumptionId ? 1 : 0));
      return { delta, baseEnd: baseline.end, assumptions };
    },
  };
}

/** The same assumptions, noting every id read into `reads`. */
function recording(a: Assumptions, reads: Set<AssumptionId>): Assumptions {
  return {
    value: (id) => {
      reads.add(id);
      return a.value(id);
    },
    overridden: a.overridden,
  };
}

/** The larger of the two shifts, in working days (the unit the schedule moves in). */
function reach(s: AssumptionSensitivity): number {
  return Math.max(Math.abs(s.lower.workingDays), Math.abs(s.higher.workingDays));
}

function variedValue(id: AssumptionId, current: number, factor: number): number {
  const v = current * factor;
  if (WHOLE_UNITS.has(DEFAULT_ASSUMPTIONS[id].unit)) return Math.round(v);
  // Enough digits to keep a ratio exact, few enough that 0.7 x 1.2 reads 0.84, not 0.8399999.
  return Math.round(v * 1e6) / 1e6;
}

function clampDelta(delta: number | undefined): number {
  if (delta === undefined || !Number.isFinite(delta)) return DEFAULT_SENSITIVITY_DELTA;
  return Math.min(0.9, Math.max(0.01, delta));
}
