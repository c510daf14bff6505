/**
 * The driver analysis's turns (drivers.ts): the largest sources switched off one after another,
 * in the order of what each removes alone, each step replaying the driver runs with every source
 * switched off so far. A run's replays follow only its own earlier steps, so the runs of every
 * step can be shared between threads (`replayTurns` on a range of runs) and put together in
 * `finishDrivers` as if one thread had replayed them all.
 */
import { type AloneShare, byAloneOf, type DriverSetup, type Summary, TURN_LIMIT } from './drivers';
import { offBit } from './sources';

/** One stepwise turn: the sources switched off so far, and what its replay takes. */
export interface TurnStep {
  readonly source: number;
  /** Every source switched off by this step, this one included. */
  readonly off: number;
  readonly offRisks: Uint8Array;
  /** A risk's step: its slot, and a run it did not strike in keeps the step before's end; else -1. */
  readonly risk: number;
  /** False: a risk that never struck in the replayed runs; the step removes nothing and is not replayed. */
  readonly replays: boolean;
  /** The largest source alone is the first step: its alone replay's runs are the step's, not replayed again. */
  readonly fromFirst: boolean;
}

/** The turns from every source's alone replay (in any number of shares): the order, and the stepwise steps. */
export interface TurnPlan {
  readonly order: readonly number[];
  readonly alone: readonly number[];
  readonly onTimeWithout: readonly number[];
  readonly aloneWaves: readonly Int32Array[];
  readonly steps: readonly TurnStep[];
  /** The largest source alone, its runs and what they give. */
  readonly first: { readonly source: number; readonly ends: Int32Array; readonly waveEnds: Int32Array; readonly measured: Summary };
}

/** Every stepwise step's replayed runs [from, to): step s's run r at `ends[s * (to - from) + r - from]`, its waves after it. */
export interface TurnsShare {
  readonly from: number;
  readonly to: number;
  readonly ends: Int32Array;
  readonly waveEnds: Int32Array;
}

export function planTurns(setup: DriverSetup, shares: readonly AloneShare[]): TurnPlan {
  const { input, sources, all, riskSlots, struck } = setup;
  const R = setup.allEnds.length;
  const W = input.model.waveCount;
  const onTimeWithout = sources.map(() => all.onTime);
  /** Per source: cutover days it takes off each wave's P80 when only it is switched off. */
  const aloneWaves = sources.map(() => new Int32Array(W));
  const alone = sources.map(() => 0);
  for (const share of shares) {
    share.sources.forEach((k, j) => {
      onTimeWithout[k] = share.onTime[j]!;
      for (let w = 0; w < W; w++) aloneWaves[k]![w] = all.waves[w]! - share.waves[j * W + w]!;
      alone[k] = all.p80 - share.p80[j]!;
    });
  }
  const byAlone = byAloneOf(setup, (k) => alone[k]!);
  // The largest source alone over every share: ties go to the earlier source, as one pass in source order.
  let first: TurnPlan['first'] = { source: -1, ends: new Int32Array(R), waveEnds: new Int32Array(R * W), measured: all };
  for (const share of shares) {
    const best = share.largest;
    if (best === null) continue;
    const order = first.source < 0 ? -1 : byAlone(best.source, first.source) || best.source - first.source;
    if (order < 0) {
      const j = share.sources.indexOf(best.source);
      first = { source: best.source, ends: best.ends, waveEnds: best.waveEnds, measured: { p80: share.p80[j]!, spread: share.spread[j]!, onTime: share.onTime[j]!, waves: share.waves.slice(j * W, j * W + W) } };
    }
  }
  const order = sources.map((_, k) => k).sort(byAlone);
  let off = 0;
  const offRisks = new Uint8Array(riskSlots);
  // The largest TURN_LIMIT are switched off one step each (finishDrivers takes the rest together).
  const steps = order.slice(0, TURN_LIMIT).map((k, step): TurnStep => {
    const s = sources[k]!;
    if (s.kind === 'uncertainty') off |= offBit(s.id);
    else offRisks[s.risk.index] = 1;
    const replays = s.kind !== 'risk' || struck[s.risk.index] === 1;
    return { source: k, off, offRisks: Uint8Array.from(offRisks), risk: s.kind === 'risk' ? s.risk.index : -1, replays, fromFirst: replays && step === 0 && k === first.source };
  });
  return { order, alone, onTimeWithout, aloneWaves, steps, first };
}

/** The first step's runs [from, to) a thread that replays them is sent when they come from the largest alone replay. */
export function firstRuns(plan: TurnPlan, W: number, from: number, to: number): { readonly ends: Int32Array; readonly waveEnds: Int32Array } | null {
  return plan.steps[0]?.fromFirst ? { ends: plan.first.ends.slice(from, to), waveEnds: plan.first.waveEnds.slice(from * W, to * W) } : null;
}

/**
 * Every stepwise step replayed on runs [from, to) only: a run's replays follow its own earlier
 * steps, never another run's, so two threads can each take some runs of every step. `first` holds
 * the first step's runs when they come from the largest alone replay (`firstRuns`).
 */
export function replayTurns(setup: DriverSetup, steps: readonly TurnStep[], from: number, to: number, first: { readonly ends: Int32Array; readonly waveEnds: Int32Array } | null): TurnsShare {
  const R = setup.allEnds.length;
  const W = setup.input.model.waveCount;
  const n = Math.max(0, to - from);
  const ends = new Int32Array(steps.length * n);
  const waveEnds = new Int32Array(steps.length * n * W);
  // Full-length rows, so the replay indexes every run as the single pass does; only [from, to) is filled.
  let previous = setup.allEnds;
  let previousWaves = setup.allWaveEnds;
  const next = new Int32Array(R);
  const nextWaves = new Int32Array(R * W);
  steps.forEach((step, s) => {
    if (!step.replays) {
      next.set(previous.subarray(from, to), from);
      nextWaves.set(previousWaves.subarray(from * W, to * W), from * W);
    } else if (step.fromFirst && first !== null) {
      next.set(first.ends, from);
      nextWaves.set(first.waveEnds, from * W);
    } else if (step.risk >= 0) setup.replay(step.off, step.offRisks, next, nextWaves, from, to, previous, previousWaves, step.risk);
    else setup.replay(step.off, step.offRisks, next, nextWaves, from, to);
    ends.set(next.subarray(from, to), s * n);
    waveEnds.set(nextWaves.subarray(from * W, to * W), s * n * W);
    if (s === 0) {
      previous = new Int32Array(R);
      previousWaves = new Int32Array(R * W);
    }
    previous.set(next.subarray(from, to), from);
    previousWaves.set(nextWaves.subarray(from * W, to * W), from * W);
  });
  return { from, to, ends, waveEnds };
}
