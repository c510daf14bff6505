/**
 * The project's dependency graph on dense indexes, built once per Project object and shared by
 * the phases (group, order, waves, risks, outage). Dangling ends and self-loops are left out here;
 * `findPlanIssues` reports them.
 */
import type { Project, Workload } from '../../model/schema';
import { HARD_DEPENDENCY_KINDS } from '../../model/vocabulary';
import type { WorkloadId } from '../types';
import { type Adjacency, buildAdjacency, reverseAdjacency } from './adjacency';

export interface ProjectGraph {
  readonly workloads: readonly Workload[];
  /** Index of each workload id (the first occurrence when an id repeats). */
  readonly indexOf: ReadonlyMap<WorkloadId, number>;
  /** 1 when the workload joins a wave (not retired, not retained, not a repeated id). */
  readonly movable: Uint8Array;
  /** Edge e is dependency `depIndex[e]`: `from[e]` needs `to[e]`. Only resolvable, non-self edges. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly depIndex: Int32Array;
  /** 1 when edge e is a hard kind (sync, auth, shared storage, network). */
  readonly hard: Uint8Array;
  /** from -> to (what a workload needs). */
  readonly needs: Adjacency;
  /** to -> from (who needs a workload). */
  readonly dependants: Adjacency;
}

const cache = new WeakMap<Project, ProjectGraph>();

/** True for strategies that put a workload in a wave. */
export function isMovable(w: Pick<Workload, 'strategy'>): boolean {
  return w.strategy !== 'retire' && w.strategy !== 'retain';
}

/** Memoised per Project object: projects are immutable values, so the graph never goes stale. */
export function projectGraph(project: Project): ProjectGraph {
  const hit = cache.get(project);
  if (hit) return hit;
  const workloads = project.workloads;
  const n = workloads.length;
  const indexOf = new Map<WorkloadId, number>();
  const movable = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = workloads[i]!;
    if (indexOf.has(w.id)) continue;
    indexOf.set(w.id, i);
    if (isMovable(w)) movable[i] = 1;
  }
  const deps = project.dependencies;
  const from = new Int32Array(deps.length);
  const to = new Int32Array(deps.length);
  const depIndex = new Int32Array(deps.length);
  const hard = new Uint8Array(deps.length);
  let m = 0;
  for (let d = 0; d < deps.length; d++) {
    const dep = deps[d]!;
    const f = indexOf.get(dep.from);
    const t = indexOf.get(dep.to);
    if (f === undefined || t === undefined || f === t) continue;
    from[m] = f;
    to[m] = t;
    depIndex[m] = d;
    hard[m] = HARD_DEPENDENCY_KINDS.has(dep.kind) ? 1 : 0;
    m++;
  }
  const graph: ProjectGraph = {
    workloads,
    indexOf,
    movable,
    from: from.slice(0, m),
    to: to.slice(0, m),
    depIndex: depIndex.slice(0, m),
    hard: hard.slice(0, m),
    needs: buildAdjacency(n, from, to, m),
    dependants: reverseAdjacency(buildAdjacency(n, from, to, m)),
  };
  cache.set(project, graph);
  return graph;
}
