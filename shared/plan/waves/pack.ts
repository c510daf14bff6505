/**
 * Packing units into waves, one wave at a time, by the wave conditions in the order they win
 * (conditions.ts):
 * 1. a unit is never split (it holds whole move groups);
 * 2. production and non-production never share a wave: a wave is opened for one environment class,
 *    non-production first whenever a non-production unit is ready;
 * 3. a unit goes in the same wave as what it needs or a later one (it is "ready" once all of that
 *    is placed); only pins break this, and the link is then a flagged cross-cloud link;
 * 4. the first `phase.wave.protectedWaves` production waves take no mission-critical or
 *    complexity-5 unit while anything else is ready;
 * 5. a wave respects its caps: workload count, each team's part at most its capacity x
 *    `phase.wave.maxDays`, and the user's person-day cap; a unit too large for an empty wave gets a
 *    wave of its own and a finding.
 * Among ready units, one that hard-needs a unit already in the wave being filled goes first (it
 * keeps that link inside the wave); otherwise migration order decides. When the next unit does not
 * fit, up to LOOKAHEAD more are tried (another team may still have room) before the wave closes. Pins place their unit in the pinned wave before anything else is
 * packed there, even ahead of what it needs (those links are reported and run cross-cloud).
 */
import type { Adjacency } from '../graph/adjacency';
import { reverseAdjacency } from '../graph/adjacency';
import { MinHeap } from '../graph/topo';
import type { WaveEnvironment } from '../types';
import type { Unit } from './units';

/** Units tried after one that does not fit, before the wave closes. */
export const LOOKAHEAD = 16;

export interface WaveCaps {
  readonly maxWorkloads: (wave: number) => number;
  /** The user's person-day cap for the wave, or Infinity. */
  readonly maxPersonDays: (wave: number) => number;
  /** Per team index: the most likely person-days its part of one wave may hold. */
  readonly teamCap: (team: number) => number;
}

export interface PackInput {
  readonly units: readonly Unit[];
  readonly needs: Adjacency;
  readonly hardNeeds: Adjacency;
  /** Per unit: the wave it is pinned to, or -1. */
  readonly pinnedWave: Int32Array;
  /** Units chosen for the pilot (wave 0); empty when there is no pilot. */
  readonly pilot: readonly number[];
  readonly pilotEnabled: boolean;
  readonly caps: WaveCaps;
  readonly protectedWaves: number;
}

/** What the packer decided, and what a user should hear about it. */
export interface PackResult {
  /** Wave of each unit (before renumbering: pinned waves may leave gaps). */
  readonly waveOf: Int32Array;
  /** Environment class of each wave number used. */
  readonly environmentOf: ReadonlyMap<number, WaveEnvironment>;
  /** Units alone in a wave and still over its caps. */
  readonly overCap: readonly number[];
  /** Units placed by a pin in a wave of the other environment class. */
  readonly pinMixesEnvironments: readonly number[];
  /** Critical units that went into a protected wave because nothing else was ready. */
  readonly criticalEarly: readonly number[];
  /** Non-production units that waited for a production one they need. */
  readonly nonProductionLate: readonly number[];
}

