/**
 * Outage simulation: "if this provider's identity service, this region or this service fails,
 * what stops?", before the move and after any wave. The model, deliberately simple and explained:
 *
 * Where a workload runs: before the move (`atWave` = -1) everything runs on its source provider
 * (the prefix of its catalog id, e.g. `alibaba.ecs`, else the project's source provider). After
 * wave n, workloads in waves 0..n run on their target (`target.provider`, else the project's first
 * default target). Retired and retained workloads have no wave, so they stay on the source: a
 * retired workload is still there until someone switches it off.
 *
 * What fails directly:
 * - identity of provider P: every workload running on P. On 12 Nov 2023 Alibaba Cloud's AK/SK
 *   authentication rejected valid requests in every region, and every product that signs its calls
 *   with AccessKeys (OSS, Tablestore, SLS, MNS, consoles) failed with it; nearly every managed
 *   service authenticates that way, so we do not try to tell apart the few that might survive.
 * - region R of provider P: workloads running on P whose `region` is R. `region` records where a
 *   workload runs today; a moved workload's target region is not recorded, so region failures only
 *   hit workloads still on their source.
 * - service S (a catalog id): workloads whose current service is S (the source service before the
 *   move, `target.service` after it).
 *
 * How it spreads, against the direction of dependencies (to a workload's dependants), breadth-first
 * so `via` is a shortest chain: a hard dependency (sync, auth, shared storage, network) on a stopped
 * workload stops the dependant; a soft one (async, data) degrades it. A degraded workload still
 * answers, more slowly or with stale data, so it spreads only "degraded", and only along hard edges
 * (those dependants wait on it); soft dependants of a degraded workload absorb the delay.
 * Linear in workloads + dependencies.
 */
import type { Project, Workload } from '../model/schema';
import { SOURCE_PROVIDERS } from '../model/vocabulary';
import { projectGraph } from './graph/project-graph';
import type { OutageFailure, OutageImpact, OutageResult, Plan, WorkloadId } from './types';

/** `via` keeps the failed root and at most this many links before the workload. */
export const MAX_VIA = 16;

export function simulateOutage(project: Project, plan: Pick<Plan, 'waves' | 'excluded'>, failure: OutageFailure, atWave: number): OutageResult {
  const g = projectGraph(project);
  const n = g.workloads.length;
  const waveOf = new Map<WorkloadId, number>();
  for (const w of plan.waves) for (const id of w.workloadIds) waveOf.set(id, w.index);
  const defaultTarget = project.project.defaultTargets[0] ?? 'self-hosted';

  const unique = (i: number) => g.indexOf.get(g.workloads[i]!.id) === i;
  const state = new Uint8Array(n); // 0 running, 1 degraded, 2 stopped
  const parent = new Int32Array(n).fill(-1);
  // The directly failed workload each impact traces back to, so `via` needs no walk up a long chain.
  const root = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if (!unique(i) || !hitDirectly(g.workloads[i]!, failure, project, waveOf, atWave, defaultTarget)) continue;
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
  // Degradation: soft dependants of stopped workloads, then hard dependants of degraded ones.
  const stoppedCount = tail;
  let dTail = 0;
  const dQueue = new Int32Array(n);
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

function hitDirectly(w: Workload, failure: OutageFailure, project: Project, waveOf: ReadonlyMap<WorkloadId, number>, atWave: number, defaultTarget: string): boolean {
  const wave = waveOf.get(w.id);
  const moved = wave !== undefined && wave <= atWave;
  const provider = moved ? (w.target?.provider ?? defaultTarget) : sourceProviderOf(w, project);
  switch (failure.type) {
    case 'identity':
      return provider === failure.provider;
    case 'region':
      return !moved && provider === failure.provider && w.region === failure.region;
    case 'service':
      return (moved ? w.target?.service : w.sourceService) === failure.serviceId;
    default:
      return false;
  }
}

function sourceProviderOf(w: Workload, project: Project): string {
  const prefix = w.sourceService.split('.', 1)[0] ?? '';
  return (SOURCE_PROVIDERS as readonly string[]).includes(prefix) ? prefix : project.project.sourceProvider;
}
