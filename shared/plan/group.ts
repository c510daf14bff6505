/**
 * Phase 2, group: which workloads must cut over together. Three passes, all linear, over the
 * binding dependencies among movable workloads: the hard kinds (sync, auth, shared storage,
 * network) and any tight coupling:
 * 1. strongly connected components (a cycle of binding links cannot be ordered, so its members move
 *    as one);
 * 2. union-find over tight couplings (moving one end alone would put cross-cloud latency on every call);
 * 3. components again over the merged groups: merging tight ends can close a loop through a third
 *    workload (a → b → c with a, c tight), which then has to move with them.
 * A loop that closes only through loose asynchronous or data links (a nightly export, a queue read
 * later) does not bind: such a link can run across clouds until both ends have moved. Those links
 * are `looseLoopDependencies`; the order and the waves ignore them, which keeps the group graph
 * acyclic, and the plan says which they are (`looseLoopIssues`).
 */
import type { Project } from '../model/schema';
import { chain, listNames, paramList } from './english';
import { type Adjacency, buildAdjacency } from './graph/adjacency';
import { type ProjectGraph, projectGraph } from './graph/project-graph';
import { stronglyConnectedComponents } from './graph/scc';
import { UnionFind } from './graph/union-find';
import type { MoveGroup, MoveGroupId, MoveGroupReason, PlanIssue, WorkloadId } from './types';

/** Move groups in project order of their first member, and the group of every movable workload. */
export interface Grouping {
  readonly moveGroups: MoveGroup[];
  readonly groupOf: ReadonlyMap<WorkloadId, MoveGroupId>;
  /** Indexes into project.dependencies of the loose links that close a loop between groups. */
  readonly looseLoopDependencies: ReadonlySet<number>;
}

/**
 * `foundation` holds the platform workloads (foundation/platform.ts): they are built in the landing
 * zone, not in a wave, so they bind no move group and join none.
 */
