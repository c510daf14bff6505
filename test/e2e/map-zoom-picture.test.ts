/**
 * The large map while the wheel zooms it, in real Chromium: on a map of 1,000 workloads the cards are hidden while the zoom runs and a
 * picture of them is drawn on one canvas instead (every step re-rastered every card in software, docs/performance.md): each card in view
 * where it is, in its colour, the selected one outlined, names and wave titles written when legible (in Chinese too). Once the zoom settles
 * the real cards are back, selectable, and the keyboard focus never left its card. The 150-workload sample never switches to the picture.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateProject, withDependencies } from '../../bench/generate';
import { serializeProject } from '../../shared/model';
import { browserAvailable, browserHost, openInMap, WAIT_MS } from './harness';

const SAMPLE = join(process.cwd(), 'shared', 'samples', 'large-estate.decamp.json');

/** What the user sees, read in the next animation frame (after the map's own paint of that frame). */
interface Looked {
  readonly zooming: boolean;
  readonly cardsHidden: boolean;
  readonly cardsShown: boolean;
  readonly pictureShown: boolean;
  readonly cardsDrawn: number;
  readonly namesDrawn: number;
  /** The map node that holds the keyboard focus. */
  readonly focused: string | null;
  /** The viewport the picture was painted at, and the map's own (React Flow's), as x, y, zoom. */
  readonly viewport: readonly number[];
  readonly map: readonly number[];
  /** Cards wholly in the pane, each with its colour and what the canvas holds at its stripe, in its body and round its edge. */
  readonly cards: readonly { readonly id: string; readonly colour: number[]; readonly stripe: number[]; readonly body: number[]; readonly outside: number[]; readonly titleInk: number; readonly selected: boolean }[];
  /** For each wave column in view: how many pixels of text colour the canvas holds in its header strip. */
  readonly waveTitleInk: readonly number[];
}

