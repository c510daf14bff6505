import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayoutCache, layoutHierarchy } from '../../../shared/layout/graph/hierarchy';
import { layoutLevel, transitiveReduction } from '../../../shared/layout/graph/layered';
import { DEFAULT_SPACING, type Direction, type GraphLayout, type LayoutEdge, type LayoutItem } from '../../../shared/layout/graph/types';

interface Abs {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly parentId: string | null;
}

function absolute(layout: GraphLayout): Map<string, Abs> {
  const out = new Map<string, Abs>();
  for (const item of layout.items) {
    const parent = item.parentId === null ? null : out.get(item.parentId);
    if (item.parentId !== null) expect(parent, `${item.id}'s parent ${item.parentId} comes before it`).toBeDefined();
    out.set(item.id, { id: item.id, x: item.x + (parent?.x ?? 0), y: item.y + (parent?.y ?? 0), width: item.width, height: item.height, parentId: item.parentId });
  }
  return out;
}

const overlaps = (a: Abs, b: Abs) => a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;

/** Siblings never overlap and children stay inside their parent: so no two cards overlap anywhere. */
function expectNoOverlap(layout: GraphLayout): void {
  const abs = absolute(layout);
  const siblings = new Map<string | null, Abs[]>();
  for (const a of abs.values()) {
    const list = siblings.get(a.parentId) ?? [];
    list.push(a);
    siblings.set(a.parentId, list);
    if (a.parentId !== null) {
      const p = abs.get(a.parentId)!;
      expect(a.x >= p.x && a.y >= p.y && a.x + a.width <= p.x + p.width + 1e-6 && a.y + a.height <= p.y + p.height + 1e-6, `${a.id} inside ${p.id}`).toBe(true);
    }
  }
  for (const list of siblings.values()) {
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) expect(overlaps(list[i]!, list[j]!), `${list[i]!.id} / ${list[j]!.id}`).toBe(false);
  }
}

const card = (id: string): LayoutItem => ({ kind: 'leaf', id, width: 200, height: 60 });
const cluster = (id: string, children: LayoutItem[], collapsed = false): LayoutItem => ({
  kind: 'cluster',
  id,
  collapsed,
  collapsedSize: { width: 220, height: 80 },
  arrangement: 'layered',
  children,
});

/** A random two-level tree (clusters of clusters of cards) and random edges between its cards. */
const treeAndEdges = fc
  .record({
    shape: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
    collapsed: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
    direction: fc.constantFrom<Direction>('LR', 'TB'),
  })
  .map(({ shape, collapsed, edges, direction }) => {
    const leaves: string[] = [];
    let c = 0;
    const items = shape.map((groups, i) =>
      cluster(
        `#w${i}`,
        groups.map((n, j) => {
          const kids = Array.from({ length: n }, (_, k) => {
            const id = `w${i}g${j}n${k}`;
            leaves.push(id);
            return card(id);
          });
          return n === 1 ? kids[0]! : cluster(`#w${i}g${j}`, kids, collapsed[c++ % 30]);
        }),
        collapsed[c++ % 30] && collapsed[(c * 7) % 30],
      ),
    );
    const es: LayoutEdge[] = leaves.length < 2 ? [] : edges.map(([a, b]) => ({ source: leaves[a % leaves.length]!, target: leaves[b % leaves.length]! }));
    return { items, edges: es, direction };
  });

describe('layoutLevel', () => {
  it('puts an edge source before its target along the direction', () => {
    const boxes = ['a', 'b', 'c'].map((id) => ({ id, width: 100, height: 40 }));
    const lr = layoutLevel(boxes, [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }], 'LR', DEFAULT_SPACING);
    expect(lr.positions[0]!.x).toBeLessThan(lr.positions[1]!.x);
    expect(lr.positions[1]!.x).toBeLessThan(lr.positions[2]!.x);
    const tb = layoutLevel(boxes, [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }], 'TB', DEFAULT_SPACING);
    expect(tb.positions[0]!.y).toBeLessThan(tb.positions[1]!.y);
  });

  it('lays a pair out by hand and lone boxes in a grid, with the size covering them all', () => {
    const boxes = ['a', 'b', 'x', 'y', 'z', 'q'].map((id) => ({ id, width: 100, height: 40 }));
    const l = layoutLevel(boxes, [{ source: 'b', target: 'a' }], 'LR', DEFAULT_SPACING);
    expect(l.positions[1]!.x).toBe(0);
    expect(l.positions[0]!.x).toBe(100 + DEFAULT_SPACING.rankGap);
    for (const [i, p] of l.positions.entries()) {
      expect(p.x + boxes[i]!.width).toBeLessThanOrEqual(l.width);
      expect(p.y + boxes[i]!.height).toBeLessThanOrEqual(l.height);
    }
  });
});

