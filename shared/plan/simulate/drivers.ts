/**
 * What drives the spread, measured with common random numbers: the runs are replayed with their
 * stored draws and events, one source switched off at a time (it takes its deterministic value).
 * 1. Alone: how many working days the P80 end comes in when only that source is switched off
 *    (`removalDaysAtP80`: what fully mitigating it would buy).
 * 2. In turn: switching the sources off one after another, largest alone first, takes every run to
 *    the deterministic plan; each step's fall of the P80 is that source's `daysAtP80`, and its fall
 *    of P95 - P50 its `spreadDays`. The steps add up exactly: `daysAtP80` to the contingency
 *    (P80 - deterministic end) and `spreadDays` to P95 - P50, so the drivers explain all of the
 *    spread, and the order (largest alone first) decides how shared effects are attributed. The
 *    six largest take a step each; the last step, to the deterministic plan, is shared among the
 *    smaller ones in proportion to what each removes alone.
 * Only the first runs are replayed (`driverRuns`, at most 1,000), to keep the plan fast; their P80
 * and spread differ a little from all runs', so the steps are scaled to all runs' contingency and
 * P95 - P50 (the attribution is the replay's, the totals are the plan's).
 */
import type { WorkingCalendar } from '../calendar';
import type { ScheduleBuffers, ScheduleModel } from '../schedule';
import { likelyInputs, runSchedule } from '../schedule';
import type { Driver, WaveDriver } from '../types';
import { percentiles } from './percentiles';
import type { CompiledRisk, EventLog } from './risk-events';
import { assemble, type Assembly, type Draws, offBit, UNCERTAINTY_SOURCES, type UncertaintySource } from './sources';
import { scaleTo } from './scale-steps';
import { attributeWaves, waveP80s } from './wave-drivers';

export interface DriverInput {
  readonly model: ScheduleModel;
  readonly calendar: WorkingCalendar;
  readonly buffers: ScheduleBuffers;
  readonly assembly: Assembly;
  /** Stored draws of the first `runs` runs, and their events: run r's are [eventStart[r], eventStart[r + 1]). */
  readonly draws: readonly Draws[];
  readonly log: EventLog;
  readonly eventStart: Int32Array;
  readonly risks: readonly CompiledRisk[];
  /** Share of runs (over all runs) in which each compiled risk happened. */
  readonly occurrence: readonly number[];
  /** Sources that can vary on this project. */
  readonly active: ReadonlySet<UncertaintySource>;
  /** The deterministic plan's last working day: where every run lands with every source off. */
  readonly deterministicLastDay: number;
  /** The last day of each stored run as the simulation scheduled it (every source on), when it kept them. */
  readonly storedEnds?: Int32Array;
  /** Each stored run's cutover day per wave, run-major (`[r * waves + w]`), as the simulation scheduled it. */
  readonly storedWaveEnds?: Int32Array;
  /** All runs' P80 last day and P95 - P50, the totals the steps are scaled to. */
  readonly programP80Day: number;
  /** All runs' P80 cutover day per wave (model order), the totals each wave's steps are scaled to. */
  readonly waveP80Days?: Int32Array;
  readonly programSpread: number;
  /** With a target date: the last working day a run may end on to meet it (each driver then says the chance without it). */
  readonly targetLastDay?: number;
}

/** Drivers switched off one step at a time before the rest are taken together. */
export const TURN_LIMIT = 6;

const TITLES: Readonly<Record<UncertaintySource, string>> = {
  effort: 'Workload effort estimates',
  program: 'Program-wide pace (onboarding, approvals, vendors)',
  teams: "Each team's own pace",
  assess: 'Length of the assessment',
  foundation: 'Landing zone work and lead time',
  'wave-minimums': "Waves' minimum elapsed time",
  transfer: 'Data line efficiency',
  hypercare: 'Length of hypercare',
  decommission: 'Length of decommissioning',
  compliance: 'Compliance review times',
  discovery: 'Work not yet in the inventory (unconfirmed workloads)',
  'lead-hardware': 'Hardware lead time (procurement, delivery, racking)',
  'lead-line': 'Dedicated line or interconnect lead time',
  'lead-accounts': 'Accounts, contracts and quota lead time',
  'lead-signoff': 'Security and compliance sign-off',
  rehearsals: 'Cutover rehearsals (drills failing and repeated)',
};

type Source = { kind: 'uncertainty'; id: UncertaintySource } | { kind: 'risk'; risk: CompiledRisk; position: number };

export interface MeasuredDrivers {
  /** Every source, largest `daysAtP80` first. */
  readonly drivers: Driver[];
  /** Per wave (model order): the sources that add to its P80 cutover, largest first (wave-drivers.ts). */
  readonly waves: WaveDriver[][];
}

