/**
 * Phase 7, simulate: the Monte Carlo. Every run draws every source of uncertainty (sources.ts) and
 * every risk of the register (risk-events.ts), each from its own seeded stream, and re-schedules
 * the program with the same numeric model as the deterministic plan (schedule/model.ts). From the
 * runs: P50/P80/P95 of the program end and of each wave's cutover, the deterministic plan's
 * percentile, the histogram, the criticality index of every phase and wave, how freezes held
 * cutovers back, the labour the teams' held time costs, the P80's standard error, and the drivers
 * of the spread (drivers.ts). With `runs: 'auto'` it stops once the P80's standard error is half a
 * working day. Seeded: the same project and seed give the same numbers. The runs themselves are
 * simulate-runs.ts, a range at a time, so two threads can take a half each (merge-runs.ts).
 */
import { round } from '../estimate';
import type { CriticalityIndex, FreezeImpact, IsoDate, SimulationResult } from '../types';
import { aloneSources, type AloneShare, type DriverSetup, finishDrivers, replayAlone, setUpDrivers } from './drivers';
import type { TurnsShare } from './turns';
import { countValues, histogram, p80StandardError, percentiles, quantile } from './percentiles';
import type { HostRunContext, RunsPart } from './simulate-runs';
import { activeSources } from './active-sources';
import { spreadDrivers } from './spread-drivers';

export { type AloneRequest, aloneRequest, replayAloneShare } from './alone-replays';
export { type AloneShare, aloneSources, type DriverSetup, replayAlone, splitAloneSources } from './drivers';
export { firstRuns, planTurns, replayTurns, type TurnStep, type TurnsShare } from './turns';
export { activeSources } from './active-sources';
export { mergeRuns } from './merge-runs';
export { AUTO_BATCH, AUTO_MAX_RUNS, AUTO_TARGET_STANDARD_ERROR, createRunContext, heldLabour, type HostRunContext, labourScratch, type RunContext, runContextFrom, type RunOptions, type RunSetup, type RunsPart, type SimulateOptions, simulateRuns, skipRuns } from './simulate-runs';
export { UNCERTAINTY_SOURCES } from './sources';

/** What the simulation adds beyond the Plan's `simulation` section. */
export interface SimulationExtras {
  readonly labourP50: number;
  readonly labourP80: number;
  readonly deterministicPercentile: number;
  readonly contingencyDays: number;
  /** With a target date: share of runs (0..1) that end on or before it. */
  readonly onTimeProbability?: number;
}

/** The simulation's results from all its runs (`part` covers runs [0, runs)), the driver analysis included. */
export function summariseRuns(ctx: HostRunContext, part: RunsPart): SimulationResult & SimulationExtras {
  return finishSummary(beginSummary(ctx, part));
}

/** The summary up to the drivers' alone replays, which `finishSummary` takes in shares (or makes). */
export interface PendingSummary {
  readonly ctx: HostRunContext;
  readonly part: RunsPart;
  readonly counted: ReturnType<typeof countValues>;
  readonly program: readonly [number, number, number];
  readonly wavePercentiles: readonly [number, number, number][];
  /** Undefined when the drivers are not measured (a quick re-plan) or no run was kept for them. */
  readonly drivers: DriverSetup | undefined;
}

export function beginSummary(ctx: HostRunContext, part: RunsPart): PendingSummary {
  const { model, assumptions, options, risks } = ctx;
  if (part.from !== 0) throw new Error('The summary needs every run from the first');
  const W = model.waveCount;
  const runs = part.to;
  const { lastDays, cutovers, occurred, stored } = part;
  const byWave = transpose(cutovers, runs, W);
  const counted = countValues(lastDays, 0, runs);
  const program = [quantile(counted, runs, 0.5), quantile(counted, runs, 0.8), quantile(counted, runs, 0.95)] as const;
  const wavePercentiles = Array.from({ length: W }, (_, w) => percentiles(byWave, w * runs, runs));
  const waveP80Days = Int32Array.from(wavePercentiles, (p) => p[1]);
  const drivers = options.drivers === false ? undefined : setUpDrivers({
    model,
    calendar: ctx.calendar,
    buffers: ctx.buffers,
    assembly: ctx.assembly,
    draws: stored,
    log: part.log,
    eventStart: part.eventStart,
    risks,
    occurrence: risks.map((_, k) => occurred[k]! / runs),
    active: activeSources(model, assumptions),
    deterministicLastDay: options.deterministicEndDay - 1,
    storedEnds: lastDays,
    storedWaveEnds: cutovers,
    programP80Day: program[1],
    waveP80Days,
    programSpread: program[2] - program[0],
    ...(options.targetLastDay !== undefined ? { targetLastDay: options.targetLastDay } : {}),
  });
  return { ctx, part, counted, program, wavePercentiles, drivers };
}

/**
 * The summary, with the drivers from `shares` of their alone replays (replayAlone over a split of
 * `aloneSources`, possibly on another thread) and `turns`, shares of the turns' runs
 * (replayTurns); without shares this thread makes every replay.
 */
export function finishSummary(pending: PendingSummary, shares?: readonly AloneShare[], turns: readonly TurnsShare[] = []): SimulationResult & SimulationExtras {
  const { ctx, part, counted, program, wavePercentiles } = pending;
  const { model, calendar, options } = ctx;
  const runs = part.to;
  const { lastDays, labour, onPath, freezeHeld, freezeDelay, beyond, converged, stored } = part;
  const freezes = calendar.cal.freezes;
  const sums = part.spreadSums ?? new Float64Array(3 * model.workloadIds.length);
  const date = (k: number): IsoDate => calendar.dateOf(k);
  const detLast = options.deterministicEndDay - 1;
  let atOrBefore = 0;
  for (let r = 0; r < runs; r++) if (lastDays[r]! <= detLast) atOrBefore++;
  const labourSorted = Float64Array.from(labour.subarray(0, runs)).sort();
  const rank = (q: number) => labourSorted[Math.max(0, Math.ceil(q * runs) - 1)] ?? 0;
  const setup = pending.drivers;
  const measured = setup === undefined ? undefined : finishDrivers(setup, shares ?? [replayAlone(setup, aloneSources(setup))], turns);
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
    spreadDrivers: spreadDrivers(model, lastDays, Math.min(runs, ctx.spreadRuns), sums),
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

