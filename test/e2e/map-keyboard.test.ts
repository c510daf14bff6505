/**
 * The dependency map by keyboard and its toolbar, in real Chromium: Tab reaches a card, the arrow
 * keys go to the nearest card that way, Enter selects it and opens its side panel (where a
 * dependency is added without a mouse), Delete removes the selected card or dependency and Undo
 * brings it back; the toolbar turns the map top to bottom, filters by environment and colours by
 * kind with a legend that says so; tight couplings are drawn heavier; the minimap is there.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE_ID, loadSample } from '../../shared/samples';
import { browserAvailable, browserSuite, visible, WAIT_MS } from './harness';

describe.runIf(browserAvailable())('The dependency map by keyboard, in Chromium', () => {
  const app = browserSuite({ viewport: { width: 1440, height: 900 }, dismissHint: true });
  const { shot, replanned } = app;
  let page: Page;
  beforeEach(() => {
    page = app.page;
  });
  const cards = () => page.locator('.react-flow__node[data-id]').filter({ has: page.locator('.map-card-meta') });
  const focusedCard = () => page.evaluate(() => document.activeElement?.closest<HTMLElement>('.react-flow__node-workload')?.dataset.id ?? null);
  const centre = async (id: string) => {
    const b = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };

  async function openMap() {
    await page.keyboard.press('Control+5');
    await visible(page.getByTestId('map-canvas'));
    await visible(cards());
  }

  it('goes from card to card with Tab and the arrows, opens one with Enter, adds a dependency from its panel, deletes it with Delete and Undo brings it back', async () => {
    await openMap();
    // Tab from the search box reaches the map's cards (the toolbar's controls come first).
    await page.getByLabel('Find a workload on the map').focus();
    for (let i = 0; i < 40 && (await focusedCard()) === null; i++) await page.keyboard.press('Tab');
    const first = (await focusedCard())!;
    expect(first).not.toBeNull();
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedCard).not.toBe(first);
    const right = (await focusedCard())!;
    // The nearest card to the right: further right on screen (the map re-centres on it, so compare after it settles).
    await page.waitForTimeout(400);
    const a = await centre(first);
    const b = await centre(right);
    expect(b.x).toBeGreaterThan(a.x);
    await page.keyboard.press('Enter');
    const name = (await page.locator(`.react-flow__node[data-id="${right}"] .map-card-name`).first().innerText()).trim();
    const panel = page.getByRole('complementary', { name });
    await visible(panel);
    // From the panel, by keyboard: the other workload, then Enter on Add dependency.
    const links = () => panel.locator('[aria-label^="Remove the dependency"]').count();
    const had = await links();
    const form = panel.getByRole('form', { name: 'Add a dependency' });
    const other = form.getByRole('combobox', { name: 'Other workload' }).or(form.getByRole('textbox', { name: 'Other workload' })).first();
    // One it has no dependency with yet, in the sample the app opens.
    const sample = loadSample(DEFAULT_SAMPLE_ID);
    const linked = new Set(sample.dependencies.flatMap((d) => (d.from === right ? [d.to] : d.to === right ? [d.from] : [])));
    const free = sample.workloads.find((w) => w.id !== right && !linked.has(w.id) && w.strategy !== 'retire')!;
    await other.focus();
    await page.keyboard.type(free.id);
    await form.getByRole('button', { name: 'Add dependency' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(links, { timeout: WAIT_MS }).toBe(had + 1);
    await replanned();
    await shot('map-keyboard-panel');
    // Delete removes the selected card (and its dependencies); Undo brings it back.
    await page.locator(`.react-flow__node[data-id="${right}"]`).focus();
    await page.keyboard.press('Delete');
    await visible(page.getByText(/^Deleted /));
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${right}"]`).count(), { timeout: WAIT_MS }).toBe(0);
    await replanned();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${right}"]`).count(), { timeout: WAIT_MS }).toBe(1);
    expect(app.errors).toEqual([]);
  });

  it('deletes a selected dependency with Delete, and Undo draws it again; tight couplings are drawn heavier', async () => {
    await openMap();
    const tight = page.locator('.react-flow__edge.is-tight .react-flow__edge-path').first();
    const loose = page.locator('.react-flow__edge.is-loose .react-flow__edge-path').first();
    await visible(tight);
    await visible(loose);
    const width = (l: Locator) => l.evaluate((p) => Number.parseFloat(getComputedStyle(p).strokeWidth));
    expect(await width(tight)).toBeGreaterThan(await width(loose));
    const edges = () => page.locator('.react-flow__edge').count();
    const count = await edges();
    // Select a dependency with the mouse, on its line (keyboard users remove one from the panel: edges take no Tab stop).
    expect(await page.locator('.react-flow__edge[tabindex="0"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.waitForTimeout(400);
    // A point on some loose dependency's line that nothing is drawn over (cards and wave boxes cover parts of the lines).
    const found = await page.evaluate(() => {
      for (const g of document.querySelectorAll<SVGGElement>('.react-flow__edge.is-loose')) {
        const p = g.querySelector<SVGPathElement>('.react-flow__edge-path')!;
        const m = p.getScreenCTM()!;
        const length = p.getTotalLength();
        for (let k = 1; k < 20; k++) {
          const at = p.getPointAtLength((length * k) / 20);
          const x = at.x * m.a + at.y * m.c + m.e;
          const y = at.x * m.b + at.y * m.d + m.f;
          if (document.elementFromPoint(x, y)?.closest('.react-flow__edge') === g) return { id: g.getAttribute('data-id')!, x, y };
        }
      }
      return null;
    });
    expect(found).not.toBeNull();
    const edge = page.locator(`.react-flow__edge[data-id="${found!.id}"]`);
    const point = found!;
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => edge.getAttribute('class')).toContain('selected');
    await page.keyboard.press('Delete');
    await visible(page.getByText('Deleted the dependency.'));
    await expect.poll(edges, { timeout: WAIT_MS }).toBe(count - 1);
    await replanned();
    await page.keyboard.press('Control+z');
    await expect.poll(edges, { timeout: WAIT_MS }).toBe(count);
    expect(app.errors).toEqual([]);
  });

  it('turns top to bottom, filters by environment, colours by kind with its legend, and has a minimap', async () => {
    await openMap();
    await visible(page.locator('.react-flow__minimap'));
    const waveBox = async (n: number) => (await page.locator(`[data-cluster="#wave:${n}"]`).boundingBox())!;
    const lr = [await waveBox(0), await waveBox(1)];
    expect(lr[1]!.x).toBeGreaterThan(lr[0]!.x + lr[0]!.width - 1); // left to right: wave 1 beside the pilot
    await page.getByRole('button', { name: 'Top to bottom' }).click();
    await expect.poll(async () => (await waveBox(1)).y > (await waveBox(0)).y + (await waveBox(0)).height - 1, { timeout: WAIT_MS }).toBe(true);
    await visible(page.getByText(/each row is a wave/));
    await page.getByRole('button', { name: 'Fit view' }).click();
    await shot('map-top-to-bottom');
    await page.getByRole('button', { name: 'Left to right' }).click();
    const all = await cards().count();
    const environment = page.getByRole('combobox', { name: 'Environment' });
    await environment.selectOption('production');
    await expect.poll(() => cards().count(), { timeout: WAIT_MS }).toBeLessThan(all);
    await expect.poll(() => cards().count()).toBeGreaterThan(0);
    await environment.selectOption('');
    await expect.poll(() => cards().count(), { timeout: WAIT_MS }).toBe(all);
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('kind');
    const legend = page.getByTestId('map-legend').or(page.locator('.map-legend')).first();
    await expect.poll(() => legend.innerText()).toMatch(/Database/);
    await shot('map-colour-by-kind');
    expect(app.errors).toEqual([]);
  });
});
