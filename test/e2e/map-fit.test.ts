/**
 * Fit view on the large sample, in real Chromium: after Fit every workload card on screen is large
 * enough to grab its handle and drag a dependency to another card, and the map says how to see the rest.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, openInMap, WAIT_MS } from './harness';

const LARGE = join(process.cwd(), 'shared', 'samples', 'large-estate.decamp.json');
/** A handle is 9 px at zoom 1: below this zoom it is under 4 px on screen, too small to grab. */
const HANDLE_MIN_PX = 4.4;

describe.runIf(browserAvailable())('Fit view on the large sample', () => {
  const app = browserSuite({ viewport: { width: 1440, height: 900 }, dismissHint: true, prepare: (p) => p.on('filechooser', (c) => void c.setFiles(LARGE)) });

  it('leaves the cards on screen large enough to drag a dependency between them', async () => {
    const page = app.page;
    await openInMap(app, 'large-estate.decamp.json');
    await page.getByRole('button', { name: 'Fit view' }).click();
    // Too large to fit with cards a hand can use: it says so, and starts at the first column.
    await page.getByText(/The whole map is too large to show with cards you can drag/).waitFor({ timeout: WAIT_MS });
    await page.waitForTimeout(300);
    await app.shot('map-large-fit');
    const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
    // Cards wholly on screen, and the size of their handles there.
    const handles = await page.locator('.react-flow__node-workload .react-flow__handle').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width })));
    const onScreen = handles.filter((h) => h.x >= canvas.x && h.y >= canvas.y && h.x + h.w <= canvas.x + canvas.width && h.y + h.w <= canvas.y + canvas.height);
    expect(onScreen.length).toBeGreaterThan(4);
    for (const h of onScreen) expect(h.w).toBeGreaterThanOrEqual(HANDLE_MIN_PX);
    // And a hand can drag from one card's handle to another's and is offered the dependency: from a
    // target handle no line is drawn over (lines end on source handles) to a card in another column.
    const cards = page.locator('.react-flow__node-workload');
    const inView = (b: { x: number; y: number; width: number; height: number } | null) => b !== null && b.x > canvas.x && b.y > canvas.y && b.x + b.width < canvas.x + canvas.width - 8 && b.y + b.height < canvas.y + canvas.height * 0.6;
    const shown: { id: string; box: { x: number; y: number; width: number; height: number } }[] = [];
    for (const c of await cards.all()) {
      const box = await c.boundingBox();
      if (inView(box)) shown.push({ id: (await c.getAttribute('data-id'))!, box: box! });
    }
    const handleOf = (id: string, side: 'source' | 'target') => page.locator(`.react-flow__node[data-id="${id}"] .react-flow__handle.${side}`);
    const reachable = async (id: string) => {
      const h = (await handleOf(id, 'target').boundingBox())!;
      return page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.classList.contains('react-flow__handle') ?? false, [h.x + h.width / 2, h.y + h.height / 2]);
    };
    // Two cards of waves (the landing zone's pieces are needed by nearly everything already).
    const waveCards = new Set(await page.locator('.react-flow__node-workload').filter({ has: page.locator('.map-card-meta', { hasText: /· (Pilot|Wave \d)/ }) }).evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))));
    let to: (typeof shown)[number] | undefined;
    for (const c of shown) if (waveCards.has(c.id) && shown.some((o) => waveCards.has(o.id) && o.box.x > c.box.x + c.box.width * 2) && (await reachable(c.id))) { to = c; break; }
    expect(to, 'a target handle free of lines').toBeDefined();
    // A card of a later wave, a few columns on.
    const from = shown.find((c) => waveCards.has(c.id) && c.box.x > to!.box.x + to!.box.width * 2)!;
    expect(from, 'a card of a later wave on screen').toBeDefined();
    const a = (await handleOf(to!.id, 'target').boundingBox())!;
    const b = (await handleOf(from.id, 'source').boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 4, { steps: 4 });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 16 });
    await page.mouse.up();
    await page.getByRole('dialog', { name: 'Add a dependency' }).waitFor({ timeout: WAIT_MS });
    await app.shot('map-large-fit-drag');
    expect(app.errors).toEqual([]);
  }, 180_000);
});
