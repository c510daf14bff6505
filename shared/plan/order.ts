/**
 * Phase 3, order: move groups in migration order. If a workload needs another, the group of the
 * needed one comes first (or is the same group). Among groups free to go next, the provider's
 * usual batch order decides (foundations first: network, identity, object storage, then compute,
 * databases, caches, queues, containers and serverless, then analytics and the rest), then the
 * group id, so the same project always gives the same order.
 */
import type { Project } from '../model/schema';
import type { WorkloadKind } from '../model/vocabulary';
import type { Grouping } from './group';
import { buildAdjacency, simplifyAdjacency } from './graph/adjacency';
import { projectGraph } from './graph/project-graph';
import { topologicalOrder } from './graph/topo';
import type { GroupOrder, MoveGroupId } from './types';

/** The usual landing order of a provider move; lower goes first. */
export const KIND_BATCH_RANK: Readonly<Record<WorkloadKind, number>> = {
  network: 0,
  security: 1,
  storage: 2,
  compute: 3,
  database: 4,
  cache: 5,
  queue: 6,
  container: 7,
  serverless: 7,
  analytics: 8,
  iot: 8,
  observability: 8,
  other: 8,
};

export function orderMoveGroups(project: Project, grouping: Grouping): GroupOrder {
  const g = projectGraph(project);
  const groups = grouping.moveGroups;
  const groupCount = groups.length;
  const numberOf = new Map<MoveGroupId, number>();
  groups.forEach((group, k) => numberOf.set(group.id, k));

  // Group of each workload index, and the batch rank of each group (its most foundational member).
  const groupOfIndex = new Int32Array(g.workloads.length).fill(-1);
  const batch = new Int32Array(groupCount).fill(0x7fffffff);
  for (let i = 0; i < g.workloads.length; i++) {
    const w = g.workloads[i]!;
    if (g.indexOf.get(w.id) !== i) continue;
    const groupId = grouping.groupOf.get(w.id);
    const k = groupId === undefined ? undefined : numberOf.get(groupId);
    if (k === undefined) continue;
    groupOfIndex[i] = k;
    const rank = KIND_BATCH_RANK[w.kind] ?? KIND_BATCH_RANK.other;
    if (rank < batch[k]!) batch[k] = rank;
  }

  // Condensed DAG: an edge from the needed group to the group that needs it ("goes before").
  const before = new Int32Array(g.from.length);
  const after = new Int32Array(g.from.length);
  let m = 0;
  for (let e = 0; e < g.from.length; e++) {
    const needer = groupOfIndex[g.from[e]!]!;
    const needed = groupOfIndex[g.to[e]!]!;
    if (needer < 0 || needed < 0 || needer === needed || grouping.looseLoopDependencies.has(g.depIndex[e]!)) continue;
    before[m] = needed;
    after[m] = needer;
    m++;
  }
  const dag = simplifyAdjacency(buildAdjacency(groupCount, before, after, m));

  // Tie-break key: batch rank, then group id (code-unit order, locale-independent).
  const byKey = groups.map((_, k) => k);
  byKey.sort((a, b) => batch[a]! - batch[b]! || compareIds(groups[a]!.id, groups[b]!.id));
  const rank = new Int32Array(groupCount);
  byKey.forEach((k, position) => (rank[k] = position));

  const { order, depth } = topologicalOrder(dag, rank);
  const orderedGroupIds: MoveGroupId[] = [];
  const placed = new Uint8Array(groupCount);
  for (const k of order) {
    orderedGroupIds.push(groups[k]!.id);
    placed[k] = 1;
  }
  // `groupWorkloads` makes the group graph acyclic; if a caller's grouping is not, keep every group anyway.
  for (const k of byKey) if (placed[k] === 0) orderedGroupIds.push(groups[k]!.id);

  const levelByGroup: Record<MoveGroupId, number> = {};
  for (let k = 0; k < groupCount; k++) levelByGroup[groups[k]!.id] = depth[k]!;
  return { orderedGroupIds, levelByGroup };
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
