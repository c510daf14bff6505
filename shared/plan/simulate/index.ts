/**
 * Phase 7, simulate: the Monte Carlo. Every run draws every source of uncertainty (sources.ts) and
 * every risk of the register (risk-events.ts), each from its own seeded stream, and re-schedules
 * the program with the same numeric model as the deterministic plan (schedule/model.ts). From the
 * runs: P50/P80/P95 of the program end and of each wave's cutover, the deterministic plan's
 * percentile, the histogram, the criticality index of every phase and wave, how freezes held
 * cutovers back, the labour the teams' held time costs, the P80's standard error, and the drivers
 * of the spread (drivers.ts). With `runs: 'auto'` it stops once the P80's standard error is half a
 * working day. Seeded: the same project and seed give the same numbers.
 */
import type { RiskEntry } from '../../model/schema';
import type { Assumptions } from '../assumptions';
import type { WorkingCalendar } from '../calendar';
import { round } from '../estimate';
import { createBuffers, phaseIndex, runSchedule, type ScheduleModel, type ScheduleTrace, walkCriticalPath } from '../schedule';
import type { CriticalityIndex, FreezeImpact, IsoDate, SimulationResult, SpreadDriver, WaveDraft, WaveId, WorkloadId } from '../types';
import { measureDrivers } from './drivers';
import { countValues, histogram, p80StandardError, percentiles, quantile } from './percentiles';
import { compileRisks, createEventLog, drawRisk } from './risk-events';
import { createRandom } from './random';
import { assemble, createAssembly, createSampler, discoveryRange, type Draws, newDraws, streamSeed, UNCERTAINTY_SOURCES, type UncertaintySource } from './sources';

export { UNCERTAINTY_SOURCES } from './sources';

export interface SimulateOptions {
  readonly seed: number;
  /** Runs, or 'auto': batches of 500 until the P80's standard error is at most half a working day. */
  readonly runs: number | 'auto';
  readonly waveIds: readonly WaveId[];
  /** Wave drafts (model order), for risks that hit cutovers of a kind. */
  readonly waves: readonly WaveDraft[];
  /** From the deterministic schedule. */
  readonly criticalPath: readonly string[];
  readonly phaseIds: readonly string[];
  /** Exclusive working-day number of the deterministic end. */
  readonly deterministicEndDay: number;
  /** Per wave (model order): a recorded actual finish, reported as recorded in every percentile. */
  readonly actualFinish?: readonly (IsoDate | undefined)[];
  readonly register: readonly RiskEntry[];
  readonly project: Parameters<typeof compileRisks>[0];
  readonly platform: ReadonlySet<WorkloadId>;
  /** Per team index: cost of one person-day. */
  readonly dayRate: Float64Array;
  /** With a target date: the last working day a run may end on to meet it. */
  readonly targetLastDay?: number;
  /** False: skip the driver analysis (a quick re-plan that only needs the percentiles). */
  readonly drivers?: boolean;
}

/** What the simulation adds beyond the Plan's `simulation` section. */
export interface SimulationExtras {
  readonly labourP50: number;
  readonly labourP80: number;
  readonly deterministicPercentile: number;
  readonly contingencyDays: number;
  /** With a target date: share of runs (0..1) that end on or before it. */
  readonly onTimeProbability?: number;
}

export const AUTO_BATCH = 500;
export const AUTO_MAX_RUNS = 20_000;
/** "Stable to a working day": the 95% interval of the P80 is within about one working day either way. */
export const AUTO_TARGET_STANDARD_ERROR = 0.5;
const MAX_SPREAD_DRIVERS = 10;
const MIN_SPREAD_DRIVER_SHARE = 0.005;
/** Workload x runs accumulated for spreadDrivers; the first runs are an unbiased sample of all. */
const SPREAD_WORK_BUDGET = 2_000_000;
const MIN_SPREAD_RUNS = 100;
/** Replayed schedule work the driver analysis may spend (runs x (parts + waves) x re-runs). */
const DRIVER_WORK_BUDGET = 3_000_000;
const MIN_DRIVER_RUNS = 20;
/** Common random numbers make the differences stable long before the percentiles themselves are. */
const MAX_DRIVER_RUNS = 1000;

