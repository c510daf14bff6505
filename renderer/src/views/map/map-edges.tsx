/**
 * The map's dependency edge: React Flow's bezier with its dash pattern capped per edge.
 *
 * Why: Skia dashes a curve along its whole length before clipping it to the tile it paints, so an
 * async or replication edge running across the map (tens of thousands of units between waves)
 * cut into thousands of dashes in every raster tile it touched; on the 1,000-workload map that was
 * most of each zoom frame (npm run bench views: p95 of seconds). `pathLength` rescales the dash
 * pattern to the edge, so an edge up to DASH_TRUE_LENGTH long keeps its true dashes and a longer
 * one keeps the same count of longer dashes, still dashed, and cheap at any zoom.
 */
import { BaseEdge, type Edge, type EdgeProps, getBezierPath } from '@xyflow/react';
import { memo } from 'react';

/** Edges up to this length (flow units) draw their dashes at true size; past it the dashes stretch. */
export const DASH_TRUE_LENGTH = 800;

/** The `pathLength` that keeps an edge's dash count at most DASH_TRUE_LENGTH / pattern period. */
export function dashPathLength(sourceX: number, sourceY: number, targetX: number, targetY: number): number {
  const chord = Math.hypot(targetX - sourceX, targetY - sourceY);
  return Math.max(1, Math.min(chord, DASH_TRUE_LENGTH));
}

export type DependencyEdgeType = Edge<{ readonly dependencyId: string | null }, 'dependency'>;

export const DependencyEdge = memo(function DependencyEdge(props: EdgeProps<DependencyEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  return (
    <BaseEdge
      path={path}
      pathLength={dashPathLength(sourceX, sourceY, targetX, targetY)}
      labelX={labelX}
      labelY={labelY}
      label={props.label}
      {...(props.markerStart ? { markerStart: props.markerStart } : {})}
      {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
      {...(props.style ? { style: props.style } : {})}
      {...(props.interactionWidth !== undefined ? { interactionWidth: props.interactionWidth } : {})}
    />
  );
});

export const MAP_EDGE_TYPES = { dependency: DependencyEdge };
