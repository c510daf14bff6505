/**
 * Strongly connected components with Tarjan's algorithm, written with an explicit stack: a
 * 100,000-long dependency chain or cycle must not overflow the call stack (graphlib's recursive
 * `alg.tarjan` does at about 10,000).
 */
import type { Adjacency } from './adjacency';

export interface Components {
  readonly count: number;
  /**
   * Component number of each node. Numbers follow Tarjan's completion order: every edge
   * `v -> w` between two components has `componentOf[w] < componentOf[v]` (sinks first).
   */
  readonly componentOf: Int32Array;
  readonly sizes: Int32Array;
}

/** Linear time and memory; nodes are visited in index order, so the result is deterministic. */
export function stronglyConnectedComponents(adj: Adjacency): Components {
  const n = adj.nodeCount;
  const { offsets, targets } = adj;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  const componentOf = new Int32Array(n);
  const sizes: number[] = [];
  let sp = 0;
  let counter = 0;
  let count = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let csp = 0;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    callNode[csp] = root;
    callEdge[csp] = offsets[root]!;
    csp++;
    while (csp > 0) {
      const v = callNode[csp - 1]!;
      const p = callEdge[csp - 1]!;
      if (p < offsets[v + 1]!) {
        callEdge[csp - 1] = p + 1;
        const w = targets[p]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          callNode[csp] = w;
          callEdge[csp] = offsets[w]!;
          csp++;
        } else if (onStack[w] === 1 && index[w]! < low[v]!) {
          low[v] = index[w]!;
        }
        continue;
      }
      csp--;
      if (low[v] === index[v]) {
        let size = 0;
        let w: number;
        do {
          w = stack[--sp]!;
          onStack[w] = 0;
          componentOf[w] = count;
          size++;
        } while (w !== v);
        sizes.push(size);
        count++;
      }
      if (csp > 0) {
        const u = callNode[csp - 1]!;
        if (low[v]! < low[u]!) low[u] = low[v]!;
      }
    }
  }
  return { count, componentOf, sizes: Int32Array.from(sizes) };
}
