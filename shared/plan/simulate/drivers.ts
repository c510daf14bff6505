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
import { firstRuns, planTurns, replayTurns, type TurnsShare } from './turns';
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

/** What a source's alone replay gives: the replayed runs' P80, P95 - P50, on-time share and every wave's P80. */
export type Summary = { p80: number; spread: number; onTime: number; waves: Int32Array };

/** The driver analysis up to the replays with one source switched off alone (shared by every thread that replays some). */
export interface DriverSetup {
  readonly input: DriverInput;
  readonly sources: readonly Source[];
  readonly riskSlots: number;
  /** Per risk slot: whether it struck in any replayed run. */
  readonly struck: Uint8Array;
  /** Every source on: the simulation's own first runs. */
  readonly all: Summary;
  readonly allEnds: Int32Array;
  readonly allWaveEnds: Int32Array;
  readonly noRisks: Uint8Array;
  readonly scratch: Int32Array;
  readonly scratchWaves: Int32Array;
  /** Per source: the runs its alone replay schedules (a risk: only the runs it struck in). */
  readonly cost: Int32Array;
  measure(off: number, offRisks: Uint8Array, ends: Int32Array, waveEnds: Int32Array, base?: Int32Array, baseWaves?: Int32Array, risk?: number): Summary;
  /** Runs [from, to) replayed into `ends[r]` and `waveEnds[r * W + w]`; with `base`, a run risk `risk` did not strike in keeps its base. */
  replay(off: number, offRisks: Uint8Array, ends: Int32Array, waveEnds: Int32Array, from: number, to: number, base?: Int32Array, baseWaves?: Int32Array, risk?: number): void;
  summarise(ends: Int32Array, waveEnds: Int32Array): Summary;
}

/** Some sources' alone replays, and the largest of them with its runs (the first turn starts from it). */
export interface AloneShare {
  readonly sources: Int32Array;
  readonly p80: Int32Array;
  readonly spread: Int32Array;
  readonly onTime: Float64Array;
  /** Per replayed source, its waves' P80 (`[j * waves + w]`). */
  readonly waves: Int32Array;
  readonly largest: { readonly source: number; readonly ends: Int32Array; readonly waveEnds: Int32Array } | null;
}

