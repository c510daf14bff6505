/** Messages between the map and its layout worker. */
import type { HierarchyOptions } from '../../../../shared/layout/graph/hierarchy';
import type { GraphLayout, LayoutEdge, LayoutItem } from '../../../../shared/layout/graph/types';

export interface LayoutRequest {
  readonly id: number;
  readonly items: readonly LayoutItem[];
  readonly edges: readonly LayoutEdge[];
  readonly options: HierarchyOptions;
}

export interface LayoutResponse {
  readonly id: number;
  readonly layout: GraphLayout;
  /** Time spent laying out, in the worker. */
  readonly ms: number;
}