const LOOK = `new Promise((resolve, reject) => requestAnimationFrame(() => { try {
  const wrap = document.querySelector('[data-testid=map-canvas]');
  const canvas = document.querySelector('[data-testid=map-zoom-layer]');
  const pane = document.querySelector('.react-flow').getBoundingClientRect();
  const c = canvas.getBoundingClientRect();
  const dpr = devicePixelRatio;
  const shown = getComputedStyle(canvas).display !== 'none';
  const zooming = wrap.dataset.zooming !== undefined;
  const ctx = canvas.getContext('2d');
  const rgb = (css) => { const m = /rgba?\\(([^)]+)\\)/.exec(css); return m ? m[1].split(/[ ,/]+/).filter(Boolean).slice(0, 3).map(Number) : []; };
  const px = (x, y) => shown && canvas.width > 0 ? [...ctx.getImageData(Math.round((x - c.left) * dpr), Math.round((y - c.top) * dpr), 1, 1).data] : [0, 0, 0, 0];
  const text = rgb(getComputedStyle(wrap).color);
  const ink = (r) => {
    if (!shown || r.width < 1 || r.height < 1) return 0;
    const d = ctx.getImageData(Math.round((r.left - c.left) * dpr), Math.round((r.top - c.top) * dpr), Math.max(1, Math.round(r.width * dpr)), Math.max(1, Math.round(r.height * dpr))).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 200 && Math.abs(d[i] - text[0]) + Math.abs(d[i + 1] - text[1]) + Math.abs(d[i + 2] - text[2]) < 120) n++;
    return n;
  };
  // Wholly in the pane and clear of the panels over it (the minimap, the zoom buttons), which lie over the picture as over the cards.
  const over = [...document.querySelectorAll('.react-flow__panel')].map((p) => p.getBoundingClientRect());
  const inside = (r) => r.left > pane.left + 4 && r.right < pane.right - 4 && r.top > pane.top + 4 && r.bottom < pane.bottom - 4
    && over.every((o) => r.right < o.left || r.left > o.right || r.bottom < o.top || r.top > o.bottom);
  // The wheel's zoom is the picture's alone until it settles: a node's box in the map, moved from the map's viewport to the picture's.
  const [mx, my, mz] = /translate\\(([-\\d.e]+)px, ?([-\\d.e]+)px\\) scale\\(([\\d.e-]+)\\)/.exec(document.querySelector('.react-flow__viewport').style.transform).slice(1).map(Number);
  const [vx, vy, vz] = zooming && canvas.dataset.viewport ? canvas.dataset.viewport.split(',').map(Number) : [mx, my, mz];
  const seen = (b) => {
    const x = (b.left - pane.left - mx) / mz, y = (b.top - pane.top - my) / mz;
    const left = pane.left + vx + x * vz, top = pane.top + vy + y * vz, width = (b.width / mz) * vz, height = (b.height / mz) * vz;
    return { left, top, width, height, right: left + width, bottom: top + height };
  };
  const cards = [...document.querySelectorAll('.react-flow__node-workload')].flatMap((n) => {
    const r = seen(n.getBoundingClientRect());
    if (!inside(r)) return [];
    const card = n.querySelector('.map-card');
    const zoom = vz;
    return [{
      id: n.dataset.id,
      colour: rgb(getComputedStyle(card).borderLeftColor),
      stripe: px(r.left + 3 * zoom, r.top + r.height / 2),
      body: px(r.left + r.width / 2, r.top + r.height * 0.75),
      outside: px(r.left - 1, r.top + r.height / 2),
      titleInk: ink(seen(n.querySelector('.map-card-title, .map-card-name').getBoundingClientRect())),
      selected: card.classList.contains('is-selected'),
    }];
  });
  const waveTitleInk = [...document.querySelectorAll('.map-cluster-wave.is-open .map-cluster-head')].flatMap((h) => {
    const r = seen(h.getBoundingClientRect());
    return inside(r) ? [ink(r)] : [];
  });
  resolve({
    zooming,
    viewport: [vx, vy, vz],
    map: [mx, my, mz],
    // Every card and box of the map, each one (not only their layer: React Flow sets each node's visibility itself).
    // The focused card excepted: it stays under the picture, to keep the focus.
    cardsHidden: [...document.querySelectorAll('.react-flow__node')].every((n) => getComputedStyle(n).visibility === 'hidden' || (n.contains(document.activeElement) && getComputedStyle(n).opacity === '0')),
    cardsShown: [...document.querySelectorAll('.react-flow__node')].every((n) => getComputedStyle(n).visibility === 'visible'),
    pictureShown: shown,
    cardsDrawn: Number(canvas.dataset.cards ?? 0),
    namesDrawn: Number(canvas.dataset.names ?? 0),
    focused: document.activeElement?.dataset?.id ?? null,
    cards,
    waveTitleInk,
  });
} catch (e) { reject(e); } }))`;

/** The zoom the user sees: the picture's while it shows, the map's otherwise. */
const zoom = (page: Page) =>
  page.evaluate<number>(`(() => {
    const picture = document.querySelector('[data-testid=map-zoom-layer]');
    if (document.querySelector('[data-testid=map-canvas]').dataset.zooming !== undefined && picture.dataset.viewport) return Number(picture.dataset.viewport.split(',')[2]);
    return Number(/scale\\(([\\d.]+)\\)/.exec(document.querySelector('.react-flow__viewport').style.transform)[1]);
  })()`);
const look = (page: Page) => page.evaluate<Looked>(LOOK);
const close = (a: readonly number[], b: readonly number[], within: number) => a.length >= 3 && b.length >= 3 && [0, 1, 2].every((i) => Math.abs(a[i]! - b[i]!) <= within);

