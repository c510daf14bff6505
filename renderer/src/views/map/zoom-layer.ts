/**
 * The large map's stand-in while the user zooms it: every box in view (wave columns, move groups,
 * cards in their colour, the selected card outlined, names when legible) painted on one canvas,
 * while the real cards are hidden (map-canvas.tsx, map.css) until the zoom settles.
 *
 * Why: in software raster each wheel step re-rastered every card in view at the new scale, 40 ms
 * and more a frame zoomed in on the 1,000-card map (docs/performance.md). A canvas of a few hundred
 * rectangles costs a few milliseconds to fill and nothing to raster, and the user still sees where
 * everything is. Where: shared/layout/zoom-layer.ts; this file only paints.
 */
import type { Edge } from '@xyflow/react';
import type { Direction } from '../../../../shared/layout/graph/types';
import { inView, lineEnds, type MapViewport, type Rect, textOnScreen, toScreen } from '../../../../shared/layout/zoom-layer';
import type { MapNode } from './map-nodes';

export interface ZoomLayerItem {
  readonly box: Rect;
  readonly kind: 'card' | 'wave' | 'group' | 'collapsed';
  /** The card's colour as a CSS value (often a custom property, resolved when painting). */
  readonly colour: string;
  readonly name: string;
  readonly selected: boolean;
  readonly highlighted: boolean;
  readonly moved: boolean;
}

/** The map's nodes as stand-in boxes: clusters first (they lie under the cards, as their zIndex puts them in the map), then cards. */
export function zoomLayerItems(nodes: readonly MapNode[], absolute: ReadonlyMap<string, Rect>): ZoomLayerItem[] {
  const clusters: ZoomLayerItem[] = [];
  const cards: ZoomLayerItem[] = [];
  for (const n of nodes) {
    const box = absolute.get(n.id);
    if (!box) continue;
    if (n.type === 'workload') {
      cards.push({ box, kind: 'card', colour: n.data.colour, name: n.data.name, selected: n.selected === true, highlighted: n.data.highlighted, moved: n.data.runsOn !== null && n.data.moved });
    } else {
      const kind = n.data.collapsed ? 'collapsed' : n.data.level === 'group' ? 'group' : 'wave';
      // A collapsed box is a card of the map: it lies with the cards, over the columns.
      (kind === 'collapsed' ? cards : clusters).push({ box, kind, colour: '', name: n.data.title, selected: false, highlighted: n.data.highlighted, moved: false });
    }
  }
  return [...clusters, ...cards];
}

/** A selected dependency's line, between the boxes of its two ends. */
export interface ZoomLayerLine {
  readonly from: Rect;
  readonly to: Rect;
}

/** The selected lines: the only ones the picture draws, as the map keeps only them while it zooms. */
export function zoomLayerLines(edges: readonly Edge[], absolute: ReadonlyMap<string, Rect>): ZoomLayerLine[] {
  return edges.flatMap((e) => {
    const from = e.selected ? absolute.get(e.source) : undefined;
    const to = absolute.get(e.target);
    return from && to ? [{ from, to }] : [];
  });
}

/** Card and cluster text on the map is 12 px (map.css). */
const TEXT_PX = 12;

/** Reads the map's colours (custom properties of the themes) once a gesture, not once a frame. */
export function palette(el: Element): (css: string) => string {
  const style = getComputedStyle(el);
  const cache = new Map<string, string>();
  return (css) => {
    let v = cache.get(css);
    if (v === undefined) {
      const custom = /^var\((--[\w-]+)\)$/.exec(css);
      v = custom ? style.getPropertyValue(custom[1]!).trim() || '#888' : css;
      cache.set(css, v);
    }
    return v;
  };
}

/**
 * Paints the boxes in view at `viewport` on `canvas`, which covers the pane (`width` × `height` CSS
 * pixels; the size comes from React Flow's store, so painting forces no layout). Fills are batched
 * by colour, one path each, so a frame is a handful of fills whatever the number of cards.
 * Returns how many cards, names and lines it drew (the canvas's data attributes say so, for tests).
 */