export function simulateProgram(model: ScheduleModel, calendar: WorkingCalendar, assumptions: Assumptions, options: SimulateOptions): SimulationResult & SimulationExtras {
  const auto = options.runs === 'auto';
  const requested = auto ? AUTO_MAX_RUNS : Math.max(1, Math.min(1_000_000, Math.floor(Number.isFinite(options.runs) ? (options.runs as number) : 1)));
  const W = model.waveCount;
  const n = model.workloadIds.length;
  const sampler = createSampler(model, assumptions, options.seed);
  const risks = compileRisks(options.project, options.register, model, options.waves, options.platform);
  const riskStreams = risks.map((r) => createRandom(streamSeed(options.seed, 100 + r.index)));
  const occurred = new Int32Array(risks.length);
  const active = activeSources(model, assumptions);

  const index = phaseIndex(model);
  const onPath = new Int32Array(index.count);
  const runMarked = new Int32Array(index.count).fill(-1);
  const trace: ScheduleTrace = { startBy: new Int32Array(W), cutoverBy: new Int32Array(W) };
  const buf = createBuffers(model);
  const assembly = createAssembly(model);
  const log = createEventLog();

  const driverRuns = Math.min(requested, MAX_DRIVER_RUNS, Math.max(MIN_DRIVER_RUNS, Math.floor(DRIVER_WORK_BUDGET / ((UNCERTAINTY_SOURCES.length + risks.length + 8) * (model.partCount + 3 * W + 8)))));
  const stored: Draws[] = [];
  const eventStart: number[] = [0];

  const lastDays = new Int32Array(requested);
  const cutovers = new Int32Array(W * requested);
  const labour = new Float64Array(requested);
  const freezes = calendar.cal.freezes;
  const freezeHeld = new Int32Array(freezes.length);
  const freezeDelay = new Float64Array(freezes.length);
  const freezeRunMax = new Float64Array(freezes.length);
  // The per-workload correlation (spreadDrivers) needs a few hundred runs, not all of a large estate's.
  const spreadRuns = Math.min(requested, Math.max(MIN_SPREAD_RUNS, Math.floor(SPREAD_WORK_BUDGET / Math.max(1, n))));
  // Per workload, side by side (x, x², x·end at 3i, 3i + 1, 3i + 2): one pass over one array a run.
  const sums = new Float64Array(3 * n);
  const workloadDraw = new Float64Array(n);
  const teamRelease = labourScratch(model);
  let draws = newDraws(model);
  let beyond = 0;
  let runs = 0;
  let converged = false;

  for (let r = 0; r < requested; r++) {
    sampler.draw(draws, r < spreadRuns ? workloadDraw : undefined);
    const from = log.length;
    for (let k = 0; k < risks.length; k++) if (drawRisk(risks[k]!, riskStreams[k]!, log, r)) occurred[k]!++;
    const inputs = assemble(model, assembly, draws, log, from, log.length, 0, undefined);
    const end = runSchedule(model, inputs, calendar, buf, trace);
    if (end >= model.horizon) beyond++;
    const last = end - 1;
    lastDays[r] = last;
    cutovers.set(buf.cutover, r * W); // run-major: one contiguous write per run
    if (r < spreadRuns) {
      for (let i = 0; i < n; i++) {
        const x = workloadDraw[i]!;
        sums[3 * i]! += x;
        sums[3 * i + 1]! += x * x;
        sums[3 * i + 2]! += x * last;
      }
    }
    walkCriticalPath(model, buf, trace, index, onPath, runMarked, r);
    freezeRunMax.fill(0);
    for (let w = 0; w < W; w++) {
      if (buf.cutover[w]! <= buf.wanted[w]! || model.actualCutover[w]! >= 0) continue;
      const f = calendar.freezeIndexAt(buf.wanted[w]!);
      if (f >= 0) freezeRunMax[f] = Math.max(freezeRunMax[f]!, buf.cutover[w]! - buf.wanted[w]!);
    }
    for (let f = 0; f < freezes.length; f++) {
      if (freezeRunMax[f]! > 0) {
        freezeHeld[f]!++;
        freezeDelay[f]! += freezeRunMax[f]!;
      }
    }
    labour[r] = heldLabour(model, buf, options.dayRate, teamRelease);
    if (r < driverRuns) {
      stored.push(draws);
      eventStart.push(log.length);
      draws = newDraws(model);
    } else {
      log.length = eventStart[eventStart.length - 1]!; // events past the stored runs are not replayed
    }
    runs = r + 1;
    if (auto && runs % AUTO_BATCH === 0) {
      const c = countValues(lastDays, 0, runs);
      if (p80StandardError(c, runs) <= AUTO_TARGET_STANDARD_ERROR) {
        converged = true;
        break;
      }
    }
  }

  const date = (k: number): IsoDate => calendar.dateOf(k);
  const byWave = transpose(cutovers, runs, W);
  const counted = countValues(lastDays, 0, runs);
  const program = [quantile(counted, runs, 0.5), quantile(counted, runs, 0.8), quantile(counted, runs, 0.95)] as const;
  const detLast = options.deterministicEndDay - 1;
  let atOrBefore = 0;
  for (let r = 0; r < runs; r++) if (lastDays[r]! <= detLast) atOrBefore++;
  const labourSorted = Float64Array.from(labour.subarray(0, runs)).sort();
  const rank = (q: number) => labourSorted[Math.max(0, Math.ceil(q * runs) - 1)] ?? 0;
  const wavePercentiles = Array.from({ length: W }, (_, w) => percentiles(byWave, w * runs, runs));
  const waveP80Days = Int32Array.from(wavePercentiles, (p) => p[1]);
  const measured = options.drivers === false ? undefined : measureDrivers({
    model,
    calendar,
    buffers: buf,
    assembly,
    draws: stored,
    log,
    eventStart: Int32Array.from(eventStart),
    risks,
    occurrence: risks.map((_, k) => occurred[k]! / runs),
    active,
    deterministicLastDay: options.deterministicEndDay - 1,
    storedEnds: lastDays,
    storedWaveEnds: cutovers,
    programP80Day: program[1],
    waveP80Days,
    programSpread: program[2] - program[0],
    ...(options.targetLastDay !== undefined ? { targetLastDay: options.targetLastDay } : {}),
  });
  let onTime = 0;
  if (options.targetLastDay !== undefined) for (let r = 0; r < runs; r++) if (lastDays[r]! <= options.targetLastDay) onTime++;
  const criticality: CriticalityIndex[] = options.phaseIds.map((id, k) => ({ id, index: round(onPath[k]! / runs, 3) }));
  const freezeImpact: FreezeImpact[] = freezes.map((f, k) => ({
    freezeId: f.window.id,
    name: f.window.name,
    shareOfRuns: round(freezeHeld[k]! / runs, 3),
    meanDelayDays: freezeHeld[k]! > 0 ? round(freezeDelay[k]! / freezeHeld[k]!, 1) : 0,
  }));
  return {
    seed: options.seed,
    runs,
    p50End: date(program[0]),
    p80End: date(program[1]),
    p95End: date(program[2]),
    histogram: histogram(lastDays, runs, date),
    waves: options.waveIds.map((waveId, w) => {
      const fixed = options.actualFinish?.[w];
      if (fixed !== undefined) return { waveId, p50End: fixed, p80End: fixed, p95End: fixed, drivers: [] };
      const [p50, p80, p95] = wavePercentiles[w]!;
      return { waveId, p50End: date(p50), p80End: date(p80), p95End: date(p95), drivers: measured?.waves[w] ?? [] };
    }),
    criticalPath: [...options.criticalPath],
    spreadDrivers: spreadDrivers(model, lastDays, Math.min(runs, spreadRuns), sums),
    drivers: measured?.drivers ?? [],
    driverRuns: stored.length,
    criticality,
    p80StandardErrorDays: round(p80StandardError(counted, runs), 2),
    converged,
    freezeImpact,
    runsBeyondHorizon: beyond,
    labourP50: Math.round(rank(0.5)),
    labourP80: Math.round(rank(0.8)),
    deterministicPercentile: Math.round((100 * atOrBefore) / runs),
    contingencyDays: program[1] - detLast,
    ...(options.targetLastDay !== undefined ? { onTimeProbability: round(onTime / runs, 3) } : {}),
  };
}

