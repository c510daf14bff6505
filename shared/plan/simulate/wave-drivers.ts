/**
 * What each source adds to each wave's P80 cutover, from the program drivers' own replays
 * (drivers.ts keeps every wave's cutover of every replayed run). The attribution is the program's:
 * the same sources switched off in the same turns (largest for the program end first), each step's
 * fall of the wave's P80 is that source's part, the step to the deterministic plan is shared among
 * the smaller sources in proportion to what each removes alone from that wave, and the steps are
 * scaled to all runs' P80 of the wave minus its deterministic cutover. So a wave's parts add up to
 * its own contingency, and a source that moves only a later wave (a late hypercare, a risk on one
 * cutover) adds nothing to the earlier ones.
 */
import type { WaveDriver } from '../types';
import { scaleTo } from './scale-steps';

/** Sources kept per wave: the hover and the documents show the first few. */
export const WAVE_DRIVER_LIMIT = 5;

export interface WaveAttribution {
  /** Driver id per source (`uncertainty:<source>`, `risk:<register id>`), as in `simulation.drivers`. */
  readonly ids: readonly string[];
  /** Sources (by position) whose steps were taken together, after the stepwise ones. */
  readonly rest: readonly number[];
  /** Per source, per wave: its step of the wave's replayed P80 (0 for the `rest`, filled here). */
  readonly steps: readonly Float64Array[];
  /** Per source, per wave: what switching only it off takes off the wave's replayed P80. */
  readonly alone: readonly Int32Array[];
  /** Per wave: the replayed runs' P80 cutover with every source on, and after the stepwise turns. */
  readonly replayedP80: Int32Array;
  readonly stepwiseP80: Int32Array;
  /** Per wave: the deterministic plan's cutover, and all runs' P80 cutover. */
  readonly deterministic: Int32Array;
  readonly allRunsP80: Int32Array;
}

/** Per wave (model order): the sources that add to its P80 cutover, largest first, at most WAVE_DRIVER_LIMIT. */
export function attributeWaves(a: WaveAttribution): WaveDriver[][] {
  const S = a.ids.length;
  const W = a.deterministic.length;
  const column = new Float64Array(S);
  const aloneColumn = new Float64Array(S);
  const out: WaveDriver[][] = [];
  for (let w = 0; w < W; w++) {
    for (let k = 0; k < S; k++) {
      column[k] = a.steps[k]![w]!;
      aloneColumn[k] = a.alone[k]![w]!;
    }
    if (a.rest.length > 0) {
      const last = a.stepwiseP80[w]! - a.deterministic[w]!;
      let total = 0;
      for (const k of a.rest) total += Math.max(0, aloneColumn[k]!);
      for (const k of a.rest) column[k] = last * (total > 0 ? Math.max(0, aloneColumn[k]!) / total : 1 / a.rest.length);
    }
    scaleTo(column, a.replayedP80[w]! - a.deterministic[w]!, a.allRunsP80[w]! - a.deterministic[w]!, aloneColumn);
    const wave: WaveDriver[] = [];
    for (let k = 0; k < S; k++) {
      const days = Math.round(column[k]! * 10) / 10;
      if (days > 0) wave.push({ id: a.ids[k]!, daysAtP80: days });
    }
    wave.sort((x, y) => y.daysAtP80 - x.daysAtP80 || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    out.push(wave.slice(0, WAVE_DRIVER_LIMIT));
  }
  return out;
}

/**
 * P80 (nearest rank) of each wave's column of a run-major matrix (`[r * W + w]`). A column's
 * cutover days span a few months, so they are counted (O(runs + span)) into one reused array;
 * a column spread wider than that is sorted. `column` holds R values.
 */
export function waveP80s(runMajor: Int32Array, R: number, W: number, column: Int32Array, counts: { buffer: Int32Array }): Int32Array {
  const out = new Int32Array(W);
  const rank = Math.max(1, Math.ceil(0.8 * R));
  for (let w = 0; w < W; w++) {
    let min = 0x7fffffff;
    let max = -0x7fffffff;
    for (let r = 0; r < R; r++) {
      const v = runMajor[r * W + w]!;
      column[r] = v;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const span = max - min + 1;
    if (span > 8 * R + 64) {
      column.sort();
      out[w] = column[rank - 1]!;
      continue;
    }
    if (counts.buffer.length < span) counts.buffer = new Int32Array(Math.max(span, 2 * counts.buffer.length));
    const c = counts.buffer;
    c.fill(0, 0, span);
    for (let r = 0; r < R; r++) c[column[r]! - min]!++;
    let seen = 0;
    let v = 0;
    while (v < span - 1 && (seen += c[v]!) < rank) v++;
    out[w] = min + v;
  }
  return out;
}
