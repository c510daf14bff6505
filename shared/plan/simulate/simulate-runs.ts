/**
 * The Monte Carlo's runs [from, to): each run's draws and risk events, its schedule, and what the
 * summary needs from it (its end, every wave's cutover, its held labour, the critical path, the
 * freezes that held a cutover, the effort draws the spread drivers correlate). A run range can
 * start anywhere: `skipRuns` steps every stream past the runs before it, drawing nothing else, so
 * two threads can each take a half and `mergeRuns` (merge-runs.ts) puts them together exactly as
 * one thread would have made them.
 */
import type { Calendar, Project, RiskEntry } from '../../model/schema';
import { type Assumptions, resolveAssumptions } from '../assumptions';
import { WorkingCalendar } from '../calendar';
import { createBuffers, phaseIndex, type PhaseIndex, runSchedule, type ScheduleBuffers, type ScheduleModel, type ScheduleTrace, walkCriticalPath } from '../schedule';
import type { IsoDate, WaveDraft, WaveId, WorkloadId } from '../types';
import { countValues, p80StandardError } from './percentiles';
import { type CompiledRisk, compileRisks, createEventLog, drawRisk, type EventLog, skipRisk } from './risk-events';
import { createRandom, type Random } from './random';
import { type Assembly, assemble, createAssembly, createSampler, type Draws, newDraws, type Sampler, streamSeed, UNCERTAINTY_SOURCES } from './sources';

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

export const AUTO_BATCH = 500;
export const AUTO_MAX_RUNS = 20_000;
/** "Stable to a working day": the 95% interval of the P80 is within about one working day either way. */
export const AUTO_TARGET_STANDARD_ERROR = 0.5;
/** Workload x runs accumulated for spreadDrivers; the first runs are an unbiased sample of all. */
const SPREAD_WORK_BUDGET = 2_000_000;
const MIN_SPREAD_RUNS = 100;
/** Replayed schedule work the driver analysis may spend (runs x (parts + waves) x re-runs). */
const DRIVER_WORK_BUDGET = 3_000_000;
const MIN_DRIVER_RUNS = 20;
/** Common random numbers make the differences stable long before the percentiles themselves are. */
const MAX_DRIVER_RUNS = 1000;

/** What the runs themselves read of the options: all a helper thread is sent (`RunSetup`). */
export type RunOptions = Pick<SimulateOptions, 'seed' | 'runs' | 'dayRate' | 'deterministicEndDay' | 'targetLastDay' | 'drivers'>;

/** One simulation's streams, sizes and scratch space, made the same way on every thread. */
export interface RunContext {
  readonly model: ScheduleModel;
  readonly calendar: WorkingCalendar;
  readonly assumptions: Assumptions;
  readonly options: RunOptions;
  readonly auto: boolean;
  /** Runs asked for (with 'auto': the most it may take). */
  readonly requested: number;
  /** The first runs whose draws and events are kept for the driver analysis. */
  readonly driverRuns: number;
  /** The first runs whose per-workload effort draws the spread drivers correlate with the end. */
  readonly spreadRuns: number;
  readonly sampler: Sampler;
  readonly risks: readonly CompiledRisk[];
  readonly riskStreams: readonly Random[];
  readonly index: PhaseIndex;
  readonly buffers: ScheduleBuffers;
  readonly assembly: Assembly;
}

/** The context of the thread that plans: it also holds what the summary reports (ids, the critical path). */
export interface HostRunContext extends RunContext {
  readonly options: SimulateOptions;
}

/**
 * What a helper thread needs to run a share of the same simulation, and nothing it would have to
 * plan again: the schedule model and the compiled risks as the host made them (plain data and
 * typed arrays, cheap to clone), the calendar and assumptions as the project gives them (rebuilt
 * in a few milliseconds), and the options the runs read.
 */
export interface RunSetup {
  readonly model: ScheduleModel;
  readonly risks: readonly CompiledRisk[];
  readonly calendar: Calendar;
  readonly startDate: IsoDate;
  readonly assumptions: Project['assumptions'];
  readonly options: RunOptions;
  /** The first run the helper simulates: it takes [from, runs), the host [0, from). */
  readonly from: number;
}