export function paintZoomLayer(
  canvas: HTMLCanvasElement,
  picture: { readonly items: readonly ZoomLayerItem[]; readonly lines: readonly ZoomLayerLine[]; readonly direction: Direction },
  viewport: MapViewport,
  size: { readonly width: number; readonly height: number },
  colour: (css: string) => string,
  font: string,
): { cards: number; names: number; lines: number } {
  const dpr = window.devicePixelRatio || 1;
  const { width, height } = size;
  if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return { cards: 0, names: 0, lines: 0 };
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const shown = inView(picture.items, viewport, width, height);
  const z = viewport.zoom;

  // Clusters: wave columns shaded, move groups dashed.
  const waves = new Path2D();
  const groups = new Path2D();
  for (const { item, rect } of shown) {
    if (item.kind === 'wave') waves.rect(rect.x, rect.y, rect.width, rect.height);
    else if (item.kind === 'group') groups.rect(rect.x, rect.y, rect.width, rect.height);
  }
  ctx.fillStyle = colour('var(--shade)');
  ctx.fill(waves);
  ctx.lineWidth = 1;
  ctx.strokeStyle = colour('var(--border)');
  ctx.stroke(waves);
  ctx.setLineDash([4, 3]);
  ctx.strokeStyle = colour('var(--muted)');
  ctx.stroke(groups);
  ctx.setLineDash([]);

  // Selected lines, in the accent colour, under the cards as in the map.
  ctx.lineWidth = Math.max(1, 3.2 * z);
  ctx.strokeStyle = colour('var(--accent)');
  for (const line of picture.lines) {
    const { x1, y1, x2, y2 } = lineEnds(toScreen(line.from, viewport), toScreen(line.to, viewport), picture.direction);
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  }
  ctx.lineWidth = 1;

  // Cards (and collapsed boxes): the body, the border, then the coloured edge stripe grouped by colour.
  const plain = new Path2D();
  const moved = new Path2D();
  const stripes = new Map<string, Path2D>();
  const stripe = Math.max(1, 6 * z);
  let cards = 0;
  for (const { item, rect } of shown) {
    if (item.kind !== 'card' && item.kind !== 'collapsed') continue;
    cards += 1;
    (item.moved || item.kind === 'collapsed' ? moved : plain).rect(rect.x, rect.y, rect.width, rect.height);
    if (item.kind !== 'card') continue;
    let p = stripes.get(item.colour);
    if (!p) stripes.set(item.colour, (p = new Path2D()));
    p.rect(rect.x, rect.y, Math.min(stripe, rect.width), rect.height);
  }
  ctx.fillStyle = colour('var(--surface)');
  ctx.fill(plain);
  ctx.fillStyle = colour('var(--surface-2)');
  ctx.fill(moved);
  ctx.strokeStyle = colour('var(--border)');
  ctx.stroke(plain);
  ctx.stroke(moved);
  for (const [css, p] of stripes) {
    ctx.fillStyle = colour(css);
    ctx.fill(p);
  }

  // The selected card and the highlighted ones, outlined as in the map.
  for (const { item, rect } of shown) {
    if (!item.selected && !item.highlighted) continue;
    ctx.lineWidth = item.selected ? 2 : 3;
    ctx.strokeStyle = colour(item.selected ? 'var(--accent)' : 'var(--highlight)');
    ctx.strokeRect(rect.x - 1, rect.y - 1, rect.width + 2, rect.height + 2);
  }

  // Names, only where they can be read: text is the costliest thing here.
  const text = textOnScreen(TEXT_PX, z);
  let names = 0;
  if (text.legible) {
    ctx.font = `600 ${text.px.toFixed(1)}px ${font}`;
    ctx.textBaseline = 'top';
    ctx.fillStyle = colour('var(--text)');
    for (const { item, rect } of shown) {
      // Inside the card's padding (5 px, 8 px after its 6 px stripe) or the cluster's (4 px, 8 px, past its toggle).
      const [left, top] = item.kind === 'card' ? [14, 5] : [30, 6];
      const room = rect.width - (left + 8) * z;
      if (room <= 0) continue;
      ctx.fillText(item.name, rect.x + left * z, rect.y + top * z, room);
      names += 1;
    }
  }
  return { cards, names, lines: picture.lines.length };
}