/**
 * The labour a run holds: every team through assessment and decommission, and in between from the
 * day it starts its first wave's work (the platform team: the landing zone) to the end of its last
 * hypercare, gaps between its waves included: a team waiting for a slow copy, a gate or the next
 * wave is still held, so a longer plan never costs less. Every engineer is paid for every working
 * day at the team's rate: focus is the share of the day on planned work, not of the pay.
 * `scratch` holds two slots per team (`labourScratch`), so a run allocates nothing.
 */
export function heldLabour(model: ScheduleModel, buf: ReturnType<typeof createBuffers>, dayRate: Float64Array, scratch: Int32Array): number {
  const T = model.teamCount;
  const release = scratch.subarray(0, T);
  const first = scratch.subarray(T, 2 * T);
  release.fill(0);
  first.fill(0x7fffffff);
  for (let p = 0; p < model.partCount; p++) {
    const t = model.partTeam[p]!;
    const w = model.partWave[p]!;
    if (buf.hypercareEnd[w]! > release[t]!) release[t] = buf.hypercareEnd[w]!;
    if (buf.partStart[p]! < first[t]!) first[t] = buf.partStart[p]!;
  }
  const platform = model.platformTeam;
  if (platform >= 0 && platform < T) {
    if (buf.frame.ready > release[platform]!) release[platform] = buf.frame.ready;
    if (buf.frame.foundationStart < first[platform]!) first[platform] = buf.frame.foundationStart;
  }
  const assess = buf.frame.assessEnd;
  const decommission = Math.max(0, buf.frame.end - buf.frame.decommissionStart);
  let total = 0;
  for (let t = 0; t < T; t++) {
    // Held from its first work (never before assessment ends) to its release, capped at decommission.
    const from = Math.max(assess, Math.min(first[t]!, buf.frame.decommissionStart));
    const to = Math.max(from, Math.min(release[t]!, buf.frame.decommissionStart));
    total += model.teamEngineers[t]! * (assess + (to - from) + decommission) * (dayRate[t] ?? 0);
  }
  return total;
}

