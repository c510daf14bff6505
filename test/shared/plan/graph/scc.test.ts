import { describe, expect, it } from 'vitest';
import { buildAdjacency, reverseAdjacency, simplifyAdjacency } from '../../../../shared/plan/graph/adjacency';
import { stronglyConnectedComponents } from '../../../../shared/plan/graph/scc';
import { topologicalOrder } from '../../../../shared/plan/graph/topo';
import { UnionFind } from '../../../../shared/plan/graph/union-find';

const chainEdges = (n: number, closed: boolean) => {
  const from = Int32Array.from({ length: closed ? n : n - 1 }, (_, i) => i);
  const to = Int32Array.from(from, (i) => (i + 1) % n);
  return buildAdjacency(n, from, to);
};

describe('stronglyConnectedComponents', () => {
  it('finds cycles and orders components sinks first', () => {
    // 0 -> 1 -> 2 -> 0, 2 -> 3, 4 alone
    const adj = buildAdjacency(5, [0, 1, 2, 2], [1, 2, 0, 3]);
    const { count, componentOf, sizes } = stronglyConnectedComponents(adj);
    expect(count).toBe(3);
    expect(componentOf[0]).toBe(componentOf[1]);
    expect(componentOf[1]).toBe(componentOf[2]);
    expect(componentOf[3]).toBeLessThan(componentOf[0]!);
    expect([...sizes].sort()).toEqual([1, 1, 3]);
  });

  it('handles a 100,000-long chain and a 100,000-long cycle without recursion', () => {
    const chain = stronglyConnectedComponents(chainEdges(100_000, false));
    expect(chain.count).toBe(100_000);
    expect(chain.componentOf[99_999]).toBe(0); // the sink completes first
    const cycle = stronglyConnectedComponents(chainEdges(100_000, true));
    expect(cycle.count).toBe(1);
    expect(cycle.sizes[0]).toBe(100_000);
  });
});

describe('adjacency', () => {
  it('keeps edge order, reverses and simplifies', () => {
    const adj = buildAdjacency(3, [0, 0, 0, 1, 1], [2, 1, 2, 1, 0]);
    expect([...adj.targets.subarray(adj.offsets[0]!, adj.offsets[1]!)]).toEqual([2, 1, 2]);
    const simple = simplifyAdjacency(adj);
    expect([...simple.targets]).toEqual([2, 1, 0]);
    expect([...simple.edgeOf]).toEqual([0, 1, 4]);
    const rev = reverseAdjacency(adj);
    expect([...rev.targets.subarray(rev.offsets[2]!, rev.offsets[3]!)]).toEqual([0, 0]);
    expect([...rev.edgeOf.subarray(rev.offsets[2]!, rev.offsets[3]!)]).toEqual([0, 2]);
  });
});

describe('topologicalOrder', () => {
  it('breaks ties by rank and reports depth', () => {
    // 2 -> 0, 1 -> 0: 1 and 2 are free first; rank prefers 2.
    const adj = buildAdjacency(3, [2, 1], [0, 0]);
    const { order, depth } = topologicalOrder(adj, Int32Array.from([0, 2, 1]));
    expect([...order]).toEqual([2, 1, 0]);
    expect([...depth]).toEqual([1, 0, 0]);
  });

  it('orders a 100,000-long chain and stops short on a cycle', () => {
    const { order, depth } = topologicalOrder(chainEdges(100_000, false), Int32Array.from({ length: 100_000 }, (_, i) => i));
    expect(order.length).toBe(100_000);
    expect(depth[99_999]).toBe(99_999);
    expect(topologicalOrder(chainEdges(5, true), Int32Array.from([0, 1, 2, 3, 4])).order.length).toBe(0);
  });
});

describe('UnionFind', () => {
  it('joins sets', () => {
    const uf = new UnionFind(5);
    expect(uf.union(0, 1)).toBe(true);
    expect(uf.union(3, 4)).toBe(true);
    expect(uf.union(1, 0)).toBe(false);
    uf.union(1, 4);
    expect(uf.find(0)).toBe(uf.find(3));
    expect(uf.find(2)).not.toBe(uf.find(0));
  });
});