export function measureDrivers(input: DriverInput): MeasuredDrivers {
  const { draws } = input;
  const R = draws.length;
  const W = input.model.waveCount;
  if (R < 1) return { drivers: [], waves: Array.from({ length: W }, () => []) };
  // A run in which no switched-off risk struck schedules exactly as before it was switched off:
  // only the runs it struck in are replayed, the others keep the ends they had (`base`).
  const riskSlots = Math.max(1, ...input.risks.map((r) => r.index + 1));
  const struckIn = runsStruck(input, R, riskSlots);
  // Each replay also keeps every wave's cutover (`[r * W + w]`), so the same replays measure what
  // each source adds to each wave's P80: no replay of its own.
  const column = new Int32Array(R);
  const counts = { buffer: new Int32Array(256) };
  const cutover = input.buffers.cutover;
  const measure = (off: number, offRisks: Uint8Array, ends: Int32Array, waveEnds: Int32Array, base?: Int32Array, baseWaves?: Int32Array, risk = -1) => {
    for (let r = 0; r < R; r++) {
      if (base !== undefined && !struckIn(r, risk)) {
        ends[r] = base[r]!;
        waveEnds.set(baseWaves!.subarray(r * W, r * W + W), r * W);
        continue;
      }
      const inputs = assemble(input.model, input.assembly, draws[r]!, input.log, input.eventStart[r]!, input.eventStart[r + 1]!, off, offRisks);
      ends[r] = runSchedule(input.model, inputs, input.calendar, input.buffers) - 1;
      waveEnds.set(cutover, r * W);
    }
    return summarise(ends, waveEnds);
  };
  const summarise = (ends: Int32Array, waveEnds: Int32Array) => {
    let onTime = 0;
    if (input.targetLastDay !== undefined) for (let r = 0; r < R; r++) if (ends[r]! <= input.targetLastDay) onTime++;
    const [p50, p80, p95] = percentiles(ends, 0, R);
    return { p80, spread: p95 - p50, onTime: onTime / R, waves: waveP80s(waveEnds, R, W, column, counts) };
  };

  const sources: Source[] = [
    ...UNCERTAINTY_SOURCES.filter((s) => input.active.has(s)).map((id) => ({ kind: 'uncertainty' as const, id })),
    ...input.risks.map((risk, position) => ({ kind: 'risk' as const, risk, position })),
  ];
  const noRisks = new Uint8Array(riskSlots);
  const allEnds = new Int32Array(R);
  const scratch = new Int32Array(R);
  const allWaveEnds = new Int32Array(R * W);
  const scratchWaves = new Int32Array(R * W);
  // Every source on is the simulation's own first runs: their ends are passed in, not replayed.
  let all: ReturnType<typeof measure>;
  const storedWaves = input.storedWaveEnds !== undefined && input.storedWaveEnds.length >= R * W;
  if (input.storedEnds !== undefined && input.storedEnds.length >= R && storedWaves) {
    allEnds.set(input.storedEnds.subarray(0, R));
    allWaveEnds.set(input.storedWaveEnds!.subarray(0, R * W));
    all = summarise(allEnds, allWaveEnds);
  } else all = measure(0, noRisks, allEnds, allWaveEnds);
  // A risk that never struck in the replayed runs removes nothing: no replay needed.
  const struck = new Uint8Array(riskSlots);
  for (let e = 0; e < input.eventStart[R]!; e++) struck[input.log.risk[e]!] = 1;
  const onTimeWithout = sources.map(() => all.onTime);
  /** Per source: cutover days it takes off each wave's P80 when only it is switched off. */
  const aloneWaves = sources.map(() => new Int32Array(W));
  // The first step switches off the largest source alone: the same replay as its own, so the
  // largest so far keeps its runs (`first`) and the first step is not replayed again.
  const first = { source: -1, ends: new Int32Array(R), waveEnds: new Int32Array(R * W), measured: all };
  const alone: number[] = [];
  // Largest alone first; ties by id, so the order never depends on the register's order.
  const byAlone = (a: number, b: number) => alone[b]! - alone[a]! || keyOf(sources[a]!).localeCompare(keyOf(sources[b]!));
  sources.forEach((s, k) => {
    if (s.kind === 'risk' && struck[s.risk.index] !== 1) {
      alone.push(0);
      return;
    }
    let without: ReturnType<typeof measure>;
    if (s.kind === 'uncertainty') without = measure(offBit(s.id), noRisks, scratch, scratchWaves);
    else {
      const only = new Uint8Array(riskSlots);
      only[s.risk.index] = 1;
      without = measure(0, only, scratch, scratchWaves, allEnds, allWaveEnds, s.risk.index);
    }
    onTimeWithout[k] = without.onTime;
    for (let w = 0; w < W; w++) aloneWaves[k]![w] = all.waves[w]! - without.waves[w]!;
    alone.push(all.p80 - without.p80);
    if (first.source < 0 || byAlone(k, first.source) < 0) {
      first.source = k;
      first.ends.set(scratch);
      first.waveEnds.set(scratchWaves);
      first.measured = without;
    }
  });
  const order = sources.map((_, k) => k).sort(byAlone);
  let off = 0;
  const offRisks = new Uint8Array(riskSlots);
  let previous = all;
  let previousEnds = allEnds;
  let nextEnds = scratch;
  let previousWaveEnds = allWaveEnds;
  let nextWaveEnds = scratchWaves;
  const daysAtP80 = new Array<number>(sources.length).fill(0);
  const spreadDays = new Array<number>(sources.length).fill(0);
  /** Per source: its step of each wave's P80 cutover, in the same turns as the program's. */
  const waveSteps = sources.map(() => new Float64Array(W));
  // The largest TURN_LIMIT are switched off one step each; the steps after them are taken
  // together (every run is then the deterministic plan: P80 = its end, spread 0) and shared among
  // the rest in proportion to what each removes alone, so the sums stay exact.
  const stepwise = order.slice(0, TURN_LIMIT);
  for (const [step, k] of stepwise.entries()) {
    const s = sources[k]!;
    if (s.kind === 'uncertainty') off |= offBit(s.id);
    else offRisks[s.risk.index] = 1;
    if (s.kind === 'risk' && struck[s.risk.index] !== 1) continue; // removes nothing: the step is 0
    let now: ReturnType<typeof measure>;
    if (step === 0 && k === first.source) {
      now = first.measured;
      nextEnds.set(first.ends);
      nextWaveEnds.set(first.waveEnds);
    } else now = s.kind === 'risk' ? measure(off, offRisks, nextEnds, nextWaveEnds, previousEnds, previousWaveEnds, s.risk.index) : measure(off, offRisks, nextEnds, nextWaveEnds);
    daysAtP80[k] = previous.p80 - now.p80;
    spreadDays[k] = previous.spread - now.spread;
    for (let w = 0; w < W; w++) waveSteps[k]![w] = previous.waves[w]! - now.waves[w]!;
    previous = now;
    [previousEnds, nextEnds] = [nextEnds, previousEnds];
    [previousWaveEnds, nextWaveEnds] = [nextWaveEnds, previousWaveEnds];
  }
  const rest = order.slice(TURN_LIMIT);
  if (rest.length > 0) {
    const last = { p80: input.deterministicLastDay, spread: 0, onTime: 0 };
    const weights = rest.map((k) => Math.max(0, alone[k]!));
    const total = weights.reduce((a, b) => a + b, 0);
    rest.forEach((k, j) => {
      const w = total > 0 ? weights[j]! / total : 1 / rest.length;
      daysAtP80[k] = (previous.p80 - last.p80) * w;
      spreadDays[k] = (previous.spread - last.spread) * w;
    });
  }
  scaleTo(daysAtP80, all.p80 - input.deterministicLastDay, input.programP80Day - input.deterministicLastDay, alone);
  scaleTo(spreadDays, all.spread, input.programSpread, alone);
  const waves = attributeWaves({
    ids: sources.map(keyOf),
    rest,
    steps: waveSteps,
    alone: aloneWaves,
    replayedP80: all.waves,
    stepwiseP80: previous.waves,
    deterministic: deterministicCutovers(input),
    allRunsP80: input.waveP80Days ?? all.waves,
  });
  const target = (k: number) => (input.targetLastDay !== undefined ? { onTimeWithout: round(onTimeWithout[k]!, 3) } : {});
  const drivers: Driver[] = sources.map((s, k) => {
    const share = input.programSpread > 0 ? round(spreadDays[k]! / input.programSpread, 3) : 0;
    if (s.kind === 'uncertainty') {
      const params: Driver['params'] = { source: s.id };
      return { id: `uncertainty:${s.id}`, kind: 'uncertainty', title: TITLES[s.id], code: `driver.uncertainty.${s.id}`, params, daysAtP80: round(daysAtP80[k]!, 1), removalDaysAtP80: alone[k]!, spreadDays: round(spreadDays[k]!, 1), share, ...target(k) };
    }
    return {
      id: `risk:${s.risk.entry.id}`,
      kind: 'risk',
      title: s.risk.entry.title,
      code: 'driver.risk',
      params: { risk: s.risk.entry.id, title: s.risk.entry.title } as Driver['params'],
      daysAtP80: round(daysAtP80[k]!, 1),
      removalDaysAtP80: alone[k]!,
      spreadDays: round(spreadDays[k]!, 1),
      share,
      occurrence: round(input.occurrence[s.position] ?? 0, 3),
      ...target(k),
    };
  });
  drivers.sort((a, b) => b.daysAtP80 - a.daysAtP80 || b.spreadDays - a.spreadDays || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { drivers, waves };
}

/** Each wave's cutover day in the deterministic plan: where it lands with every source off. */
function deterministicCutovers(input: DriverInput): Int32Array {
  runSchedule(input.model, likelyInputs(input.model), input.calendar, input.buffers);
  return Int32Array.from(input.buffers.cutover);
}

/** Whether risk `risk` has an event in replayed run `r` (a bit per run and risk, from the log). */
function runsStruck(input: DriverInput, R: number, riskSlots: number): (r: number, risk: number) => boolean {
  const bits = new Uint8Array(R * riskSlots);
  for (let r = 0; r < R; r++) for (let e = input.eventStart[r]!; e < input.eventStart[r + 1]!; e++) bits[r * riskSlots + input.log.risk[e]!] = 1;
  return (r, risk) => bits[r * riskSlots + risk] === 1;
}

function keyOf(s: Source): string {
  return s.kind === 'uncertainty' ? `uncertainty:${s.id}` : `risk:${s.risk.entry.id}`;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
