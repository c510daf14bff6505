/** The e2e tests drive the same built app and browser as the renderer benchmark, plus the rules for when they may not run. */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildWeb, CHROMIUM, hasChromium, launch, RESULTS, serve } from '../../bench/renderer/chromium';

export { buildWeb, CHROMIUM, hasChromium, launch, RESULTS, ROOT, serve } from '../../bench/renderer/chromium';

/** .ci/run sets CI=true; so do most CI services. */
export const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== '0' && process.env.CI.toLowerCase() !== 'false';

/** Waits on what the app shows: generous for a loaded 2-core machine, still well short of the 120 s test timeout, so a hang fails. */
export const WAIT_MS = 30_000;

/** Waits until the locator's first match is visible. */
export const visible = (l: Locator) => l.first().waitFor({ state: 'visible', timeout: WAIT_MS });

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

/** How a journey's page is opened: the window, the language, and what must be in place before the app loads. */
export interface OpenOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly locale?: 'en' | 'zh-CN';
  readonly acceptDownloads?: boolean;
  /** Rendering pinned for pictures compared across machines (scale, time zone, colours, motion). */
  readonly pinned?: boolean;
  /** Listeners or clocks a journey needs before the app loads (file choosers, dialogs, a fixed today). */
  readonly prepare?: (page: Page) => unknown;
  /** A script run in the page before the app's own (fake-file-access.ts: the save dialog Playwright cannot answer). */
  readonly initScript?: string;
  /** Dismiss the first-start hint once the app shows a plan (most journeys do not test it). */
  readonly dismissHint?: boolean;
}

export interface BrowserHost {
  /** The current journey's page, once `open` has made it. */
  readonly page: Page;
  /** Errors the current page reported (uncaught exceptions, console errors). */
  readonly errors: readonly string[];
  /** A fresh context and page (the previous one closed), the app loaded and its plan on screen. */
  open(options?: OpenOptions): Promise<Page>;
  /** Saves what the page shows to test-results/NAME.png for a person to look at. */
  shot(name: string): Promise<void>;
  /** The header's status region is aria-busy from an edit until the plan of the current document is on screen. */
  replanned(): Promise<void>;
}

/**
 * One built app and one browser for the suite, and a context per journey opened by the journey itself (at its own size and
 * language): a screenshot of what the page showed when a test fails, the context closed after each test, so it does not plan on
 * in the background. Call it inside the describe block.
 */
export function browserHost(): BrowserHost {
  let browser: Browser;
  let server: Server;
  let url: string;
  let context: BrowserContext | undefined;
  let current: Page | undefined;
  let errors: string[] = [];

  const host: BrowserHost = {
    get page() {
      if (!current) throw new Error('The page exists only inside a test, once it has been opened.');
      return current;
    },
    get errors() {
      return errors;
    },
    open: async (options = {}) => {
      await context?.close();
      const pin = options.pinned ? ({ deviceScaleFactor: 1, timezoneId: 'UTC', colorScheme: 'light', reducedMotion: 'reduce' } as const) : {};
      context = await browser.newContext({ viewport: options.viewport ?? { width: 1360, height: 900 }, acceptDownloads: options.acceptDownloads ?? false, locale: options.locale === 'zh-CN' ? 'zh-CN' : 'en-US', ...pin });
      const page = (current = await context.newPage());
      // A fresh list per page: a closed page's late error must not land in the next journey.
      const pageErrors: string[] = (errors = []);
      page.on('pageerror', (e) => pageErrors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
      await options.prepare?.(page);
      if (options.initScript) await page.addInitScript(options.initScript);
      await page.goto(url);
      await page.getByTestId('p50').waitFor({ timeout: WAIT_MS });
      await host.replanned();
      if (options.dismissHint) {
        const hint = page.getByRole('button', { name: /^(Got it|知道了)$/ });
        if (await hint.isVisible()) await hint.click();
      }
      return page;
    },
    shot: async (name) => {
      await host.page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: false });
    },
    replanned: () => expect.poll(() => host.page.locator('.header-status').getAttribute('aria-busy'), { timeout: WAIT_MS }).toBe('false'),
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
  afterEach(async (ctx) => {
    if (current && ctx.task.result?.state === 'fail') await host.shot(`failed-${ctx.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
    await context?.close();
    context = undefined;
    current = undefined;
  });
  return host;
}

export type SuiteOptions = OpenOptions;

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

/** A browser host whose every journey starts the same way: the page opened with these options before each test. */
export function browserSuite(options: SuiteOptions = {}): BrowserSuite {
  const host = browserHost();
  beforeEach(async () => {
    await host.open(options);
  });
  return host;
}

/**
 * Opens the file the suite's file chooser answers with (Ctrl+O; "Don't save" if the open document has
 * edits), waits for its plan, and shows it on the map.
 */
export async function openInMap(app: BrowserSuite, name: string, timeout = WAIT_MS): Promise<void> {
  const page = app.page;
  await page.keyboard.press('Control+o');
  const ask = page.getByRole('alertdialog');
  if (await ask.isVisible().catch(() => false)) await ask.getByRole('button', { name: "Don't save" }).click();
  await expect.poll(() => page.locator('.doc-name').innerText(), { timeout }).toBe(name);
  await app.replanned();
  await page.keyboard.press('Control+5');
  await visible(page.getByTestId('map-canvas'));
}
