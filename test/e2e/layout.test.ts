/**
 * Layout a user meets in the first hour, measured in real Chromium: the header stays one line at 1440 px with "Unsaved
 * changes" showing, in English and Chinese; table headers stick to the top of the view when it scrolls, not somewhere over the
 * rows; printing the Inventory prints the grid (every column, every row) and not the toolbar.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserHost, RESULTS, WAIT_MS } from './harness';

describe.runIf(browserAvailable())('Layout in Chromium', () => {
  const host = browserHost();
  let page: Page;

  async function open(width: number, height: number, locale: 'en' | 'zh-CN' = 'en'): Promise<void> {
    page = await host.open({ viewport: { width, height }, locale, dismissHint: true });
  }

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`keeps the header on one line at 1440 px with unsaved changes (${locale})`, async () => {
      await open(1440, 900, locale);
      await page.keyboard.press('Control+3');
      const bandwidth = page.locator('input[type="number"]').first();
      await bandwidth.fill('321');
      await bandwidth.press('Enter');
      await page.locator('.dirty-mark').waitFor({ timeout: WAIT_MS });
      const rows = await page.locator('.app-header').evaluate((el) =>
        [...el.querySelectorAll('.doc-title > *, .toolbar > button, .prefs label')].map((c) => {
          const r = c.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, right: r.right, text: c.textContent ?? '' };
        }),
      );
      const header = await page.locator('.app-header').boundingBox();
      expect(Math.max(...rows.map((r) => r.top)), 'every header control on one line').toBeLessThan(Math.min(...rows.map((r) => r.bottom)));
      expect(Math.max(...rows.map((r) => r.right)), 'nothing pushed past the window').toBeLessThanOrEqual(1440);
      expect(header!.height).toBeLessThan(60);
      const mark = await page.locator('.dirty-mark').boundingBox();
      expect(mark!.height, '"Unsaved changes" on one line').toBeLessThan(24);
      await page.screenshot({ path: join(RESULTS, `header-unsaved-1440-${locale}.png`), clip: { x: 0, y: 0, width: 1440, height: 120 } });
    });
  }

  it('shows the app and document names in the header at 1280 px', async () => {
    await open(1280, 720);
    const name = await page.locator('.doc-name').evaluate((el) => ({ width: el.getBoundingClientRect().width, text: el.textContent ?? '' }));
    const app = await page.locator('.app-name').evaluate((el) => ({ scroll: el.scrollWidth, client: el.getBoundingClientRect().width }));
    expect(app.client, '"Decamp" whole').toBeGreaterThanOrEqual(app.scroll - 1);
    expect(name.text.length).toBeGreaterThan(10);
    // Its start at least (the whole name is its tooltip); before, it was squeezed to nothing.
    expect(name.width, 'the document name has room to be read').toBeGreaterThan(80);
    await expect.poll(() => page.getByRole('combobox', { name: 'Language' }).count()).toBe(1);
    const right = await page.locator('.app-header').evaluate((el) => Math.max(...[...el.querySelectorAll('button, select')].map((c) => c.getBoundingClientRect().right)));
    expect(right, 'nothing pushed past the window').toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(RESULTS, 'header-1280-en.png'), clip: { x: 0, y: 0, width: 1280, height: 100 } });
  });

  for (const [view, key] of [
    ['Summary', 'Control+1'],
    ['Assumptions', 'Control+3'],
  ] as const) {
    it(`sticks the ${view} table headers to the top of the view when it scrolls`, async () => {
      await open(1280, 720);
      await page.keyboard.press(key);
      const table = page.locator('.main table.data').first();
      await table.waitFor({ timeout: WAIT_MS });
      // Scroll the view until the table's first row is well above the view's top edge.
      // A table with a header row that the view can scroll 80 px past its top while still showing its rows.
      const { headTop, mainTop, scrolled } = await page.locator('.main').evaluate((main) => {
        const tables = [...main.querySelectorAll('table.data')].filter((t) => t.querySelector('thead th')) as HTMLElement[];
        const maxScroll = main.scrollHeight - main.clientHeight;
        const wanted = (t: HTMLElement) => main.scrollTop + t.getBoundingClientRect().top - main.getBoundingClientRect().top + 80;
        const t = tables.find((x) => wanted(x) <= maxScroll && x.getBoundingClientRect().height > 160);
        if (!t) throw new Error('no table to scroll past in this view');
        main.scrollTop = wanted(t);
        const th = t.querySelector('thead th') as HTMLElement;
        return { headTop: th.getBoundingClientRect().top, mainTop: main.getBoundingClientRect().top, scrolled: main.scrollTop };
      });
      expect(scrolled).toBeGreaterThan(0);
      expect(Math.abs(headTop - mainTop), `the header row sits at the view's top edge (${headTop} vs ${mainTop})`).toBeLessThan(2);
      await page.screenshot({ path: join(RESULTS, `sticky-header-${view.toLowerCase()}.png`) });
    });
  }

  it('Issues > Show opens the Inventory with the row in view', async () => {
    await open(1280, 720);
    await page.keyboard.press('Control+4');
    const rows = page.locator('table.data tbody tr');
    await rows.first().waitFor({ timeout: WAIT_MS });
    // The last issue of the list: its workload is the least likely to be in the first screen of the grid.
    await rows.last().getByRole('button', { name: 'Show' }).click();
    const panel = page.locator('.inv-panel');
    await panel.waitFor({ timeout: WAIT_MS });
    const name = (await panel.getByRole('heading').first().innerText()).trim();
    const grid = await page.getByRole('grid').boundingBox();
    const row = page.locator('.inv-row.is-active-row');
    await expect.poll(async () => (await row.getByRole('gridcell').nth(2).innerText()).trim(), { timeout: WAIT_MS }).toBe(name);
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(grid!.y + 30);
    expect(box.y + box.height).toBeLessThanOrEqual(grid!.y + grid!.height + 1);
  });

  it('prints the Inventory as the grid: every column and row, no toolbar', async () => {
    await open(1280, 720);
    await page.keyboard.press('Control+2');
    await page.getByRole('grid').waitFor({ timeout: WAIT_MS });
    const total = Number((await page.locator('.inv-count').innerText()).match(/of (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(20);
    // page.pdf lays the page out for print, as the browser's Print does; beforeprint lets the grid render every row.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const ids = await page.evaluate(() => [...document.querySelectorAll('.inv-body .inv-row')].map((r) => r.querySelectorAll('[role="gridcell"]')[1]?.textContent ?? ''));
    expect(ids).toHaveLength(total);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    const file = join(RESULTS, 'inventory-print.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const header of ['Name', 'Strategy', 'Criticality', 'Likely effort']) expect(text, header).toContain(header);
    // Every row is on paper, the last one too (names may be cut with an ellipsis; ids fit).
    for (const id of [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!]) expect(text, id).toContain(id);
    expect(text).not.toContain('Add workload');
    expect(text).not.toContain('Duplicate');
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', file, join(RESULTS, 'inventory-print')]);
  });
});