export function createRunContext(model: ScheduleModel, calendar: WorkingCalendar, assumptions: Assumptions, options: SimulateOptions): HostRunContext {
  const risks = compileRisks(options.project, options.register, model, options.waves, options.platform);
  return { ...contextOf(model, calendar, assumptions, risks, options), options };
}

/** The host's context as a helper thread rebuilds it from a (cloned) `RunSetup`. */
export function runContextFrom(setup: RunSetup): RunContext {
  const calendar = new WorkingCalendar(setup.calendar, setup.startDate);
  return contextOf(setup.model, calendar, resolveAssumptions({ assumptions: setup.assumptions }), setup.risks, setup.options);
}

function contextOf(model: ScheduleModel, calendar: WorkingCalendar, assumptions: Assumptions, risks: readonly CompiledRisk[], options: RunOptions): RunContext {
  const auto = options.runs === 'auto';
  const requested = auto ? AUTO_MAX_RUNS : Math.max(1, Math.min(1_000_000, Math.floor(Number.isFinite(options.runs) ? (options.runs as number) : 1)));
  const n = model.workloadIds.length;
  const driverRuns = Math.min(requested, MAX_DRIVER_RUNS, Math.max(MIN_DRIVER_RUNS, Math.floor(DRIVER_WORK_BUDGET / ((UNCERTAINTY_SOURCES.length + risks.length + 8) * (model.partCount + 3 * model.waveCount + 8)))));
  // The per-workload correlation (spreadDrivers) needs a few hundred runs, not all of a large estate's.
  const spreadRuns = Math.min(requested, Math.max(MIN_SPREAD_RUNS, Math.floor(SPREAD_WORK_BUDGET / Math.max(1, n))));
  return {
    model,
    calendar,
    assumptions,
    options,
    auto,
    requested,
    driverRuns,
    spreadRuns,
    sampler: createSampler(model, assumptions, options.seed),
    risks,
    riskStreams: risks.map((r) => createRandom(streamSeed(options.seed, 100 + r.index))),
    index: phaseIndex(model),
    buffers: createBuffers(model),
    assembly: createAssembly(model),
  };
}

/** What runs [from, to) produced; `mergeRuns` joins two adjacent ranges. */
export interface RunsPart {
  readonly from: number;
  /** Exclusive; with 'auto' the runs stop early once the P80 is stable (`converged`). */
  readonly to: number;
  readonly converged: boolean;
  /** Per run: its last working day. */
  readonly lastDays: Int32Array;
  /** Per run, run-major: every wave's cutover day (`[(r - from) * waves + w]`). */
  readonly cutovers: Int32Array;
  /** Per run: the labour the teams' held time costs. */
  readonly labour: Float64Array;
  /** Per compiled risk: runs it happened in. */
  readonly occurred: Int32Array;
  /** Per phase (phaseIndex): runs it was on the critical path in. */
  readonly onPath: Int32Array;
  /** Per freeze: runs in which it held a cutover back, and the sum of each such run's longest hold. */
  readonly freezeHeld: Int32Array;
  readonly freezeDelay: Float64Array;
  readonly beyond: number;
  /**
   * The spread drivers' sums (x, x², x·end per workload at 3i, 3i + 1, 3i + 2) over runs
   * [0, min(to, spreadRuns)) when `from` is 0; otherwise each such run's effort draws, one row of
   * workloads a run, for the merge to add in run order (floating sums differ in another order).
   */
  readonly spreadSums?: Float64Array;
  readonly spreadRows?: Float64Array;
  /** Draws and events of the runs below `driverRuns`: run r's events are [eventStart[r - from], eventStart[r - from + 1]). */
  readonly stored: Draws[];
  readonly log: EventLog;
  readonly eventStart: Int32Array;
}

/** Steps every stream past `runs` runs, as `simulateRuns` would draw them, computing nothing else. */
export function skipRuns(ctx: RunContext, runs: number): void {
  ctx.sampler.skip(runs);
  for (let k = 0; k < ctx.risks.length; k++) skipRisk(ctx.risks[k]!, ctx.riskStreams[k]!, runs);
}

