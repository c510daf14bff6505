/**
 * The fewest dependencies to loosen so a move group falls into two parts that can move in two
 * waves: a minimum cut. A group is held together by tight couplings and cycles. Splitting it into a
 * part that moves first (S) and one that moves later (T) requires loosening every tight coupling
 * between them (cache, queue or read replica instead of a synchronous call) and every dependency by
 * which a workload in S needs one in T (it would call a workload still on the source). So each tight
 * coupling is an arc both ways and each other dependency an arc from the needer to the needed, all of
 * capacity 1. Max-flow from one fixed member to every other and back (2(n - 1) flows, augmenting
 * paths by BFS) gives each pair's minimum cut; the sparsest of them (cut size per workload on the
 * smaller side) is the split reported.
 */

export interface GroupEdge {
  /** Member positions: `from` needs `to`. */
  readonly from: number;
  readonly to: number;
  readonly tight: boolean;
  /** The caller's handle (a dependency index). */
  readonly ref: number;
}

export interface Split {
  /** `ref`s of the edges to loosen. */
  readonly loosen: readonly number[];
  /** 1 for members of the part that moves first. */
  readonly first: Uint8Array;
}

/** Past this many members the search is skipped (it is quadratic-ish); the finding says so. */
export const MAX_SPLIT_MEMBERS = 400;

export function minimumSplit(members: number, edges: readonly GroupEdge[]): Split | undefined {
  if (members < 2 || members > MAX_SPLIT_MEMBERS) return undefined;
  // Arcs with capacity 1 and their reverse (residual) twins.
  const head: number[] = [];
  const next: number[] = [];
  const to: number[] = [];
  const ref: number[] = [];
  const first = new Int32Array(members).fill(-1);
  const addArc = (a: number, b: number, r: number) => {
    for (const [x, y, cap] of [
      [a, b, 1],
      [b, a, 0],
    ] as const) {
      to.push(y);
      ref.push(cap === 1 ? r : -1);
      next.push(first[x]!);
      first[x] = to.length - 1;
      head.push(cap);
    }
  };
  for (const e of edges) {
    if (e.from === e.to) continue;
    addArc(e.from, e.to, e.ref);
    if (e.tight) addArc(e.to, e.from, e.ref);
  }
  const capacity = Int32Array.from(head);
  // Every ordered pair's minimum cut; the split kept is the sparsest one (fewest loosened
  // dependencies per workload on the smaller side), so the answer is a real split of the group,
  // not a leaf cut off it.
  let best: { ratio: number; value: number; reach: Uint8Array } | undefined;
  for (let v = 1; v < members; v++) {
    for (const [s, t] of [
      [0, v],
      [v, 0],
    ] as const) {
      const residual = Int32Array.from(capacity);
      const value = maxFlow(members, first, next, to, residual, s, t, Infinity);
      const reach = reachable(members, first, next, to, residual, s);
      let size = 0;
      for (const x of reach) size += x;
      const ratio = value / Math.max(1, Math.min(size, members - size));
      if (best === undefined || ratio < best.ratio - 1e-12 || (Math.abs(ratio - best.ratio) <= 1e-12 && value < best.value)) best = { ratio, value, reach };
    }
  }
  if (!best) return undefined;
  const reach = best.reach;
  const loosen = new Set<number>();
  for (let x = 0; x < members; x++) {
    if (!reach[x]) continue;
    for (let a = first[x]!; a !== -1; a = next[a]!) if (ref[a]! >= 0 && !reach[to[a]!] && capacity[a] === 1) loosen.add(ref[a]!);
  }
  return { loosen: [...loosen].sort((a, b) => a - b), first: reach };
}

function maxFlow(n: number, first: Int32Array, next: number[], to: number[], cap: Int32Array, s: number, t: number, stopAt: number): number {
  let flow = 0;
  if (s === t) return 0;
  const parentArc = new Int32Array(n);
  const queue = new Int32Array(n);
  while (flow < stopAt) {
    parentArc.fill(-1);
    let tail = 0;
    queue[tail++] = s;
    parentArc[s] = -2;
    for (let h = 0; h < tail && parentArc[t] === -1; h++) {
      const x = queue[h]!;
      for (let a = first[x]!; a !== -1; a = next[a]!) {
        const y = to[a]!;
        if (cap[a]! > 0 && parentArc[y] === -1) {
          parentArc[y] = a;
          queue[tail++] = y;
        }
      }
    }
    if (parentArc[t] === -1) break;
    for (let y = t; y !== s; ) {
      const a = parentArc[y]!;
      cap[a]!--;
      cap[a ^ 1]!++;
      y = to[a ^ 1]!;
    }
    flow++;
  }
  return flow;
}

function reachable(n: number, first: Int32Array, next: number[], to: number[], cap: Int32Array, s: number): Uint8Array {
  const seen = new Uint8Array(n);
  const stack = [s];
  seen[s] = 1;
  while (stack.length > 0) {
    const x = stack.pop()!;
    for (let a = first[x]!; a !== -1; a = next[a]!) {
      const y = to[a]!;
      if (cap[a]! > 0 && !seen[y]) {
        seen[y] = 1;
        stack.push(y);
      }
    }
  }
  return seen;
}
