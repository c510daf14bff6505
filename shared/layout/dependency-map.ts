/**
 * The dependency map as a tree to lay out: one column per wave in plan order (what moves first on
 * the left), the workloads that do not move in a last column, and inside each wave its move groups
 * (or teams) as boxes around their workloads. Pure: Project + Plan + the view's choices in, the
 * tree, the edges to lay out and the edges to draw out.
 *
 * Edges run from what is needed to what needs it (a dependency `from` needs `to` gives to -> from),
 * so dagre puts what is needed first. A collapsed box stands for everything inside it: edges to its
 * workloads are drawn to the box, one per pair of boxes, with a count.
 */
import type { Dependency, Project, Workload } from '../model/schema';
import { HARD_DEPENDENCY_KINDS } from '../model/vocabulary';
import type { MoveGroup, Plan } from '../plan/types';
import type { Direction, LayoutCluster, LayoutEdge, LayoutItem, LayoutLeaf, Size } from './graph/types';

/** Sizes of what the map draws, in pixels (fixed per kind, so no measuring pass is needed). */
export const MAP_SIZES = {
  workload: { width: 208, height: 64 },
  collapsedGroup: { width: 208, height: 64 },
  collapsedWave: { width: 232, height: 84 },
} as const satisfies Record<string, Size>;

/** Above this many workloads shown, waves open collapsed: the map stays usable at 5,000. */
export const AUTO_COLLAPSE_WORKLOADS = 1_200;

/** A move group (or team, application) larger than this opens collapsed: it would fill the screen with one box. */
export const AUTO_COLLAPSE_GROUP = 60;

/** Cluster ids start with '#', which no workload id may (shared/model IdSchema), so they never clash. */
export const waveClusterId = (index: number) => `#wave:${index}`;
export const STAYING_CLUSTER_ID = '#staying';
/** The landing zone's platform workloads (network, identity, keys, DNS, monitoring): built before every wave. */
export const FOUNDATION_CLUSTER_ID = '#foundation';
export const PENDING_CLUSTER_ID = '#pending';
export const groupClusterId = (groupId: string) => `#group:${groupId}`;
export const teamClusterId = (waveKey: string, teamId: string) => `#team:${waveKey}:${teamId}`;
export const applicationClusterId = (waveKey: string, application: string) => `#app:${waveKey}:${application}`;

/** What groups workloads inside a wave. */
export type MapGrouping = 'moveGroup' | 'application' | 'team' | 'none';

export interface MapFilter {
  readonly wave?: number | null;
  readonly team?: string | null;
  readonly tag?: string | null;
  readonly application?: string | null;
  /** Absent environment counts as production, as the planner reads it. */
  readonly environment?: string | null;
}

export interface DependencyMapOptions {
  readonly direction: Direction;
  readonly grouping: MapGrouping;
  readonly filter?: MapFilter;
  /** The user's choices, by cluster id; a cluster not listed follows the default. */
  readonly collapsed?: Readonly<Record<string, boolean>>;
}

export type MapClusterInfo =
  | { readonly kind: 'wave'; readonly id: string; readonly waveIndex: number; readonly workloadCount: number }
  | { readonly kind: 'foundation'; readonly id: string; readonly workloadCount: number }
  | { readonly kind: 'staying'; readonly id: string; readonly workloadCount: number }
  | { readonly kind: 'pending'; readonly id: string; readonly workloadCount: number }
  | { readonly kind: 'moveGroup'; readonly id: string; readonly group: MoveGroup; readonly workloadCount: number; readonly waveIndex: number | null }
  | { readonly kind: 'team'; readonly id: string; readonly teamId: string; readonly workloadCount: number }
  | { readonly kind: 'application'; readonly id: string; readonly application: string; readonly workloadCount: number };

/** An edge as drawn: between two visible boxes (workload cards or collapsed clusters). */
export interface MapEdge {
  /** The dependency's id when both ends are workload cards; else `agg:<source>><target>`. */
  readonly id: string;
  readonly dependencyId: string | null;
  /** The box of what is needed (`to`). */
  readonly source: string;
  /** The box of what needs it (`from`). */
  readonly target: string;
  readonly kind: Dependency['kind'];
  readonly coupling: Dependency['coupling'];
  /** Dependencies this edge stands for (1 between two cards). */
  readonly count: number;
  /** Any of them tight, or hard (sync, auth, shared storage, network). */
  readonly tight: boolean;
  readonly hard: boolean;
}

