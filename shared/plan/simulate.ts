/**
 * Phase 7, simulate: Monte Carlo over the estimates (PLANNING-MODEL §5). Each run draws every
 * workload's effort from its PERT-beta, scales the program by one shared lognormal factor
 * (correlated slippage: onboarding, approvals), draws each compliance task's duration (authority
 * reviews are uncertain too), and re-schedules with the same numeric model as
 * the deterministic schedule. Seeded: the same project and seed give the same numbers.
 *
 * Cost per run: one pass over the workloads (typed arrays, no allocation) plus one pass over the
 * waves. Percentiles come from counting sorts over working-day numbers.
 */
import type { Assumptions } from './assumptions';
import type { WorkingCalendar } from './calendar';
import { round } from './estimate';
import { buildPertTables, PERT_TABLE_STEPS } from './pert';
import { createRandom } from './random';
import { createBuffers, runSchedule, type ScheduleModel } from './schedule-model';
import type { HistogramBin, IsoDate, SimulationResult, SpreadDriver, WaveId } from './types';

export interface SimulateOptions {
  readonly seed: number;
  readonly runs: number;
  /** Wave ids in model order. */
  readonly waveIds: readonly WaveId[];
  /** From the deterministic schedule. */
  readonly criticalPath: readonly string[];
  /** Per wave (model order): a recorded actual finish, reported as recorded in every percentile. */
  readonly actualFinish?: readonly (IsoDate | undefined)[];
}

const HISTOGRAM_BINS = 20;
const MAX_DRIVERS = 10;
/** Drivers explaining less than this share of the variance are noise at 2,000 runs. */
const MIN_DRIVER_SHARE = 0.005;

export function simulateProgram(model: ScheduleModel, calendar: WorkingCalendar, assumptions: Assumptions, options: SimulateOptions): SimulationResult {
  const runs = Math.max(1, Math.min(1_000_000, Math.floor(Number.isFinite(options.runs) ? options.runs : 1)));
  const rng = createRandom(options.seed);
  const spread = Math.max(0, assumptions.value('simulation.programSpread') || 0);
  const n = model.workloadIds.length;
  const waves = model.waveCount;
  const { offsetOf, values: table } = buildPertTables(model.optimistic, model.likely, model.pessimistic);
  const low = model.optimistic;
  const range = new Float64Array(n);
  for (let i = 0; i < n; i++) range[i] = Math.max(0, model.pessimistic[i]! - low[i]!);

  const draws = new Float64Array(n);
  const sumX = new Float64Array(n);
  const sumXX = new Float64Array(n);
  const sumXY = new Float64Array(n);
  const waveEffort = new Float64Array(waves);
  const lastDays = new Int32Array(runs);
  const cutovers = new Int32Array(waves * runs);
  const buf = createBuffers(model);
  const starts = model.waveWorkloadStart;
  // Compliance gates: each task's duration drawn from its own PERT-beta; the gate opens when the
  // last task ends. Hypercare and decommission after the last cutover stay fixed durations.
  const gates = model.complianceStart.length;
  const gateTables = buildPertTables(model.complianceOptimistic, model.complianceLikely, model.compliancePessimistic);
  const gateLow = model.complianceOptimistic;
  const gateRange = new Float64Array(gates);
  for (let g = 0; g < gates; g++) gateRange[g] = Math.max(0, model.compliancePessimistic[g]! - gateLow[g]!);

  for (let r = 0; r < runs; r++) {
    const factor = spread > 0 ? Math.exp(spread * rng.normal()) : 1;
    for (let w = 0; w < waves; w++) {
      let acc = 0;
      for (let i = starts[w]!, end = starts[w + 1]!; i < end; i++) {
        const u = rng.next() * PERT_TABLE_STEPS;
        const j = u | 0;
        const at = offsetOf[i]! + j;
        const lo = table[at]!;
        const x = low[i]! + range[i]! * (lo + (u - j) * (table[at + 1]! - lo));
        draws[i] = x;
        sumX[i]! += x;
        sumXX[i]! += x * x;
        acc += x;
      }
      waveEffort[w] = acc * factor;
    }
    let gateEnd = 0;
    for (let g = 0; g < gates; g++) {
      const u = rng.next() * PERT_TABLE_STEPS;
      const j = u | 0;
      const at = gateTables.offsetOf[g]! + j;
      const lo = gateTables.values[at]!;
      const days = Math.round(gateLow[g]! + gateRange[g]! * (lo + (u - j) * (gateTables.values[at + 1]! - lo)));
      const end = model.complianceStart[g]! + Math.max(1, days);
      if (end > gateEnd) gateEnd = end;
    }
    const last = runSchedule(model, waveEffort, calendar, buf, undefined, gateEnd) - 1;
    lastDays[r] = last;
    for (let w = 0; w < waves; w++) cutovers[w * runs + r] = buf.cutover[w]!;
    for (let i = 0; i < n; i++) sumXY[i]! += draws[i]! * last;
  }

  const date = (k: number): IsoDate => calendar.dateOf(k);
  const program = percentiles(lastDays, 0, runs);
  return {
    seed: options.seed,
    runs,
    p50End: date(program[0]),
    p80End: date(program[1]),
    p95End: date(program[2]),
    histogram: histogram(lastDays, date),
    waves: options.waveIds.map((waveId, w) => {
      const fixed = options.actualFinish?.[w];
      if (fixed !== undefined) return { waveId, p50End: fixed, p80End: fixed, p95End: fixed };
      const [p50, p80, p95] = percentiles(cutovers, w * runs, runs);
      return { waveId, p50End: date(p50), p80End: date(p80), p95End: date(p95) };
    }),
    criticalPath: [...options.criticalPath],
    spreadDrivers: spreadDrivers(model, lastDays, sumX, sumXX, sumXY, runs),
  };
}