export function groupWorkloads(project: Project, foundation: ReadonlySet<WorkloadId> = new Set()): Grouping {
  const g = projectGraph(project);
  const n = g.workloads.length;
  const movable = Uint8Array.from(g.movable, (m, i) => (m === 1 && !foundation.has(g.workloads[i]!.id) ? 1 : 0));
  const deps = project.dependencies;
  const binds = (e: number) => g.hard[e] === 1 || deps[g.depIndex[e]!]!.coupling === 'tight';
  const movableEdges = movableEdgeList(g, movable, binds);
  const bindingNeeds = buildAdjacency(n, movableEdges.from, movableEdges.to);
  const scc = stronglyConnectedComponents(bindingNeeds);
  const uf = new UnionFind(n);

  // Pass 1 + 2: cycles, then tight couplings.
  const edgeRole = new Uint8Array(movableEdges.count); // 1 cycle, 2 tight, 3 bridge
  for (let e = 0; e < movableEdges.count; e++) {
    const f = movableEdges.from[e]!;
    const t = movableEdges.to[e]!;
    if (scc.componentOf[f] === scc.componentOf[t]) {
      uf.union(f, t);
      edgeRole[e] = 1;
    } else if (deps[movableEdges.dep[e]!]!.coupling === 'tight') {
      uf.union(f, t);
      edgeRole[e] = 2;
    }
  }
  // Pass 3: loops the tight merges closed through other workloads.
  const qFrom = new Int32Array(movableEdges.count);
  const qTo = new Int32Array(movableEdges.count);
  for (let e = 0; e < movableEdges.count; e++) {
    qFrom[e] = uf.find(movableEdges.from[e]!);
    qTo[e] = uf.find(movableEdges.to[e]!);
  }
  const quotient = stronglyConnectedComponents(buildAdjacency(n, qFrom, qTo));
  for (let e = 0; e < movableEdges.count; e++) {
    if (qFrom[e] !== qTo[e] && quotient.componentOf[qFrom[e]!] === quotient.componentOf[qTo[e]!]) {
      uf.union(qFrom[e]!, qTo[e]!);
      edgeRole[e] = 3;
    }
  }

  // Members in project order; a group is numbered by its first member.
  const groupNumber = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (movable[i] !== 1) continue;
    const root = uf.find(i);
    if (groupNumber[root] === -1) {
      groupNumber[root] = members.length;
      members.push([]);
    }
    members[groupNumber[root]!]!.push(i);
  }
  const binding: number[][] = members.map(() => []);
  for (let e = 0; e < movableEdges.count; e++) {
    if (edgeRole[e] !== 0) binding[groupNumber[uf.find(movableEdges.from[e]!)]!]!.push(e);
  }

  const cycleFinder = new CycleFinder(bindingNeeds, scc.componentOf, movable);
  const moveGroups: MoveGroup[] = [];
  const groupOf = new Map<WorkloadId, MoveGroupId>();
  for (let k = 0; k < members.length; k++) {
    const ids = members[k]!.map((i) => g.workloads[i]!.id);
    const id = `group:${ids[0]!}`;
    for (const w of ids) groupOf.set(w, id);
    const edges = binding[k]!;
    let cycleEdge = -1;
    let tight = false;
    let bridged = false;
    for (const e of edges) {
      if (edgeRole[e] === 1 && cycleEdge === -1) cycleEdge = e;
      else if (edgeRole[e] === 2) tight = true;
      else if (edgeRole[e] === 3) bridged = true;
    }
    const reason: MoveGroupReason =
      ids.length === 1 ? 'single' : (cycleEdge !== -1 || bridged) && (tight || bridged) ? 'cycle+tight-coupling' : cycleEdge !== -1 ? 'cycle' : 'tight-coupling';
    const parts: string[] = [];
    if (ids.length === 1) parts.push(`${ids[0]!} moves on its own: no cycle or tight coupling ties it to another workload.`);
    if (cycleEdge !== -1) {
      const comp = scc.componentOf[movableEdges.from[cycleEdge]!];
      const cycleMembers = members[k]!.filter((i) => scc.componentOf[i] === comp);
      const inCycle = cycleMembers.map((i) => g.workloads[i]!.id);
      const loop = cycleFinder.cycleThrough(cycleMembers[0]!).map((i) => g.workloads[i]!.id);
      parts.push(`${listNames(inCycle)} depend on each other in a cycle (${chain(loop)}), so they must cut over together.`);
    }
    if (tight) {
      const pairs = edges.filter((e) => edgeRole[e] === 2).map((e) => {
        const dep = deps[movableEdges.dep[e]!]!;
        return `${dep.from} → ${dep.to} (${dep.kind})`;
      });
      parts.push(
        `${listNames(pairs, 3)} ${pairs.length === 1 ? 'is a tight coupling' : 'are tight couplings'}: moving one end without the other would put cross-cloud latency on every call.`,
      );
    }
    if (bridged) {
      // The workloads pulled in: ends of the bridging edges that are not themselves tight ends.
      const tightEnds = new Set<number>();
      for (const e of edges) if (edgeRole[e] === 2) tightEnds.add(movableEdges.from[e]!).add(movableEdges.to[e]!);
      const pulled = new Set<number>();
      for (const e of edges) {
        if (edgeRole[e] !== 3) continue;
        for (const x of [movableEdges.from[e]!, movableEdges.to[e]!]) if (!tightEnds.has(x)) pulled.add(x);
      }
      const between = new Set([...pulled].sort((x, y) => x - y).map((i) => g.workloads[i]!.id));
      if (between.size > 0) parts.push(`${listNames([...between])} ${between.size === 1 ? 'sits' : 'sit'} on a dependency path between tightly coupled workloads, so the whole path moves together.`);
    }
    moveGroups.push({
      id,
      workloadIds: ids,
      reason,
      bindingDependencyIds: edges.map((e) => deps[movableEdges.dep[e]!]!.id),
      explanation: parts.join(' '),
    });
  }
  return { moveGroups, groupOf, looseLoopDependencies: looseLoops(g, movable, uf, binds) };
}

/** Loose links between two groups that lie on a loop of the group graph over every dependency. */
function looseLoops(g: ProjectGraph, movable: Uint8Array, uf: UnionFind, binding: (e: number) => boolean): Set<number> {
  const all = movableEdgeList(g, movable, () => true);
  const soft = new Uint8Array(all.count);
  for (let e = 0, k = 0; e < g.from.length && k < all.count; e++) if (g.depIndex[e] === all.dep[k]) soft[k++] = binding(e) ? 0 : 1;
  const qFrom = Int32Array.from(all.from, (v) => uf.find(v));
  const qTo = Int32Array.from(all.to, (v) => uf.find(v));
  const quotient = stronglyConnectedComponents(buildAdjacency(g.workloads.length, qFrom, qTo));
  const out = new Set<number>();
  for (let e = 0; e < all.count; e++) {
    if (soft[e] === 1 && qFrom[e] !== qTo[e] && quotient.componentOf[qFrom[e]!] === quotient.componentOf[qTo[e]!]) out.add(all.dep[e]!);
  }
  return out;
}

