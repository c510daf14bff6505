/**
 * In-page timing: from a keydown to the frame that shows its effect. A message posted from the
 * next animation frame is delivered after that frame has been painted, so the time it arrives is
 * the end of the first paint after the key. Page scripts are strings: this file is compiled for
 * Node (no DOM types), and tsx would wrap named helpers in __name(), which the page lacks.
 */
import type { Page } from 'playwright-core';

export async function installKeyTimer(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__keyTimes = [];
    window.addEventListener('keydown', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__keyTimes.push(performance.now() - t0);
        channel.port2.postMessage(null);
      });
    }, { capture: true });
  })()`);
}

export async function takeKeyTimes(page: Page): Promise<number[]> {
  return page.evaluate<number[]>(`(() => {
    const times = window.__keyTimes;
    window.__keyTimes = [];
    return times;
  })()`);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