/** Nearest-rank P50, P80, P95 of `runs` integers starting at `from`, by counting sort. */
function percentiles(values: Int32Array, from: number, runs: number): [number, number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (let r = from; r < from + runs; r++) {
    const v = values[r]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const counts = new Int32Array(max - min + 1);
  for (let r = from; r < from + runs; r++) counts[values[r]! - min]!++;
  const ranks = [0.5, 0.8, 0.95].map((q) => Math.max(1, Math.ceil(q * runs)));
  const out: number[] = [];
  let seen = 0;
  let k = 0;
  for (let v = 0; v < counts.length && k < 3; v++) {
    seen += counts[v]!;
    while (k < 3 && seen >= ranks[k]!) {
      out.push(v + min);
      k++;
    }
  }
  return [out[0] ?? max, out[1] ?? max, out[2] ?? max];
}

/** About 20 equal bins of working days between the earliest and latest simulated end. */
function histogram(lastDays: Int32Array, date: (k: number) => IsoDate): HistogramBin[] {
  let min = Infinity;
  let max = -Infinity;
  for (const v of lastDays) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const width = Math.max(1, Math.ceil((max - min + 1) / HISTOGRAM_BINS));
  const bins = Math.ceil((max - min + 1) / width);
  const counts = new Int32Array(bins);
  for (const v of lastDays) counts[Math.floor((v - min) / width)]!++;
  return Array.from(counts, (count, b) => ({ start: date(min + b * width), end: date(Math.min(max, min + (b + 1) * width - 1)), count }));
}

/**
 * Workloads whose draws explain the most variance of the end date: the squared correlation of a
 * workload's effort with the program end across runs (the share a one-variable regression explains).
 */
function spreadDrivers(model: ScheduleModel, lastDays: Int32Array, sumX: Float64Array, sumXX: Float64Array, sumXY: Float64Array, runs: number): SpreadDriver[] {
  let sumY = 0;
  let sumYY = 0;
  for (const y of lastDays) {
    sumY += y;
    sumYY += y * y;
  }
  const meanY = sumY / runs;
  const varY = sumYY / runs - meanY * meanY;
  if (!(varY > 1e-12) || runs < 3) return [];
  const drivers: SpreadDriver[] = [];
  for (let i = 0; i < model.workloadIds.length; i++) {
    const meanX = sumX[i]! / runs;
    const varX = sumXX[i]! / runs - meanX * meanX;
    if (!(varX > 1e-12)) continue;
    const cov = sumXY[i]! / runs - meanX * meanY;
    const share = cov > 0 ? (cov * cov) / (varX * varY) : 0;
    if (share >= MIN_DRIVER_SHARE) drivers.push({ workloadId: model.workloadIds[i]!, share: round(Math.min(1, share), 3) });
  }
  drivers.sort((a, b) => b.share - a.share || (a.workloadId < b.workloadId ? -1 : a.workloadId > b.workloadId ? 1 : 0));
  return drivers.slice(0, MAX_DRIVERS);
}
