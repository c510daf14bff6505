import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inView, LEGIBLE_TEXT_PX, lineEnds, textOnScreen, toScreen, wheelZoomExponent, zoomAbout } from '../../../shared/layout/zoom-layer';

describe('the zoom stand-in geometry', () => {
  it('places a box on screen by the viewport: origin moved, sizes scaled', () => {
    expect(toScreen({ x: 100, y: 50, width: 200, height: 60 }, { x: -30, y: 20, zoom: 0.5 })).toEqual({ x: 20, y: 45, width: 100, height: 30 });
  });

  it('keeps the boxes that show, even in part, in order, and leaves out the ones wholly outside', () => {
    const items = [
      { id: 'left-out', box: { x: -300, y: 0, width: 100, height: 50 } },
      { id: 'edge', box: { x: -50, y: 0, width: 100, height: 50 } },
      { id: 'inside', box: { x: 200, y: 100, width: 100, height: 50 } },
      { id: 'touching-right', box: { x: 800, y: 0, width: 100, height: 50 } },
      { id: 'below', box: { x: 0, y: 700, width: 100, height: 50 } },
    ];
    const shown = inView(items, { x: 0, y: 0, zoom: 1 }, 800, 600);
    expect(shown.map((s) => s.item.id)).toEqual(['edge', 'inside']);
    expect(shown[1]!.rect).toEqual({ x: 200, y: 100, width: 100, height: 50 });
  });

  it('shows exactly the boxes that overlap the pane, at any viewport', () => {
    const box = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 1, max: 400 }), height: fc.integer({ min: 1, max: 200 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 30 }), fc.double({ min: 0.03, max: 2, noNaN: true }), fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -3000, max: 3000 }), (boxes, zoom, x, y) => {
        const items = boxes.map((b, i) => ({ i, box: b }));
        const shown = inView(items, { x, y, zoom }, 1200, 700);
        const expected = items.filter(({ box: b }) => x + (b.x + b.width) * zoom > 0 && x + b.x * zoom < 1200 && y + (b.y + b.height) * zoom > 0 && y + b.y * zoom < 700);
        expect(shown.map((s) => s.item.i)).toEqual(expected.map((e) => e.i));
      }),
    );
  });

  it('draws a 12 px name from half size up, not below', () => {
    expect(textOnScreen(12, 0.5)).toEqual({ px: 6, legible: true });
    expect(textOnScreen(12, 0.45).legible).toBe(false);
    expect(textOnScreen(12, 2).px).toBe(24);
    expect(LEGIBLE_TEXT_PX).toBe(6);
  });
});

describe('the zoom stand-in wheel', () => {
  it('reads a wheel notch as d3-zoom does: 120 px in is 2^0.24, lines and pages by their own rates, a Mac pinch ten times', () => {
    expect(wheelZoomExponent(-120, 0, false)).toBeCloseTo(0.24, 10);
    expect(wheelZoomExponent(120, 0, false)).toBeCloseTo(-0.24, 10);
    expect(wheelZoomExponent(-3, 1, false)).toBeCloseTo(0.15, 10);
    expect(wheelZoomExponent(-1, 2, false)).toBe(1);
    expect(wheelZoomExponent(-12, 0, true)).toBeCloseTo(0.24, 10);
  });

  it('keeps the map point under the pointer where it is, and the scale within its limits', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.03, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), fc.integer({ min: 0, max: 1400 }), fc.integer({ min: 0, max: 800 }), (zoom, exponent, px, py) => {
        const from = { x: 120, y: -40, zoom };
        const to = zoomAbout(from, exponent, { x: px, y: py }, 0.03, 2);
        expect(to.zoom).toBeGreaterThanOrEqual(0.03);
        expect(to.zoom).toBeLessThanOrEqual(2);
        // The map point under the pointer before and after.
        expect((px - to.x) / to.zoom).toBeCloseTo((px - from.x) / from.zoom, 6);
        expect((py - to.y) / to.zoom).toBeCloseTo((py - from.y) / from.zoom, 6);
      }),
    );
    expect(zoomAbout({ x: 0, y: 0, zoom: 2 }, 1, { x: 100, y: 100 }, 0.03, 2)).toEqual({ x: 0, y: 0, zoom: 2 });
  });

  it('runs a line from the side a card leaves to the side the next enters', () => {
    const a = { x: 0, y: 0, width: 100, height: 40 };
    const b = { x: 300, y: 100, width: 100, height: 40 };
    expect(lineEnds(a, b, 'LR')).toEqual({ x1: 100, y1: 20, x2: 300, y2: 120 });
    expect(lineEnds(a, b, 'TB')).toEqual({ x1: 50, y1: 40, x2: 350, y2: 100 });
  });
});
