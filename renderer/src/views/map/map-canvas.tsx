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
  type Viewport,
  useReactFlow,
  useStore,
  useStoreApi,
} from '@xyflow/react';
import { type KeyboardEvent, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecampStore } from '../../store';
import { ConnectPopover, type ProposedDependency } from './connect-popover';
import { MAP_EDGE_TYPES } from './map-edges';
import { MAP_NODE_TYPES, MapFarContext, type MapNode } from './map-nodes';
import type { MapModel } from './use-map-model';
import { paintZoomLayer, palette, zoomLayerItems, zoomLayerLines } from './zoom-layer';
import { wheelZoomExponent, zoomAbout } from '../../../../shared/layout/zoom-layer';

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
/** A zoom has settled when this long has passed without a step (a wheel notch, a pinch's move). */
export const ZOOM_SETTLE_MS = 150;

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
        onStatus(t('status.deletedWorkloads', { count: names.length, names: names.join(', ') }), true);
      } else if (dependencyIds.length > 0) {
        for (const id of dependencyIds) s.removeDependency(id);
        onStatus(t('status.deletedDependencies', { count: dependencyIds.length }), true);
      }
      // The store is the source of truth: the next model redraws without them.
      return false;
    },
    [onStatus, t],
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

  // While the user zooms a large map, its lines and cards are hidden and a picture of them is painted on one canvas instead
  // (zoom-layer.ts): each wheel step re-rastered every card and line in view at the new scale, which in software was most of a frame, and
  // the picture costs a few milliseconds. Panning only moves tiles already drawn, so it keeps the map. A data attribute on the element, not
  // React state: no render at the start or the end.
  //
  // The wheel's zoom is the picture's alone until it settles: React Flow's viewport is set once, then, instead of at every step, where the
  // cards and lines coming into view were mounted step by step (a trace of the wheel run: 15-130 ms of script a step, once raster was gone).
  // A pinch on a touch screen goes through React Flow as before (its cards hidden the same way, the picture following its viewport).
  const store = useStoreApi<MapNode, Edge>();
  const direction = useDecampStore((s) => s.mapSettings.direction);
  const layer = useRef<HTMLCanvasElement>(null);
  const picture = useMemo(
    () => (large ? { items: zoomLayerItems(nodes, model.absolute), lines: zoomLayerLines(edges, model.absolute), direction } : { items: [], lines: [], direction }),
    [large, nodes, edges, model.absolute, direction],
  );
  const pictureNow = useRef(picture);
  pictureNow.current = picture;
  const largeNow = useRef(large);
  largeNow.current = large;
  /** The viewport the wheel has zoomed the picture to, not yet given to React Flow. */
  const held = useRef<Viewport | null>(null);
  /** True while the settled zoom is handed to React Flow: that move is the map's own. */
  const committing = useRef(false);
  const gesture = useRef<{ colour: (css: string) => string; font: string; pane: DOMRect | null } | null>(null);
  const frame = useRef<number | null>(null);
  const paintLayer = useCallback(() => {
    frame.current = null;
    const canvas = layer.current;
    if (!canvas || !gesture.current) return;
    const { transform, width, height } = store.getState();
    const viewport = held.current ?? { x: transform[0], y: transform[1], zoom: transform[2] };
    const drawn = paintZoomLayer(canvas, pictureNow.current, viewport, { width, height }, gesture.current.colour, gesture.current.font);
    canvas.dataset.cards = String(drawn.cards);
    canvas.dataset.names = String(drawn.names);
    canvas.dataset.lines = String(drawn.lines);
    canvas.dataset.viewport = `${viewport.x},${viewport.y},${viewport.zoom}`;
  }, [store]);
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastZoom = useRef<number | null>(null);
  const endZooming = useCallback(() => {
    if (settle.current !== null) clearTimeout(settle.current);
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    settle.current = null;
    frame.current = null;
    gesture.current = null;
    held.current = null;
    delete wrapper.current?.dataset.zooming;
    for (const n of wrapper.current?.querySelectorAll<HTMLElement>('[data-zoom-focus]') ?? []) delete n.dataset.zoomFocus;
  }, []);
  /** The zoom has settled (or something else needs the map where the user zoomed it): React Flow takes the picture's viewport, the map returns. */
  const settleZoom = useCallback(() => {
    const viewport = held.current;
    held.current = null;
    if (viewport) {
      committing.current = true;
      void rf.setViewport(viewport);
      committing.current = false;
    }
    endZooming();
  }, [rf, endZooming]);
  useEffect(() => endZooming, [endZooming]);
  useEffect(() => {
    if (!large) endZooming();
  }, [large, endZooming]);
  /** Shows the picture (from the first step of a zoom) and paints it in the next animation frame; several steps in one frame paint once. */
  const zoomStep = useCallback(
    (mode: 'wheel' | 'pinch') => {
      const el = wrapper.current;
      if (!el) return;
      if (gesture.current === null) {
        gesture.current = { colour: palette(el), font: getComputedStyle(el).fontFamily, pane: null };
        // The card with the keyboard focus stays in the page, transparent (map.css), so that it keeps the focus.
        const focused = document.activeElement instanceof Element ? document.activeElement.closest<HTMLElement>('.react-flow__node') : null;
        if (focused && el.contains(focused)) focused.dataset.zoomFocus = '';
      }
      el.dataset.zooming = mode;
      frame.current ??= requestAnimationFrame(paintLayer);
      if (settle.current !== null) clearTimeout(settle.current);
      settle.current = setTimeout(settleZoom, ZOOM_SETTLE_MS);
    },
    [paintLayer, settleZoom],
  );
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    // Before React Flow's own wheel handler (capture, on an ancestor), the same zoom d3-zoom would make (shared/layout/zoom-layer.ts).
    const onWheel = (e: WheelEvent) => {
      const target = e.target as Element;
      const pane = el.querySelector('.react-flow__renderer');
      if (!largeNow.current || !pane || !pane.contains(target) || target.closest('.nowheel')) return;
      e.preventDefault();
      e.stopPropagation();
      zoomStep('wheel');
      const g = gesture.current!;
      g.pane ??= pane.getBoundingClientRect();
      const { transform, minZoom, maxZoom } = store.getState();
      const from = held.current ?? { x: transform[0], y: transform[1], zoom: transform[2] };
      const mac = navigator.userAgent.includes('Mac');
      held.current = zoomAbout(from, wheelZoomExponent(e.deltaY, e.deltaMode, e.ctrlKey && mac), { x: e.clientX - g.pane.left, y: e.clientY - g.pane.top }, minZoom, maxZoom);
    };
    // A press or a key while the picture shows hands its zoom to the map first, so a drag, a click or an arrow starts from where the user sees.
    const onPress = () => {
      if (held.current) settleZoom();
    };
    el.addEventListener('wheel', onWheel, { capture: true, passive: false });
    el.addEventListener('pointerdown', onPress, true);
    el.addEventListener('keydown', onPress, true);
    return () => {
      el.removeEventListener('wheel', onWheel, true);
      el.removeEventListener('pointerdown', onPress, true);
      el.removeEventListener('keydown', onPress, true);
    };
  }, [store, zoomStep, settleZoom]);
  const onMoveStart = useCallback((_: MouseEvent | TouchEvent | null, viewport: Viewport) => {
    lastZoom.current = viewport.zoom;
  }, []);
  const onMove = useCallback(
    (event: MouseEvent | TouchEvent | null, viewport: Viewport) => {
      const zoomed = lastZoom.current !== null && viewport.zoom !== lastZoom.current;
      lastZoom.current = viewport.zoom;
      // Something else moved the map while the picture held a wheel zoom (Fit view, a search's jump): it wins, and the picture goes.
      if (event === null && held.current && !committing.current) endZooming();
      // Only the user's own zoom: a fit or a keyboard jump to a card (no event) redraws once and should keep the map.
      if (!large || !zoomed || event === null) return;
      zoomStep('pinch');
    },
    [large, endZooming, zoomStep],
  );
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
          onMoveStart={onMoveStart}
          onMove={onMove}
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
          <canvas ref={layer} className="map-zoom-layer" aria-hidden="true" data-testid="map-zoom-layer" />
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
