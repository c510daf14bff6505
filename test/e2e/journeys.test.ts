/**
 * User journeys in real Chromium against the built web app: first start on the sample, an edit
 * that moves the P50 date, add and undo, both languages, save to a file and open it again.
 * The end-date cards are read as the user reads them and checked against the engine's own plan of
 * the same sample, and an edit must move the date the way it should (a refactor later, more
 * engineers earlier), not merely change it. Screenshots land in test-results/ for a person to look at.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, RESULTS, visible, WAIT_MS } from './harness';
import { DEFAULT_SAMPLE_ID, loadSample } from '../../shared/samples';
import { dayOf, expectedFirstStartPlan, shownDate } from './expected-plan';
import { FAKE_FILE_ACCESS } from './fake-file-access';

describe.runIf(browserAvailable())('Decamp in Chromium', () => {
  const app = browserSuite({
    acceptDownloads: true,
    // Chromium saves through the File System Access API's dialog, which Playwright cannot answer: a fake one (fake-file-access.ts).
    initScript: FAKE_FILE_ACCESS,
    // Playwright asks Chromium to intercept file pickers only once something listens, and does not wait for it: a key pressed right
    // after waitForEvent('filechooser') could open the picker before the interception was on, and the event never came (seen under
    // load). A listener from the start has it on long before any journey opens a file.
    prepare: (p) => p.on('filechooser', () => undefined),
  });
  const { shot, replanned } = app;
  let page: Page;
  beforeEach(() => {
    page = app.page;
  });

  const p50 = () => page.getByTestId('p50').innerText();

  it('opens the sample on first start with a hint, and the Summary reads on its own', async () => {
    await visible(page.getByRole('complementary', { name: 'Getting started' }));
    // The cards say what the engine says for the sample at the app's seed and run count, each in its own place.
    const { simulation } = expectedFirstStartPlan();
    expect(await p50()).toBe(shownDate(simulation.p50End));
    expect(await page.getByTestId('p80').innerText()).toBe(shownDate(simulation.p80End));
    expect(await page.getByTestId('p95').innerText()).toBe(shownDate(simulation.p95End));
    await visible(page.getByRole('img', { name: 'Simulated program end dates' }));
    await shot('summary-first-start');
    await page.getByRole('button', { name: 'Got it' }).click();
    await gone(page.getByRole('complementary', { name: 'Getting started' }));
    expect(app.errors).toEqual([]);
  });

  it("moves the P50 date when a workload's strategy changes", async () => {
    const before = await p50();
    // The workload whose effort widens the range most (the engine's own plan of the sample) is the one whose strategy matters most;
    // the Summary ranks the range's drivers (risks and sources of uncertainty), so the workload is taken from the plan and found by name.
    const plan = expectedFirstStartPlan();
    const widest = plan.simulation.spreadDrivers[0]!.workloadId;
    const driver = loadSample(DEFAULT_SAMPLE_ID).workloads.find((w) => w.id === widest)!.name;
    await visible(page.getByTestId('date-drivers'));
    await dismissHint(page);
    await page.keyboard.press('Control+2');
    await page.getByRole('searchbox', { name: 'Search workloads' }).fill(driver);
    const row = page.getByRole('row').filter({ hasText: driver }).first();
    // Click the Name cell, walk right to Strategy with the keyboard, Enter edits it.
    await row.getByRole('gridcell').nth(2).click();
    const column = await strategyColumn(page);
    for (let i = 0; i < column - 2; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('combobox', { name: /^Strategy of / });
    // The widest driver may already be a refactor: move it to the other end of the effort scale.
    const target = (await editor.inputValue()) === 'refactor' ? 'rehost' : 'refactor';
    await editor.selectOption(target);
    await editor.press('Enter');
    // The edit is in the grid first (the same store update marks the plan busy), then its plan arrives.
    await expect.poll(() => row.getByRole('gridcell').nth(column).innerText(), { timeout: WAIT_MS }).toMatch(new RegExp(`^${target}$`, 'i'));
    await replanned();
    await shot('inventory-strategy-edit');
    await page.keyboard.press('Control+1');
    // Refactoring is the most effort a workload can take and rehosting the least: the date moves that way, not just somewhere.
    await expect.poll(p50, { timeout: WAIT_MS }).not.toBe(before);
    const after = dayOf(await p50());
    if (target === 'refactor') expect(after, `P50 ${before} -> ${await p50()} after refactoring ${driver}`).toBeGreaterThan(dayOf(before));
    else expect(after, `P50 ${before} -> ${await p50()} after rehosting ${driver}`).toBeLessThan(dayOf(before));
    await shot('summary-after-edit');
  });

  it('brings the P50 date earlier when every team gets twice the engineers', async () => {
    const before = await p50();
    await dismissHint(page);
    await page.keyboard.press('Control+3');
    const fields = page.getByRole('spinbutton', { name: /^Engineers in / });
    const teams = await fields.count();
    expect(teams).toBeGreaterThan(0);
    const counts: number[] = [];
    for (let i = 0; i < teams; i++) {
      const field = fields.nth(i);
      const count = Number(await field.inputValue());
      counts.push(count);
      await field.fill(String(count * 2));
      await field.press('Enter');
      await replanned();
    }
    await page.keyboard.press('Control+1');
    await expect.poll(p50, { timeout: WAIT_MS }).not.toBe(before);
    expect(dayOf(await p50()), `P50 ${before} -> ${await p50()} with twice the engineers (${counts.join(', ')} before)`).toBeLessThan(dayOf(before));
  });

  it('adds a workload and a dependency, then undoes both', async () => {
    await dismissHint(page);
    await page.keyboard.press('Control+2');
    const count = page.locator('.inv-footer').getByText(/of \d+ workloads/);
    const initial = await count.innerText();
    await page.getByRole('button', { name: 'Add workload' }).click();
    await expect.poll(() => count.innerText(), { timeout: WAIT_MS }).not.toBe(initial);
    await page.getByRole('searchbox', { name: 'Search workloads' }).fill('workload-');
    // The side panel opens on purpose: the row's details button (a click on a cell only makes it active).
    await page.getByRole('row').nth(1).getByRole('button', { name: /^Open the details of / }).click();
    const form = page.getByRole('form', { name: 'Add a dependency' });
    await form.getByRole('combobox', { name: 'Other workload' }).or(form.getByRole('textbox', { name: 'Other workload' })).first().fill('vpc');
    await form.getByRole('button', { name: 'Add dependency' }).click();
    await shot('inventory-added');
    const deps = () => page.evaluate(() => document.querySelectorAll('.inv-panel [aria-label^="Remove the dependency"]').length);
    await expect.poll(deps, { timeout: WAIT_MS }).toBe(1);
    await page.getByRole('searchbox', { name: 'Search workloads' }).fill('');
    await page.locator('.sidebar').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(deps, { timeout: WAIT_MS }).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => count.innerText(), { timeout: WAIT_MS }).toBe(initial);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => count.innerText(), { timeout: WAIT_MS }).not.toBe(initial);
  });

  it('switches to Chinese and back', async () => {
    await dismissHint(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await visible(page.getByRole('button', { name: /概览/ }));
    await visible(page.getByText('承诺日期（P80）'));
    await expect.poll(p50, { timeout: WAIT_MS }).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
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
    await page.keyboard.press('Control+s');
    await gone(page.getByText('Unsaved changes', { exact: true }));
    const files = await page.evaluate(() => (window as unknown as { __savedFiles: Record<string, string> }).__savedFiles);
    const [savedName] = Object.keys(files);
    expect(savedName).toMatch(/\.decamp\.json$/);
    const saved = join(RESULTS, savedName!);
    writeFileSync(saved, files[savedName!]!);
    expect(JSON.parse(readFileSync(saved, 'utf8')).assumptions.find((a: { id: string }) => a.id === 'transfer.bandwidthMbps').value).toBe(300);
    await gone(page.getByText('Unsaved changes', { exact: true }));

    const broken = join(RESULTS, 'broken.decamp.json');
    const brokenText = readFileSync(saved, 'utf8').replace(/"complexity": \d/, '"complexity": 9');
    expect(brokenText).not.toBe(readFileSync(saved, 'utf8'));
    writeFileSync(broken, brokenText);
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
    // The edit to 1000 is unsaved: opening another file asks first, and Don't save lets it go.
    const unsaved = page.getByRole('alertdialog', { name: /^Save changes to .+ before opening another project\?$/ });
    await visible(unsaved);
    await unsaved.getByRole('button', { name: "Don't save" }).click();
    await expect.poll(() => page.locator('.doc-name').innerText(), { timeout: WAIT_MS }).toBe(savedName);
    await expect.poll(() => page.getByRole('spinbutton', { name: 'Value of Transfer bandwidth' }).inputValue(), { timeout: WAIT_MS }).toBe('300');
    await gone(page.getByText('Unsaved changes', { exact: true }));
  });

  it('follows a dark theme choice', async () => {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme), { timeout: WAIT_MS }).toBe('dark');
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

const gone = (l: Locator) => expect.poll(() => l.count(), { timeout: WAIT_MS }).toBe(0);
