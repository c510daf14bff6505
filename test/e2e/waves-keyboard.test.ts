/**
 * The waves board without a mouse, in real Chromium: focus a card's ⠿ handle, Space lifts it, each
 * ← or → carries it one wave (the screen reader hears which), Space drops and pins it there; the
 * card then shows what the pin breaks, and Escape cancels a move.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, visible, WAIT_MS } from './harness';

describe.runIf(browserAvailable())('The waves board by keyboard, in Chromium', () => {
  const app = browserSuite({ viewport: { width: 1440, height: 900 }, dismissHint: true });
  const { shot, replanned } = app;
  let page: Page;
  beforeEach(() => {
    page = app.page;
  });
  /** Opens the board and lifts, by keyboard, the sample's ingress load balancer in Wave 3 (the fourth column): pinned to the pilot, it moves before what it needs. */
  const liftLoadBalancer = async () => {
    await page.keyboard.press('Control+6');
    const board = page.getByTestId('waves-board');
    await visible(board);
    const moving = board.locator('section[data-wave="3"] li.wave-card').filter({ hasText: 'Application load balancer' }).first();
    const cardId = (await moving.getAttribute('data-card'))!;
    await moving.locator('.wave-card-handle').focus();
    await page.keyboard.press('Space');
    return { board, cardId };
  };
  const live = () => page.evaluate(() => [...document.querySelectorAll('[aria-live]')].map((e) => e.textContent ?? '').join(' | '));

  it('lifts a card with Space, carries it a wave a press with the arrows, and drops and pins it with Space', async () => {
    const { board, cardId } = await liftLoadBalancer();
    // Lifted: it is announced over its own wave.
    await expect.poll(live, { timeout: WAIT_MS }).toMatch(/Application load balancer \(ingress\) is over Wave 3\./);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(live, { timeout: WAIT_MS }).toMatch(/is over Wave 2\./);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(live, { timeout: WAIT_MS }).toMatch(/is over Wave 1\./);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(live, { timeout: WAIT_MS }).toMatch(/is over Pilot\./);
    await page.keyboard.press('Space');
    await visible(page.getByText(/Pinned .* to Pilot\. The plan is being made again\./));
    await replanned();
    const pinned = board.locator(`section[data-wave="0"] li[data-card="${cardId}"]`);
    await visible(pinned);
    await visible(pinned.getByText('Pinned'));
    await visible(pinned.getByRole('list', { name: 'What the plan says about it' }).getByRole('listitem'));
    await shot('waves-keyboard-pinned');
    expect(app.errors).toEqual([]);
  });

  it('cancels a keyboard move with Escape: the card stays where it was, unpinned', async () => {
    const { board, cardId } = await liftLoadBalancer();
    await expect.poll(live, { timeout: WAIT_MS }).toMatch(/is over Wave 3\./);
    await page.keyboard.press('ArrowRight');
    await expect.poll(live, { timeout: WAIT_MS }).toMatch(/is over Wave 4\./);
    await page.keyboard.press('Escape');
    await expect.poll(live, { timeout: WAIT_MS }).toMatch(/Move cancelled\./);
    expect(await board.locator(`section[data-wave="3"] li[data-card="${cardId}"]`).count()).toBe(1);
    expect(await board.locator(`li[data-card="${cardId}"]`).getByText('Pinned').count()).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
