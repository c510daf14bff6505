/**
 * The app's plan worker splits the Monte Carlo over a nested helper worker (both cores) and shows
 * the plan the engine gives on one thread: the first-start sample's P50/P80/P95 are planProject's
 * at the app's seed and run count, and the helper worker is running beside the plan worker.
 */
import { describe, expect, it } from 'vitest';
import { expectedFirstStartPlan, shownDate } from './expected-plan';
import { browserSuite, visible } from './harness';

describe('the plan on two threads in the app', () => {
  const app = browserSuite();

  it('plans the first-start sample with a helper worker and shows the one-thread plan', async () => {
    const page = app.page;
    await visible(page.getByTestId('p50'));
    const { simulation } = expectedFirstStartPlan();
    expect(await page.getByTestId('p50').innerText()).toBe(shownDate(simulation.p50End));
    expect(await page.getByTestId('p80').innerText()).toBe(shownDate(simulation.p80End));
    expect(await page.getByTestId('p95').innerText()).toBe(shownDate(simulation.p95End));
    const workers = page.workers().map((w) => w.url());
    expect(workers.some((url) => url.includes('plan.worker'))).toBe(true);
    expect(workers.some((url) => url.includes('plan-helper.worker'))).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
