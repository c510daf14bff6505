/**
 * The schedule as numbers: typed arrays the deterministic plan and every Monte Carlo run share, and
 * `runSchedule`, which schedules the whole program from one set of drawn inputs with no allocation.
 *
 * Times are working-day numbers (0 = the program's first working day), bounded by the calendar's
 * ten-year horizon; spans are half-open [start, end). The rule, in plain words:
 * 1. assessment runs from day 0; the landing zone starts `overlapDays` before assessment ends and is
 *    ready when its minimum has passed and the platform team has done its effort;
 * 2. compliance tasks start from their anchor (ICP with the landing zone, MLPS when it is ready, PIPL
 *    when assessment ends) and gate every production cutover;
 * 3. waves are taken in plan order; each team works its own part of a wave at its own capacity
 *    (engineers x focus per working day), starting when the landing zone is ready (waves after the
 *    pilot: when the pilot has cut over and its lessons are in) and the team has finished its part of
 *    the waves before; a team's cutover day is lost to it, and during each hypercare it keeps
 *    `hypercareShare` of its capacity on the wave it moved;
 * 4. a wave cuts over after its slowest team is done, its minimum length and its data transfer, after
 *    the pilot and every wave holding what it needs, after the compliance gate, plus any risk delay,
 *    and never inside a freeze window (the cutover moves to the next open working day);
 * 5. hypercare follows each cutover; decommission follows the last hypercare; the program ends then.
 * Lead times (lead-times.ts) start from the landing zone's start or readiness and hold back the
 * landing zone's readiness, the online copies or every cutover; a wave with rehearsals runs its
 * drills once its teams are done and its data is across, and cuts over after them.
 * Recorded actuals (actuals.ts) override: a finished wave keeps its dates, a wave under way its start.
 */
import type { WorkingCalendar } from '../calendar';
import type { WorkloadId } from '../types';

