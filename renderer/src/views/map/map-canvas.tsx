/**
 * The React Flow canvas: cards, boxes and edges from the map model, read-only positions (the
 * layout places everything), selection that opens the workload's panel, a drag between two
 * cards that proposes a dependency, Delete that removes the selected card or dependency (undoable),
 * and arrow keys that move the focus to the nearest card in that direction.
 */
import {
  ControlButton,
  applyEdgeChanges,
  applyNodeChanges,
  Background,
  type Connection,
  ConnectionMode,
  Controls,
  type Edge,
  type EdgeChange,
  MiniMap,
  type NodeChange,
  Panel,
  type OnBeforeDelete,
  type OnSelectionChangeParams,
  ReactFlow,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import { type KeyboardEvent, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useListFormat } from '../../i18n/list';
import { useDecampStore } from '../../store';
import { ConnectPopover, type ProposedDependency } from './connect-popover';
import { MAP_EDGE_TYPES } from './map-edges';
import { MAP_NODE_TYPES, MapFarContext, type MapNode } from './map-nodes';
import type { MapModel } from './use-map-model';
import { useZoomPicture } from './use-zoom-picture';

export interface MapCanvasProps {
  readonly model: MapModel;
  readonly onStatus: (text: string, undoable: boolean) => void;
  /**
   * Bumped when the map should fit in view. A map too large to fit at a zoom where cards read and can
   * be dragged starts at its first column at that zoom instead; `readable` false (the user asked, with
   * the toolbar's Fit view) says so in the status line.
   */
  readonly fitRequest: { readonly n: number; readonly readable: boolean };
}

/** Below this zoom a card's name cannot be read. */
const READABLE_ZOOM = 0.55;
/** Below this zoom cards show their name and colour only. */
const FAR_ZOOM = 0.4;
/** Maps with more nodes than this render only what is in view and hide their lines while the user zooms. */
const LARGE_MAP = 600;

/** The nearest card from `from` in an arrow's direction, favouring cards straight ahead. */
function nearest(model: MapModel, from: string, key: string): string | null {
  const a = model.absolute.get(from);
  if (!a) return null;
  const ax = a.x + a.width / 2;
  const ay = a.y + a.height / 2;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const n of model.nodes) {
    if (n.type !== 'workload' || n.id === from) continue;
    const b = model.absolute.get(n.id);
    if (!b) continue;
    const dx = b.x + b.width / 2 - ax;
    const dy = b.y + b.height / 2 - ay;
    const [ahead, side] = key === 'ArrowRight' ? [dx, dy] : key === 'ArrowLeft' ? [-dx, dy] : key === 'ArrowDown' ? [dy, dx] : [-dy, dx];
    if (ahead <= 1) continue;
    const score = ahead + Math.abs(side) * 3;
    if (score < bestScore) {
      bestScore = score;
      best = n.id;
    }
  }
  return best;
}

