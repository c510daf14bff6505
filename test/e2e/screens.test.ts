/**
 * Screens compared with reviewed pictures: a layout that breaks (a card row that wraps, a panel
 * that collapses, a chart drawn off its axis) fails here even when every text is still right.
 *
 * The reviewed pictures are test/e2e/reference/<screen>.png. Rendering is pinned so that the same
 * build draws the same pixels on every machine: a fixed window and scale, UTC and en-US, light
 * colours, a fixed today, animations and the caret off, and the one figure that changes from run to run (how long
 * planning took) hidden. What is left is font rasterisation, which the tolerance absorbs.
 *
 * A screen that changes on purpose: DECAMP_UPDATE_SCREENSHOTS=1 npx vitest run --project e2e
 * test/e2e/screens.test.ts, look at every new picture (and test-results/screens/*.diff.png), commit them.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, browserHost, inCi, RESULTS, ROOT, WAIT_MS } from './harness';

const REFERENCE = join(ROOT, 'test', 'e2e', 'reference');
const OUT = join(RESULTS, 'screens');
const UPDATE = process.env.DECAMP_UPDATE_SCREENSHOTS === '1';
/** pixelmatch's per-pixel colour distance (0..1) below which two pixels count as the same: anti-aliasing noise. */
const PIXEL_THRESHOLD = 0.1;
/**
 * Share of the screen allowed to differ. Two runs on one machine differ by 0 pixels; a different
 * machine's font hinting moves glyph edges, well under this. A wrapped card row or a missing panel
 * moves several percent of the screen.
 */
const MAX_DIFF_SHARE = 0.005;
const VIEWPORT = { width: 1280, height: 800 };

interface ScreenDiff {
  readonly differing: number;
  readonly share: number;
  readonly diff: PNG;
}

/** Pixels that differ between two PNGs of the same size. */
function compareScreens(actual: PNG, expected: PNG): ScreenDiff {
  const diff = new PNG({ width: expected.width, height: expected.height });
  const differing = pixelmatch(actual.data, expected.data, diff.data, expected.width, expected.height, { threshold: PIXEL_THRESHOLD });
  return { differing, share: differing / (expected.width * expected.height), diff };
}

describe.runIf(browserAvailable())('Screens against reviewed pictures', () => {
  const host = browserHost();
  let page: Page;

  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });
  beforeEach(async () => {
    page = await host.open({
      viewport: VIEWPORT,
      pinned: true,
      dismissHint: true,
      // The timeline draws a line at today: the pictures are of one fixed day, before the samples start.
      prepare: (p) => p.clock.setFixedTime(new Date('2026-12-01T09:00:00Z')),
    });
  });

  async function matchesReviewed(name: string): Promise<void> {
    // Fonts load before the picture; the status line's planning time differs every run (and with it its width), so it is hidden.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const shot = PNG.sync.read(await page.screenshot({ animations: 'disabled', caret: 'hide', style: '.status-line .muted { visibility: hidden; }' }));
    const reference = join(REFERENCE, `${name}.png`);
    if (UPDATE || (!existsSync(reference) && !inCi)) {
      writeFileSync(reference, PNG.sync.write(shot));
      console.warn(`screens: wrote ${reference}; look at it before committing`);
      return;
    }
    if (!existsSync(reference)) throw new Error(`no reviewed picture ${reference}: make one with DECAMP_UPDATE_SCREENSHOTS=1, look at it, commit it`);
    const expected = PNG.sync.read(readFileSync(reference));
    writeFileSync(join(OUT, `${name}.actual.png`), PNG.sync.write(shot));
    expect(`${shot.width}x${shot.height}`, `${name}: picture size`).toBe(`${expected.width}x${expected.height}`);
    const { differing, share, diff } = compareScreens(shot, expected);
    if (differing > 0) writeFileSync(join(OUT, `${name}.diff.png`), PNG.sync.write(diff));
    expect(share, `${name}: ${differing} pixels (${(share * 100).toFixed(2)}%) differ from the reviewed picture; see test-results/screens/${name}.diff.png`).toBeLessThanOrEqual(MAX_DIFF_SHARE);
  }

  it('Summary: the end-date cards in one row, the histogram, the waves table', async () => {
    await matchesReviewed('summary');
  });

  it('Inventory: the grid with its toolbar and columns', async () => {
    await page.keyboard.press('Control+2');
    await page.getByRole('searchbox', { name: 'Search workloads' }).waitFor({ timeout: WAIT_MS });
    await matchesReviewed('inventory');
  });

  it('Timeline: bars and probability bands on the calendar', async () => {
    await page.keyboard.press('Control+7');
    await page.getByTestId('timeline-scroll').waitFor({ timeout: WAIT_MS });
    await matchesReviewed('timeline');
  });
});
