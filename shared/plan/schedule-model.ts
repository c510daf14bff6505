/**
 * The schedule as numbers: typed arrays the deterministic schedule and every Monte Carlo run share.
 * `runSchedule` re-schedules the whole program in O(waves + wave dependencies + teams per wave) with
 * no allocation, so 2,000 runs cost little more than 2,000 sums of workload draws.
 *
 * Times are working-day numbers (0 = the program's first working day); spans are half-open
 * [start, end). A wave's cutover is one working day, the last of the wave.
 */
import type { WorkingCalendar } from './calendar';
import type { WorkloadId } from './types';

export interface ScheduleModel {
  readonly waveCount: number;
  /** Workloads in wave order; wave w holds workloads [waveWorkloadStart[w], waveWorkloadStart[w + 1]). */
  readonly workloadIds: readonly WorkloadId[];
  readonly waveWorkloadStart: Int32Array;
  /** Per workload, person-days. */
  readonly optimistic: Float64Array;
  readonly likely: Float64Array;
  readonly pessimistic: Float64Array;
  /** Per wave: person-days per working day of the teams that work it. */
  readonly capacity: Float64Array;
  /** Per wave: the shortest it can be (phase.pilot.minDays / phase.wave.minDays). */
  readonly minDays: Int32Array;
  /** Per wave: working days the data needs on the line (or on an appliance). */
  readonly transferDays: Float64Array;
  /** Per wave: its teams, as indexes; wave w uses waveTeams[waveTeamStart[w] .. waveTeamStart[w + 1]). */
  readonly waveTeamStart: Int32Array;
  readonly waveTeams: Int32Array;
  /** Team ids by index (the project's teams, then any unknown team a workload names). */
  readonly teamIds: readonly string[];
  readonly teamCount: number;
  /** Per wave: earlier waves that must cut over before it does (it needs their workloads). */
  readonly waveDepStart: Int32Array;
  readonly waveDeps: Int32Array;
  /** Per wave: 1 when compliance gates its cutover (production waves; the pilot only when alone). */
  readonly gated: Uint8Array;
  /** Deterministic gate: the first working day after every compliance task (likely durations), 0 if none. */
  readonly gateEnd: number;
  /** Compliance tasks (schedule-build.ts): start day and three-point duration in working days. */
  readonly complianceStart: Int32Array;
  readonly complianceOptimistic: Float64Array;
  readonly complianceLikely: Float64Array;
  readonly compliancePessimistic: Float64Array;
  /** Model index of the pilot wave, -1 if there is none. Other cutovers follow it. */
  readonly pilot: number;
  /** Landing zone ready: no wave starts before it. */
  readonly readyDay: number;
  readonly hypercareDays: number;
  readonly decommissionDays: number;
  /** Per wave: working-day number of its recorded actual start, -1 if none (actuals.ts). */
  readonly actualStart: Int32Array;
  /** Per wave: working-day number of its recorded actual cutover (finish), -1 if none. */
  readonly actualCutover: Int32Array;
  /** Per wave with an actual finish: when its teams were free (fixed, no draw); -1 otherwise. */
  readonly actualPrepEnd: Int32Array;
  /** The day after the latest recorded actual: a wave under way cannot cut over before it. */
  readonly statusDay: number;
}

/** Where `runSchedule` writes, one slot per wave; reuse across runs. */
export interface ScheduleBuffers {
  readonly start: Int32Array;
  /** When the wave's teams are free again (its effort is done). */
  readonly prepEnd: Int32Array;
  readonly cutover: Int32Array;
  readonly teamFree: Int32Array;
}

/** What bound each wave's start and cutover, for the critical path (deterministic run only). */
export interface ScheduleTrace {
  /** -1 = landing zone ready; otherwise the wave whose preparation freed the team. */
  readonly startBy: Int32Array;
  /** -1 = its own preparation; -2 = a compliance gate; otherwise the wave it had to follow. */
  readonly cutoverBy: Int32Array;
}

export function createBuffers(model: ScheduleModel): ScheduleBuffers {
  return {
    start: new Int32Array(model.waveCount),
    prepEnd: new Int32Array(model.waveCount),
    cutover: new Int32Array(model.waveCount),
    teamFree: new Int32Array(Math.max(1, model.teamCount)),
  };
}

const EPS = 1e-9;

/**
 * Schedules every wave from its effort (person-days, already scaled by any program factor) and the
 * compliance gate (`gateEnd`, drawn per run by the simulation) and returns the program's end: the exclusive working-day number after decommission.
 * Rule: waves are taken in plan order; a wave starts when the landing zone is ready and all its
 * teams are free (a team works one wave at a time, freed when the wave's effort is done); it lasts
 * at least its minimum and its data transfer, and cuts over on its last day, after its
 * dependencies' and the pilot's cutovers and any compliance gate, and never inside a freeze window
 * (the cutover moves to the next open working day). Actuals (actuals.ts) override: a finished wave
 * keeps its recorded dates; a wave under way keeps its recorded start; later waves start after them.
 */