export interface DependencyMap {
  readonly items: readonly LayoutItem[];
  readonly layoutEdges: readonly LayoutEdge[];
  readonly edges: readonly MapEdge[];
  readonly clusters: ReadonlyMap<string, MapClusterInfo>;
  /** The visible box of each shown workload (itself, or the collapsed cluster that hides it). */
  readonly boxOf: ReadonlyMap<string, string>;
  readonly shownWorkloads: number;
  readonly totalWorkloads: number;
  /** Whether waves were collapsed because the map is large (the user's choices still win). */
  readonly autoCollapsed: boolean;
}

function passes(w: Workload, waveIndex: number | null, filter: MapFilter): boolean {
  if (filter.wave !== undefined && filter.wave !== null && waveIndex !== filter.wave) return false;
  if (filter.team && w.team !== filter.team) return false;
  if (filter.tag && !w.tags.includes(filter.tag)) return false;
  if (filter.application && w.application !== filter.application) return false;
  if (filter.environment && (w.environment ?? 'production') !== filter.environment) return false;
  return true;
}

export function buildDependencyMap(project: Project, plan: (Pick<Plan, 'waves' | 'excluded' | 'moveGroups'> & { readonly foundation?: Pick<Plan['foundation'], 'workloadIds'> }) | null, options: DependencyMapOptions): DependencyMap {
  const filter = options.filter ?? {};
  const byId = new Map<string, Workload>();
  for (const w of project.workloads) if (!byId.has(w.id)) byId.set(w.id, w);
  const waveOf = new Map<string, number>();
  for (const wave of plan?.waves ?? []) for (const id of wave.workloadIds) waveOf.set(id, wave.index);
  const groupOf = new Map<string, MoveGroup>();
  for (const g of plan?.moveGroups ?? []) if (g.workloadIds.length > 1) for (const id of g.workloadIds) groupOf.set(id, g);

  const shown = new Set<string>();
  for (const w of byId.values()) if (passes(w, waveOf.get(w.id) ?? null, filter)) shown.add(w.id);
  const autoCollapsed = shown.size > AUTO_COLLAPSE_WORKLOADS;
  const isCollapsed = (id: string, byDefault: boolean) => options.collapsed?.[id] ?? byDefault;

  const clusters = new Map<string, MapClusterInfo>();
  const leaf = (id: string): LayoutLeaf => ({ kind: 'leaf', id, ...MAP_SIZES.workload });

  /** The inside of one column: move groups or teams as clusters, lone workloads as cards. */
  const inside = (columnKey: string, ids: readonly string[], waveIndex: number | null): LayoutItem[] => {
    if (options.grouping === 'none') return ids.map(leaf);
    const out: LayoutItem[] = [];
    const buckets = new Map<string, string[]>();
    const order: string[] = [];
    for (const id of ids) {
      let key: string | null = null;
      if (options.grouping === 'moveGroup') {
        const g = groupOf.get(id);
        if (g) key = groupClusterId(g.id);
      } else if (options.grouping === 'application') {
        const app = byId.get(id)!.application;
        if (app) key = applicationClusterId(columnKey, app);
      } else {
        key = teamClusterId(columnKey, byId.get(id)!.team);
      }
      if (key === null) {
        order.push(id);
        continue;
      }
      let bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, (bucket = []));
        order.push(key);
      }
      bucket.push(id);
    }
    for (const key of order) {
      const bucket = buckets.get(key);
      if (!bucket) {
        out.push(leaf(key));
        continue;
      }
      if (options.grouping === 'moveGroup') {
        const group = groupOf.get(bucket[0]!)!;
        clusters.set(key, { kind: 'moveGroup', id: key, group, workloadCount: bucket.length, waveIndex });
      } else if (options.grouping === 'application') {
        clusters.set(key, { kind: 'application', id: key, application: byId.get(bucket[0]!)!.application!, workloadCount: bucket.length });
      } else {
        clusters.set(key, { kind: 'team', id: key, teamId: byId.get(bucket[0]!)!.team, workloadCount: bucket.length });
      }
      out.push({ kind: 'cluster', id: key, collapsed: isCollapsed(key, bucket.length > AUTO_COLLAPSE_GROUP), collapsedSize: MAP_SIZES.collapsedGroup, arrangement: 'layered', children: bucket.map(leaf) });
    }
    return out;
  };

  const items: LayoutCluster[] = [];
  const column = (id: string, info: MapClusterInfo, ids: readonly string[], waveIndex: number | null) => {
    if (ids.length === 0) return;
    clusters.set(id, info);
    items.push({ kind: 'cluster', id, collapsed: isCollapsed(id, autoCollapsed), collapsedSize: MAP_SIZES.collapsedWave, arrangement: 'layered', children: inside(id, ids, waveIndex) });
  };
  const placed = new Set<string>();
  const foundation = (plan?.foundation?.workloadIds ?? []).filter((id) => shown.has(id));
  foundation.forEach((id) => placed.add(id));
  column(FOUNDATION_CLUSTER_ID, { kind: 'foundation', id: FOUNDATION_CLUSTER_ID, workloadCount: foundation.length }, foundation, null);
  for (const wave of plan?.waves ?? []) {
    const ids = wave.workloadIds.filter((id) => shown.has(id) && !placed.has(id));
    ids.forEach((id) => placed.add(id));
    column(waveClusterId(wave.index), { kind: 'wave', id: waveClusterId(wave.index), waveIndex: wave.index, workloadCount: ids.length }, ids, wave.index);
  }
  const staying = (plan?.excluded ?? []).filter((id) => shown.has(id) && !placed.has(id));
  staying.forEach((id) => placed.add(id));
  column(STAYING_CLUSTER_ID, { kind: 'staying', id: STAYING_CLUSTER_ID, workloadCount: staying.length }, staying, null);
  // Added since the plan was computed (the next plan places them).
  const pending = [...shown].filter((id) => !placed.has(id));
  column(PENDING_CLUSTER_ID, { kind: 'pending', id: PENDING_CLUSTER_ID, workloadCount: pending.length }, pending, null);

  // The visible box of each workload: the outermost collapsed cluster above it, else itself.
  const boxOf = new Map<string, string>();
  const mark = (item: LayoutItem, hiddenBy: string | null) => {
    if (item.kind === 'leaf') boxOf.set(item.id, hiddenBy ?? item.id);
    else for (const c of item.children) mark(c, hiddenBy ?? (item.collapsed ? item.id : null));
  };
  items.forEach((item) => mark(item, null));

  const layoutEdges: LayoutEdge[] = [];
  const edges: MapEdge[] = [];
  const aggregated = new Map<string, { source: string; target: string; first: Dependency; count: number; tight: boolean; hard: boolean }>();
  for (const d of project.dependencies) {
    if (!shown.has(d.from) || !shown.has(d.to) || d.from === d.to) continue;
    layoutEdges.push({ source: d.to, target: d.from });
    const source = boxOf.get(d.to)!;
    const target = boxOf.get(d.from)!;
    if (source === target) continue;
    const hard = HARD_DEPENDENCY_KINDS.has(d.kind);
    if (source === d.to && target === d.from) {
      edges.push({ id: d.id, dependencyId: d.id, source, target, kind: d.kind, coupling: d.coupling, count: 1, tight: d.coupling === 'tight', hard });
      continue;
    }
    const key = `${source}>${target}`;
    const agg = aggregated.get(key);
    if (agg) {
      agg.count++;
      agg.tight ||= d.coupling === 'tight';
      agg.hard ||= hard;
    } else aggregated.set(key, { source, target, first: d, count: 1, tight: d.coupling === 'tight', hard });
  }
  for (const [key, a] of aggregated) {
    edges.push({ id: `agg:${key}`, dependencyId: null, source: a.source, target: a.target, kind: a.first.kind, coupling: a.tight ? 'tight' : 'loose', count: a.count, tight: a.tight, hard: a.hard });
  }
  return { items, layoutEdges, edges, clusters, boxOf, shownWorkloads: shown.size, totalWorkloads: byId.size, autoCollapsed };
}
