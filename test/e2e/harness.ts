/** The e2e tests drive the same built app and browser as the renderer benchmark, plus the rules for when they may not run. */
import { it } from 'vitest';
import { CHROMIUM, hasChromium } from '../../bench/renderer/chromium';

export { buildWeb, CHROMIUM, hasChromium, launch, RESULTS, ROOT, serve } from '../../bench/renderer/chromium';

/** .ci/run sets CI=true; so do most CI services. */
export const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== '0' && process.env.CI.toLowerCase() !== 'false';

/** Waits on what the app shows: generous for a loaded 2-core machine, still well short of the 120 s test timeout, so a hang fails. */
export const WAIT_MS = 30_000;

/**
 * Whether the browser journeys can run here. Without Chromium they are skipped on a developer's machine with a message saying how to
 * install it; in CI, which installs Chromium itself, a missing browser is a broken install, so it fails a test instead of skipping.
 */
export function browserAvailable(): boolean {
  if (hasChromium) return true;
  const why = `${CHROMIUM} is missing, so the browser journeys cannot run; install it with: apt-get install -y chromium`;
  if (inCi) {
    it('finds Chromium for the browser journeys (CI installs it in .ci/run)', () => {
      throw new Error(`${why}. CI=true: a missing browser fails here instead of skipping the journeys.`);
    });
  } else {
    console.warn(`e2e skipped: ${why}`);
  }
  return false;
}