export interface ScheduleModel {
  readonly waveCount: number;
  readonly teamCount: number;
  /** Team ids by index (the project's teams, then any unknown team a workload names). */
  readonly teamIds: readonly string[];
  /** Per team: person-days per working day (engineers x focus). */
  readonly teamCapacity: Float64Array;
  /** Per team: engineers, the people the program holds and pays (focus is a share of their day, not of their pay). */
  readonly teamEngineers: Float64Array;
  /** Workloads in part order; part p holds workloads [partWorkloadStart[p], partWorkloadStart[p + 1]). */
  readonly workloadIds: readonly WorkloadId[];
  readonly optimistic: Float64Array;
  readonly likely: Float64Array;
  readonly pessimistic: Float64Array;
  /** Parts: one per (wave, team), in wave order; wave w has parts [waveFirstPart[w], waveFirstPart[w + 1]). */
  readonly partCount: number;
  readonly partTeam: Int32Array;
  readonly partWave: Int32Array;
  readonly partWorkloadStart: Int32Array;
  readonly waveFirstPart: Int32Array;
  /** Per part: share (0..1) of its likely effort on unconfirmed workloads, where scope growth lands. */
  readonly partUnconfirmed: Float64Array;
  /** Per wave, likely working days: the shortest it can be, and its data on the line and on appliances. */
  readonly minDays: Float64Array;
  readonly onlineDays: Float64Array;
  readonly applianceDays: Float64Array;
  /** Per wave: earlier waves that must cut over before it (it needs their workloads), CSR. */
  readonly waveDepStart: Int32Array;
  readonly waveDeps: Int32Array;
  /** Per wave: 1 when compliance gates its cutover (production waves; the pilot only when alone). */
  readonly gated: Uint8Array;
  /** Model index of the pilot wave, -1 if there is none. */
  readonly pilot: number;
  /** Likely values of the program frame, in working days (person-days for effort). */
  readonly assessDays: number;
  readonly overlapDays: number;
  readonly foundationMinDays: number;
  readonly foundationEffort: { readonly optimistic: number; readonly likely: number; readonly pessimistic: number };
  /** Team index that builds the landing zone. */
  readonly platformTeam: number;
  readonly lessonsDays: number;
  /** Per wave: likely working days of its hypercare, from its environment and criticality (wave-frame.ts). */
  readonly hypercareDays: Float64Array;
  readonly hypercareShare: number;
  /** Likely working days of decommission: the slowest team's deletions at its capacity (wave-frame.ts). */
  readonly decommissionDays: number;
  /** Compliance tasks: id, anchor (0 landing zone starts, 1 landing zone ready, 2 assessment ends), three-point days. */
  readonly complianceIds: readonly string[];
  readonly complianceAnchor: Int8Array;
  readonly complianceOptimistic: Float64Array;
  readonly complianceLikely: Float64Array;
  readonly compliancePessimistic: Float64Array;
  /**
   * Lead times (lead-times.ts): anchor 0 the landing zone's start, 1 its readiness; gate 0 the
   * landing zone's readiness, 1 the online copies, 2 every cutover; kind: index in LEAD_TIME_KINDS.
   */
  readonly leadIds: readonly string[];
  readonly leadAnchor: Int8Array;
  readonly leadGate: Int8Array;
  readonly leadKind: Int8Array;
  readonly leadOptimistic: Float64Array;
  readonly leadLikely: Float64Array;
  readonly leadPessimistic: Float64Array;
  /** Per wave: failover drills before its cutover (0: none), and their working days when none fails. */
  readonly rehearsalDrills: Int32Array;
  readonly rehearsalDays: Float64Array;
  /** Per wave: working-day number of its recorded actual start, -1 if none (actuals.ts). */
  readonly actualStart: Int32Array;
  /** Per wave: working-day number of its recorded actual cutover (finish), -1 if none. */
  readonly actualCutover: Int32Array;
  /** Per wave with an actual finish: when its teams were free; -1 otherwise. */
  readonly actualPrepEnd: Int32Array;
  /** The day after the latest recorded actual: a wave under way cannot cut over before it. */
  readonly statusDay: number;
  /** Per wave: the first working-day number it may cut over while something in it is blocked, -1 if nothing is (blocked.ts). */
  readonly blockedUntil: Int32Array;
  /** The calendar's horizon: working-day numbers are clamped to it. */
  readonly horizon: number;
}

/** One run's drawn inputs (the deterministic plan passes the likely values). */
export interface RunInputs {
  /** Per part: person-days, program, team factors and risk shares applied. */
  readonly partEffort: Float64Array;
  /** Per part: working days the team loses inside it (a risk), added to its work. */
  readonly partLostDays: Float64Array;
  readonly waveMinDays: Float64Array;
  readonly waveOnlineDays: Float64Array;
  readonly waveApplianceDays: Float64Array;
  /** Per wave: working days a risk holds its cutover back. */
  readonly waveDelay: Float64Array;
  readonly complianceDays: Float64Array;
  /** Per lead time: working days. */
  readonly leadDays: Float64Array;
  /** Per wave: working days of its rehearsals (0: none). */
  readonly waveRehearsalDays: Float64Array;
  /** Per wave: working days of its hypercare. */
  readonly waveHypercareDays: Float64Array;
  assessDays: number;
  foundationMinDays: number;
  foundationEffort: number;
  foundationDelay: number;
  decommissionDays: number;
}