describe.runIf(browserAvailable())('The large map drawn as a picture while it zooms', () => {
  const app = browserHost();
  let file = SAMPLE;
  const thousand = () => {
    const project = withDependencies(generateProject(1_000), 2);
    const path = join(mkdtempSync(join(tmpdir(), 'decamp-zoom-picture-')), 'estate-1000.decamp.json');
    writeFileSync(path, serializeProject({ ...project, project: { ...project.project, name: 'Estate of 1000' } }));
    return path;
  };

  async function openMap(locale: 'en' | 'zh-CN', minNodes: number) {
    const page = await app.open({ viewport: { width: 1440, height: 1100 }, locale, dismissHint: true, prepare: (p) => p.on('filechooser', (c) => void c.setFiles(file)) });
    await openInMap(app, basename(file), 120_000);
    await expect.poll(() => page.getByTestId('map-canvas').getAttribute('data-nodes').then(Number), { timeout: 120_000 }).toBeGreaterThanOrEqual(minNodes);
    await page.locator('.react-flow__controls-fitview').click();
    await page.waitForTimeout(500);
    return page;
  }

  /** Wheel steps with the pointer at `at` (default: the middle of the pane), which stays where it is on the map as d3-zoom zooms about it. */
  async function wheel(page: Page, steps: number, delta: number, at?: { x: number; y: number }) {
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(at?.x ?? pane.x + pane.width / 2, at?.y ?? pane.y + pane.height / 2);
    for (let i = 0; i < steps; i++) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(20);
    }
  }

  /** Turns the wheel, then looks while the zoom still runs; a loaded machine may let it settle first, so it tries again. */
  async function lookWhileZooming(page: Page, delta: number, at?: { x: number; y: number }): Promise<Looked> {
    for (let attempt = 0; attempt < 6; attempt++) {
      await wheel(page, 1, delta, at);
      const seen = await look(page);
      if (seen.zooming) return seen;
    }
    throw new Error('the zoom settled before every look');
  }

  /** Keeps the zoom running (small steps in and out from inside the page) while `during` runs, for a screenshot of it. */
  async function holdZoom(page: Page, during: () => Promise<void>) {
    await page.evaluate(`(() => {
      const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
      let sign = 1;
      window.__hold = setInterval(() => {
        sign = -sign;
        document.querySelector('.react-flow__pane').dispatchEvent(new WheelEvent('wheel', { deltaY: 20 * sign, clientX: pane.left + pane.width / 2, clientY: pane.top + pane.height / 2, bubbles: true, cancelable: true }));
      }, 40);
    })()`);
    try {
      await during();
    } finally {
      await page.evaluate(`clearInterval(window.__hold)`);
    }
  }

  it('hides the cards of a 1,000-workload map while the wheel zooms and draws each one where it is, then brings them back selectable', async () => {
    file = thousand();
    const page = await openMap('en', 1_000);
    const canvas = page.getByTestId('map-canvas');

    // Settled: the real cards, no picture.
    let seen = await look(page);
    expect(seen).toMatchObject({ zooming: false, cardsHidden: false, cardsShown: true, pictureShown: false });

    // Select a card with the pointer: it opens its panel and takes the keyboard focus.
    const cards = page.locator('.react-flow__node-workload');
    const picked = cards.nth(3);
    const pickedId = (await picked.getAttribute('data-id'))!;
    const pickedName = await picked.locator('.map-card-name').innerText();
    await picked.click();
    await expect.poll(() => page.locator('.inv-panel').innerText(), { timeout: WAIT_MS }).toContain(pickedName);
    expect(await page.evaluate(`document.activeElement?.dataset.id`)).toBe(pickedId);

    // Zooming in: the cards are hidden and the picture stands in; every card wholly in view has its colour at its stripe, the card's
    // body at its middle and its name written, and the selected one its outline.
    seen = await lookWhileZooming(page, -120);
    expect(seen).toMatchObject({ zooming: true, cardsHidden: true, pictureShown: true, focused: pickedId });
    expect(seen.cards.length).toBeGreaterThan(3);
    expect(seen.cardsDrawn).toBeGreaterThanOrEqual(seen.cards.length);
    expect(seen.namesDrawn).toBeGreaterThan(0);
    for (const card of seen.cards) {
      expect(close(card.stripe, card.colour, 12), `stripe of ${card.id}: ${card.stripe} for ${card.colour}`).toBe(true);
      expect(card.body[3], `body of ${card.id}`).toBe(255);
      expect(card.titleInk, `name of ${card.id}`).toBeGreaterThan(3);
    }
    const selected = seen.cards.find((c) => c.id === pickedId);
    if (selected) expect(close(selected.outside, [0x1f, 0x5f, 0xbf], 60), `outline: ${selected.outside}`).toBe(true);
    await holdZoom(page, () => app.shot('map-zoom-picture-zooming'));

    // Far out too: the picture shows where everything is, without names too small to read.
    for (let i = 0; i < 30 && (await zoom(page)) > 0.2; i++) await wheel(page, 1, 120);
    seen = await lookWhileZooming(page, 60);
    expect(seen.cardsHidden).toBe(true);
    // The cards the map had mounted where it last stood (checked one by one), and more that came into view (drawn from the layout alone).
    expect(seen.cards.length).toBeGreaterThan(10);
    expect(seen.cardsDrawn).toBeGreaterThan(seen.cards.length);
    expect(seen.namesDrawn).toBe(0);
    for (const card of seen.cards.slice(0, 50)) expect(card.body[3], `far body of ${card.id}`).toBe(255);
    await holdZoom(page, () => app.shot('map-zoom-picture-far'));

    // Settled: the real cards are back, the picture gone, the selection kept and the focus still on the card.
    await expect.poll(() => canvas.getAttribute('data-zooming'), { timeout: WAIT_MS }).toBe(null);
    seen = await look(page);
    expect(seen).toMatchObject({ zooming: false, cardsHidden: false, cardsShown: true, pictureShown: false });
    // The map took the zoom the picture showed last: nothing jumps as the cards return.
    const last = (await page.getByTestId('map-zoom-layer').getAttribute('data-viewport'))!.split(',').map(Number);
    for (const i of [0, 1, 2]) expect(seen.map[i]).toBeCloseTo(last[i]!, 3);
    expect(await page.evaluate(`document.activeElement?.dataset.id`)).toBe(pickedId);
    expect(await page.locator(`.react-flow__node[data-id="${pickedId}"] .map-card`).getAttribute('class')).toContain('is-selected');
    await app.shot('map-zoom-picture-settled');

    // The keyboard still moves from card to card, and a click still selects another card.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate<string | undefined>(`document.activeElement?.dataset.id`), { timeout: WAIT_MS }).not.toBe(pickedId);
    // Far out, lines (20 px wide to the pointer) lie over many small cards: one whose middle the pointer reaches.
    const otherId = await page.evaluate<string>(`[...document.querySelectorAll('.react-flow__node-workload')].find((n) => {
      const r = n.getBoundingClientRect();
      return !n.querySelector('.is-selected') && n.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    }).dataset.id`);
    const other = page.locator(`.react-flow__node[data-id="${otherId}"]`);
    const otherName = await other.locator('.map-card-name').innerText();
    await other.click();
    await expect.poll(() => page.locator('.inv-panel').innerText(), { timeout: WAIT_MS }).toContain(otherName);
    expect(await other.locator('.map-card').getAttribute('class')).toContain('is-selected');
    expect(app.errors).toEqual([]);
  }, 300_000);

  it('writes the wave titles on the picture in Chinese', async () => {
    file = thousand();
    const page = await openMap('zh-CN', 1_000);
    const title = page.locator('.map-cluster-wave .map-cluster-title').first();
    await expect.poll(() => title.innerText(), { timeout: WAIT_MS }).toMatch(/[\u4e00-\u9fff]/);
    // Zoomed in about the first wave's title, so that it stays in view.
    const head = (await page.locator('.map-cluster-wave.is-open .map-cluster-head').first().boundingBox())!;
    const seen = await lookWhileZooming(page, -120, { x: head.x + 40, y: head.y + head.height / 2 });
    expect(seen.cardsHidden).toBe(true);
    expect(seen.waveTitleInk.length).toBeGreaterThan(0);
    for (const ink of seen.waveTitleInk) expect(ink).toBeGreaterThan(10);
    await holdZoom(page, () => app.shot('map-zoom-picture-zh-CN'));
    expect(app.errors).toEqual([]);
  }, 300_000);

  it('never draws the picture for a smaller map (the 150-workload sample)', async () => {
    file = SAMPLE;
    const page = await openMap('en', 100);
    expect(Number(await page.getByTestId('map-canvas').getAttribute('data-nodes'))).toBeLessThanOrEqual(600);
    await wheel(page, 3, -120);
    const seen = await look(page);
    expect(seen).toMatchObject({ zooming: false, cardsHidden: false, cardsShown: true, pictureShown: false, cardsDrawn: 0 });
    expect(app.errors).toEqual([]);
  }, 180_000);
});
