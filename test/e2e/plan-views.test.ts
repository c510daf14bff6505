/**
 * The plan's pictures in real Chromium against the built web app: draw a dependency on the map and
 * see the waves change, drag a card to another wave and see the warning, zoom the timeline, run an
 * AK/SK outage and read the stopped workloads. Then every plan view is photographed in English and
 * Chinese, light and dark, under test-results/ for a person to look at.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectedFirstStartPlan } from './expected-plan';
import { browserAvailable, browserSuite, visible, WAIT_MS } from './harness';

describe.runIf(browserAvailable())('The plan views in Chromium', () => {
  const app = browserSuite({ viewport: { width: 1440, height: 900 }, dismissHint: true });
  const { shot, replanned } = app;
  let page: Page;
  beforeEach(() => {
    page = app.page;
  });

  const card = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
  const waveOfCard = async (id: string) => (await card(id).locator('.map-card-meta').nth(1).innerText()).split('·').at(-1)!.trim();

  /** Drags the mouse from the centre of one element to the centre of another, in steps, as a hand would. */
  async function drag(from: Locator, to: Locator) {
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 4, { steps: 4 });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 16 });
    await page.mouse.up();
  }

  it('draws a dependency on the map by dragging between two cards, and the waves change', async () => {
    await page.keyboard.press('Control+5');
    await visible(page.getByTestId('map-canvas'));
    await page.getByRole('button', { name: 'Fit view' }).click();
    // A pilot workload (not pinned there) that comes to need, tightly, a workload of a later wave must move with it. Wave 1 is the
    // sample's test environment, which never shares a wave with production, so the later wave is Wave 2, on screen beside the pilot.
    const first = page.locator('[data-cluster="#wave:0"]');
    await visible(first);
    // Every dependency is drawn with its dash count capped (map-edges.tsx): long dashed edges made each zoom step take seconds.
    const pathLengths = await page.locator('.react-flow__edge-path').evaluateAll((paths) => paths.map((p) => Number(p.getAttribute('pathLength'))));
    expect(pathLengths.length).toBeGreaterThan(10);
    for (const length of pathLengths) expect(length > 0 && length <= 800).toBe(true);
    const cards = page.locator('.react-flow__node[data-id]');
    const ids = async (wave: string, pinned: boolean) => {
      const found = cards.filter({ has: page.locator('.map-card-meta', { hasText: wave }), ...(pinned ? {} : { hasNot: page.getByText('Pinned', { exact: true }) }) });
      return Promise.all((await found.all()).map(async (c) => (await c.getAttribute('data-id'))!));
    };
    const pilot = await ids('Pilot', false);
    const later = await ids('Wave 2', true);
    // The whole plan fits at a zoom too small for a hand: zoom in with the wheel on a pilot card's handle (it stays put, the
    // later wave moves away from it, still on screen) until a card is about as wide as a thumb's travel.
    for (let i = 0; i < 12 && ((await card(pilot[0]!).boundingBox())?.width ?? 0) < 110; i++) {
      const h = (await card(pilot[0]!).locator('.react-flow__handle.source').boundingBox())!;
      await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(150);
    }
    // A hand grabs a handle it can reach: one no dependency line is drawn over (lines end on the source handles here).
    const reachable = async (id: string, side: 'source' | 'target') => {
      const h = (await card(id).locator(`.react-flow__handle.${side}`).boundingBox())!;
      return page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.classList.contains('react-flow__handle') ?? false, [h.x + h.width / 2, h.y + h.height / 2]);
    };
    const to = (await Promise.all(later.map(async (id) => ((await reachable(id, 'target')) ? id : undefined)))).find((id) => id !== undefined);
    if (!to) throw new Error(`no target handle on screen free of lines among ${later.join(', ')}`);
    const from = pilot[0]!;
    expect(await waveOfCard(from)).toBe('Pilot');
    // From the needed card's handle to the needing card's (a connection may be drawn either way; it drops on the nearest handle).
    await drag(card(to).locator('.react-flow__handle.target'), card(from).locator('.react-flow__handle.source'));
    const popover = page.getByRole('dialog', { name: 'Add a dependency' });
    await visible(popover);
    await expect.poll(() => popover.innerText()).toContain('needs');
    await popover.getByRole('combobox', { name: 'Coupling' }).selectOption('tight');
    await popover.getByRole('button', { name: 'Add dependency' }).click();
    await visible(page.getByText(/Added: .* needs .*\. The plan is being updated\./));
    await replanned();
    await expect.poll(() => waveOfCard(from), { timeout: WAIT_MS }).not.toBe('Pilot');
    await shot('map-dependency-added');
    // Undo puts the plan back.
    await page.getByRole('button', { name: 'Undo' }).first().click();
    await replanned();
    await expect.poll(() => waveOfCard(from), { timeout: WAIT_MS }).toBe('Pilot');
    expect(app.errors).toEqual([]);
  });

  it('drags a card to another wave on the board, and the card shows what the pin breaks', async () => {
    await page.keyboard.press('Control+6');
    const board = page.getByTestId('waves-board');
    await visible(board);
    // The sample's ingress load balancer (Wave 3, on screen) needs the ACK cluster of its wave: pinned to the pilot, it moves before what it needs.
    const moving = board.locator('section[data-wave="3"] li.wave-card').filter({ hasText: 'Application load balancer' }).first();
    const cardId = (await moving.getAttribute('data-card'))!;
    await drag(moving.locator('.wave-card-handle'), board.locator('section[data-wave="0"]'));
    await visible(page.getByText(/Pinned .* to Pilot\. The plan is being made again\./));
    await replanned();
    const pinned = board.locator(`section[data-wave="0"] li[data-card="${cardId}"]`);
    await visible(pinned);
    await visible(pinned.getByText('Pinned'));
    await visible(pinned.getByRole('list', { name: 'What the plan says about it' }).getByRole('listitem'));
    await shot('waves-pin-warning');
    await page.keyboard.press('Control+4');
    await visible(page.getByText(/moves before/));
    expect(app.errors).toEqual([]);
  });

  it('zooms the timeline from weeks to days and out to quarters, keeping the bars on the calendar', async () => {
    await page.keyboard.press('Control+7');
    const scroller = page.getByTestId('timeline-scroll');
    await visible(scroller);
    // The landing zone's bar is on screen at every zoom (it spans the weeks the Day view opens on, before the first wave), so its width
    // is the calendar's scale; the waves' bars come into view only where their dates are.
    const scaleBar = page.locator('.tl-bar.tl-foundation').first();
    await visible(scaleBar);
    // A wave's bar opens it, while the first waves are in view.
    await page.locator('.tl-bar.tl-wave').first().click();
    await visible(page.locator('.tl-bar.tl-workload'));
    await shot('timeline-wave-open');
    const week = Number(await scaleBar.getAttribute('width'));
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    await expect.poll(async () => Number(await page.locator('.tl-bar.tl-foundation').first().getAttribute('width'))).toBeGreaterThan(week * 3);
    await shot('timeline-day');
    await scroller.focus();
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(() => page.getByRole('button', { name: 'Quarter' }).getAttribute('aria-pressed')).toBe('true');
    expect(Number(await page.locator('.tl-bar.tl-foundation').first().getAttribute('width'))).toBeLessThan(week);
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Week', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(app.errors).toEqual([]);
  });

  it("hovers a wave's bar on the timeline and reads what moves its P80 end, with the working days each adds", async () => {
    // Worked out apart from the app: the engine's plan of the first-start sample, its first wave that something moves.
    const plan = expectedFirstStartPlan();
    const forecast = plan.simulation.waves.find((w) => w.drivers.length > 0)!;
    const wave = plan.waves.find((w) => w.id === forecast.waveId)!;
    const words = forecast.drivers.slice(0, 3).map((m) => `${plan.simulation.drivers.find((d) => d.id === m.id)!.title} (+${m.daysAtP80.toLocaleString('en', { maximumFractionDigits: 1 })})`);
    await page.keyboard.press('Control+7');
    const bar = page.locator(`[data-bar="bar:wave:${wave.id}:${wave.teamIds[0]}"]`);
    await visible(bar);
    // Near the bar's start: a drilled wave's rehearsal strip sits over its end.
    const box = (await bar.boundingBox())!;
    await bar.hover({ position: { x: Math.min(6, box.width / 2), y: box.height / 2 } });
    const hovered = await page.evaluate(() => {
      const under = [...document.querySelectorAll(':hover')].at(-1);
      return { bar: under?.getAttribute('data-bar') ?? null, title: under?.querySelector(':scope > title')?.textContent ?? null };
    });
    expect(hovered.bar).toBe(`bar:wave:${wave.id}:${wave.teamIds[0]}`);
    expect(hovered.title).toContain(`P80 pushed out most by ${new Intl.ListFormat('en').format(words)} (working days each adds to this wave's P80)`);
    expect(app.errors).toEqual([]);
  });

  it('runs an AK/SK outage and reads the stopped workloads, before the move and after the last wave', async () => {
    await page.keyboard.press('Control+9');
    await page.getByRole('button', { name: /12 Nov 2023: Alibaba Cloud AK\/SK/ }).click();
    const headline = page.getByTestId('outage-headline');
    await expect.poll(() => headline.innerText()).toMatch(/^Before the move: \d+ of \d+ workloads stop/);
    const before = Number(/: (\d+) of/.exec(await headline.innerText())![1]);
    const rows = page.getByTestId('outage-stopped').getByRole('rowheader');
    expect(await rows.count()).toBe(before);
    expect(await rows.allInnerTexts()).toContain('RAM users, roles and AccessKeys');
    const when = page.getByRole('combobox', { name: 'When' });
    const options = await when.locator('option').count();
    await when.selectOption({ index: options - 1 });
    await expect.poll(() => headline.innerText()).toMatch(/^After Wave \d+:/);
    const after = Number(/: (\d+) of/.exec(await headline.innerText())![1]);
    expect(after).toBeLessThan(before);
    expect(await page.getByTestId('outage-stopped').getByRole('rowheader').count()).toBe(after);
    await shot('outage-aksk-after-last-wave');
    expect(app.errors).toEqual([]);
  });

  it('photographs every plan view in English and Chinese, light and dark', async () => {
    const views: [string, string][] = [
      ['map', 'Control+5'],
      ['waves', 'Control+6'],
      ['timeline', 'Control+7'],
      ['risks', 'Control+8'],
      ['outage', 'Control+9'],
    ];
    const prefs = page.locator('.prefs select');
    for (const locale of ['en', 'zh-CN'] as const) {
      await prefs.nth(0).selectOption(locale);
      for (const theme of ['light', 'dark'] as const) {
        await prefs.nth(1).selectOption(theme);
        for (const [name, key] of views) {
          await page.keyboard.press(key);
          await page.waitForTimeout(name === 'map' ? 1500 : 500);
          await shot(`views-${name}-${locale}-${theme}`);
        }
      }
    }
    expect(app.errors).toEqual([]);
  });
});
