/**
 * The zoom picture of a large map (over LARGE_MAP nodes): while the user zooms, its lines and cards are hidden and a picture of
 * them is painted on one canvas instead (zoom-layer.ts). Returns the canvas's ref and React Flow's move handlers; the wheel is
 * caught on the wrapper before React Flow's own handler.
 */
import type { Edge, Viewport } from '@xyflow/react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { type RefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import { useDecampStore } from '../../store';
import type { MapNode } from './map-nodes';
import type { MapModel } from './use-map-model';
import { paintZoomLayer, palette, zoomLayerItems, zoomLayerLines } from './zoom-layer';
import { wheelZoomExponent, zoomAbout } from '../../../../shared/layout/zoom-layer';

/** A zoom has settled when this long has passed without a step (a wheel notch, a pinch's move). */
export const ZOOM_SETTLE_MS = 150;

export interface ZoomPictureInput {
  readonly wrapper: RefObject<HTMLDivElement | null>;
  readonly nodes: readonly MapNode[];
  readonly edges: readonly Edge[];
  readonly absolute: MapModel['absolute'];
  /** Only large maps zoom through the picture; smaller ones zoom in React Flow as it is. */
  readonly large: boolean;
}

export function useZoomPicture({ wrapper, nodes, edges, absolute, large }: ZoomPictureInput) {
  const rf = useReactFlow();
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
    () => (large ? { items: zoomLayerItems(nodes, absolute), lines: zoomLayerLines(edges, absolute), direction } : { items: [], lines: [], direction }),
    [large, nodes, edges, absolute, direction],
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
  }, [wrapper]);
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
    [wrapper, paintLayer, settleZoom],
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
  }, [wrapper, store, zoomStep, settleZoom]);
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

  return { layer, onMoveStart, onMove };
}