export function packWaves(input: PackInput): PackResult {
  const { units, needs, hardNeeds, pinnedWave, caps } = input;
  const U = units.length;
  const waveOf = new Int32Array(U).fill(-1);
  const environmentOf = new Map<number, WaveEnvironment>();
  const wavesCount = new Map<number, number>();
  const wavesEffort = new Map<number, number>();
  const wavesTeamEffort = new Map<number, Map<number, number>>();
  const overCap: number[] = [];
  const pinMixesEnvironments: number[] = [];
  const criticalEarly: number[] = [];
  const nonProductionLate: number[] = [];
  let placed = 0;
  let productionWavesOpened = 0;

  const dependants = reverseAdjacency(needs);
  const unplacedNeeds = new Int32Array(U);
  for (let u = 0; u < U; u++) unplacedNeeds[u] = needs.offsets[u + 1]! - needs.offsets[u]!;
  const rank = Int32Array.from(units, (u) => u.rank);
  const ready = { production: new MinHeap(rank, U), 'non-production': new MinHeap(rank, U) } as const;
  const readyInQueue = new Uint8Array(U);
  const enqueue = (u: number) => {
    if (readyInQueue[u] || waveOf[u] !== -1 || pinnedWave[u]! >= 0) return;
    readyInQueue[u] = 1;
    ready[units[u]!.environment].push(u);
  };

  /** Does the unit fit the wave's caps? An empty wave takes anything. */
  const fitsCaps = (u: number, wave: number): boolean => {
    const count = wavesCount.get(wave) ?? 0;
    if (count === 0) return true;
    const unit = units[u]!;
    if (count + unit.size > caps.maxWorkloads(wave)) return false;
    if ((wavesEffort.get(wave) ?? 0) + unit.effort > caps.maxPersonDays(wave)) return false;
    const byTeam = wavesTeamEffort.get(wave);
    for (const [team, effort] of unit.effortByTeam) if ((byTeam?.get(team) ?? 0) + effort > caps.teamCap(team)) return false;
    return true;
  };
  const overCapsAlone = (u: number, wave: number): boolean => {
    const unit = units[u]!;
    if (unit.size > caps.maxWorkloads(wave) || unit.effort > caps.maxPersonDays(wave)) return true;
    for (const [team, effort] of unit.effortByTeam) if (effort > caps.teamCap(team)) return true;
    return false;
  };

  const place = (u: number, wave: number): void => {
    const unit = units[u]!;
    waveOf[u] = wave;
    placed++;
    if ((wavesCount.get(wave) ?? 0) === 0 && overCapsAlone(u, wave)) overCap.push(u);
    wavesCount.set(wave, (wavesCount.get(wave) ?? 0) + unit.size);
    wavesEffort.set(wave, (wavesEffort.get(wave) ?? 0) + unit.effort);
    let byTeam = wavesTeamEffort.get(wave);
    if (!byTeam) wavesTeamEffort.set(wave, (byTeam = new Map()));
    for (const [team, effort] of unit.effortByTeam) byTeam.set(team, (byTeam.get(team) ?? 0) + effort);
    if (!environmentOf.has(wave)) environmentOf.set(wave, unit.environment);
    else if (environmentOf.get(wave) !== unit.environment && pinnedWave[u] === wave) pinMixesEnvironments.push(u);
    for (let p = dependants.offsets[u]!; p < dependants.offsets[u + 1]!; p++) {
      const d = dependants.targets[p]!;
      if (--unplacedNeeds[d]! === 0) enqueue(d);
    }
  };

  /**
   * A pinned unit goes where the pin says, even before what it needs: the pin wins over
   * `needs-first`, and each such dependency is reported and runs cross-cloud in between.
   */
  const placePinned = (u: number, wave: number): void => {
    if (waveOf[u] === -1) place(u, wave);
  };

  /** Does the unit hard-need something already in this wave? Then it goes first. */
  const hardNeedsIn = (u: number, wave: number): boolean => {
    for (let p = hardNeeds.offsets[u]!; p < hardNeeds.offsets[u + 1]!; p++) if (waveOf[hardNeeds.targets[p]!] === wave) return true;
    return false;
  };

  /**
   * Non-production first: while production has not started, any ready non-production unit opens a
   * non-production wave. Afterwards, non-production units that waited for production ones are
   * gathered until they fill a wave (or nothing else is ready), so the plan does not alternate
   * between tiny waves of each class.
   */
  const readySize = (env: WaveEnvironment): number => {
    let size = 0;
    const heap = ready[env];
    for (let k = 0; k < heap.length; k++) {
      const u = heap.at(k);
      if (waveOf[u] === -1) size += units[u]!.size;
    }
    return size;
  };
  const chooseEnvironment = (wave: number): WaveEnvironment => {
    const waiting = ready['non-production'].length > 0;
    if (!waiting) return 'production';
    if (productionWavesOpened === 0 || ready.production.length === 0) return 'non-production';
    return readySize('non-production') >= caps.maxWorkloads(wave) ? 'non-production' : 'production';
  };

  // Pilot (wave 0): its chosen units, and anything pinned to wave 0.
  let wave = 0;
  if (input.pilotEnabled) {
    for (const u of input.pilot) placePinned(u, 0);
    for (let u = 0; u < U; u++) if (pinnedWave[u] === 0) placePinned(u, 0);
    wave = 1;
  }
  for (let u = 0; u < U; u++) if (unplacedNeeds[u] === 0) enqueue(u);
  const pinnedByWave = new Map<number, number[]>();
  for (let u = 0; u < U; u++) {
    if (pinnedWave[u]! < wave && pinnedWave[u]! >= 0 && waveOf[u] === -1) pinnedWave[u] = wave; // a pin to the pilot when there is none
    if (pinnedWave[u]! >= wave) {
      const list = pinnedByWave.get(pinnedWave[u]!) ?? [];
      list.push(u);
      pinnedByWave.set(pinnedWave[u]!, list);
    }
  }

  for (let guard = 0; placed < U && guard <= 2 * U + 4; guard++, wave++) {
    // 1. Pins for this wave.
    for (const u of (pinnedByWave.get(wave) ?? []).sort((a, b) => units[a]!.rank - units[b]!.rank)) placePinned(u, wave);
    // 2. Which environment class: the pins', else non-production while any is ready.
    let env = environmentOf.get(wave);
    if (env === undefined) env = chooseEnvironment(wave);
    const protectedWave = env === 'production' && productionWavesOpened < input.protectedWaves;
    // 3. Fill, next-fit, with hard-link preference and critical units deferred in protected waves.
    const deferred: number[] = [];
    const heap = ready[env];
    const joining: number[] = [];
    /** The next candidate, and whether it is still in the ready heap (a joining unit is). */
    const takeNext = (): { u: number; inHeap: boolean } | undefined => {
      // Prefer a ready unit that hard-needs something in this wave and fits it.
      while (joining.length > 0) {
        const u = joining.shift()!;
        if (waveOf[u] === -1 && readyInQueue[u] && !(protectedWave && units[u]!.critical) && fitsCaps(u, wave)) return { u, inHeap: true };
      }
      while (heap.length > 0) {
        const u = heap.pop();
        if (waveOf[u] !== -1) continue;
        if (protectedWave && units[u]!.critical) {
          deferred.push(u);
          continue;
        }
        return { u, inHeap: false };
      }
      return undefined;
    };
    // A unit that does not fit is set aside; the wave closes after LOOKAHEAD misfits in a row
    // (one team's cap is often full while other teams still have room).
    const skipped: number[] = [];
    let misses = 0;
    for (;;) {
      const next = takeNext();
      if (next === undefined) break;
      const { u } = next;
      if (!fitsCaps(u, wave)) {
        if (!next.inHeap) skipped.push(u); // it opens the next wave
        if (++misses > LOOKAHEAD || (wavesCount.get(wave) ?? 0) >= caps.maxWorkloads(wave)) break;
        continue;
      }
      misses = 0;
      readyInQueue[u] = 0;
      place(u, wave);
      if (env === 'non-production' && productionWavesOpened > 0) nonProductionLate.push(u);
      // Newly ready dependants that hard-need this wave join the front of the queue.
      for (let p = dependants.offsets[u]!; p < dependants.offsets[u + 1]!; p++) {
        const d = dependants.targets[p]!;
        if (readyInQueue[d] && waveOf[d] === -1 && units[d]!.environment === env && hardNeedsIn(d, wave)) joining.push(d);
      }
    }
    // Nothing but critical units was ready for an empty protected wave: the rule gives way.
    if ((wavesCount.get(wave) ?? 0) === 0 && deferred.length > 0) {
      const u = deferred.shift()!;
      readyInQueue[u] = 0;
      place(u, wave);
      criticalEarly.push(u);
    }
    for (const u of deferred) heap.push(u);
    for (const u of skipped) heap.push(u);
    if ((wavesCount.get(wave) ?? 0) > 0) {
      if (environmentOf.get(wave) === 'production') productionWavesOpened++;
      continue;
    }
    // An empty wave: what is left waits for a pin further on. Jump there.
    const nextPin = [...pinnedByWave.keys()].filter((w) => w > wave).sort((a, b) => a - b)[0];
    if (nextPin === undefined) {
      // Only units stuck behind a loop the grouping could not break: place them in migration order.
      for (let u = 0; u < U; u++) if (waveOf[u] === -1) place(u, wave);
      break;
    }
    wave = nextPin - 1;
  }
  return { waveOf, environmentOf, overCap, pinMixesEnvironments, criticalEarly, nonProductionLate };
}