/** `runMajor[r * W + w]` as `[w * runs + r]`, in blocks that stay in the cache. */
function transpose(runMajor: Int32Array, runs: number, W: number): Int32Array {
  const out = new Int32Array(runs * W);
  const B = 64;
  for (let r0 = 0; r0 < runs; r0 += B) {
    const r1 = Math.min(runs, r0 + B);
    for (let w0 = 0; w0 < W; w0 += B) {
      const w1 = Math.min(W, w0 + B);
      for (let r = r0; r < r1; r++) for (let w = w0; w < w1; w++) out[w * runs + r] = runMajor[r * W + w]!;
    }
  }
  return out;
}

/** Scratch space for `heldLabour`. */
export function labourScratch(model: ScheduleModel): Int32Array {
  return new Int32Array(2 * Math.max(1, model.teamCount));
}

/** Which sources can vary at all on this model (a source with nothing to vary is no driver). */
function activeSources(model: ScheduleModel, a: Assumptions): Set<UncertaintySource> {
  const out = new Set<UncertaintySource>();
  if (model.workloadIds.length > 0) out.add('effort');
  if (a.value('simulation.programSpread') > 0) out.add('program');
  if (a.value('simulation.teamSpread') > 0 && model.teamCount > 0) out.add('teams');
  out.add('assess');
  out.add('foundation');
  if (model.waveCount > 0) out.add('wave-minimums');
  if (model.onlineDays.some((d) => d > 0)) out.add('transfer');
  if (model.hypercareDays.some((d) => d > 0)) out.add('hypercare');
  out.add('decommission');
  if (model.complianceIds.length > 0) out.add('compliance');
  if (discoveryRange(a).high > 0 && model.partUnconfirmed.some((s) => s > 0)) out.add('discovery');
  const leadSources = ['lead-hardware', 'lead-line', 'lead-accounts', 'lead-signoff'] as const;
  for (let l = 0; l < model.leadIds.length; l++) if (model.leadPessimistic[l]! > model.leadOptimistic[l]!) out.add(leadSources[model.leadKind[l]!] ?? 'lead-accounts');
  // Drills vary when one can fail, or when their length is drawn (a phase ratio's spread).
  const drillsVary = a.value('rehearsal.failProbability') > 0 || (a.value('rehearsal.drillDays') > 0 && a.value('phase.pessimisticRatio') > a.value('phase.optimisticRatio'));
  if (drillsVary && model.rehearsalDrills.some((d) => d > 0)) out.add('rehearsals');
  return out;
}

/**
 * Workloads whose draws explain the most variance of the end date: the squared correlation of a
 * workload's effort with the program end across runs (a breakdown of the `effort` driver).
 */
function spreadDrivers(model: ScheduleModel, lastDays: Int32Array, runs: number, sums: Float64Array): SpreadDriver[] {
  let sumY = 0;
  let sumYY = 0;
  for (let r = 0; r < runs; r++) {
    const y = lastDays[r]!;
    sumY += y;
    sumYY += y * y;
  }
  const meanY = sumY / runs;
  const varY = sumYY / runs - meanY * meanY;
  if (!(varY > 1e-12) || runs < 3) return [];
  const drivers: SpreadDriver[] = [];
  for (let i = 0; i < model.workloadIds.length; i++) {
    const meanX = sums[3 * i]! / runs;
    const varX = sums[3 * i + 1]! / runs - meanX * meanX;
    if (!(varX > 1e-12)) continue;
    const cov = sums[3 * i + 2]! / runs - meanX * meanY;
    const share = cov > 0 ? (cov * cov) / (varX * varY) : 0;
    if (share >= MIN_SPREAD_DRIVER_SHARE) drivers.push({ workloadId: model.workloadIds[i]!, share: round(Math.min(1, share), 3) });
  }
  drivers.sort((a, b) => b.share - a.share || (a.workloadId < b.workloadId ? -1 : a.workloadId > b.workloadId ? 1 : 0));
  return drivers.slice(0, MAX_SPREAD_DRIVERS);
}
