/**
 * Outage simulation: "if this provider's identity service, this region or this service fails,
 * what stops?", before the move and after any wave. The model, deliberately simple and explained:
 *
 * Where a workload runs: before the move (`atWave` = -1) everything runs on its source provider
 * (the prefix of its catalog id, e.g. `alibaba.ecs`, else the project's source provider) in its
 * `region`. After wave n, workloads in waves 0..n run on their target (`target.provider`, else the
 * project's first default target) in their target region (`target.region`, else the project's
 * region for that provider, else the catalog's default for the estate's home jurisdiction), on
 * their target product (`target.service` when it is a catalog id, else the catalog's equivalent).
 * Retired and retained workloads have no wave, so they stay on the source: a retired workload is
 * still there until someone switches it off. Platform pieces built in the landing zone (the plan's
 * `foundation`) run on their target from the first wave on: the landing zone is ready before it.
 *
 * What fails directly:
 * - identity of provider P: on a cloud, every workload running on P. On 12 Nov 2023 Alibaba
 *   Cloud's AK/SK authentication rejected valid requests in every region, and every product that
 *   signs its calls with AccessKeys (OSS, Tablestore, SLS, MNS, consoles) failed with it; nearly
 *   every managed service authenticates that way, so we do not try to tell apart the few that might
 *   survive. In your own data centre (`identityScope: 'dependants'`) the directory itself fails, and
 *   what authenticates through it stops along its auth dependencies.
 * - region R of provider P: workloads running on P in R (source region before the move, target
 *   region after it).
 * - service S (a catalog id): workloads whose current service is S (the source service before the
 *   move, the target product after it).
 * - A moved workload with a second copy on another provider (`secondaryTarget`) is hit only when
 *   the failure takes out both copies; when it takes out one, active-active carries on and
 *   active-passive degrades while the standby takes over.
 *
 * How it spreads, against the direction of dependencies (to a workload's dependants), breadth-first
 * so `via` is a shortest chain: a hard dependency (sync, auth, shared storage, network) on a stopped
 * workload stops the dependant; a soft one (async, data) degrades it. A degraded workload still
 * answers, more slowly or with stale data, so it spreads only "degraded", and only along hard edges
 * (those dependants wait on it); soft dependants of a degraded workload absorb the delay.
 * Linear in workloads + dependencies.
 */
import { equivalentFor, isIdentityService, PROVIDER_PROFILES } from '../catalog';
import { defaultTargetRegion, sourceProviderOf, targetProviderOf, targetRegionOf } from '../catalog/placement';
import type { Project, Workload } from '../model/schema';
import type { Provider } from '../model/vocabulary';
import { type ProjectGraph, projectGraph } from './graph/project-graph';
import type { Foundation, OutageFailure, OutageImpact, OutageResult, Plan, WaveDates, WorkloadId } from './types';

/** `via` keeps the failed root and at most this many links before the workload. */
export const MAX_VIA = 16;

/** Where the plan puts each workload: its waves (their percentiles are not read), and the landing zone's platform pieces when the plan has them. */
export type PlanPlacement = Pick<Plan, 'excluded'> & { readonly waves: readonly WaveDates[]; readonly foundation?: Pick<Foundation, 'workloadIds'> };

/**
 * The wave after which each moved workload runs on its target; platform pieces count as the first
 * wave's (the landing zone is ready before any cutover).
 */
export function movedAfterWave(plan: PlanPlacement): Map<WorkloadId, number> {
  const waveOf = new Map<WorkloadId, number>();
  const first = plan.waves.length > 0 ? Math.min(...plan.waves.map((w) => w.index)) : 0;
  for (const id of plan.foundation?.workloadIds ?? []) waveOf.set(id, first);
  for (const w of plan.waves) for (const id of w.workloadIds) waveOf.set(id, w.index);
  return waveOf;
}

/** Where stops have spread: state per workload (0 running, 1 degraded, 2 stopped), with chains. */
interface Spread {
  readonly state: Uint8Array;
  readonly parent: Int32Array;
  readonly root: Int32Array;
  /** The stopped workloads, in the order they stopped: [0, stoppedCount). */
  readonly queue: Int32Array;
  readonly stoppedCount: number;
  /** Workloads whose second copy takes over (degraded, not stopped). */
  readonly failingOver: readonly number[];
}

