/**
 * A date to meet and an unconfirmed inventory, the way a tech lead meets them in Chromium: set a
 * target date where the start date is edited, read on the Summary the chance of meeting it, what
 * threatens it and the changes that bring it to 80%, undo it; confirm the whole inventory in the
 * Inventory and see the share of the range it took away. Screenshots go to test-results/.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, WAIT_MS } from './harness';

const iso = (shown: string) => new Date(Date.parse(`${shown} UTC`)).toISOString().slice(0, 10);

describe.runIf(browserAvailable())('A date to meet in Chromium', () => {
  const app = browserSuite({ dismissHint: true, viewport: { width: 1360, height: 1100 } });
  let page: Page;
  beforeEach(() => {
    page = app.page;
  });

  it('sets a target date, reads its chance and the changes that reach 80% on the Summary, and undoes it', async () => {
    const card = page.getByTestId('target-date');
    expect(await card.count()).toBe(0);
    const p50 = await page.getByTestId('p50').innerText();

    // The target date sits beside the start date, in Assumptions.
    await page.keyboard.press('Control+3');
    const field = page.getByRole('textbox', { name: 'Target date' });
    await field.waitFor({ timeout: WAIT_MS });
    await field.fill(iso(p50));
    await field.press('Enter');
    await app.replanned();

    await page.keyboard.press('Control+1');
    await card.waitFor({ timeout: WAIT_MS });
    expect(await card.getByRole('heading').first().innerText()).toBe(`Done by ${p50}?`);
    // At the P50 about half the runs make it: short of 80%, so the card says what threatens it and what would help.
    const chance = Number((await page.getByTestId('on-time-probability').innerText()).replace('%', ''));
    expect(chance).toBeGreaterThanOrEqual(35);
    expect(chance).toBeLessThanOrEqual(65);
    expect(await card.innerText()).toContain('short of the 80% a commitment needs');
    const threats = await card.getByTestId('target-threats').locator('li').allInnerTexts();
    expect(threats.length).toBeGreaterThan(0);
    expect(threats.join('\n')).toMatch(/: without it, \d+%/);
    const levers = await card.getByTestId('target-levers').locator('li').allInnerTexts();
    expect(levers.length).toBeGreaterThan(0);
    // Each change says what to do by name, and the chance it gives, higher than today's.
    expect(levers[0]).toMatch(/(engineer|mitigation|appliances|Replatform).* → \d+%$/);
    for (const l of levers) expect(Number(/→ (\d+)%$/.exec(l)![1])).toBeGreaterThan(chance);
    expect(levers.join('\n')).not.toMatch(/\bdata-iot\b|\bcommerce\b|teamId|risk\./);
    // The Summary leads with it: above the P50/P80/P95 cards.
    const cardTop = (await card.boundingBox())!.y;
    expect(cardTop).toBeLessThan((await page.getByTestId('end-dates').boundingBox())!.y);
    await app.shot('summary-target-date');

    // Undo takes the date away, redo brings it back.
    await page.locator('.sidebar').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => card.count(), { timeout: WAIT_MS }).toBe(0);
    await page.keyboard.press('Control+Shift+Z');
    await card.waitFor({ timeout: WAIT_MS });

    // Clearing the field clears the date.
    await page.keyboard.press('Control+3');
    await field.fill('');
    await field.press('Enter');
    await app.replanned();
    await page.keyboard.press('Control+1');
    await page.getByTestId('p50').waitFor({ timeout: WAIT_MS });
    expect(await card.count()).toBe(0);
    expect(app.errors).toEqual([]);
  }, 240_000);

  it('confirms the whole inventory in one undoable edit, and the Summary says the scope growth is gone', async () => {
    const scope = page.getByTestId('unconfirmed-scope');
    const before = await scope.innerText();
    const m = /^(\d+) of (\d+) workloads are not confirmed yet: the work still to be found around them adds ([\d.]+) working days at P80, (\d+)% of the range/.exec(before);
    expect(m, before).not.toBeNull();
    expect(Number(m![3])).toBeGreaterThan(0);
    const p80 = await page.getByTestId('p80').innerText();

    await page.keyboard.press('Control+2');
    await page.getByRole('checkbox', { name: 'Select all shown workloads' }).check();
    await page.getByRole('combobox', { name: 'Set Confirmed of all selected' }).selectOption({ label: 'Confirmed' });
    await app.replanned();
    await page.keyboard.press('Control+1');
    await expect.poll(() => scope.innerText(), { timeout: WAIT_MS }).toMatch(/^All \d+ workloads are confirmed: no scope growth is drawn\.$/);
    // Without the work still to be found, the commitment date comes in.
    const after = await page.getByTestId('p80').innerText();
    expect(Date.parse(`${after} UTC`)).toBeLessThan(Date.parse(`${p80} UTC`));
    await app.shot('summary-inventory-confirmed');

    await page.locator('.sidebar').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => scope.innerText(), { timeout: WAIT_MS }).toBe(before);
    expect(app.errors).toEqual([]);
  }, 240_000);
});
