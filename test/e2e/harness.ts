/** The e2e tests drive the same built app and browser as the renderer benchmark, plus the rules for when they may not run. */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildWeb, CHROMIUM, hasChromium, launch, RESULTS, serve } from '../../bench/renderer/chromium';

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

export interface SuiteOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly acceptDownloads?: boolean;
  /** Listeners a journey needs before the app loads (file choosers, dialogs). */
  readonly prepare?: (page: Page) => void;
  /** Dismiss the first-start hint once the app shows a plan (most journeys do not test it). */
  readonly dismissHint?: boolean;
  /** A script run in the page before the app's own (fake-file-access.ts: the save dialog Playwright cannot answer). */
  readonly initScript?: string;
}

export interface BrowserSuite {
  /** The current journey's page; a new one per test. */
  readonly page: Page;
  /** Errors the current page reported (uncaught exceptions, console errors). */
  readonly errors: readonly string[];
  /** Saves what the page shows to test-results/NAME.png for a person to look at. */
  shot(name: string): Promise<void>;
  /** The header's status region is aria-busy from an edit until the plan of the current document is on screen. */
  replanned(): Promise<void>;
}

/**
 * One built app, one browser and a fresh context per journey, the same for every browser suite: the app loaded and its plan on
 * screen before each test, a screenshot of what it showed when a test fails, the context closed after, so it does not plan on in
 * the background. Call it inside the describe block.
 */
export function browserSuite(options: SuiteOptions = {}): BrowserSuite {
  let browser: Browser;
  let server: Server;
  let url: string;
  let context: BrowserContext | undefined;
  let current: Page | undefined;
  let errors: string[] = [];

  const suite: BrowserSuite = {
    get page() {
      if (!current) throw new Error('The page exists only inside a test of a browser suite.');
      return current;
    },
    get errors() {
      return errors;
    },
    shot: async (name) => {
      await suite.page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: false });
    },
    replanned: () => expect.poll(() => suite.page.locator('.header-status').getAttribute('aria-busy'), { timeout: WAIT_MS }).toBe('false'),
  };

  beforeAll(async () => {
    ({ url, server } = await serve(await buildWeb()));
    browser = await launch();
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: options.viewport ?? { width: 1360, height: 900 }, acceptDownloads: options.acceptDownloads ?? false, locale: 'en-US' });
    const page = (current = await context.newPage());
    // A fresh list per page: a closed page's late error must not land in the next journey.
    const pageErrors: string[] = (errors = []);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
    options.prepare?.(page);
    if (options.initScript) await page.addInitScript(options.initScript);
    await page.goto(url);
    await page.getByTestId('p50').waitFor({ timeout: WAIT_MS });
    await suite.replanned();
    if (options.dismissHint) {
      const hint = page.getByRole('button', { name: 'Got it' });
      if (await hint.isVisible()) await hint.click();
    }
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await suite.shot(`failed-${ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
    await context?.close();
    context = undefined;
    current = undefined;
  });
  return suite;
}
