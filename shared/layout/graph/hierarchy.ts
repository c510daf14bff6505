/**
 * The dependency map's layout: a tree of clusters (waves, move groups) over workload cards, laid
 * out bottom-up, one level at a time. Each edge counts at exactly one level, the deepest cluster
 * holding both its ends, between the two children of that cluster that hold them; a collapsed
 * cluster is one box and its inside is not laid out at all.
 *
 * Each level's layout is cached by a hash of what it depends on (its children's ids and sizes, the
 * edges between them, the direction and spacing), so expanding one group or editing one workload
 * lays out only the levels whose subgraph changed; every other level comes from the cache.
 */
import { hashString } from '../hash';
import { type Box, layoutLevel, layoutSequence, type LevelLayout } from './layered';
import { DEFAULT_SPACING, type GraphLayout, type LayoutCluster, type LayoutEdge, type LayoutItem, type LayoutOptions, type PlacedItem, type Size } from './types';

/** Level layouts by subgraph hash; the oldest entries go first past `capacity`. */
export class LayoutCache {
  private readonly entries = new Map<string, LevelLayout>();
  constructor(readonly capacity = 20_000) {}
  get(key: string): LevelLayout | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last, so eviction drops what has not been looked at for longest.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }
  set(key: string, value: LevelLayout): void {
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
  get size(): number {
    return this.entries.size;
  }
}

const ROOT = '\u0000root';

interface Level {
  readonly id: string;
  readonly arrangement: LayoutCluster['arrangement'];
  readonly children: readonly LayoutItem[];
  /** Child-index pairs, deduplicated. */
  readonly edges: [number, number][];
  readonly pairs: Set<string>;
}

/** Where each leaf sits: the chain of clusters above it, top first. */
function indexTree(items: readonly LayoutItem[]) {
  const ancestors = new Map<string, readonly string[]>();
  const levels = new Map<string, Level>();
  const childIndex = new Map<string, number>();
  const visit = (level: Level, chain: readonly string[]) => {
    level.children.forEach((child, i) => {
      childIndex.set(child.id, i);
      if (child.kind === 'leaf') {
        ancestors.set(child.id, chain);
        return;
      }
      const next = [...chain, child.id];
      if (child.collapsed) {
        // Its leaves are reached through the collapsed box: their edges lift to it.
        const mark = (c: LayoutCluster) => c.children.forEach((g) => (g.kind === 'leaf' ? ancestors.set(g.id, next) : mark(g)));
        mark(child);
        return;
      }
      const inner: Level = { id: child.id, arrangement: child.arrangement, children: child.children, edges: [], pairs: new Set() };
      levels.set(child.id, inner);
      visit(inner, next);
    });
  };
  const root: Level = { id: ROOT, arrangement: 'sequence', children: items, edges: [], pairs: new Set() };
  levels.set(ROOT, root);
  visit(root, []);
  return { ancestors, levels, childIndex, root };
}

function assignEdges(edges: readonly LayoutEdge[], index: ReturnType<typeof indexTree>): void {
  const { ancestors, levels, childIndex } = index;
  for (const e of edges) {
    const a = ancestors.get(e.source);
    const b = ancestors.get(e.target);
    if (!a || !b || e.source === e.target) continue;
    let depth = 0;
    while (depth < a.length && depth < b.length && a[depth] === b[depth]) depth++;
    // `depth` clusters are shared; the edge belongs to the deepest of them (or the root).
    const holder = depth === 0 ? ROOT : a[depth - 1]!;
    const level = levels.get(holder);
    if (!level) continue; // both ends inside one collapsed cluster: not drawn at this zoom
    const sChild = a[depth] ?? e.source;
    const tChild = b[depth] ?? e.target;
    if (sChild === tChild) continue;
    const s = childIndex.get(sChild);
    const t = childIndex.get(tChild);
    if (s === undefined || t === undefined) continue;
    const key = `${s}>${t}`;
    if (level.pairs.has(key)) continue;
    level.pairs.add(key);
    level.edges.push([s, t]);
  }
}

export interface HierarchyOptions extends LayoutOptions {
  /** How the top-level items are placed (default `sequence`: in the given order). */
  readonly rootArrangement?: LayoutCluster['arrangement'];
}

/**
 * Lays out `items` (the top level) and every expanded cluster inside them. `cache` carries level
 * layouts from one call to the next; pass a fresh one to lay out from scratch.
 */
export function layoutHierarchy(items: readonly LayoutItem[], edges: readonly LayoutEdge[], options: HierarchyOptions, cache: LayoutCache = new LayoutCache()): GraphLayout {
  const spacing = options.spacing ?? DEFAULT_SPACING;
  const direction = options.direction;
  const index = indexTree(items);
  const root = index.levels.get(ROOT)!;
  index.levels.set(ROOT, { ...root, arrangement: options.rootArrangement ?? 'sequence' });
  assignEdges(edges, index);
  let laidOut = 0;
  let reused = 0;
  const sizes = new Map<string, Size>();
  const layouts = new Map<string, LevelLayout>();
  const settings = `${direction}|${spacing.gap},${spacing.rankGap},${spacing.padding},${spacing.header}`;

  const sizeOf = (item: LayoutItem): Size => {
    if (item.kind === 'leaf') return item;
    if (item.collapsed) return item.collapsedSize;
    return sizes.get(item.id)!;
  };

  const layLevel = (level: Level): LevelLayout => {
    // Children first: a level's layout needs its children's sizes.
    for (const child of level.children) if (child.kind === 'cluster' && !child.collapsed) settle(child);
    const boxes: Box[] = level.children.map((c) => ({ id: c.id, ...sizeOf(c) }));
    const edgeKey = [...level.pairs].sort().join(',');
    const key = hashString(`${settings}|${level.arrangement}|${boxes.map((b) => `${b.id}:${b.width}x${b.height}`).join(';')}|${edgeKey}`);
    let layout = cache.get(key);
    if (layout) reused++;
    else {
      laidOut++;
      const named = level.edges.map(([s, t]) => ({ source: boxes[s]!.id, target: boxes[t]!.id }));
      layout = level.arrangement === 'sequence' ? layoutSequence(boxes, direction, spacing) : layoutLevel(boxes, named, direction, spacing);
      cache.set(key, layout);
    }
    layouts.set(level.id, layout);
    return layout;
  };

  const settle = (cluster: LayoutCluster) => {
    const layout = layLevel(index.levels.get(cluster.id)!);
    const width = Math.max(cluster.collapsedSize.width, layout.width + spacing.padding * 2);
    const height = Math.max(cluster.collapsedSize.height, layout.height + spacing.padding * 2 + spacing.header);
    sizes.set(cluster.id, { width, height });
  };

  const top = layLevel(index.levels.get(ROOT)!);
  const placed: PlacedItem[] = [];
  const emit = (children: readonly LayoutItem[], layout: LevelLayout, parentId: string | null, inset: { x: number; y: number }) => {
    children.forEach((child, i) => {
      const p = layout.positions[i]!;
      const size = sizeOf(child);
      const collapsed = child.kind === 'cluster' && child.collapsed;
      placed.push({ id: child.id, kind: child.kind, parentId, x: p.x + inset.x, y: p.y + inset.y, width: size.width, height: size.height, collapsed });
      if (child.kind === 'cluster' && !child.collapsed) {
        emit(child.children, layouts.get(child.id)!, child.id, { x: spacing.padding, y: spacing.padding + spacing.header });
      }
    });
  };
  emit(items, top, null, { x: 0, y: 0 });
  return { items: placed, width: top.width, height: top.height, laidOut, reused };
}