/** Simulates runs [from, to); the context's streams must stand at run `from` (`skipRuns`). */
export function simulateRuns(ctx: RunContext, from: number, to: number): RunsPart {
  const { model, calendar, options, risks, riskStreams, sampler, index, assembly, driverRuns, spreadRuns } = ctx;
  const buf = ctx.buffers;
  const W = model.waveCount;
  const n = model.workloadIds.length;
  const count = Math.max(0, to - from);
  const occurred = new Int32Array(risks.length);
  const onPath = new Int32Array(index.count);
  const runMarked = new Int32Array(index.count).fill(-1);
  const trace: ScheduleTrace = { startBy: new Int32Array(W), cutoverBy: new Int32Array(W) };
  const log = createEventLog();
  const stored: Draws[] = [];
  const eventStart: number[] = [0];
  const lastDays = new Int32Array(count);
  const cutovers = new Int32Array(W * count);
  const labour = new Float64Array(count);
  const freezes = calendar.cal.freezes;
  const freezeHeld = new Int32Array(freezes.length);
  const freezeDelay = new Float64Array(freezes.length);
  const freezeRunMax = new Float64Array(freezes.length);
  const spreadTo = Math.min(to, spreadRuns);
  const sums = from === 0 ? new Float64Array(3 * n) : undefined;
  const rows = from > 0 && spreadTo > from ? new Float64Array(n * (spreadTo - from)) : undefined;
  const workloadDraw = new Float64Array(n);
  const teamRelease = labourScratch(model);
  let draws = newDraws(model);
  let beyond = 0;
  let end = from;
  let converged = false;

  for (let r = from; r < to; r++) {
    const at = r - from;
    const spread = r < spreadRuns;
    sampler.draw(draws, spread ? workloadDraw : undefined);
    const first = log.length;
    for (let k = 0; k < risks.length; k++) if (drawRisk(risks[k]!, riskStreams[k]!, log, r)) occurred[k]!++;
    const inputs = assemble(model, assembly, draws, log, first, log.length, 0, undefined);
    const finish = runSchedule(model, inputs, calendar, buf, trace);
    if (finish >= model.horizon) beyond++;
    const last = finish - 1;
    lastDays[at] = last;
    cutovers.set(buf.cutover, at * W); // run-major: one contiguous write per run
    if (spread) {
      if (sums !== undefined) addSpread(sums, workloadDraw, 0, n, last);
      else rows!.set(workloadDraw, at * n);
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
    labour[at] = heldLabour(model, buf, options.dayRate, teamRelease);
    if (r < driverRuns) {
      stored.push(draws);
      eventStart.push(log.length);
      draws = newDraws(model);
    } else {
      log.length = eventStart[eventStart.length - 1]!; // events past the stored runs are not replayed
    }
    end = r + 1;
    if (ctx.auto && end % AUTO_BATCH === 0 && from === 0) {
      if (p80StandardError(countValues(lastDays, 0, end), end) <= AUTO_TARGET_STANDARD_ERROR) {
        converged = true;
        break;
      }
    }
  }
  const done = end - from;
  return {
    from,
    to: end,
    converged,
    lastDays: done === count ? lastDays : lastDays.slice(0, done),
    cutovers: done === count ? cutovers : cutovers.slice(0, done * W),
    labour: done === count ? labour : labour.slice(0, done),
    occurred,
    onPath,
    freezeHeld,
    freezeDelay,
    beyond,
    ...(sums !== undefined ? { spreadSums: sums } : {}),
    ...(rows !== undefined ? { spreadRows: rows } : {}),
    stored,
    log,
    eventStart: Int32Array.from(eventStart),
  };
}

/** Adds one run's effort draws (`row[offset .. offset + n)`) and its end to the spread drivers' sums. */
export function addSpread(sums: Float64Array, row: Float64Array, offset: number, n: number, last: number): void {
  for (let i = 0; i < n; i++) {
    const x = row[offset + i]!;
    sums[3 * i]! += x;
    sums[3 * i + 1]! += x * x;
    sums[3 * i + 2]! += x * last;
  }
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

/** Scratch space for `heldLabour`. */
export function labourScratch(model: ScheduleModel): Int32Array {
  return new Int32Array(2 * Math.max(1, model.teamCount));
}
