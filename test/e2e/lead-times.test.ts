/**
 * Lead times and rehearsals on the Timeline, as a user opens it: the sample's waits (the line, the
 * accounts, the sign-off) are rows of the program section, a wave with a mission-critical or
 * zero-downtime workload shows its failover drills before its cutover, and the legend names both.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, WAIT_MS } from './harness';

describe.runIf(browserAvailable())('lead times and rehearsals on the Timeline', () => {
  const app = browserSuite({ viewport: { width: 1600, height: 1000 }, dismissHint: true });
  let page: Page;
  beforeEach(() => {
    page = app.page;
  });

  it('shows each lead time as a row and the drills over their waves, with the legend', async () => {
    await page.keyboard.press('Control+7');
    await page.locator('.tl-bar.tl-lead-time').first().waitFor({ state: 'visible', timeout: WAIT_MS });
    const labels = await page.locator('.tl-label').allInnerTexts();
    expect(labels).toEqual(expect.arrayContaining(['Dedicated line or interconnect port', 'Accounts, contracts and quotas: AWS', 'Security and compliance sign-off']));
    expect(await page.locator('.tl-bar.tl-lead-time').count()).toBe(3);
    expect(await page.locator('.tl-bar.tl-rehearsal').count()).toBeGreaterThan(0);
    const legend = page.getByRole('list', { name: 'Legend' });
    await legend.getByText('Lead time (waiting, no effort)').waitFor({ timeout: WAIT_MS });
    await legend.getByText('Failover rehearsals').waitFor({ timeout: WAIT_MS });
    await app.shot('timeline-lead-times');
    expect(app.errors).toEqual([]);
  });
});
