/**
 * The inventory grid in real Chromium at 1280x720, the size of a small laptop: the active cell and
 * its editor stay on screen whatever the keyboard does and whether the side panel is open, Id and
 * Name stay frozen at the left, a refused edit's message is in sight, and the panel opens only when
 * asked (the row's details button, Enter on the Id, Alt+Enter) and stays closed once closed.
 * Screenshots of the grid with the panel open at 1280x720 and 1440x900, English and Chinese.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable, browserHost, RESULTS, WAIT_MS } from './harness';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

describe.runIf(browserAvailable())('Inventory grid in Chromium', () => {
  const host = browserHost();
  let page: Page;

  async function open(width: number, height: number, locale: 'en' | 'zh-CN' = 'en'): Promise<void> {
    page = await host.open({ viewport: { width, height }, locale, dismissHint: true });
    await page.keyboard.press('Control+2');
    await page.getByRole('grid').waitFor({ timeout: WAIT_MS });
  }

  const grid = () => page.getByRole('grid');
  const panel = () => page.locator('.inv-panel');
  const box = async (l: Locator): Promise<Box> => {
    const b = await l.boundingBox();
    if (!b) throw new Error('not rendered');
    return b;
  };
  /** The cell aria-activedescendant names. */
  const activeCell = async () => page.locator(`[id="${await grid().getAttribute('aria-activedescendant')}"]`);
  /** The grid's visible area to the right of the frozen columns, and the frozen columns' right edge. */
  async function viewport() {
    const g = await box(grid());
    const scrollbar = await grid().evaluate((el) => ({ x: (el as HTMLElement).offsetWidth - el.clientWidth, y: (el as HTMLElement).offsetHeight - el.clientHeight }));
    const header = await box(grid().getByRole('columnheader').first());
    const frozenRight = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('.inv-head .inv-cell.is-frozen')];
      return Math.max(...cells.map((c) => c.getBoundingClientRect().right));
    });
    return { left: g.x, top: header.y + header.height, right: g.x + g.width - scrollbar.x, bottom: g.y + g.height - scrollbar.y, frozenRight };
  }
  async function expectInView(l: Locator, what: string, { frozenToo = false } = {}) {
    const v = await viewport();
    const b = await box(l);
    const left = frozenToo ? v.left : v.frozenRight;
    expect(b.x, `${what}: left edge ${b.x} past ${left}`).toBeGreaterThanOrEqual(left - 1);
    expect(b.x + b.width, `${what}: right edge`).toBeLessThanOrEqual(v.right + 1);
    expect(b.y, `${what}: top edge`).toBeGreaterThanOrEqual(v.top - 1);
    expect(b.y + b.height, `${what}: bottom edge`).toBeLessThanOrEqual(v.bottom + 1);
  }
  const columnIndex = async (name: string) => (await grid().getByRole('columnheader').allInnerTexts()).findIndex((h) => h.trim().startsWith(name));
  async function expectFrozen() {
    const g = await box(grid());
    for (const name of ['Id', 'Name']) {
      const i = await columnIndex(name);
      const header = await box(grid().getByRole('columnheader').nth(i));
      expect(header.x, `${name} header stays at the left`).toBeLessThan(g.x + 260);
      const cell = await box((await activeRow()).getByRole('gridcell').nth(i));
      expect(Math.abs(cell.x - header.x), `${name} cell under its header`).toBeLessThan(2);
    }
  }
  const activeRow = async () => page.locator('.inv-row.is-active-row');

  it('keeps the active cell and its editor in view at 1280x720 with the panel open, Id and Name frozen', async () => {
    await open(1280, 720);
    // A single click makes a cell active and opens nothing.
    await grid().getByRole('row').nth(3).getByRole('gridcell').nth(2).click();
    await expect.poll(() => panel().count()).toBe(0);
    // The deliberate way by keyboard: Alt+Enter (shown on the Details button).
    await expect.poll(() => page.getByRole('button', { name: /^Details/ }).getAttribute('aria-keyshortcuts')).toBe('Alt+Enter');
    await page.keyboard.press('Alt+Enter');
    await panel().waitFor({ timeout: WAIT_MS });
    await expectInView(await activeCell(), 'the Name cell', { frozenToo: true });

    // Walk right across every column: each active cell is in view, Id and Name stay where they are.
    const columns = await grid().getByRole('columnheader').count();
    for (let col = 2; col < columns - 1; col++) {
      await page.keyboard.press(col % 2 === 0 ? 'ArrowRight' : 'Tab');
      await expectInView(await activeCell(), `column ${col + 1}`);
      await expectFrozen();
    }
    await page.screenshot({ path: join(RESULTS, 'inventory-grid-last-column-1280.png') });

    // Back to Strategy with the keyboard, edit it: the editor is in view.
    const strategy = await columnIndex('Strategy');
    await page.keyboard.press('Home'); // to the Id (Home again would reach the checkbox)
    for (let i = 1; i < strategy; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('combobox', { name: /^Strategy of / });
    await expectInView(editor, 'the Strategy editor');
    await page.keyboard.press('Escape');

    // A refused edit on the last visible row: its message is in view.
    const complexity = await columnIndex('Complexity');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Home');
    for (let i = 1; i < complexity; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    const error = grid().locator('.inv-cell-error');
    await error.waitFor({ timeout: WAIT_MS });
    await expectInView(error, 'the refused edit message');
    await page.screenshot({ path: join(RESULTS, 'inventory-grid-refused-1280.png') });
    await page.keyboard.press('Escape');

    // The end of the list: the last row is in view.
    await page.keyboard.press('Control+End');
    await expectInView(await activeCell(), 'the last cell');
  });

  it('opens the panel only when asked, and a closed panel stays closed', async () => {
    await open(1280, 720);
    const row = grid().getByRole('row').nth(4);
    const name = (await row.getByRole('gridcell').nth(2).innerText()).trim();
    await row.getByRole('button', { name: `Open the details of ${name}` }).click();
    await expect.poll(() => panel().getByRole('heading').first().innerText()).toBe(name);
    await page.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => panel().count()).toBe(0);
    for (const r of [2, 5, 6]) await grid().getByRole('row').nth(r).getByRole('gridcell').nth(5).click();
    await expect.poll(() => panel().count()).toBe(0);
    // Enter on the Id opens it, for the row the keyboard is on.
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await panel().waitFor({ timeout: WAIT_MS });
    await expectInView(await activeCell(), 'the Id cell', { frozenToo: true });
  });

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    for (const locale of ['en', 'zh-CN'] as const) {
      it(`shows the grid beside the panel at ${width}x${height} in ${locale}`, async () => {
        await open(width, height, locale);
        await grid().getByRole('row').nth(3).getByRole('gridcell').nth(2).click();
        await page.keyboard.press('Alt+Enter');
        await panel().waitFor({ timeout: WAIT_MS });
        // At least Id, Name and three more columns beside the panel, the toolbar on one line.
        const v = await viewport();
        const visible = await page.evaluate((right) => [...document.querySelectorAll('.inv-head [role="columnheader"]')].filter((h) => h.getBoundingClientRect().right <= right + 1).length, v.right);
        expect(visible).toBeGreaterThanOrEqual(width >= 1440 ? 7 : 6);
        const toolbar = page.locator('.inv-toolbar');
        // One line: every control overlaps every other vertically.
        const spans = await toolbar.evaluate((el) => [...el.children].filter((c) => c.getBoundingClientRect().width > 0 && c.getBoundingClientRect().height > 0).map((c) => [c.getBoundingClientRect().top, c.getBoundingClientRect().bottom]));
        expect(Math.max(...spans.map((s) => s[0]!)), 'the inventory toolbar is one line').toBeLessThan(Math.min(...spans.map((s) => s[1]!)));
        await page.screenshot({ path: join(RESULTS, `inventory-panel-${width}x${height}-${locale}.png`) });
      });
    }
  }
});
