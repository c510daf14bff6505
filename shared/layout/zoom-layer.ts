/**
 * Where the dependency map's stand-in drawing puts each box while the user zooms a large map: the
 * boxes (absolute, in map units) that show in the pane at a viewport, as screen rectangles, and
 * whether their names are large enough on screen to be worth drawing. Pure: boxes and a viewport
 * in, rectangles out; the renderer paints them on a canvas (renderer/src/views/map/zoom-layer.ts).
 *
 * Why a stand-in at all: in software raster every wheel step re-rasters every card in view at the
 * new scale (about 40 ms a frame zoomed in on the 1,000-card map, docs/performance.md); filling a
 * few hundred rectangles on one canvas costs a few milliseconds, so graph tools draw such a cheap
 * picture while the view moves and the real one once it stops.
 */

export interface MapViewport {
  /** Screen position of the map's origin, in pixels. */
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A name smaller than this on screen (pixels) is a smudge: it is left out of the stand-in drawing. */
export const LEGIBLE_TEXT_PX = 6;

/** The screen size of text `basePx` tall on the map, and whether it is legible there. */
export function textOnScreen(basePx: number, zoom: number): { readonly px: number; readonly legible: boolean } {
  const px = basePx * zoom;
  return { px, legible: px >= LEGIBLE_TEXT_PX };
}

/** A box's rectangle on screen at `viewport`. */
export function toScreen(box: Rect, viewport: MapViewport): Rect {
  return { x: viewport.x + box.x * viewport.zoom, y: viewport.y + box.y * viewport.zoom, width: box.width * viewport.zoom, height: box.height * viewport.zoom };
}

/**
 * The items whose box shows (even in part) in a pane `width` × `height` pixels at `viewport`, with
 * their screen rectangles, in the items' order (so what is drawn later lies on top, as in the map).
 */
export function inView<T extends { readonly box: Rect }>(items: readonly T[], viewport: MapViewport, width: number, height: number): { readonly item: T; readonly rect: Rect }[] {
  const out: { item: T; rect: Rect }[] = [];
  for (const item of items) {
    const rect = toScreen(item.box, viewport);
    if (rect.x >= width || rect.y >= height || rect.x + rect.width <= 0 || rect.y + rect.height <= 0) continue;
    out.push({ item, rect });
  }
  return out;
}

/**
 * The zoom exponent of one wheel event, as React Flow's d3-zoom reads it (@xyflow/system `wheelDelta`): the scale is multiplied by
 * 2 to this power. Pixel deltas (Chromium) count 0.002 a pixel, line deltas (Firefox) 0.05 a line, page deltas 1 a page; a pinch on a
 * Mac trackpad (ctrlKey) counts ten times.
 */
export function wheelZoomExponent(deltaY: number, deltaMode: number, pinchOnMac: boolean): number {
  return -deltaY * (deltaMode === 1 ? 0.05 : deltaMode ? 1 : 0.002) * (pinchOnMac ? 10 : 1);
}

/**
 * The viewport after zooming by 2^`exponent` about `point` (pane pixels), the scale held within [`minZoom`, `maxZoom`]: the point of
 * the map under `point` stays under it, as d3-zoom's wheel zoom keeps it.
 */
export function zoomAbout(viewport: MapViewport, exponent: number, point: { readonly x: number; readonly y: number }, minZoom: number, maxZoom: number): MapViewport {
  const zoom = Math.min(maxZoom, Math.max(minZoom, viewport.zoom * 2 ** exponent));
  const ratio = zoom / viewport.zoom;
  return { x: point.x - (point.x - viewport.x) * ratio, y: point.y - (point.y - viewport.y) * ratio, zoom };
}

/**
 * Where a dependency's line runs between its cards on screen: from the side the map leaves a card (right, or bottom top to bottom) to
 * the side it enters the next (left, or top), the middle of each, as the map's handles sit (map-nodes.tsx).
 */
export function lineEnds(source: Rect, target: Rect, direction: 'LR' | 'TB'): { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } {
  return direction === 'LR'
    ? { x1: source.x + source.width, y1: source.y + source.height / 2, x2: target.x, y2: target.y + target.height / 2 }
    : { x1: source.x + source.width / 2, y1: source.y + source.height, x2: target.x + target.width / 2, y2: target.y };
}
