/**
 * The map's dependency edge: React Flow's bezier, straight when long, with its dash pattern capped per edge.
 *
 * Why: Skia dashes a curve along its whole length before clipping it to the tile it paints, so an
 * async or replication edge running across the map (tens of thousands of units between waves)
 * cut into thousands of dashes in every raster tile it touched; on the 1,000-workload map that was
 * most of each zoom frame (npm run bench views: p95 of seconds). `pathLength` rescales the dash
 * pattern to the edge, so an edge up to DASH_TRUE_LENGTH long keeps its true dashes and a longer
 * one keeps the same count of longer dashes, still dashed, and cheap at any zoom.
 *
 * Why long edges are straight: Skia measures, dashes and strokes a curve along its whole length in
 * device pixels for every raster tile the curve's bounds touch, and culls a dashed path to the tile
 * only when it is one straight line. Every wheel step re-rasters the map at the new scale, so the
 * long curves between distant waves were half the raster work of a zoom (a Chromium trace of the
 * 1,000-workload wheel run in npm run bench views: raster 1.1-1.3 s, 0.55-0.8 s with these straight).
 * An edge that long crosses columns anyway; its curve read no better than a line.
 */
import { BaseEdge, type Edge, type EdgeProps, getBezierPath, getStraightPath, type Position } from '@xyflow/react';
import { memo } from 'react';

/** Edges up to this length (flow units) draw their dashes at true size; past it the dashes stretch. */
export const DASH_TRUE_LENGTH = 800;

/** The `pathLength` that keeps an edge's dash count at most DASH_TRUE_LENGTH / pattern period. */
export function dashPathLength(sourceX: number, sourceY: number, targetX: number, targetY: number): number {
  const chord = Math.hypot(targetX - sourceX, targetY - sourceY);
  return Math.max(1, Math.min(chord, DASH_TRUE_LENGTH));
}

/** Edges whose ends are further apart than this (flow units) are drawn as a straight line. */
export const STRAIGHT_PAST = 800;

/** The edge's SVG path and label point: a bezier between near cards, a straight line between far ones. */
export function dependencyPath(sourceX: number, sourceY: number, sourcePosition: Position, targetX: number, targetY: number, targetPosition: Position): [path: string, labelX: number, labelY: number] {
  const [path, labelX, labelY] =
    Math.hypot(targetX - sourceX, targetY - sourceY) > STRAIGHT_PAST
      ? getStraightPath({ sourceX, sourceY, targetX, targetY })
      : getBezierPath({ sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition });
  return [path, labelX, labelY];
}

export type DependencyEdgeType = Edge<{ readonly dependencyId: string | null }, 'dependency'>;

export const DependencyEdge = memo(function DependencyEdge(props: EdgeProps<DependencyEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  const [path, labelX, labelY] = dependencyPath(sourceX, sourceY, sourcePosition, targetX, targetY, targetPosition);
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
