/**
 * The pilot: 1 to `phase.pilot.maxWorkloads` representative, low-criticality application workloads
 * that prove the runbook before anything important moves. A unit qualifies when:
 * - none of its workloads is mission-critical or complexity 5, and all are low criticality (medium
 *   ones are accepted only when no all-low unit qualifies, and the plan says so);
 * - everything it needs is in the foundation or already in the pilot;
 * - nothing outside it hard-depends on it (a pilot that fails must not stop anyone else);
 * - it is not pinned to a later wave, and it shares the environment of the units already chosen
 *   (units pinned to the pilot come first, so the rest of the pilot matches their environment).
 * Representative first: units with an application server, container or function before lone
 * caches or buckets. Platform workloads (network, keys, identity) are never candidates: they are in
 * the foundation. When nothing qualifies, the pilot is the best unit that keeps every rule but the
 * needs one: what it needs outside the foundation stays on the source for the pilot's weeks and is
 * reached across clouds (an info issue names it). Medium criticality is tried before high; a
 * mission-critical or complexity-5 workload, a unit larger than the pilot or one that others
 * hard-depend on is never the pilot. When even that finds nothing there is no pilot, and the plan
 * says so: wave 1 then carries the first lessons.
 */
import type { Adjacency } from '../graph/adjacency';
import type { Unit } from './units';

export interface PilotFacts {
  /** Highest criticality rank of its workloads: 0 low ... 3 mission-critical. */
  readonly maxCriticality: number;
  readonly representative: boolean;
  readonly hardDependedOnFromOutside: boolean;
  /** Wave it is pinned to, or -1. */
  readonly pinnedWave: number;
}

export interface PilotChoice {
  readonly units: readonly number[];
  /** True when medium-criticality units had to be accepted. */
  readonly relaxed: boolean;
  /** The unit taken against the rules because nothing qualified. */
  readonly fallback: number | undefined;
}

export function choosePilot(units: readonly Unit[], needs: Adjacency, facts: readonly PilotFacts[], maxWorkloads: number): PilotChoice {
  if (maxWorkloads <= 0 || units.length === 0) return { units: [], relaxed: false, fallback: undefined };
  for (const maxCriticality of [0, 1]) {
    const chosen = pick(units, needs, facts, maxWorkloads, maxCriticality);
    if (chosen.length > 0) return { units: chosen, relaxed: maxCriticality > 0, fallback: undefined };
  }
  // Workloads pinned to the pilot are a pilot already: nothing is taken against the rules beside them.
  if (pinnedToPilot(facts).length > 0) return { units: [], relaxed: false, fallback: undefined };
  for (const maxCriticality of [1, 2]) {
    const best = fallback(units, needs, facts, maxWorkloads, maxCriticality);
    if (best !== -1) return { units: [best], relaxed: false, fallback: best };
  }
  return { units: [], relaxed: false, fallback: undefined };
}

/** The unit that breaks only the needs rule, least badly: representative, fewest needs, least critical, smallest. */
function fallback(units: readonly Unit[], needs: Adjacency, facts: readonly PilotFacts[], maxWorkloads: number, maxCriticality: number): number {
  let best = -1;
  const key = (u: number) => [facts[u]!.representative ? 0 : 1, needs.offsets[u + 1]! - needs.offsets[u]!, facts[u]!.maxCriticality, units[u]!.effort];
  for (let u = 0; u < units.length; u++) {
    const f = facts[u]!;
    if (units[u]!.critical || units[u]!.size > maxWorkloads || f.maxCriticality > maxCriticality || f.hardDependedOnFromOutside || f.pinnedWave >= 0) continue;
    if (best === -1 || lexLess(key(u), key(best))) best = u;
  }
  return best;
}

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function pick(units: readonly Unit[], needs: Adjacency, facts: readonly PilotFacts[], maxWorkloads: number, maxCriticality: number): number[] {
  const inPilot = new Uint8Array(units.length);
  const pinned = pinnedToPilot(facts);
  const chosen: number[] = [...pinned];
  let size = 0;
  for (const u of pinned) {
    inPilot[u] = 1;
    size += units[u]!.size;
  }
  const qualifies = (u: number) => {
    const unit = units[u]!;
    const f = facts[u]!;
    if (inPilot[u] || unit.critical || f.maxCriticality > maxCriticality || f.hardDependedOnFromOutside || f.pinnedWave > 0) return false;
    if (size + unit.size > maxWorkloads) return false;
    if (chosen.length > 0 && units[chosen[0]!]!.environment !== unit.environment) return false;
    for (let p = needs.offsets[u]!; p < needs.offsets[u + 1]!; p++) if (!inPilot[needs.targets[p]!]) return false;
    return true;
  };
  // Representative units first, each in migration order; repeat while something was added, since
  // a unit may qualify once what it needs has joined.
  const order = units.map((_, u) => u).sort((a, b) => Number(facts[b]!.representative) - Number(facts[a]!.representative) || units[a]!.rank - units[b]!.rank);
  for (let added = true; added && size < maxWorkloads; ) {
    added = false;
    for (const u of order) {
      if (size >= maxWorkloads) break;
      if (!qualifies(u)) continue;
      inPilot[u] = 1;
      chosen.push(u);
      size += units[u]!.size;
      added = true;
    }
  }
  if (chosen.length === pinned.length) return [];
  return chosen.filter((u) => !pinned.includes(u)).sort((a, b) => units[a]!.rank - units[b]!.rank);
}

function pinnedToPilot(facts: readonly PilotFacts[]): number[] {
  const out: number[] = [];
  facts.forEach((f, u) => {
    if (f.pinnedWave === 0) out.push(u);
  });
  return out;
}
