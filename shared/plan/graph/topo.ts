/**
 * Kahn's topological order with a priority tie-break: among the nodes whose predecessors are all
 * placed, the one with the smallest `rank` goes next. O((n + m) log n) with a binary heap.
 */
import type { Adjacency } from './adjacency';

export interface TopologicalOrder {
  /** Nodes in order; shorter than the node count when the graph has a cycle. */
  readonly order: Int32Array;
  /** Longest path (in edges) from a node with no predecessor: 0 for sources. */
  readonly depth: Int32Array;
}

/**
 * `adj` edges go from a node to the nodes that must come after it. `rank` is a total order of the
 * nodes (distinct values) used to break ties deterministically.
 */
export function topologicalOrder(adj: Adjacency, rank: Int32Array): TopologicalOrder {
  const n = adj.nodeCount;
  const indegree = new Int32Array(n);
  for (let p = 0; p < adj.targets.length; p++) indegree[adj.targets[p]!]!++;
  const heap = new MinHeap(rank, n);
  for (let v = 0; v < n; v++) if (indegree[v] === 0) heap.push(v);
  const order = new Int32Array(n);
  const depth = new Int32Array(n);
  let k = 0;
  while (heap.length > 0) {
    const v = heap.pop();
    order[k++] = v;
    for (let p = adj.offsets[v]!; p < adj.offsets[v + 1]!; p++) {
      const w = adj.targets[p]!;
      if (depth[v]! + 1 > depth[w]!) depth[w] = depth[v]! + 1;
      if (--indegree[w]! === 0) heap.push(w);
    }
  }
  return { order: order.slice(0, k), depth };
}

/** A binary min-heap of node indexes keyed by `rank[node]` (also the wave builder's ready queues). */
export class MinHeap {
  private readonly items: Int32Array;
  length = 0;

  constructor(
    private readonly rank: Int32Array,
    capacity: number,
  ) {
    this.items = new Int32Array(Math.max(1, capacity));
  }

  push(v: number): void {
    const { items, rank } = this;
    let i = this.length++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent]!;
      if (rank[p]! <= rank[v]!) break;
      items[i] = p;
      i = parent;
    }
    items[i] = v;
  }

  /** The k-th item in heap order (0 <= k < length), for scanning without popping. */
  at(k: number): number {
    return this.items[k]!;
  }

  pop(): number {
    const { items, rank } = this;
    const top = items[0]!;
    const last = items[--this.length]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.length) break;
      if (child + 1 < this.length && rank[items[child + 1]!]! < rank[items[child]!]!) child++;
      if (rank[items[child]!]! >= rank[last]!) break;
      items[i] = items[child]!;
      i = child;
    }
    if (this.length > 0) items[i] = last;
    return top;
  }
}
