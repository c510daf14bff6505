/**
 * One level of the map: boxes of known size and the edges between them, placed with dagre.
 *
 * dagre's time grows steeply with size and has a fixed cost per call (about 1.5 ms for two nodes
 * measured here), so the boxes are first split into connected components: a box with no edge here
 * joins a grid, an edge between two lone boxes is placed by hand, and only components of three or
 * more go to dagre, each in a fresh graph (so removed boxes never linger). Components are stacked
 * across the direction (below one another for LR), in the order of their first box, then the grid.
 * dagre gives centres; the result is top-left corners, as React Flow wants.
 */
import dagre from '@dagrejs/dagre';
import type { Direction, LayoutEdge, LayoutSpacing, Size } from './types';

export interface Box extends Size {
  readonly id: string;
}

export interface PlacedBox {
  readonly x: number;
  readonly y: number;
}

export interface LevelLayout {
  /** Top-left of each box, by index in the input, relative to (0, 0). */
  readonly positions: readonly PlacedBox[];
  readonly width: number;
  readonly height: number;
}

/**
 * dagre's default ordering heuristic keeps re-running the crossing sweeps while they improve; the
 * first pass is enough for the small components a level holds, and skipping the rest took a
 * 1,000-workload map from about 600 to 400 ms of CPU (bench/layout.ts).
 */
const DAGRE_OPTIONS = { disableOptimalOrderHeuristic: true } as const;

/**
 * Past this many boxes a component is placed as a grid in input order: dagre would take seconds
 * (about 2 s for 500 boxes here) for a picture nobody can read as a graph anyway. The map opens
 * such groups collapsed (shared/layout/dependency-map.ts).
 */
export const MAX_DAGRE_COMPONENT = 150;

interface Component {
  readonly members: number[];
  readonly edges: [number, number][];
}