/** The direct hits and the stops they spread along hard edges (degradation is the caller's). */
function spreadStops(project: Project, g: ProjectGraph, waveOf: ReadonlyMap<WorkloadId, number>, failure: OutageFailure, atWave: number): Spread {
  const n = g.workloads.length;
  const { unique, placements } = perWorkload(project, g);
  const state = new Uint8Array(n); // 0 running, 1 degraded, 2 stopped
  const parent = new Int32Array(n).fill(-1);
  // The directly failed workload each impact traces back to, so `via` needs no walk up a long chain.
  const root = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  const failingOver: number[] = [];
  for (let i = 0; i < n; i++) {
    if (unique[i] !== 1) continue;
    const hit = hitDirectly(g.workloads[i]!, placements[i]!, failure, waveOf, atWave);
    if (hit === 1) failingOver.push(i);
    if (hit !== 2) continue;
    state[i] = 2;
    root[i] = i;
    queue[tail++] = i;
  }
  // Stops spread along hard edges.
  const d = g.dependants;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    for (let p = d.offsets[v]!; p < d.offsets[v + 1]!; p++) {
      const u = d.targets[p]!;
      if (g.hard[d.edgeOf[p]!] === 1 && state[u] !== 2) {
        state[u] = 2;
        parent[u] = v;
        root[u] = root[v]!;
        queue[tail++] = u;
      }
    }
  }
  return { state, parent, root, queue, stoppedCount: tail, failingOver };
}

/**
 * The workloads a failure stops at a point of the plan, in project order: `simulateOutage`'s
 * `stopped` without the chains, for callers that try many failures on one plan (single points
 * after the move) and pass the placement worked out once (`movedAfterWave`).
 */
export function stoppedBy(project: Project, waveOf: ReadonlyMap<WorkloadId, number>, failure: OutageFailure, atWave: number): WorkloadId[] {
  const g = projectGraph(project);
  const { state } = spreadStops(project, g, waveOf, failure, atWave);
  const { unique } = perWorkload(project, g);
  const out: WorkloadId[] = [];
  for (let i = 0; i < g.workloads.length; i++) if (state[i] === 2 && unique[i] === 1) out.push(g.workloads[i]!.id);
  return out;
}

export function simulateOutage(project: Project, plan: PlanPlacement, failure: OutageFailure, atWave: number): OutageResult {
  const g = projectGraph(project);
  const n = g.workloads.length;
  const unique = (i: number) => g.indexOf.get(g.workloads[i]!.id) === i;
  const { state, parent, root, queue, stoppedCount, failingOver } = spreadStops(project, g, movedAfterWave(plan), failure, atWave);
  const d = g.dependants;
  // Degradation: soft dependants of stopped workloads, then hard dependants of degraded ones.
  let dTail = 0;
  const dQueue = new Int32Array(n);
  // A standby taking over answers late for a while: degraded, and it spreads as degradation does.
  for (const i of failingOver) {
    if (state[i] !== 0) continue;
    state[i] = 1;
    root[i] = i;
    dQueue[dTail++] = i;
  }
  for (let k = 0; k < stoppedCount; k++) {
    const v = queue[k]!;
    for (let p = d.offsets[v]!; p < d.offsets[v + 1]!; p++) {
      const u = d.targets[p]!;
      if (g.hard[d.edgeOf[p]!] === 0 && state[u] === 0) {
        state[u] = 1;
        parent[u] = v;
        root[u] = root[v]!;
        dQueue[dTail++] = u;
      }
    }
  }
  for (let head = 0; head < dTail; head++) {
    const v = dQueue[head]!;
    for (let p = d.offsets[v]!; p < d.offsets[v + 1]!; p++) {
      const u = d.targets[p]!;
      if (g.hard[d.edgeOf[p]!] === 1 && state[u] === 0) {
        state[u] = 1;
        parent[u] = v;
        root[u] = root[v]!;
        dQueue[dTail++] = u;
      }
    }
  }

  const via = (i: number): WorkloadId[] => {
    const chain: number[] = [];
    let x = i;
    for (; parent[x] !== -1 && chain.length < MAX_VIA; x = parent[x]!) chain.push(x);
    chain.push(root[i]!); // a long chain skips its middle and keeps where it started
    return chain.reverse().map((k) => g.workloads[k]!.id);
  };
  const stopped: OutageImpact[] = [];
  const degraded: OutageImpact[] = [];
  const unaffected: WorkloadId[] = [];
  for (let i = 0; i < n; i++) {
    if (!unique(i)) continue;
    const id = g.workloads[i]!.id;
    if (state[i] === 2) stopped.push({ workloadId: id, via: via(i) });
    else if (state[i] === 1) degraded.push({ workloadId: id, via: via(i) });
    else unaffected.push(id);
  }
  return { failure, atWave, stopped, degraded, unaffected };
}