describe('transitiveReduction', () => {
  it('drops an edge another path implies and keeps the rest; leaves a cycle alone', () => {
    const edges: [number, number][] = [[0, 1], [1, 2], [0, 2], [2, 3], [0, 3]];
    expect(transitiveReduction([0, 1, 2, 3], edges)).toEqual([[0, 1], [1, 2], [2, 3]]);
    const cycle: [number, number][] = [[0, 1], [1, 2], [2, 0], [0, 2]];
    expect(transitiveReduction([0, 1, 2], cycle)).toEqual(cycle);
  });
});

describe('layoutHierarchy', () => {
  it('never overlaps two items, keeps every child inside its parent, and lists parents first (property)', () => {
    fc.assert(
      fc.property(treeAndEdges, ({ items, edges, direction }) => {
        const layout = layoutHierarchy(items, edges, { direction });
        expectNoOverlap(layout);
      }),
      { numRuns: 60 },
    );
  });

  it('shows every top-level item and the inside of expanded clusters only', () => {
    const items = [cluster('#a', [card('a1'), card('a2')]), cluster('#b', [card('b1'), card('b2')], true)];
    const layout = layoutHierarchy(items, [{ source: 'a1', target: 'b1' }], { direction: 'LR' });
    expect(layout.items.map((i) => i.id)).toEqual(['#a', 'a1', 'a2', '#b']);
    expect(layout.items.find((i) => i.id === '#b')).toMatchObject({ collapsed: true, width: 220, height: 80 });
  });

  it('is deterministic and a warm cache gives the same layout without laying anything out', () => {
    fc.assert(
      fc.property(treeAndEdges, ({ items, edges, direction }) => {
        const cache = new LayoutCache();
        const first = layoutHierarchy(items, edges, { direction }, cache);
        const again = layoutHierarchy(items, edges, { direction }, cache);
        expect(again.items).toEqual(first.items);
        expect(again.laidOut).toBe(0);
        expect(layoutHierarchy(items, edges, { direction }).items).toEqual(first.items);
      }),
      { numRuns: 30 },
    );
  });

  it('re-lays out only the group whose inside changed (and the levels above it)', () => {
    const waves = Array.from({ length: 10 }, (_, i) => cluster(`#w${i}`, [card(`w${i}a`), card(`w${i}b`), card(`w${i}c`)]));
    const edges = waves.flatMap((_, i) => [{ source: `w${i}a`, target: `w${i}b` }, { source: `w${i}b`, target: `w${i}c` }]);
    const cache = new LayoutCache();
    const first = layoutHierarchy(waves, edges, { direction: 'LR' }, cache);
    expect(first.laidOut).toBe(11);
    // A new dependency inside wave 3 that does not change its size: wave 3 only.
    const more = [...edges, { source: 'w3a', target: 'w3c' }];
    const second = layoutHierarchy(waves, more, { direction: 'LR' }, cache);
    expect(second.laidOut).toBeLessThanOrEqual(2);
    expect(second.reused).toBeGreaterThanOrEqual(9);
    // Expanding a collapsed wave lays out its inside, and the top level, nothing else.
    const collapsed = waves.map((w, i) => (i === 5 && w.kind === 'cluster' ? { ...w, collapsed: true } : w));
    layoutHierarchy(collapsed, edges, { direction: 'LR' }, cache);
    const expanded = layoutHierarchy(waves, edges, { direction: 'LR' }, cache);
    expect(expanded.laidOut).toBe(0);
  });

  it('lifts an edge into a collapsed cluster to the cluster, and ignores edges inside it', () => {
    const items = [cluster('#a', [card('a1')]), cluster('#b', [card('b1'), card('b2')], true)];
    const layout = layoutHierarchy(items, [{ source: 'b1', target: 'b2' }, { source: 'a1', target: 'b2' }], { direction: 'LR' });
    expectNoOverlap(layout);
    expect(layout.items).toHaveLength(3);
  });
});