function components(boxes: readonly Box[], edges: readonly LayoutEdge[]): { groups: Component[]; lone: number[] } {
  const index = new Map(boxes.map((b, i) => [b.id, i]));
  const parent = boxes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const pairs: [number, number][] = [];
  const seen = new Set<string>();
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = `${s}>${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs.push([s, t]);
    const a = find(s);
    const b = find(t);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const byRoot = new Map<number, Component>();
  for (let i = 0; i < boxes.length; i++) {
    const root = find(i);
    let c = byRoot.get(root);
    if (!c) byRoot.set(root, (c = { members: [], edges: [] }));
    c.members.push(i);
  }
  for (const [s, t] of pairs) byRoot.get(find(s))!.edges.push([s, t]);
  const groups: Component[] = [];
  const lone: number[] = [];
  // Map iteration follows insertion, which follows the first member's index: a stable order.
  for (const c of byRoot.values()) {
    if (c.members.length === 1) lone.push(c.members[0]!);
    else groups.push(c);
  }
  return { groups, lone };
}

/**
 * The edges no other path implies (a -> c goes when a -> b -> c exists). Ranks stay the same, but
 * dagre adds a dummy node per rank a long edge crosses, and those dominate its time; the map draws
 * every dependency itself, so dagre's routes are not needed. Skipped on a cycle (no unique answer).
 */
export function transitiveReduction(members: readonly number[], edges: readonly [number, number][]): [number, number][] {
  if (edges.length < 3) return [...edges];
  const local = new Map(members.map((m, i) => [m, i]));
  const n = members.length;
  const succ: number[][] = Array.from({ length: n }, () => []);
  const indegree = new Int32Array(n);
  for (const [s, t] of edges) {
    succ[local.get(s)!]!.push(local.get(t)!);
    indegree[local.get(t)!]!++;
  }
  // Kahn's order; a cycle leaves nodes unvisited, and then the edges are kept as they are.
  const order: number[] = [];
  const free: number[] = [];
  for (let i = 0; i < n; i++) if (indegree[i] === 0) free.push(i);
  while (free.length > 0) {
    const v = free.pop()!;
    order.push(v);
    for (const w of succ[v]!) if (--indegree[w]! === 0) free.push(w);
  }
  if (order.length < n) return [...edges];
  // Reachability as bitsets, in reverse topological order (components are small: a few hundred at most).
  const words = Math.ceil(n / 32);
  const reach = Array.from({ length: n }, () => new Uint32Array(words));
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    for (const w of succ[v]!) {
      const rv = reach[v]!;
      const rw = reach[w]!;
      for (let x = 0; x < words; x++) rv[x]! |= rw[x]!;
      rv[w >>> 5]! |= 1 << (w & 31);
    }
  }
  return edges.filter(([s, t]) => {
    const a = local.get(s)!;
    const b = local.get(t)!;
    // Implied when another successor of a reaches b.
    for (const w of succ[a]!) if (w !== b && (reach[w]![b >>> 5]! & (1 << (b & 31))) !== 0) return false;
    return true;
  });
}

/** Local top-left positions of one component (indexes into `boxes`), and its size. */
function layoutComponent(boxes: readonly Box[], c: Component, direction: Direction, spacing: LayoutSpacing): { at: Map<number, PlacedBox>; width: number; height: number } {
  const at = new Map<number, PlacedBox>();
  if (c.members.length === 2) {
    const [s, t] = c.edges[0]!;
    const a = boxes[s]!;
    const b = boxes[t]!;
    if (direction === 'LR') {
      const h = Math.max(a.height, b.height);
      at.set(s, { x: 0, y: (h - a.height) / 2 });
      at.set(t, { x: a.width + spacing.rankGap, y: (h - b.height) / 2 });
      return { at, width: a.width + spacing.rankGap + b.width, height: h };
    }
    const w = Math.max(a.width, b.width);
    at.set(s, { x: (w - a.width) / 2, y: 0 });
    at.set(t, { x: (w - b.width) / 2, y: a.height + spacing.rankGap });
    return { at, width: w, height: a.height + spacing.rankGap + b.height };
  }
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: direction, nodesep: spacing.gap, ranksep: spacing.rankGap, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const i of c.members) g.setNode(String(i), { width: boxes[i]!.width, height: boxes[i]!.height });
  for (const [s, t] of transitiveReduction(c.members, c.edges)) g.setEdge(String(s), String(t));
  dagre.layout(g, DAGRE_OPTIONS);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const centres = new Map<number, { x: number; y: number }>();
  for (const i of c.members) {
    const n = g.node(String(i)) as { x: number; y: number };
    const b = boxes[i]!;
    centres.set(i, n);
    minX = Math.min(minX, n.x - b.width / 2);
    minY = Math.min(minY, n.y - b.height / 2);
    maxX = Math.max(maxX, n.x + b.width / 2);
    maxY = Math.max(maxY, n.y + b.height / 2);
  }
  for (const i of c.members) {
    const n = centres.get(i)!;
    const b = boxes[i]!;
    at.set(i, { x: n.x - b.width / 2 - minX, y: n.y - b.height / 2 - minY });
  }
  return { at, width: maxX - minX, height: maxY - minY };
}

/** Lone boxes in rows (LR) or columns (TB) of at most `perLine`, each line as tall/wide as its largest box. */
function layoutGrid(boxes: readonly Box[], lone: readonly number[], direction: Direction, spacing: LayoutSpacing, perLine: number): { at: Map<number, PlacedBox>; width: number; height: number } {
  const at = new Map<number, PlacedBox>();
  let width = 0;
  let height = 0;
  for (let start = 0; start < lone.length; start += perLine) {
    const line = lone.slice(start, start + perLine);
    let along = 0;
    let thick = 0;
    for (const i of line) {
      const b = boxes[i]!;
      if (direction === 'LR') {
        at.set(i, { x: along, y: height });
        along += b.width + spacing.gap;
        thick = Math.max(thick, b.height);
      } else {
        at.set(i, { x: width, y: along });
        along += b.height + spacing.gap;
        thick = Math.max(thick, b.width);
      }
    }
    along -= spacing.gap;
    if (direction === 'LR') {
      width = Math.max(width, along);
      height += thick + spacing.gap;
    } else {
      height = Math.max(height, along);
      width += thick + spacing.gap;
    }
  }
  if (lone.length > 0) {
    if (direction === 'LR') height -= spacing.gap;
    else width -= spacing.gap;
  }
  return { at, width, height };
}

/**
 * Places `boxes` so that none overlap and each edge's source comes before its target where the
 * graph allows (dagre reverses a cycle's edge). Deterministic: the same input gives the same output.
 */
export function layoutLevel(boxes: readonly Box[], edges: readonly LayoutEdge[], direction: Direction, spacing: LayoutSpacing): LevelLayout {
  const positions: PlacedBox[] = boxes.map(() => ({ x: 0, y: 0 }));
  if (boxes.length === 0) return { positions, width: 0, height: 0 };
  const { groups, lone } = components(boxes, edges);
  const parts = groups.map((c) => (c.members.length > MAX_DAGRE_COMPONENT ? layoutGrid(boxes, c.members, direction, spacing, Math.ceil(Math.sqrt(c.members.length))) : layoutComponent(boxes, c, direction, spacing)));
  // A grid about as wide as the widest component (LR), so the level stays roughly square.
  const widest = parts.reduce((m, p) => Math.max(m, direction === 'LR' ? p.width : p.height), 0);
  const typical = direction === 'LR' ? (boxes[lone[0] ?? 0]?.width ?? 1) : (boxes[lone[0] ?? 0]?.height ?? 1);
  const fromSquare = Math.ceil(Math.sqrt(lone.length));
  const fromWidest = Math.floor((widest + spacing.gap) / (typical + spacing.gap));
  const perLine = Math.max(1, Math.min(lone.length, Math.max(fromSquare, fromWidest)));
  if (lone.length > 0) parts.push(layoutGrid(boxes, lone, direction, spacing, perLine));

  let offset = 0;
  let width = 0;
  let height = 0;
  for (const part of parts) {
    for (const [i, p] of part.at) positions[i] = direction === 'LR' ? { x: p.x, y: p.y + offset } : { x: p.x + offset, y: p.y };
    if (direction === 'LR') {
      offset += part.height + spacing.gap * 2;
      width = Math.max(width, part.width);
      height = offset - spacing.gap * 2;
    } else {
      offset += part.width + spacing.gap * 2;
      height = Math.max(height, part.height);
      width = offset - spacing.gap * 2;
    }
  }
  return { positions, width, height };
}

/** Boxes one after another along the direction, in the given order, aligned at the start. */
export function layoutSequence(boxes: readonly Box[], direction: Direction, spacing: LayoutSpacing): LevelLayout {
  let along = 0;
  let thick = 0;
  const positions = boxes.map((b) => {
    const p = direction === 'LR' ? { x: along, y: 0 } : { x: 0, y: along };
    along += (direction === 'LR' ? b.width : b.height) + spacing.rankGap;
    thick = Math.max(thick, direction === 'LR' ? b.height : b.width);
    return p;
  });
  const length = boxes.length > 0 ? along - spacing.rankGap : 0;
  return direction === 'LR' ? { positions, width: length, height: thick } : { positions, width: thick, height: length };
}
