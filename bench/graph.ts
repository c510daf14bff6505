/**
 * Our SCC + ordering against graphlib's `alg.tarjan` + `alg.topsort` on the same edges, and the
 * longest dependency chain each survives. graphlib's topsort needs a DAG, so it runs on the
 * condensation (components as nodes) built from its own tarjan result, as ours does.
 */
import { alg, Graph } from '@dagrejs/graphlib';
import { buildAdjacency } from '../shared/plan/graph/adjacency';
import { stronglyConnectedComponents } from '../shared/plan/graph/scc';
import { topologicalOrder } from '../shared/plan/graph/topo';
import type { GeneratedEdges } from './generate';

/** Ours: CSR adjacency, iterative Tarjan, condensation, Kahn's order. Returns the order's length. */
export function oursSccTopo(n: number, e: GeneratedEdges): number {
  const adj = buildAdjacency(n, e.from, e.to);
  const scc = stronglyConnectedComponents(adj);
  const cf: number[] = [];
  const ct: number[] = [];
  for (let k = 0; k < e.from.length; k++) {
    const a = scc.componentOf[e.from[k]!]!;
    const b = scc.componentOf[e.to[k]!]!;
    if (a !== b) {
      // `from` needs `to`: `to` goes first.
      cf.push(b);
      ct.push(a);
    }
  }
  const rank = new Int32Array(scc.count);
  for (let c = 0; c < scc.count; c++) rank[c] = c;
  return topologicalOrder(buildAdjacency(scc.count, cf, ct), rank).order.length;
}

export function graphlibSccTopo(n: number, e: GeneratedEdges): number {
  const g = new Graph();
  for (let v = 0; v < n; v++) g.setNode(String(v));
  for (let k = 0; k < e.from.length; k++) g.setEdge(String(e.to[k]), String(e.from[k]));
  const components = alg.tarjan(g);
  const componentOf = new Map<string, number>();
  components.forEach((members, c) => {
    for (const v of members) componentOf.set(v, c);
  });
  const dag = new Graph();
  components.forEach((_, c) => dag.setNode(String(c)));
  for (const edge of g.edges()) {
    const a = componentOf.get(edge.v)!;
    const b = componentOf.get(edge.w)!;
    if (a !== b) dag.setEdge(String(a), String(b));
  }
  return alg.topsort(dag).length;
}

export function chain(n: number): GeneratedEdges {
  const from = new Int32Array(n - 1);
  const to = new Int32Array(n - 1);
  for (let i = 1; i < n; i++) {
    from[i - 1] = i;
    to[i - 1] = i - 1;
  }
  return { from, to };
}

/** True when `run` finishes on a chain of `n` without a stack overflow. */
export function survives(run: (n: number, e: GeneratedEdges) => number, n: number): boolean {
  try {
    return run(n, chain(n)) === n;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
}

/** The largest chain graphlib handles, by doubling from 1,000 (capped at `max`). */
export function graphlibChainLimit(max = 1_048_576): { handled: number; failedAt: number | null } {
  let handled = 0;
  for (let n = 1000; n <= max; n *= 2) {
    if (!survives(graphlibSccTopo, n)) return { handled, failedAt: n };
    handled = n;
  }
  return { handled, failedAt: null };
}
