/**
 * Single points of failure: workloads that most critical workloads hard-depend on, directly or
 * through a chain (sync, auth, shared storage, network). The Alibaba Cloud AK/SK outage of
 * 12 Nov 2023 is the pattern: one identity service, and everything that authenticated through it
 * stopped in every region.
 *
 * Counting exactly who reaches whom is quadratic in general, so we propagate bitsets over the
 * condensation of the hard-dependency graph for up to 256 critical workloads (all of them when
 * there are at most 256; otherwise an evenly spaced sample in project order, which is
 * deterministic and says so). That is linear: 8 words per component and edge.
 */
import { buildAdjacency } from './graph/adjacency';
import type { ProjectGraph } from './graph/project-graph';
import { stronglyConnectedComponents } from './graph/scc';

export const SPOF_SAMPLE = 256;
/** Share of the (other) critical workloads that must hard-depend on a workload for it to count. */
export const SPOF_SHARE = 0.5;

export interface SinglePoint {
  readonly index: number;
  /** Critical workloads (in the sample) that stop if this one does. */
  readonly reached: number;
  /** Critical workloads in the sample other than this one. */
  readonly of: number;
  readonly sampled: boolean;
}

/**
 * Workloads reached by at least `minShare(i)` (default `SPOF_SHARE`) of the critical ones, and at
 * least two, best first.
 */
export function findSinglePoints(g: ProjectGraph, isCritical: (i: number) => boolean, limit = 10, minShare: (i: number) => number = () => SPOF_SHARE): SinglePoint[] {
  const n = g.workloads.length;
  const critical: number[] = [];
  for (let i = 0; i < n; i++) if (g.indexOf.get(g.workloads[i]!.id) === i && isCritical(i)) critical.push(i);
  if (critical.length < 2) return [];
  const sampled = critical.length > SPOF_SAMPLE;
  const sample = sampled ? Array.from({ length: SPOF_SAMPLE }, (_, k) => critical[Math.floor((k * critical.length) / SPOF_SAMPLE)]!) : critical;
  const words = Math.ceil(sample.length / 32);

  const hf: number[] = [];
  const ht: number[] = [];
  for (let e = 0; e < g.from.length; e++) {
    if (g.hard[e] === 1) {
      hf.push(g.from[e]!);
      ht.push(g.to[e]!);
    }
  }
  const hardNeeds = buildAdjacency(n, hf, ht);
  const { count, componentOf } = stronglyConnectedComponents(hardNeeds);
  const bits = new Uint32Array(count * words);
  const sampleBit = new Int32Array(n).fill(-1);
  sample.forEach((i, k) => {
    sampleBit[i] = k;
    bits[componentOf[i]! * words + (k >>> 5)]! |= 1 << (k & 31);
  });
  // Nodes by component, so components can be walked from dependants (high numbers) to needs.
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[componentOf[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const nodes = new Int32Array(n);
  for (let i = 0; i < n; i++) nodes[fill[componentOf[i]!]!++] = i;
  for (let c = count - 1; c >= 0; c--) {
    for (let k = start[c]!; k < start[c + 1]!; k++) {
      const v = nodes[k]!;
      for (let p = hardNeeds.offsets[v]!; p < hardNeeds.offsets[v + 1]!; p++) {
        const cw = componentOf[hardNeeds.targets[p]!]!;
        if (cw === c) continue;
        for (let w = 0; w < words; w++) bits[cw * words + w]! |= bits[c * words + w]!;
      }
    }
  }

  const found: SinglePoint[] = [];
  for (let i = 0; i < n; i++) {
    if (g.indexOf.get(g.workloads[i]!.id) !== i) continue;
    const c = componentOf[i]!;
    let reached = 0;
    for (let w = 0; w < words; w++) reached += popcount(bits[c * words + w]!);
    const self = sampleBit[i]! >= 0 ? 1 : 0;
    reached -= self;
    const of = sample.length - self;
    if (reached >= 2 && of > 0 && reached / of >= minShare(i)) found.push({ index: i, reached, of, sampled });
  }
  found.sort((a, b) => b.reached / b.of - a.reached / a.of || b.reached - a.reached || a.index - b.index);
  return found.slice(0, limit);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
