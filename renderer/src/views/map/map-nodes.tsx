/**
 * The map's node components, defined once outside any render and memoised: React Flow re-renders a
 * node only when its data object changes, and panning or zooming changes none. Plain CSS, no
 * shadows or animations, so a thousand cards stay cheap to paint.
 */
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { createContext, type CSSProperties, memo, useContext } from 'react';
import type { Direction } from '../../../../shared/layout/graph/types';
import type { WorkloadKind } from '../../../../shared/model';
import { KindIcon } from './kind-icon';

export interface WorkloadNodeData extends Record<string, unknown> {
  readonly workloadId: string;
  readonly name: string;
  readonly kind: WorkloadKind;
  readonly kindLabel: string;
  /** "Alibaba Cloud → AWS" */
  readonly route: string;
  readonly strategy: string;
  readonly wave: string;
  readonly colour: string;
  readonly direction: Direction;
  /** Where it runs at the interim state the slider shows, when the slider is on. */
  readonly runsOn: string | null;
  readonly moved: boolean;
  readonly highlighted: boolean;
  readonly pinned: boolean;
  readonly pinnedLabel: string;
}

export interface ClusterNodeData extends Record<string, unknown> {
  readonly clusterId: string;
  readonly title: string;
  readonly detail: string;
  readonly collapsed: boolean;
  readonly level: 'wave' | 'group';
  readonly direction: Direction;
  readonly toggleLabel: string;
  readonly highlighted: boolean;
}

export type WorkloadNodeType = Node<WorkloadNodeData, 'workload'>;
export type ClusterNodeType = Node<ClusterNodeData, 'cluster'>;
export type MapNode = WorkloadNodeType | ClusterNodeType;

/** Actions a node can ask of the map, passed by context so node data holds no functions. */
export interface MapNodeActions {
  toggle(clusterId: string): void;
}
export const MapNodeActionsContext = createContext<MapNodeActions>({ toggle: () => undefined });

/**
 * True while the map is zoomed out past reading (map-canvas.tsx): cards draw their name and colour only. One
 * subscription to the zoom in the canvas, passed down, instead of one per card; it changes only when the zoom
 * crosses the threshold, so a wheel step re-renders no card.
 */
export const MapFarContext = createContext(false);

function Handles({ direction }: { readonly direction: Direction }) {
  const [inSide, outSide] = direction === 'LR' ? [Position.Left, Position.Right] : [Position.Top, Position.Bottom];
  return (
    <>
      <Handle type="target" position={inSide} />
      <Handle type="source" position={outSide} />
    </>
  );
}

export const WorkloadNode = memo(function WorkloadNode({ data, selected }: NodeProps<WorkloadNodeType>) {
  const far = useContext(MapFarContext);
  const classes = ['map-card', far ? 'is-far' : '', selected ? 'is-selected' : '', data.highlighted ? 'is-highlighted' : '', data.runsOn !== null && data.moved ? 'is-moved' : ''].filter(Boolean).join(' ');
  if (far) {
    // Far out a card is a box in its colour with its name (unreadable small print is left out: every card that
    // comes into view while zooming out mounts this, not the full card); its handles stay, so a drag still connects.
    return (
      <div className={classes} style={{ '--card-accent': data.colour } as CSSProperties} data-workload={data.workloadId} title={data.name}>
        <Handles direction={data.direction} />
        <div className="map-card-name">{data.name}</div>
      </div>
    );
  }
  return (
    <div className={classes} style={{ '--card-accent': data.colour } as CSSProperties} data-workload={data.workloadId}>
      <Handles direction={data.direction} />
      <div className="map-card-title">
        <span className="map-card-kind" title={data.kindLabel}>
          <KindIcon kind={data.kind} />
        </span>
        <span className="map-card-name">{data.name}</span>
        {data.pinned ? <span className="map-card-pin">{data.pinnedLabel}</span> : null}
      </div>
      <div className="map-card-meta">{data.runsOn !== null ? data.runsOn : data.route}</div>
      <div className="map-card-meta">
        {data.strategy} · {data.wave}
      </div>
    </div>
  );
});

export const ClusterNode = memo(function ClusterNode({ data }: NodeProps<ClusterNodeType>) {
  const actions = useContext(MapNodeActionsContext);
  const classes = ['map-cluster', `map-cluster-${data.level}`, data.collapsed ? 'is-collapsed' : 'is-open', data.highlighted ? 'is-highlighted' : ''].filter(Boolean).join(' ');
  return (
    <div className={classes} data-cluster={data.clusterId}>
      {data.collapsed ? <Handles direction={data.direction} /> : null}
      <div className="map-cluster-head">
        <button type="button" className="map-cluster-toggle nodrag nopan"
          // React Flow turns pointer events off on a node that cannot be selected or dragged; the button still takes clicks.
          style={{ pointerEvents: 'all' }}
          aria-expanded={!data.collapsed} aria-label={data.toggleLabel} onClick={() => actions.toggle(data.clusterId)}>
          {data.collapsed ? '▸' : '▾'}
        </button>
        <span className="map-cluster-title">{data.title}</span>
      </div>
      <div className="map-cluster-detail">{data.detail}</div>
    </div>
  );
});

export const MAP_NODE_TYPES = { workload: WorkloadNode, cluster: ClusterNode };