/**
 * One info issue per loop of loose links: they run across clouds, asynchronously, until both ends
 * have moved, since the waves order the groups as if they were not there.
 */
export function looseLoopIssues(project: Project, grouping: Grouping): PlanIssue[] {
  if (grouping.looseLoopDependencies.size === 0) return [];
  const deps = [...grouping.looseLoopDependencies].sort((a, b) => a - b).map((d) => project.dependencies[d]!);
  const names = new Map(project.workloads.map((w) => [w.id, w.name]));
  const nm = (id: string) => names.get(id) ?? id;
  const links = deps.map((d) => `${nm(d.from)} → ${nm(d.to)} (${d.kind})`);
  const ids = [...new Set(deps.flatMap((d) => [d.from, d.to]))];
  return [
    {
      id: `issue:loose-loop:${deps[0]!.id}`,
      severity: 'info',
      code: 'loose-loop',
      params: { count: deps.length, links: paramList(deps.map((d) => `${nm(d.from)} → ${nm(d.to)}`), 4), dependencies: deps.map((d) => d.id).join(',') },
      message:
        `${listNames(links, 4)} ${deps.length === 1 ? 'closes a loop' : `close loops (${deps.length} links)`} between move groups through loose asynchronous or data links only, ` +
        'so the groups move separately and these links run across clouds until both ends have moved. Tighten a link if it cannot tolerate the latency.',
      path: ['dependencies', project.dependencies.indexOf(deps[0]!)],
      workloadIds: ids,
    },
  ];
}

interface MovableEdges {
  readonly count: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  /** Index in project.dependencies. */
  readonly dep: Int32Array;
}

/** Edges whose two ends both join a wave and that `keep` accepts, in dependency order. */
function movableEdgeList(g: ProjectGraph, movable: Uint8Array, keep: (e: number) => boolean): MovableEdges {
  const from = new Int32Array(g.from.length);
  const to = new Int32Array(g.from.length);
  const dep = new Int32Array(g.from.length);
  let count = 0;
  for (let e = 0; e < g.from.length; e++) {
    if (movable[g.from[e]!] !== 1 || movable[g.to[e]!] !== 1 || !keep(e)) continue;
    from[count] = g.from[e]!;
    to[count] = g.to[e]!;
    dep[count] = g.depIndex[e]!;
    count++;
  }
  return { count, from: from.subarray(0, count), to: to.subarray(0, count), dep: dep.subarray(0, count) };
}

/** Shortest cycle through a node inside its component, by breadth-first search (for explanations). */
class CycleFinder {
  private readonly parent: Int32Array;
  private readonly seen: Int32Array;
  private stampValue = 0;

  constructor(
    private readonly needs: Adjacency,
    private readonly componentOf: Int32Array,
    private readonly movable: Uint8Array,
  ) {
    this.parent = new Int32Array(needs.nodeCount);
    this.seen = new Int32Array(needs.nodeCount).fill(-1);
  }

  /** Nodes of a cycle starting and ending at `start`: [start, ..., start]. */
  cycleThrough(start: number): number[] {
    const { offsets, targets } = this.needs;
    const stamp = this.stampValue++;
    const comp = this.componentOf[start]!;
    const queue = [start];
    this.seen[start] = stamp;
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (let p = offsets[v]!; p < offsets[v + 1]!; p++) {
        const w = targets[p]!;
        if (this.componentOf[w] !== comp || this.movable[w] !== 1) continue;
        if (w === start) {
          const path = [start];
          for (let x = v; x !== start; x = this.parent[x]!) path.push(x);
          path.push(start);
          // path is start, v, ..., first step, start: reverse the middle to read forwards.
          const middle = path.slice(1, -1).reverse();
          return [start, ...middle, start];
        }
        if (this.seen[w] === stamp) continue;
        this.seen[w] = stamp;
        this.parent[w] = v;
        queue.push(w);
      }
    }
    return [start];
  }
}
