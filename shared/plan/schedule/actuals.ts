/**
 * Actuals: what really happened to the waves already under way, and what it does to the forecast.
 * A wave with an actual finish is history (its start and cutover are fixed in every run, no
 * variance); a wave with an actual start but no finish starts there and its duration is simulated;
 * the waves after them are scheduled after the latest date the actuals report. When finished work
 * took longer than planned, the remaining waves' effort is scaled by the observed velocity, shrunk
 * toward the plan while little has finished (shared/plan/velocity.ts). Blocked work holds its
 * wave's cutover until the day it is expected to clear (blocked.ts). A
 * production wave that has cut over clears the compliance gates.
 */
import type { Project } from '../../model/schema';
import { isoToDay, type WorkingCalendar } from '../calendar';
import type { ActualsEffect, IsoDate, WaveDraft, WorkloadEstimate } from '../types';
import { observedVelocity, type VelocitySample } from '../velocity';
import type { BlockedHolds } from './blocked';
import { createBuffers, likelyInputs, runSchedule, type ScheduleModel } from './model';

/** Recorded actuals per wave (model order): ISO dates, or undefined where nothing was recorded. */
export interface WaveActualDates {
  readonly start: readonly (IsoDate | undefined)[];
  readonly finish: readonly (IsoDate | undefined)[];
}

/** Last working-day number on or before `iso` (a weekend cutover counts as the Friday's work). */
function lastWorkingDayOnOrBefore(calendar: WorkingCalendar, iso: IsoDate): number {
  const k = calendar.indexOnOrAfter(iso);
  return calendar.dayOf(k) > isoToDay(iso) ? k - 1 : k;
}

/**
 * The project's actuals matched to waves by index (0 = pilot). An actual for a wave the plan does
 * not have is ignored; when a wave has several, the last recorded wins; a finish before its start
 * moves the start back to it (the file validator reports that, planning must not crash on it).
 */
export function matchActuals(actuals: Project['actuals'], waves: readonly WaveDraft[]): WaveActualDates {
  const byIndex = new Map<number, number>(waves.map((w, i) => [w.index, i]));
  const start: (IsoDate | undefined)[] = waves.map(() => undefined);
  const finish: (IsoDate | undefined)[] = waves.map(() => undefined);
  for (const a of actuals) {
    const w = byIndex.get(a.wave);
    if (w === undefined || !Number.isFinite(isoToDay(a.start))) continue;
    const f = a.finish !== undefined && Number.isFinite(isoToDay(a.finish)) ? a.finish : undefined;
    start[w] = f !== undefined && f < a.start ? f : a.start;
    finish[w] = f;
  }
  return { start, finish };
}

/** Finished workloads with the person-days they took recorded, against their likely estimate. */
export function workloadVelocitySamples(project: Pick<Project, 'workloadActuals'>, estimates: Readonly<Record<string, WorkloadEstimate>>): VelocitySample[] {
  const out: VelocitySample[] = [];
  for (const a of project.workloadActuals ?? []) {
    const likely = estimates[a.workloadId]?.effort.likely;
    if (a.finish === undefined || a.effort === undefined || likely === undefined) continue;
    out.push({ planned: likely, actual: a.effort });
  }
  return out;
}

export interface ActualsApplied {
  readonly model: ScheduleModel;
  readonly effect: ActualsEffect | undefined;
}

/**
 * Puts the actuals into the schedule model. `planned` is the model without actuals: its
 * deterministic run gives each finished wave's planned working days for the observed ratio.
 */
