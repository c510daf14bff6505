/**
 * Single points of failure: workloads that most critical workloads hard-depend on, directly or
 * through a chain (sync, auth, shared storage, network), and, after the move, the target identity
 * services, regions and services most critical workloads run on. The Alibaba Cloud AK/SK outage of
 * 12 Nov 2023 is the pattern: one identity service, and everything that authenticated through it
 * stopped in every region.
 *
 * Counting exactly who reaches whom is quadratic in general, so we propagate bitsets over the
 * condensation of the hard-dependency graph for up to 256 critical workloads (all of them when
 * there are at most 256; otherwise an evenly spaced sample in project order, which is
 * deterministic and says so). That is linear: 8 words per component and edge.
 */
import { catalogEntry, isIdentityService, PROVIDER_PROFILES } from '../catalog';
import type { Project, Workload } from '../model/schema';
import type { Provider } from '../model/vocabulary';
import { buildAdjacency } from './graph/adjacency';
import type { ProjectGraph } from './graph/project-graph';
import { stronglyConnectedComponents } from './graph/scc';
import { movedAfterWave, type PlanPlacement, stoppedBy } from './outage';
import { outageScenarios, type OutageScenario } from './outage-scenarios';
import type { WorkloadId } from './types';

export const SPOF_SAMPLE = 256;

/**
 * An identity service: the catalog marks each provider's (Alibaba RAM, AWS IAM, Huawei IAM,
 * Tencent CAM, an on-site AD ...). A security workload on a product the catalog does not list
 * counts too: identity is the usual unlisted security service, and missing one is the costlier error.
 */
export function isIdentityWorkload(w: Pick<Workload, 'sourceService' | 'kind'>): boolean {
  return isIdentityService(w.sourceService) || (w.kind === 'security' && catalogEntry(w.sourceService) === undefined);
}
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

// ---- after the move: the target side ------------------------------------------------------------

/**
 * Critical workloads that must stop for a target-side failure to count: a provider-wide identity
 * service needs a quarter of them (it fails everywhere at once, as Alibaba Cloud's AK/SK did on
 * 12 Nov 2023); a region or a service needs half, as workload single points do (SPOF_SHARE).
 */
export const TARGET_IDENTITY_SPOF_SHARE = 0.25;
/** Target services checked, the most used first: each costs one outage simulation. */
export const TARGET_SERVICES_CHECKED = 20;

/** A failure on the target side that stops most critical workloads once the plan is done. */
export interface TargetSinglePoint {
  readonly scenario: OutageScenario;
  /** Critical (high or mission-critical) workloads it stops after the last wave. */
  readonly reached: number;
  /** Critical workloads in the plan. */
  readonly of: number;
  /** The stopped critical workloads, at most 50, in project order. */
  readonly stopped: readonly WorkloadId[];
}

/**
 * Single points of failure after the move: the target identity services, regions and services
 * whose failure stops at least their share (and at least two) of the critical workloads once the
 * last wave has cut over, most critical workloads first. A move onto one provider trades one
 * provider-wide identity for another; a move into one region trades one region for another.
 */
export function findTargetSinglePoints(project: Project, plan: PlanPlacement): TargetSinglePoint[] {
  if (plan.waves.length === 0) return [];
  const last = plan.waves[plan.waves.length - 1]!.index;
  const critical = new Set(project.workloads.filter((w) => w.criticality === 'high' || w.criticality === 'mission-critical').map((w) => w.id));
  if (critical.size < 2) return [];
  const scenarios = outageScenarios(project, plan).filter((s) => s.side !== 'source');
  // A service counts when several workloads land on it (one workload on it is already a workload
  // single point if it matters), and identity services are counted as identity.
  const services = scenarios
    .filter((s) => s.failure.type === 'service' && s.onTarget >= 2 && !isIdentityService(s.failure.serviceId))
    .sort((a, b) => b.onTarget - a.onTarget)
    .slice(0, TARGET_SERVICES_CHECKED);
  const checked = [...scenarios.filter((s) => s.failure.type !== 'service'), ...services];
  const found: TargetSinglePoint[] = [];
  const waveOf = movedAfterWave(plan);
  for (const scenario of checked) {
    const f = scenario.failure;
    const wide = f.type === 'identity' && PROVIDER_PROFILES[f.provider as Provider]?.identityScope === 'provider-wide';
    const share = wide ? TARGET_IDENTITY_SPOF_SHARE : SPOF_SHARE;
    const stopped = stoppedBy(project, waveOf, f, last).filter((id) => critical.has(id));
    if (stopped.length >= 2 && stopped.length / critical.size >= share) found.push({ scenario, reached: stopped.length, of: critical.size, stopped: stopped.slice(0, 50) });
  }
  return found.sort((a, b) => b.reached - a.reached || (a.scenario.id < b.scenario.id ? -1 : 1));
}