/** Where `runSchedule` writes; reuse across runs. */
export interface ScheduleBuffers {
  readonly start: Int32Array;
  readonly prepEnd: Int32Array;
  readonly cutover: Int32Array;
  /** The cutover day before a freeze moved it (equal to `cutover` when none did). */
  readonly wanted: Int32Array;
  readonly hypercareEnd: Int32Array;
  readonly partStart: Int32Array;
  readonly partEnd: Int32Array;
  readonly teamFree: Int32Array;
  /** Per team: the wave whose part it worked last (-1 none yet), for the critical path. */
  readonly teamLastWave: Int32Array;
  /** Per team: active holds (cutover day, hypercare end), HOLD_SLOTS each. */
  readonly holdDay: Int32Array;
  readonly holdEnd: Int32Array;
  readonly holdCount: Int32Array;
  /** Per lead time: its start and (exclusive) end. */
  readonly leadStart: Int32Array;
  readonly leadEnd: Int32Array;
  /** Per wave: the first day of its rehearsals, -1 without any. */
  readonly rehearsalStart: Int32Array;
  /**
   * The program frame of the last run. `readyLead`: the lead time that held the landing zone's
   * readiness back (-1 none); `lineEnd`/`lineLead`: when online copies may start and which lead
   * time decides it; `signoffEnd`/`signoffLead`: the same for every cutover.
   */
  readonly frame: { assessEnd: number; foundationStart: number; foundationWorkEnd: number; ready: number; gateEnd: number; gateTask: number; decommissionStart: number; end: number; lastHypercareWave: number; readyLead: number; lineEnd: number; lineLead: number; signoffEnd: number; signoffLead: number };
}

/** What bound each wave's start and cutover (for the critical path). */
export interface ScheduleTrace {
  /** -1 landing zone ready; -2 the pilot's cutover and lessons; -3 a recorded actual; k: wave k freed the team. */
  readonly startBy: Int32Array;
  /** -1 its own work, minimum, transfer or rehearsals; -2 the compliance gate; -3 a block expected to clear then (blocked.ts); -4 its copy waited for the line; -5 the sign-off; k: wave k it had to follow (the pilot or a need). */
  readonly cutoverBy: Int32Array;
}

/**
 * Cutovers and hypercares ahead that a team keeps track of; past this the one furthest in the
 * future is dropped (a team with more than eight of its waves still to cut over at once).
 */
export const HOLD_SLOTS = 8;
const EPS = 1e-9;

export function createBuffers(model: ScheduleModel): ScheduleBuffers {
  const teams = Math.max(1, model.teamCount);
  return {
    start: new Int32Array(model.waveCount),
    prepEnd: new Int32Array(model.waveCount),
    cutover: new Int32Array(model.waveCount),
    wanted: new Int32Array(model.waveCount),
    hypercareEnd: new Int32Array(model.waveCount),
    partStart: new Int32Array(model.partCount),
    partEnd: new Int32Array(model.partCount),
    teamFree: new Int32Array(teams),
    teamLastWave: new Int32Array(teams),
    holdDay: new Int32Array(teams * HOLD_SLOTS),
    holdEnd: new Int32Array(teams * HOLD_SLOTS),
    holdCount: new Int32Array(teams),
    leadStart: new Int32Array(model.leadIds.length),
    leadEnd: new Int32Array(model.leadIds.length),
    rehearsalStart: new Int32Array(model.waveCount).fill(-1),
    frame: { assessEnd: 0, foundationStart: 0, foundationWorkEnd: 0, ready: 0, gateEnd: 0, gateTask: -1, decommissionStart: 0, end: 0, lastHypercareWave: -1, readyLead: -1, lineEnd: 0, lineLead: -1, signoffEnd: 0, signoffLead: -1 },
  };
}

/** The likely inputs: the deterministic plan. */
export function likelyInputs(model: ScheduleModel): RunInputs {
  const partEffort = new Float64Array(model.partCount);
  for (let p = 0; p < model.partCount; p++) {
    for (let i = model.partWorkloadStart[p]!; i < model.partWorkloadStart[p + 1]!; i++) partEffort[p]! += model.likely[i]!;
  }
  return {
    partEffort,
    partLostDays: new Float64Array(model.partCount),
    waveMinDays: Float64Array.from(model.minDays),
    waveOnlineDays: Float64Array.from(model.onlineDays),
    waveApplianceDays: Float64Array.from(model.applianceDays),
    waveDelay: new Float64Array(model.waveCount),
    complianceDays: Float64Array.from(model.complianceLikely),
    leadDays: Float64Array.from(model.leadLikely),
    waveRehearsalDays: Float64Array.from(model.rehearsalDays),
    waveHypercareDays: Float64Array.from(model.hypercareDays),
    assessDays: model.assessDays,
    foundationMinDays: model.foundationMinDays,
    foundationEffort: model.foundationEffort.likely,
    foundationDelay: 0,
    decommissionDays: model.decommissionDays,
  };
}