export function MapCanvas({ model, onStatus, fitRequest }: MapCanvasProps) {
  const { t } = useTranslation('map');
  const list = useListFormat();
  const rf = useReactFlow();
  const [nodes, setNodes] = useState<MapNode[]>(model.nodes);
  const [edges, setEdges] = useState<Edge[]>(model.edges);
  const [proposal, setProposal] = useState<ProposedDependency | null>(null);
  const connectFrom = useRef<string | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => setNodes(model.nodes), [model.nodes]);
  useEffect(() => setEdges(model.edges), [model.edges]);

  // Fit the map, but never below the zoom where a card's name reads and its handle can be grabbed:
  // a map too large for that (the large sample's 150 workloads in ten columns) starts at its first
  // column at that zoom, centred when it is short enough, and the overview shows the rest.
  const fit = useCallback(async (): Promise<'all' | 'start'> => {
    await rf.fitView({ padding: 0.08, maxZoom: 1 });
    const layout = model.layout;
    if (rf.getZoom() >= READABLE_ZOOM || !layout) return 'all';
    const tops = layout.items.filter((i) => i.parentId === null);
    if (tops.length === 0) return 'all';
    const minX = Math.min(...tops.map((i) => i.x));
    const minY = Math.min(...tops.map((i) => i.y));
    const height = (Math.max(...tops.map((i) => i.y + i.height)) - minY) * READABLE_ZOOM;
    const room = wrapper.current?.clientHeight ?? 0;
    const y = height + 32 <= room ? (room - height) / 2 - minY * READABLE_ZOOM : 16 - minY * READABLE_ZOOM;
    await rf.setViewport({ x: 16 - minX * READABLE_ZOOM, y, zoom: READABLE_ZOOM });
    return 'start';
  }, [rf, model.layout]);

  const onFitButton = useCallback(() => {
    void fit().then((shown) => shown === 'start' && onStatus(t('fit.tooLarge'), false));
  }, [fit, onStatus, t]);

  // Fit once the first layout is on screen, and whenever asked (the toolbar's Fit view, the controls' fit button).
  const fitted = useRef(-1);
  useEffect(() => {
    if (model.layout === null || fitted.current === fitRequest.n) return;
    fitted.current = fitRequest.n;
    requestAnimationFrame(() => {
      void fit().then((shown) => {
        if (shown === 'start' && !fitRequest.readable) onStatus(t('fit.tooLarge'), false);
      });
    });
  }, [model.layout, fitRequest, fit, onStatus, t]);

  // Only selection is the user's to change: positions come from the layout and sizes are fixed, so the
  // dimension reports React Flow sends for every node it mounts (a thousand while zooming) would only
  // copy the node list again and again.
  const onNodesChange = useCallback((changes: NodeChange<MapNode>[]) => {
    const selection = changes.filter((c) => c.type === 'select');
    if (selection.length > 0) setNodes((ns) => applyNodeChanges(selection, ns));
  }, []);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selection = changes.filter((c) => c.type === 'select');
    if (selection.length > 0) setEdges((es) => applyEdgeChanges(selection, es));
  }, []);

  const onSelectionChange = useCallback(({ nodes: selected }: OnSelectionChangeParams) => {
    const workload = selected.find((n) => n.type === 'workload');
    const s = useDecampStore.getState();
    if (workload && s.focusedWorkloadId !== workload.id) {
      s.selectWorkloads([workload.id]);
      s.focusWorkload(workload.id);
    }
  }, []);

  const onBeforeDelete: OnBeforeDelete<MapNode, Edge> = useCallback(
    async ({ nodes: gone, edges: cut }) => {
      const s = useDecampStore.getState();
      const workloadIds = gone.filter((n) => n.type === 'workload').map((n) => n.id);
      // Only what the user selected: React Flow also lists the edges of a deleted node, which go with it anyway.
      const dependencyIds = workloadIds.length > 0 ? [] : cut.flatMap((e) => (typeof e.data?.dependencyId === 'string' ? [e.data.dependencyId] : []));
      if (workloadIds.length > 0) {
        const names = workloadIds.map((id) => s.project.workloads.find((w) => w.id === id)?.name ?? id);
        s.deleteWorkloads(workloadIds);
        onStatus(t('status.deletedWorkloads', { count: names.length, names: list(names) }), true);
      } else if (dependencyIds.length > 0) {
        for (const id of dependencyIds) s.removeDependency(id);
        onStatus(t('status.deletedDependencies', { count: dependencyIds.length }), true);
      }
      // The store is the source of truth: the next model redraws without them.
      return false;
    },
    [onStatus, t, list],
  );

  const isWorkload = useCallback((id: string | null) => id !== null && model.nodes.some((n) => n.id === id && n.type === 'workload'), [model.nodes]);
  const onConnectStart = useCallback((_: unknown, params: { nodeId: string | null }) => {
    connectFrom.current = params.nodeId;
  }, []);
  const onConnect = useCallback(
    (c: Connection) => {
      const start = connectFrom.current ?? c.source;
      const other = start === c.source ? c.target : c.source;
      connectFrom.current = null;
      if (!isWorkload(start) || !isWorkload(other) || start === other) return;
      setProposal({ from: start, to: other });
    },
    [isWorkload],
  );
  const isValidConnection = useCallback((c: Connection | Edge) => c.source !== c.target && isWorkload(c.source) && isWorkload(c.target), [isWorkload]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (!['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown'].includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
      const el = (e.target as HTMLElement).closest<HTMLElement>('.react-flow__node');
      const id = el?.dataset.id;
      if (!id) return;
      const next = nearest(model, id, e.key);
      e.preventDefault();
      if (!next) return;
      const target = wrapper.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(next)}"]`);
      const box = model.absolute.get(next);
      if (box) void rf.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(rf.getZoom(), 0.6) });
      requestAnimationFrame(() => target?.focus());
    },
    [model, rf],
  );

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('a11y.node'),
      'edge.a11yDescription.default': t('a11y.edge'),
      'controls.ariaLabel': t('a11y.controls'),
      'controls.zoomIn.ariaLabel': t('a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('a11y.fitView'),
      'minimap.ariaLabel': t('a11y.minimap'),
      'handle.ariaLabel': t('a11y.handle'),
    }),
    [t],
  );
  // Measured (npm run bench views): on a 1,000-card map, rendering only what is in view kept panning at 60 fps with a p95 of
  // 50 ms where rendering everything gave 133 ms and an 8.8 s stall.
  const large = nodes.length > LARGE_MAP;

  const zoomPicture = useZoomPicture({ wrapper, nodes, edges, absolute: model.absolute, large });

  // Far out, a card's small print cannot be read: drawing only its name and colour (and plain lines, map.css) makes every
  // zoom step cheaper to paint, and each card that comes into view while zooming out cheaper to mount.
  // Deferred: crossing the threshold swaps every mounted card, and that render must not hold up the wheel step that caused it.
  const far = useDeferredValue(useStore((s) => s.transform[2] < FAR_ZOOM));

  return (
    <div className={far ? 'map-canvas is-far' : 'map-canvas'} ref={wrapper} onKeyDown={onKeyDown} data-testid="map-canvas" data-layout-ms={model.layoutMs?.toFixed(1) ?? ''} data-nodes={nodes.length}>
      <MapFarContext.Provider value={far}>
        <ReactFlow<MapNode, Edge>
          nodes={nodes}
          edges={edges}
          nodeTypes={MAP_NODE_TYPES}
          edgeTypes={MAP_EDGE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onSelectionChange={onSelectionChange}
          onMoveStart={zoomPicture.onMoveStart}
          onMove={zoomPicture.onMove}
          onBeforeDelete={onBeforeDelete}
          onConnectStart={onConnectStart}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          connectionMode={ConnectionMode.Loose}
          nodesDraggable={false}
          deleteKeyCode={['Delete', 'Backspace']}
          minZoom={0.03}
          maxZoom={2}
          onlyRenderVisibleElements={large}
          elevateNodesOnSelect={false}
          ariaLabelConfig={ariaLabelConfig}
          proOptions={{ hideAttribution: false }}
        >
          <Background gap={24} size={1} />
          <Controls showInteractive={false} showFitView={false}>
            <ControlButton className="react-flow__controls-fitview" onClick={onFitButton} title={t('a11y.fitView')} aria-label={t('a11y.fitView')}>
              <svg viewBox="0 0 32 30" aria-hidden="true">
                <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
              </svg>
            </ControlButton>
          </Controls>
          {far ? (
            <Panel position="top-left" className="map-far-note" data-testid="map-far-note">
              {t('far.note')}
            </Panel>
          ) : null}
          <canvas ref={zoomPicture.layer} className="map-zoom-layer" aria-hidden="true" data-testid="map-zoom-layer" />
          <MiniMap pannable zoomable nodeStrokeWidth={2} nodeClassName={(n) => (n.type === 'cluster' ? 'minimap-cluster' : 'minimap-card')} />
        </ReactFlow>
      </MapFarContext.Provider>
      {proposal ? (
        <ConnectPopover
          proposal={proposal}
          onSwap={() => setProposal({ from: proposal.to, to: proposal.from })}
          onDone={(text) => {
            setProposal(null);
            if (text) onStatus(text, true);
          }}
        />
      ) : null}
    </div>
  );
}