export function setUpDrivers(input: DriverInput): DriverSetup | undefined {
  const { draws } = input;
  const R = draws.length;
  const W = input.model.waveCount;
  if (R < 1) return undefined;
  // A run in which no switched-off risk struck schedules exactly as before it was switched off:
  // only the runs it struck in are replayed, the others keep the ends they had (`base`).
  const riskSlots = Math.max(1, ...input.risks.map((r) => r.index + 1));
  const struckIn = runsStruck(input, R, riskSlots);
  // Each replay also keeps every wave's cutover (`[r * W + w]`), so the same replays measure what
  // each source adds to each wave's P80: no replay of its own.
  const column = new Int32Array(R);
  const counts = { buffer: new Int32Array(256) };
  const cutover = input.buffers.cutover;
  const replay = (off: number, offRisks: Uint8Array, ends: Int32Array, waveEnds: Int32Array, from: number, to: number, base?: Int32Array, baseWaves?: Int32Array, risk = -1) => {
    for (let r = from; r < to; r++) {
      if (base !== undefined && !struckIn(r, risk)) {
        ends[r] = base[r]!;
        waveEnds.set(baseWaves!.subarray(r * W, r * W + W), r * W);
        continue;
      }
      const inputs = assemble(input.model, input.assembly, draws[r]!, input.log, input.eventStart[r]!, input.eventStart[r + 1]!, off, offRisks);
      ends[r] = runSchedule(input.model, inputs, input.calendar, input.buffers) - 1;
      waveEnds.set(cutover, r * W);
    }
  };
  const measure = (off: number, offRisks: Uint8Array, ends: Int32Array, waveEnds: Int32Array, base?: Int32Array, baseWaves?: Int32Array, risk = -1) => {
    replay(off, offRisks, ends, waveEnds, 0, R, base, baseWaves, risk);
    return summarise(ends, waveEnds);
  };
  const summarise = (ends: Int32Array, waveEnds: Int32Array): Summary => {
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
  let all: Summary;
  const storedWaves = input.storedWaveEnds !== undefined && input.storedWaveEnds.length >= R * W;
  if (input.storedEnds !== undefined && input.storedEnds.length >= R && storedWaves) {
    allEnds.set(input.storedEnds.subarray(0, R));
    allWaveEnds.set(input.storedWaveEnds!.subarray(0, R * W));
    all = summarise(allEnds, allWaveEnds);
  } else all = measure(0, noRisks, allEnds, allWaveEnds);
  // A risk that never struck in the replayed runs removes nothing: no replay needed.
  const struck = new Uint8Array(riskSlots);
  for (let e = 0; e < input.eventStart[R]!; e++) struck[input.log.risk[e]!] = 1;
  const cost = Int32Array.from(sources, (s) => {
    if (s.kind === 'uncertainty') return R;
    let runs = 0;
    for (let r = 0; r < R; r++) if (struckIn(r, s.risk.index)) runs++;
    return runs;
  });
  return { input, sources, riskSlots, struck, all, allEnds, allWaveEnds, noRisks, scratch, scratchWaves, cost, measure, replay, summarise };
}

/** The sources that need an alone replay (a risk that never struck removes nothing), in source order. */
export function aloneSources(setup: DriverSetup): number[] {
  return setup.sources.flatMap((s, k) => (s.kind === 'risk' && setup.struck[s.risk.index] !== 1 ? [] : [k]));
}

/** The alone replays split in two shares of about equal work (runs scheduled), the same on every thread. */
export function splitAloneSources(setup: DriverSetup): [number[], number[]] {
  const shares: [number[], number[]] = [[], []];
  const work = [0, 0];
  // Largest first, so the shares even out; ties by source order.
  const ks = aloneSources(setup).sort((a, b) => setup.cost[b]! - setup.cost[a]! || a - b);
  for (const k of ks) {
    const j = work[1]! < work[0]! ? 1 : 0;
    shares[j]!.push(k);
    work[j]! += setup.cost[k]!;
  }
  for (const share of shares) share.sort((a, b) => a - b);
  return shares;
}

/** Largest alone first; ties by id, so the order never depends on the register's order. */
export function byAloneOf(setup: DriverSetup, alone: (k: number) => number): (a: number, b: number) => number {
  return (a, b) => alone(b) - alone(a) || keyOf(setup.sources[a]!).localeCompare(keyOf(setup.sources[b]!));
}

/** Replays the runs with each source of `ks` switched off alone. */
export function replayAlone(setup: DriverSetup, ks: readonly number[]): AloneShare {
  const W = setup.input.model.waveCount;
  const R = setup.allEnds.length;
  const p80 = new Int32Array(ks.length);
  const spread = new Int32Array(ks.length);
  const onTime = new Float64Array(ks.length);
  const waves = new Int32Array(ks.length * W);
  const at = new Map<number, number>();
  const byAlone = byAloneOf(setup, (k) => setup.all.p80 - p80[at.get(k)!]!);
  let largest: { source: number; ends: Int32Array; waveEnds: Int32Array } | null = null;
  ks.forEach((k, j) => {
    const s = setup.sources[k]!;
    let without: Summary;
    if (s.kind === 'uncertainty') without = setup.measure(offBit(s.id), setup.noRisks, setup.scratch, setup.scratchWaves);
    else {
      const only = new Uint8Array(setup.riskSlots);
      only[s.risk.index] = 1;
      without = setup.measure(0, only, setup.scratch, setup.scratchWaves, setup.allEnds, setup.allWaveEnds, s.risk.index);
    }
    p80[j] = without.p80;
    spread[j] = without.spread;
    onTime[j] = without.onTime;
    waves.set(without.waves, j * W);
    at.set(k, j);
    // The first step switches off the largest source alone: its runs are kept, not replayed again.
    if (largest !== null && byAlone(k, largest.source) >= 0) return;
    largest ??= { source: k, ends: new Int32Array(R), waveEnds: new Int32Array(R * W) };
    largest.source = k;
    largest.ends.set(setup.scratch);
    largest.waveEnds.set(setup.scratchWaves);
  });
  return { sources: Int32Array.from(ks), p80, spread, onTime, waves, largest };
}

/**
 * The drivers from every source's alone replay (in any number of shares), then the turns, whose
 * runs may come in shares too (`replayTurns` on ranges of runs); runs no share holds are replayed here.
 */
export function finishDrivers(setup: DriverSetup, shares: readonly AloneShare[], turnShares: readonly TurnsShare[] = []): MeasuredDrivers {
  const { input, sources, all } = setup;
  const R = setup.allEnds.length;
  const W = input.model.waveCount;
  const plan = planTurns(setup, shares);
  const { order, alone, onTimeWithout, aloneWaves, first } = plan;
  const stepwise = plan.steps;
  // Every step's runs, run-major per step, from the shares and, for the runs none holds, replayed here.
  const S = stepwise.length;
  const stepEnds = new Int32Array(S * R);
  const stepWaveEnds = new Int32Array(S * R * W);
  const place = (share: TurnsShare) => {
    const n = share.to - share.from;
    for (let s = 0; s < S; s++) {
      stepEnds.set(share.ends.subarray(s * n, s * n + n), s * R + share.from);
      stepWaveEnds.set(share.waveEnds.subarray(s * n * W, (s * n + n) * W), (s * R + share.from) * W);
    }
  };
  let covered = 0;
  for (const share of [...turnShares].sort((a, b) => a.from - b.from)) {
    if (share.from !== covered || share.to > R || share.ends.length !== S * (share.to - share.from) || share.waveEnds.length !== S * (share.to - share.from) * W) continue;
    place(share);
    covered = share.to;
  }
  if (covered < R) place(replayTurns(setup, stepwise, covered, R, firstRuns(plan, W, covered, R)));
  let previous = all;
  const daysAtP80 = new Array<number>(sources.length).fill(0);
  const spreadDays = new Array<number>(sources.length).fill(0);
  /** Per source: its step of each wave's P80 cutover, in the same turns as the program's. */
  const waveSteps = sources.map(() => new Float64Array(W));
  // The largest TURN_LIMIT are switched off one step each; the steps after them are taken
  // together (every run is then the deterministic plan: P80 = its end, spread 0) and shared among
  // the rest in proportion to what each removes alone, so the sums stay exact.
  for (const [s, step] of stepwise.entries()) {
    if (!step.replays) continue; // removes nothing: the step is 0
    const k = step.source;
    const now = step.fromFirst ? first.measured : setup.summarise(stepEnds.subarray(s * R, s * R + R), stepWaveEnds.subarray(s * R * W, (s * R + R) * W));
    daysAtP80[k] = previous.p80 - now.p80;
    spreadDays[k] = previous.spread - now.spread;
    for (let w = 0; w < W; w++) waveSteps[k]![w] = previous.waves[w]! - now.waves[w]!;
    previous = now;
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