export function runSchedule(model: ScheduleModel, waveEffort: Float64Array, calendar: WorkingCalendar, buf: ScheduleBuffers, trace?: ScheduleTrace, gateEnd = model.gateEnd): number {
  const { capacity, minDays, transferDays, waveTeamStart, waveTeams, waveDepStart, waveDeps, gated, pilot, readyDay } = model;
  const { start, prepEnd, cutover, teamFree } = buf;
  teamFree.fill(readyDay);
  const { actualStart, actualCutover, actualPrepEnd } = model;
  let lastHypercareEnd = readyDay;
  // Waves after one with actuals start no earlier than what those actuals report.
  let observed = 0;
  for (let w = 0; w < model.waveCount; w++) {
    const fixedCutover = actualCutover[w]!;
    if (fixedCutover >= 0) {
      // History: recorded start and cutover, whatever the draws say.
      const s = actualStart[w]!;
      const pe = actualPrepEnd[w]!;
      start[w] = s;
      prepEnd[w] = pe;
      cutover[w] = fixedCutover;
      for (let t = waveTeamStart[w]!; t < waveTeamStart[w + 1]!; t++) if (pe > teamFree[waveTeams[t]!]!) teamFree[waveTeams[t]!] = pe;
      const hypercareEnd = fixedCutover + 1 + model.hypercareDays;
      if (hypercareEnd > lastHypercareEnd) lastHypercareEnd = hypercareEnd;
      if (fixedCutover + 1 > observed) observed = fixedCutover + 1;
      if (trace) {
        trace.startBy[w] = -1;
        trace.cutoverBy[w] = -1;
      }
      continue;
    }
    const started = actualStart[w]!;
    let s = readyDay;
    let sBy = -1;
    if (started >= 0) {
      s = started;
      if (started > observed) observed = started;
    } else {
      for (let t = waveTeamStart[w]!; t < waveTeamStart[w + 1]!; t++) {
        const free = teamFree[waveTeams[t]!]!;
        if (free > s) {
          s = free;
          sBy = -3; // resolved below, only when tracing
        }
      }
      if (observed > s) {
        s = observed;
        sBy = -1;
      }
    }
    // The team is busy for the effort; the wave lasts at least its minimum (rehearsals, DNS TTL
    // lead, sync catch-up) and the data's time on the line, during which the team moves on.
    const byEffort = Math.max(1, Math.ceil(waveEffort[w]! / capacity[w]! - EPS));
    const byTransfer = Math.ceil(transferDays[w]! - EPS);
    let days = minDays[w]!;
    if (byEffort > days) days = byEffort;
    if (byTransfer > days) days = byTransfer;
    const pe = s + byEffort;
    let c = s + days - 1;
    let cBy = -1;
    if (gated[w] === 1 && gateEnd > c) {
      c = gateEnd;
      cBy = -2;
    }
    if (pilot >= 0 && w !== pilot && cutover[pilot]! + 1 > c && pilot < w) {
      c = cutover[pilot]! + 1;
      cBy = pilot;
    }
    for (let d = waveDepStart[w]!; d < waveDepStart[w + 1]!; d++) {
      const dep = waveDeps[d]!;
      if (cutover[dep]! + 1 > c) {
        c = cutover[dep]! + 1;
        cBy = dep;
      }
    }
    // A wave under way had not cut over by the latest recorded actual.
    if (started >= 0 && model.statusDay > c) c = model.statusDay;
    c = calendar.nextCutoverDay(c);
    start[w] = s;
    prepEnd[w] = pe;
    cutover[w] = c;
    for (let t = waveTeamStart[w]!; t < waveTeamStart[w + 1]!; t++) if (pe > teamFree[waveTeams[t]!]!) teamFree[waveTeams[t]!] = pe;
    const hypercareEnd = c + 1 + model.hypercareDays;
    if (hypercareEnd > lastHypercareEnd) lastHypercareEnd = hypercareEnd;
    if (trace) {
      trace.startBy[w] = sBy === -1 ? -1 : teamPredecessor(model, buf, w, s);
      trace.cutoverBy[w] = cBy;
    }
  }
  return lastHypercareEnd + model.decommissionDays;
}

/** The latest earlier wave sharing a team whose preparation ended when this wave started. */
function teamPredecessor(model: ScheduleModel, buf: ScheduleBuffers, w: number, s: number): number {
  const mine = new Set<number>();
  for (let t = model.waveTeamStart[w]!; t < model.waveTeamStart[w + 1]!; t++) mine.add(model.waveTeams[t]!);
  for (let v = w - 1; v >= 0; v--) {
    if (buf.prepEnd[v] !== s) continue;
    for (let t = model.waveTeamStart[v]!; t < model.waveTeamStart[v + 1]!; t++) if (mine.has(model.waveTeams[t]!)) return v;
  }
  return -1;
}