/** Where one workload runs before and after its move, worked out once per project. */
interface Placement {
  readonly sourceProvider: string;
  readonly targetProvider: string;
  readonly targetRegion: string;
  readonly sourceIdentity: boolean;
  readonly targetServices: readonly string[];
  readonly targetIdentity: boolean;
  /** Where its second copy runs once moved (a secondary target on another provider), if any. */
  readonly second?: { readonly provider: string; readonly region: string; readonly services: readonly string[]; readonly identity: boolean; readonly mode: 'active-active' | 'active-passive' };
}

const PLACEMENTS = new WeakMap<Project, Map<Workload, Placement>>();

const PER_WORKLOAD = new WeakMap<ProjectGraph, { readonly unique: Uint8Array; readonly placements: readonly Placement[] }>();

/** Per graph index, once per project: 1 for a workload's first copy (ids repeat in a broken file), and where it runs. */
function perWorkload(project: Project, g: ProjectGraph): { readonly unique: Uint8Array; readonly placements: readonly Placement[] } {
  const hit = PER_WORKLOAD.get(g);
  if (hit) return hit;
  const unique = new Uint8Array(g.workloads.length);
  for (let i = 0; i < g.workloads.length; i++) unique[i] = g.indexOf.get(g.workloads[i]!.id) === i ? 1 : 0;
  const made = { unique, placements: g.workloads.map((w) => placementOf(w, project)) };
  PER_WORKLOAD.set(g, made);
  return made;
}

function placementOf(w: Workload, project: Project): Placement {
  let cache = PLACEMENTS.get(project);
  if (!cache) PLACEMENTS.set(project, (cache = new Map()));
  const hit = cache.get(w);
  if (hit) return hit;
  const targetServices = currentServices(w, project, true);
  const targetProvider = targetProviderOf(w, project);
  const s2 = w.secondaryTarget && w.secondaryTarget.provider !== targetProvider ? w.secondaryTarget : undefined;
  const secondServices = s2 ? (equivalentFor(w.sourceService, s2.provider)?.productIds ?? []) : [];
  const placed: Placement = {
    sourceProvider: sourceProviderOf(w, project),
    targetProvider,
    targetRegion: targetRegionOf(w, project),
    sourceIdentity: isIdentityService(w.sourceService),
    targetServices,
    targetIdentity: targetServices.some(isIdentityService),
    ...(s2 ? { second: { provider: s2.provider, region: s2.region ?? defaultTargetRegion(project, s2.provider), services: secondServices, identity: secondServices.some(isIdentityService), mode: s2.mode } } : {}),
  };
  cache.set(w, placed);
  return placed;
}

/**
 * How a failure hits one workload directly: 2 stops it, 1 degrades it, 0 spares it. A moved
 * workload with a second copy on another provider stops only when the failure takes out both; when
 * it takes out one, an active-active workload carries on and an active-passive one degrades while it
 * fails over.
 */
function hitDirectly(w: Workload, at: Placement, failure: OutageFailure, waveOf: ReadonlyMap<WorkloadId, number>, atWave: number): 0 | 1 | 2 {
  const wave = waveOf.get(w.id);
  const moved = wave !== undefined && wave <= atWave;
  const first = moved ? hits(failure, at.targetProvider, at.targetRegion, at.targetServices, at.targetIdentity) : hits(failure, at.sourceProvider, w.region, [w.sourceService], at.sourceIdentity);
  if (!first) return 0;
  if (!moved || !at.second) return 2;
  if (hits(failure, at.second.provider, at.second.region, at.second.services, at.second.identity)) return 2;
  return at.second.mode === 'active-active' ? 0 : 1;
}

function hits(failure: OutageFailure, provider: string, region: string | undefined, services: readonly string[], identityService: boolean): boolean {
  switch (failure.type) {
    case 'identity':
      if (provider !== failure.provider) return false;
      return PROVIDER_PROFILES[provider as Provider].identityScope === 'provider-wide' || identityService;
    case 'region':
      return provider === failure.provider && region === failure.region;
    case 'service':
      return services.includes(failure.serviceId);
    default:
      return false;
  }
}

/**
 * The catalog ids a workload runs on: its source service before the move; after it, its target
 * service when that names a catalog product, else the catalog's equivalent (a product spanning
 * families may land on several). A target service written as free text still matches itself.
 */
export function currentServices(w: Workload, project: Project, moved: boolean): readonly string[] {
  if (!moved) return [w.sourceService];
  const named = w.target?.service;
  const equivalent = equivalentFor(w.sourceService, targetProviderOf(w, project));
  if (named && !(equivalent && equivalent.service === named)) return [named];
  return equivalent && equivalent.productIds.length > 0 ? equivalent.productIds : named ? [named] : [];
}