export function applyActuals(planned: ScheduleModel, dates: WaveActualDates, calendar: WorkingCalendar, waveIds: readonly string[], workloadSamples: readonly VelocitySample[] = [], blocked: BlockedHolds = { until: new Int32Array(0), holds: [] }): ActualsApplied {
  const n = planned.waveCount;
  const actualStart = new Int32Array(n).fill(-1);
  const actualCutover = new Int32Array(n).fill(-1);
  let any = false;
  for (let w = 0; w < n; w++) {
    const s = dates.start[w];
    if (s === undefined) continue;
    any = true;
    const sk = Math.max(0, calendar.indexOnOrAfter(s));
    actualStart[w] = sk;
    const f = dates.finish[w];
    if (f !== undefined) actualCutover[w] = Math.max(sk, lastWorkingDayOnOrBefore(calendar, f));
  }
  if (!any && workloadSamples.length === 0 && blocked.holds.length === 0) return { model: planned, effect: undefined };

  const buf = createBuffers(planned);
  const likely = likelyInputs(planned);
  runSchedule(planned, likely, calendar, buf);
  // Observed velocity (shared/plan/velocity.ts): each finished wave's actual / planned working days
  // and each finished workload's recorded person-days / its likely estimate, shrunk toward the plan.
  const samples: VelocitySample[] = [...workloadSamples];
  for (let w = 0; w < n; w++) {
    if (actualCutover[w]! < 0) continue;
    samples.push({ planned: Math.max(1, buf.cutover[w]! - buf.start[w]! + 1), actual: Math.max(1, actualCutover[w]! - actualStart[w]! + 1) });
  }
  const pace = observedVelocity(samples);
  const observedRatio = pace.observed;
  // Only slower-than-planned is carried forward: a wave held up by its minimum length, a transfer
  // or a gate that finished early says nothing about the effort left, and a forecast that banks
  // early wins is the optimistic kind.
  const velocity = Number.isFinite(pace.factor) && pace.factor > 1 ? pace.factor : 1;

  const optimistic = Float64Array.from(planned.optimistic);
  const likelyEffort = Float64Array.from(planned.likely);
  const pessimistic = Float64Array.from(planned.pessimistic);
  const actualPrepEnd = new Int32Array(n).fill(-1);
  let statusDay = 0;
  for (let w = 0; w < n; w++) {
    const from = planned.partWorkloadStart[planned.waveFirstPart[w]!]!;
    const to = planned.partWorkloadStart[planned.waveFirstPart[w + 1]!]!;
    if (actualCutover[w]! >= 0) {
      // History: no draw varies it. Its teams were free once its slowest part's likely effort was done.
      for (let i = from; i < to; i++) optimistic[i] = pessimistic[i] = likelyEffort[i]!;
      let byEffort = 1;
      for (let q = planned.waveFirstPart[w]!; q < planned.waveFirstPart[w + 1]!; q++) {
        byEffort = Math.max(byEffort, Math.ceil(likely.partEffort[q]! / Math.max(1e-6, planned.teamCapacity[planned.partTeam[q]!]!) - 1e-9));
      }
      actualPrepEnd[w] = Math.min(actualStart[w]! + byEffort, actualCutover[w]! + 1);
      statusDay = Math.max(statusDay, actualCutover[w]! + 1);
      continue;
    }
    if (actualStart[w]! >= 0) statusDay = Math.max(statusDay, actualStart[w]!);
    for (let i = from; i < to; i++) {
      optimistic[i]! *= velocity;
      likelyEffort[i]! *= velocity;
      pessimistic[i]! *= velocity;
    }
  }

  // A production wave that has cut over proves the compliance gates were cleared.
  let gateCleared = false;
  for (let w = 0; w < n; w++) if (actualCutover[w]! >= 0 && planned.gated[w] === 1) gateCleared = true;
  const gated = gateCleared ? new Uint8Array(n) : planned.gated;
  // A wave that has cut over proves the lead times (hardware, line, accounts, sign-off) are behind the program.
  const anyFinished = actualCutover.some((c) => c >= 0);
  const noLeads = anyFinished
    ? { leadIds: [], leadAnchor: new Int8Array(0), leadGate: new Int8Array(0), leadKind: new Int8Array(0), leadOptimistic: new Float64Array(0), leadLikely: new Float64Array(0), leadPessimistic: new Float64Array(0) }
    : {};

  const d = (k: number) => calendar.dateOf(k);
  const finishedWaves: string[] = [];
  const inProgressWaves: string[] = [];
  for (let w = 0; w < n; w++) {
    if (actualCutover[w]! >= 0) finishedWaves.push(waveIds[w] ?? '');
    else if (actualStart[w]! >= 0) inProgressWaves.push(waveIds[w] ?? '');
  }
  const latest = [...dates.start, ...dates.finish].filter((x): x is IsoDate => x !== undefined).sort().at(-1) ?? d(statusDay);
  return {
    model: { ...planned, ...noLeads, optimistic, likely: likelyEffort, pessimistic, actualStart, actualCutover, actualPrepEnd, statusDay, gated, ...(blocked.until.length === n ? { blockedUntil: blocked.until } : {}) },
    effect: {
      finishedWaves,
      inProgressWaves,
      dataDate: latest,
      observedRatio: Math.round(observedRatio * 1000) / 1000,
      samples: pace.samples,
      credibility: Math.round(pace.credibility * 1000) / 1000,
      velocityFactor: Math.round(velocity * 1000) / 1000,
      blocked: blocked.holds,
    },
  };
}
