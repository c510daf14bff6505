/**
 * User journeys in real Chromium against the built web app: first start on the sample, an edit
 * that moves the P50 date, add and undo, both languages, save to a file and open it again.
 * Screenshots land in test-results/ for a person to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildIfStale, hasChromium, launch, RESULTS, serve } from './harness';

if (!hasChromium) console.warn('e2e skipped: /usr/bin/chromium is missing (apt-get install -y chromium)');

describe.skipIf(!hasChromium)('Decamp in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    buildIfStale();
    ({ url, server } = await serve());
    browser = await launch();
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  beforeEach(async () => {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true, locale: 'en-US' });
    page = await context.newPage();
    errors.length = 0;
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await page.getByTestId('p50').waitFor({ timeout: 30_000 });
  });

  const p50 = () => page.getByTestId('p50').innerText();
  const shot = (name: string) => page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: false });
  const replanned = () => page.locator('.replanning').waitFor({ state: 'detached', timeout: 30_000 });

  it('opens the sample on first start with a hint, and the Summary reads on its own', async () => {
    await visible(page.getByRole('complementary', { name: 'Getting started' }));
    expect(await p50()).toMatch(/\d{4}/);
    await visible(page.getByRole('img', { name: 'Simulated program end dates' }));
    await shot('summary-first-start');
    await page.getByRole('button', { name: 'Got it' }).click();
    await gone(page.getByRole('complementary', { name: 'Getting started' }));
    expect(errors).toEqual([]);
  });

  it("moves the P50 date when a workload's strategy changes", async () => {
    const before = await p50();
    // The workload that widens the range most is the one whose strategy matters most.
    const driver = (await page.getByTestId('spread-drivers').locator('tr td').first().innerText()).trim();
    await dismissHint(page);
    await page.keyboard.press('Control+2');
    await page.getByRole('searchbox', { name: 'Search workloads' }).fill(driver);
    const row = page.getByRole('row').filter({ hasText: driver }).first();
    // Click the Name cell, walk right to Strategy with the keyboard, Enter edits it.
    await row.getByRole('gridcell').nth(2).click();
    const steps = (await strategyColumn(page)) - 2;
    for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('combobox', { name: /^Strategy of / });
    // The widest driver may already be a refactor: move it to the other end of the effort scale.
    await editor.selectOption((await editor.inputValue()) === 'refactor' ? 'rehost' : 'refactor');
    await editor.press('Enter');
    await replanned();
    await shot('inventory-strategy-edit');
    await page.keyboard.press('Control+1');
    await expect.poll(p50, { timeout: 30_000 }).not.toBe(before);
    await shot('summary-after-edit');
  });

  it('adds a workload and a dependency, then undoes both', async () => {
    await dismissHint(page);
    await page.keyboard.press('Control+2');
    const count = page.locator('.inv-toolbar').getByText(/of \d+ workloads/);
    const initial = await count.innerText();
    await page.getByRole('button', { name: 'Add workload' }).click();
    await expect.poll(() => count.innerText(), { timeout: 30_000 }).not.toBe(initial);
    await page.getByRole('searchbox', { name: 'Search workloads' }).fill('workload-');
    await page.getByRole('row').nth(1).getByRole('gridcell').nth(2).click();
    const form = page.getByRole('form', { name: 'Add a dependency' });
    await form.getByRole('combobox', { name: 'Other workload' }).or(form.getByRole('textbox', { name: 'Other workload' })).first().fill('vpc');
    await form.getByRole('button', { name: 'Add dependency' }).click();
    await shot('inventory-added');
    const deps = () => page.evaluate(() => document.querySelectorAll('.inv-panel [aria-label^="Remove the dependency"]').length);
    expect(await deps()).toBe(1);
    await page.getByRole('searchbox', { name: 'Search workloads' }).fill('');
    await page.locator('.sidebar').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    expect(await deps()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => count.innerText(), { timeout: 30_000 }).toBe(initial);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => count.innerText(), { timeout: 30_000 }).not.toBe(initial);
  });

  it('switches to Chinese and back', async () => {
    await dismissHint(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await visible(page.getByRole('button', { name: /概览/ }));
    await visible(page.getByText('承诺日期（P80）'));
    expect(await p50()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    await shot('summary-zh-CN');
    await page.keyboard.press('Control+3');
    await shot('assumptions-zh-CN');
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await visible(page.getByRole('button', { name: /Summary/ }));
  });

  it('saves to a file and opens it again; a broken file shows located errors and keeps the document', async () => {
    await dismissHint(page);
    await page.keyboard.press('Control+3');
    await page.getByRole('spinbutton', { name: 'Value of Transfer bandwidth' }).fill('300');
    await page.getByRole('spinbutton', { name: 'Value of Transfer bandwidth' }).press('Enter');
    await visible(page.getByText('Unsaved changes', { exact: true }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
    const saved = join(RESULTS, download.suggestedFilename());
    await download.saveAs(saved);
    expect(download.suggestedFilename()).toMatch(/\.decamp\.json$/);
    expect(JSON.parse(readFileSync(saved, 'utf8')).assumptions.find((a: { id: string }) => a.id === 'transfer.bandwidthMbps').value).toBe(300);
    await gone(page.getByText('Unsaved changes', { exact: true }));

    const broken = join(RESULTS, 'broken.decamp.json');
    writeFileSync(broken, readFileSync(saved, 'utf8').replace('"complexity": 3', '"complexity": 9'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
    await chooser.setFiles(broken);
    const dialog = page.getByRole('dialog', { name: 'The file could not be opened' });
    await visible(dialog);
    await visible(dialog.getByText(/broken\.decamp\.json:\d+:\d+/).first());
    await shot('open-error');
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('spinbutton', { name: 'Value of Transfer bandwidth' }).fill('1000');
    await page.getByRole('spinbutton', { name: 'Value of Transfer bandwidth' }).press('Enter');
    const [chooser2] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open…' }).click()]);
    await chooser2.setFiles(saved);
    await expect.poll(() => page.locator('.doc-name').innerText(), { timeout: 30_000 }).toBe(download.suggestedFilename());
    await expect.poll(() => page.getByRole('spinbutton', { name: 'Value of Transfer bandwidth' }).inputValue(), { timeout: 30_000 }).toBe('300');
    await gone(page.getByText('Unsaved changes', { exact: true }));
  });

  it('follows a dark theme choice', async () => {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await dismissHint(page);
    await shot('summary-dark');
  });
});

async function strategyColumn(page: Page): Promise<number> {
  const headers = await page.getByRole('columnheader').allInnerTexts();
  const i = headers.findIndex((h) => h.trim().startsWith('Strategy'));
  if (i < 0) throw new Error(`no Strategy column in ${headers.join(' | ')}`);
  return i;
}

async function dismissHint(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Got it' });
  if ((await button.count()) > 0) await button.click();
}

const visible = (l: Locator) => l.first().waitFor({ state: 'visible', timeout: 30_000 });
const gone = (l: Locator) => expect.poll(() => l.count(), { timeout: 30_000 }).toBe(0);