/** Whole working days of a drawn duration: at least `min`, at most the horizon. */
function wholeDays(x: number, min: number, horizon: number): number {
  if (!(x > 0)) return min;
  const d = Math.round(x);
  return d < min ? min : d > horizon ? horizon : d;
}

/**
 * Schedules the program; returns its end (the exclusive working-day number after decommission,
 * at most `horizon`). Writes every date into `buf`; with `trace`, what bound each wave.
 */
export function runSchedule(model: ScheduleModel, input: RunInputs, calendar: WorkingCalendar, buf: ScheduleBuffers, trace?: ScheduleTrace): number {
  const H = model.horizon;
  const { start, prepEnd, cutover, wanted, hypercareEnd, partStart, partEnd, teamFree, teamLastWave, holdCount, frame } = buf;
  const { waveFirstPart, partTeam, teamCapacity, waveDepStart, waveDeps, gated, pilot, actualStart, actualCutover, actualPrepEnd } = model;

  // 1. Assessment and the landing zone.
  const assessEnd = wholeDays(input.assessDays, 1, H);
  const foundationStart = Math.max(0, assessEnd - Math.round(model.overlapDays));
  const platformCapacity = teamCapacity[model.platformTeam] ?? 0;
  const foundationWork = input.foundationEffort > 0 ? Math.ceil(input.foundationEffort / Math.max(platformCapacity, 1e-6) - EPS) : 0;
  const foundationWorkEnd = capAt(H, foundationStart + Math.min(foundationWork, H));
  let ready = Math.max(assessEnd, foundationStart + wholeDays(input.foundationMinDays, 1, H), foundationWorkEnd);
  ready = capAt(H, ready + wholeDays(input.foundationDelay, 0, H));
  // Lead times: from the landing zone's start first (hardware, accounts: readiness waits for them).
  const { leadStart, leadEnd, rehearsalStart } = buf;
  const L = model.leadIds.length;
  let readyLead = -1;
  for (let l = 0; l < L; l++) {
    if (model.leadAnchor[l] !== 0) continue;
    const e = capAt(H, foundationStart + wholeDays(input.leadDays[l]!, 1, H));
    leadStart[l] = foundationStart;
    leadEnd[l] = e;
    if (model.leadGate[l] === 0 && e > ready) {
      ready = e;
      readyLead = l;
    }
  }
  let lineEnd = 0;
  let lineLead = -1;
  let signoffEnd = 0;
  let signoffLead = -1;
  for (let l = 0; l < L; l++) {
    if (model.leadAnchor[l] !== 0) {
      leadStart[l] = ready;
      leadEnd[l] = capAt(H, ready + wholeDays(input.leadDays[l]!, 1, H));
    }
    const gate = model.leadGate[l];
    if (gate === 1 && leadEnd[l]! > lineEnd) {
      lineEnd = leadEnd[l]!;
      lineLead = l;
    } else if (gate === 2 && leadEnd[l]! > signoffEnd) {
      signoffEnd = leadEnd[l]!;
      signoffLead = l;
    }
  }
  // 2. Compliance gates.
  let gateEnd = 0;
  let gateTask = -1;
  for (let g = 0; g < model.complianceIds.length; g++) {
    const anchor = model.complianceAnchor[g] === 0 ? foundationStart : model.complianceAnchor[g] === 1 ? ready : assessEnd;
    const end = capAt(H, anchor + wholeDays(input.complianceDays[g]!, 1, H));
    if (end > gateEnd) {
      gateEnd = end;
      gateTask = g;
    }
  }

  // 3-4. Waves.
  teamFree.fill(ready);
  teamLastWave.fill(-1);
  holdCount.fill(0);
  if (model.platformTeam >= 0 && model.platformTeam < teamFree.length && foundationWorkEnd > ready) teamFree[model.platformTeam] = foundationWorkEnd;
  let observed = 0;
  let lastHypercareEnd = ready;
  let lastHypercareWave = -1;
  for (let w = 0; w < model.waveCount; w++) {
    const fixedCutover = actualCutover[w]!;
    const hypercare = wholeDays(input.waveHypercareDays[w]!, 0, H);
    if (fixedCutover >= 0) {
      // History: recorded start and cutover, whatever the draws say.
      start[w] = actualStart[w]!;
      prepEnd[w] = actualPrepEnd[w]!;
      cutover[w] = wanted[w] = fixedCutover;
      buf.rehearsalStart[w] = -1;
      for (let p = waveFirstPart[w]!; p < waveFirstPart[w + 1]!; p++) {
        partStart[p] = actualStart[w]!;
        partEnd[p] = actualPrepEnd[w]!;
        const t = partTeam[p]!;
        if (actualPrepEnd[w]! > teamFree[t]!) teamFree[t] = actualPrepEnd[w]!;
        teamLastWave[t] = w;
        addHold(buf, t, fixedCutover, fixedCutover + 1 + hypercare);
      }
      if (fixedCutover + 1 > observed) observed = fixedCutover + 1;
      hypercareEnd[w] = capAt(H, fixedCutover + 1 + hypercare);
      if (hypercareEnd[w]! >= lastHypercareEnd) {
        lastHypercareEnd = hypercareEnd[w]!;
        lastHypercareWave = w;
      }
      if (trace) {
        trace.startBy[w] = -3;
        trace.cutoverBy[w] = -1;
      }
      continue;
    }
    let earliest = ready;
    let sBy = -1;
    if (pilot >= 0 && w !== pilot && pilot < w) {
      const afterPilot = cutover[pilot]! + 1 + Math.round(model.lessonsDays);
      if (afterPilot > earliest) {
        earliest = afterPilot;
        sBy = -2;
      }
    }
    const started = actualStart[w]!;
    if (started >= 0) {
      earliest = started;
      sBy = -3;
      if (started > observed) observed = started;
    } else if (observed > earliest) {
      earliest = observed;
      sBy = -3;
    }
    earliest = capAt(H, earliest);
    // Each team works its own part from when it is free, at its own capacity.
    let waveStart = H;
    let slowest = earliest;
    let firstBy = sBy;
    let slowestBy = sBy;
    for (let p = waveFirstPart[w]!; p < waveFirstPart[w + 1]!; p++) {
      const t = partTeam[p]!;
      const busy = started < 0 && teamFree[t]! > earliest;
      const s = busy ? teamFree[t]! : earliest;
      const by = busy ? teamLastWave[t]! : sBy;
      const f = capAt(H, finishDay(model, input, buf, p, s) + wholeDays(input.partLostDays[p]!, 0, H));
      partStart[p] = s;
      partEnd[p] = f;
      teamFree[t] = f;
      teamLastWave[t] = w;
      if (s < waveStart) {
        waveStart = s;
        firstBy = by;
      }
      if (f > slowest) {
        slowest = f;
        slowestBy = by;
      }
    }
    if (waveStart === H) waveStart = earliest;
    // The cutover: after the slowest team, the minimum length and the data (an online copy starts
    // once the line is up), then the rehearsals on the synced copy; then what it must follow.
    const online = input.waveOnlineDays[w]!;
    const appliance = input.waveApplianceDays[w]!;
    const copyFrom = (online > 0 || appliance > 0) && lineEnd > waveStart ? lineEnd : waveStart;
    // Appliances ship without the line, but the writes made meanwhile catch up over it.
    const dataEnd = Math.max(copyFrom + Math.ceil(online - EPS), waveStart + Math.ceil(appliance - EPS), appliance > 0 ? lineEnd : 0);
    const byMinimum = Math.max(waveStart + wholeDays(input.waveMinDays[w]!, 1, H) - 1, dataEnd);
    let c = Math.max(slowest, byMinimum);
    if (trace) trace.startBy[w] = slowest >= byMinimum ? slowestBy : firstBy;
    let cBy = -1;
    let fromData = dataEnd >= c;
    if (input.waveRehearsalDays[w]! > 0) {
      const rs = capAt(H, Math.max(slowest, dataEnd));
      rehearsalStart[w] = rs;
      const re = capAt(H, rs + wholeDays(input.waveRehearsalDays[w]!, 1, H));
      if (re > c) {
        c = re;
        fromData = dataEnd >= slowest;
      }
    } else rehearsalStart[w] = -1;
    if (fromData && copyFrom > waveStart) cBy = -4;
    if (signoffEnd > c) {
      c = signoffEnd;
      cBy = -5;
    }
    if (gated[w] === 1 && gateEnd > c) {
      c = gateEnd;
      cBy = -2;
    }
    if (pilot >= 0 && w !== pilot && pilot < w && cutover[pilot]! + 1 > c) {
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
    if (started >= 0 && model.statusDay > c) c = model.statusDay;
    // What is blocked cannot finish before it is unblocked.
    const held = model.blockedUntil[w]!;
    if (held > c) {
      c = held;
      cBy = -3;
    }
    // At the horizon every date is its last day: a wave never cuts over after the program ends.
    c = capAt(H - 1, c + wholeDays(input.waveDelay[w]!, 0, H));
    wanted[w] = c;
    c = capAt(H - 1, calendar.nextCutoverDay(c));
    start[w] = waveStart < c ? waveStart : c;
    prepEnd[w] = slowest;
    cutover[w] = c;
    // The cutover day is the teams', and so is a share of each hypercare day.
    for (let p = waveFirstPart[w]!; p < waveFirstPart[w + 1]!; p++) addHold(buf, partTeam[p]!, c, c + 1 + hypercare);
    hypercareEnd[w] = capAt(H, c + 1 + hypercare);
    if (hypercareEnd[w]! >= lastHypercareEnd) {
      lastHypercareEnd = hypercareEnd[w]!;
      lastHypercareWave = w;
    }
    if (trace) trace.cutoverBy[w] = cBy;
  }

  // 5. Decommission, after the last hypercare (with no wave, once the landing zone is signed off:
  // its pieces are live on the target before their source copies go).
  const decommissionStart = lastHypercareEnd > signoffEnd ? lastHypercareEnd : signoffEnd;
  const end = capAt(H, decommissionStart + wholeDays(input.decommissionDays, 1, H));
  frame.assessEnd = assessEnd;
  frame.foundationStart = foundationStart;
  frame.foundationWorkEnd = foundationWorkEnd;
  frame.ready = ready;
  frame.gateEnd = gateEnd;
  frame.gateTask = gateTask;
  frame.decommissionStart = decommissionStart;
  frame.end = end;
  frame.lastHypercareWave = lastHypercareWave;
  frame.readyLead = readyLead;
  frame.lineEnd = lineEnd;
  frame.lineLead = lineLead;
  frame.signoffEnd = signoffEnd;
  frame.signoffLead = signoffLead;
  return end;
}

/** `x`, at most `horizon`. */
function capAt(horizon: number, x: number): number {
  return x < horizon ? x : horizon;
}

/**
 * Records that team `t` is held on `day` (its cutover) and, by the hypercare share, until `end`
 * (exclusive). A team's cutover days are kept sorted, and its hypercare ends sorted on their own
 * (hypercares differ in length by wave, so the k-th end need not be the k-th cutover's): how many
 * hypercares are under way on a day is the cutovers before it less the ends by it, which is all
 * `finishDay` needs, in one pass over both. With every hypercare the same length the two orders
 * are one, as before.
 */
function addHold(buf: ScheduleBuffers, t: number, day: number, end: number): void {
  const base = t * HOLD_SLOTS;
  let n = buf.holdCount[t]!;
  if (n === HOLD_SLOTS) {
    // Full: the hold furthest in the future gives way (the last cutover and the last end).
    if (day >= buf.holdDay[base + n - 1]!) return;
    n--;
  }
  let k = n;
  while (k > 0 && buf.holdDay[base + k - 1]! > day) {
    buf.holdDay[base + k] = buf.holdDay[base + k - 1]!;
    k--;
  }
  buf.holdDay[base + k] = day;
  k = n;
  while (k > 0 && buf.holdEnd[base + k - 1]! > end) {
    buf.holdEnd[base + k] = buf.holdEnd[base + k - 1]!;
    k--;
  }
  buf.holdEnd[base + k] = end;
  buf.holdCount[t] = n + 1;
}

/**
 * The day after part `p`'s team has worked the part's person-days starting on day `s`, at its
 * capacity a day less what its holds take: all of a cutover day, `hypercareShare` of every hypercare day (shares of
 * overlapping hypercares add up, to at most the whole day). Holds that ended by `s` are dropped
 * (a team's parts start in order, so they never matter again). One pass over the sorted holds.
 */
function finishDay(model: ScheduleModel, input: RunInputs, buf: ScheduleBuffers, p: number, s: number): number {
  // Read here, not passed in: a fractional number passed to a call V8 does not inline is boxed on
  // the heap, and this runs for every part of every run (about 100 MB a plan at 5,000 workloads).
  const t = model.partTeam[p]!;
  const effort = input.partEffort[p]!;
  const capacity = model.teamCapacity[t]!;
  const share = model.hypercareShare;
  const horizon = model.horizon;
  if (!(effort > EPS)) return s;
  if (!(capacity > 0)) return horizon;
  const base = t * HOLD_SLOTS;
  const holdDay = buf.holdDay;
  const holdEnd = buf.holdEnd;
  let n = buf.holdCount[t]!;
  // Drop the holds that ended: a prefix of the ends, and as many of the earliest cutovers (each
  // ended hold's cutover came before `s`, so the earliest `gone` cutovers are all before it too
  // and the count under way on any day from `s` on stays the same).
  let gone = 0;
  while (gone < n && holdEnd[base + gone]! <= s) gone++;
  if (gone > 0) {
    for (let k = gone; k < n; k++) {
      holdDay[base + k - gone] = holdDay[base + k]!;
      holdEnd[base + k - gone] = holdEnd[base + k]!;
    }
    n -= gone;
    buf.holdCount[t] = n;
  }
  // Most parts meet no hold at all before they would finish at full capacity.
  const free = s + Math.ceil(effort / capacity - EPS);
  if (n === 0 || (holdDay[base]! >= free && holdDay[base]! >= s)) return free < horizon ? free : horizon;
  let day = s;
  let left = effort;
  let active = 0; // hypercares under way on `day`
  let i = 0; // next cutover day at or after `day`
  while (i < n && holdDay[base + i]! < day) {
    active++;
    i++;
  }
  let j = 0; // next hypercare end after `day`
  while (day < horizon) {
    if (i < n && holdDay[base + i]! === day) {
      // A cutover day: nothing else gets done; the hypercare starts tomorrow.
      while (i < n && holdDay[base + i]! === day) {
        active++;
        i++;
      }
      day++;
      while (j < n && holdEnd[base + j]! <= day) {
        active--;
        j++;
      }
      continue;
    }
    const nextCutover = i < n ? holdDay[base + i]! : horizon;
    const nextEnd = j < n ? holdEnd[base + j]! : horizon;
    const next = nextCutover < nextEnd ? nextCutover : nextEnd;
    const taken = active * share;
    const rate = taken >= 1 ? 0 : capacity * (1 - taken);
    if (rate > 0) {
      const need = Math.ceil(left / rate - EPS);
      if (day + need <= next) return day + need < horizon ? day + need : horizon;
      left -= rate * (next - day);
    }
    day = next;
    while (j < n && holdEnd[base + j]! <= day) {
      active--;
      j++;
    }
  }
  return horizon;
}
