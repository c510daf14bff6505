/**
 * The map's low-zoom drawing, in real Chromium on the large sample: zoomed out past reading, cards show
 * their name and colour only and lines are plain (cheaper to mount and to re-raster at every wheel step,
 * docs/performance.md), a note says so, and selecting a card and its handles still work; zoomed back in,
 * the full card (kind, providers, strategy, wave) and the dashed kinds return.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, openInMap, visible, WAIT_MS } from './harness';

const LARGE = join(process.cwd(), 'shared', 'samples', 'large-estate.decamp.json');

describe.runIf(browserAvailable())('The map zoomed out and back in', () => {
  const app = browserSuite({ viewport: { width: 1440, height: 900 }, dismissHint: true, prepare: (p) => p.on('filechooser', (c) => void c.setFiles(LARGE)) });

  const zoom = (page: Page) => page.evaluate<number>(`Number(/scale\\(([\\d.]+)\\)/.exec(document.querySelector('.react-flow__viewport').style.transform)[1])`);
  /** Turns the wheel over the middle of the map until `done` holds (each notch is one d3-zoom step). */
  async function wheelUntil(page: Page, delta: number, done: (z: number) => boolean) {
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (let i = 0; i < 30 && !done(await zoom(page)); i++) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(80);
    }
    expect(done(await zoom(page))).toBe(true);
    await page.waitForTimeout(300);
  }
  const dashOfAsyncEdges = (page: Page) => page.locator('.react-flow__edge.kind-async .react-flow__edge-path').evaluateAll((ps) => ps.map((p) => getComputedStyle(p).strokeDasharray));

  it('draws name-and-colour cards and plain lines when zoomed out, and the full cards again when zoomed in', async () => {
    const page = app.page;
    await openInMap(app, 'large-estate.decamp.json');
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.waitForTimeout(300);
    const cards = page.locator('.react-flow__node-workload');

    // At the readable zoom Fit view starts at: full cards, dashed async lines, no note.
    expect(await zoom(page)).toBeGreaterThanOrEqual(0.4);
    await visible(cards.locator('.map-card-meta'));
    expect(await page.getByTestId('map-far-note').count()).toBe(0);
    expect((await dashOfAsyncEdges(page)).some((d) => d !== 'none')).toBe(true);
    await app.shot('map-zoom-normal');

    // Zoomed out past reading.
    await wheelUntil(page, 120, (z) => z < 0.3);
    await expect.poll(() => page.getByTestId('map-far-note').innerText(), { timeout: WAIT_MS }).toMatch(/^Zoomed out: cards show their name and colour/);
    await app.shot('map-zoom-far');
    expect(await cards.count()).toBeGreaterThan(20);
    expect(await cards.locator('.map-card.is-far').count()).toBe(await cards.count());
    expect(await cards.locator('.map-card-meta').count()).toBe(0);
    // Each card still says which workload it is, keeps its colour, and keeps both handles for drawing a dependency.
    const first = cards.first();
    expect((await first.locator('.map-card-name').innerText()).length).toBeGreaterThan(0);
    expect(await first.locator('.map-card').evaluate((c) => getComputedStyle(c).borderLeftColor)).not.toBe(await first.locator('.map-card').evaluate((c) => getComputedStyle(c).borderTopColor));
    expect(await first.locator('.react-flow__handle').count()).toBe(2);
    const dashes = await dashOfAsyncEdges(page);
    expect(dashes.length).toBeGreaterThan(0);
    expect(dashes.every((d) => d === 'none')).toBe(true);
    // Selecting a card far out opens its panel, as at any zoom.
    const name = await first.locator('.map-card-name').innerText();
    await first.click();
    await expect.poll(() => page.locator('.inv-panel').innerText(), { timeout: WAIT_MS }).toContain(name);
    expect(await first.locator('.map-card').getAttribute('class')).toContain('is-selected');

    // Zoomed back in: the full card and the dashed kinds return, the note goes.
    await wheelUntil(page, -120, (z) => z >= 0.6);
    await visible(cards.locator('.map-card-meta'));
    expect(await page.getByTestId('map-far-note').count()).toBe(0);
    expect(await cards.locator('.map-card.is-far').count()).toBe(0);
    expect((await dashOfAsyncEdges(page)).some((d) => d !== 'none')).toBe(true);
    expect(app.errors).toEqual([]);
  }, 180_000);
});
