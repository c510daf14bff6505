/**
 * The hierarchical graph the dependency map lays out: leaves (workload cards, collapsed groups)
 * inside clusters (waves, move groups), and edges between leaves. Coordinates are React Flow's:
 * top-left corners, relative to the parent cluster (absolute for top-level items).
 */

/** LR: what is needed on the left, its dependants to the right; TB: top to bottom. */
export type Direction = 'LR' | 'TB';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A box to place that holds nothing the layout sees inside (a workload card). */
export interface LayoutLeaf extends Size {
  readonly kind: 'leaf';
  readonly id: string;
}

/**
 * How a cluster places its children: `layered` runs dagre over the edges between them; `sequence`
 * puts them one after the other in the given order (waves as columns: their order is the plan's).
 */
export type ClusterArrangement = 'layered' | 'sequence';

/** A group of items drawn as a box with a header; collapsed, it is one box of `collapsedSize`. */
export interface LayoutCluster {
  readonly kind: 'cluster';
  readonly id: string;
  readonly collapsed: boolean;
  readonly collapsedSize: Size;
  readonly arrangement: ClusterArrangement;
  readonly children: readonly LayoutItem[];
}

export type LayoutItem = LayoutLeaf | LayoutCluster;

/** An edge between two leaves: `source` is laid out before `target` along the direction. */
export interface LayoutEdge {
  readonly source: string;
  readonly target: string;
}

/** Spacing in pixels. */
export interface LayoutSpacing {
  /** Between items in one rank (dagre's nodesep) and between packed components. */
  readonly gap: number;
  /** Between ranks (dagre's ranksep) and between the items of a sequence. */
  readonly rankGap: number;
  /** Inside a cluster's border. */
  readonly padding: number;
  /** The cluster's title strip, above its children. */
  readonly header: number;
}

export const DEFAULT_SPACING: LayoutSpacing = { gap: 16, rankGap: 56, padding: 12, header: 30 };

export interface LayoutOptions {
  readonly direction: Direction;
  readonly spacing?: LayoutSpacing;
}

/** One item with its place: parents come before their children (React Flow's `parentId` rule). */
export interface PlacedItem extends Size {
  readonly id: string;
  readonly kind: 'leaf' | 'cluster';
  readonly parentId: string | null;
  /** Top-left, relative to the parent's top-left (absolute when `parentId` is null). */
  readonly x: number;
  readonly y: number;
  readonly collapsed: boolean;
}

export interface GraphLayout {
  readonly items: readonly PlacedItem[];
  readonly width: number;
  readonly height: number;
  /** Clusters (and the root) laid out now vs taken from the cache: what an edit cost. */
  readonly laidOut: number;
  readonly reused: number;
}
