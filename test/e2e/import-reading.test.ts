/**
 * Reading files in the Import dialog, in real Chromium: a 20 MB Terraform state is read in the
 * dialog's worker, so the window keeps painting while "Reading…" shows (on the main thread it froze
 * for the whole read, Cancel included); Cancel during the read closes the dialog with nothing
 * imported; and a file Decamp does not recognise is read as the format the user picks for it.
 */
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { terraformState } from '../../bench/import-inputs';
import { browserAvailable, browserSuite, WAIT_MS } from './harness';

/** Frames the page has painted since the counter was installed: a requestAnimationFrame loop in the page. */
const installFrameCounter = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { framesPainted: number };
    w.framesPainted = 0;
    const tick = () => {
      w.framesPainted++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
const framesPainted = (page: Page) => page.evaluate(() => (window as unknown as { framesPainted: number }).framesPainted);

describe.runIf(browserAvailable())('Reading files in the Import dialog in Chromium', () => {
  let state: Buffer;
  /** What the next file chooser answers with. */
  let chosen: { name: string; mimeType: string; buffer: Buffer };
  beforeAll(() => {
    state = Buffer.from(terraformState(20));
  });
  const app = browserSuite({
    dismissHint: true,
    prepare: (p) => p.on('filechooser', (chooser) => void chooser.setFiles([chosen])),
  });
  let page: Page;
  beforeEach(() => {
    page = app.page;
    chosen = { name: 'estate.tfstate', mimeType: 'application/json', buffer: state };
  });

  it('keeps painting while it reads a 20 MB Terraform state, then shows what it read', async () => {
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await page.keyboard.press('Control+i');
    await dialog.waitFor({ timeout: WAIT_MS });
    await installFrameCounter(page);
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    await dialog.getByText('Reading…').waitFor({ timeout: WAIT_MS });
    const atStart = await framesPainted(page);
    await app.shot('import-large-reading');
    await dialog.getByText(/workloads and [\d,]+ dependencies read\./).waitFor({ timeout: 120_000 });
    await app.shot('import-large-read');
    // The read takes seconds; a window that froze for it paints one or two frames in that time.
    expect((await framesPainted(page)) - atStart).toBeGreaterThanOrEqual(10);
    await expect.poll(() => dialog.getByRole('button', { name: 'Import', exact: true }).isEnabled()).toBe(true);
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('closes at once on Cancel while it reads, imports nothing, and the next import starts afresh', async () => {
    const dialog = page.getByRole('dialog', { name: 'Import' });
    const undo = page.getByRole('button', { name: 'Undo' }).first();
    expect(await undo.isDisabled()).toBe(true);
    await page.keyboard.press('Control+i');
    await dialog.waitFor({ timeout: WAIT_MS });
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    await dialog.getByText('Reading…').waitFor({ timeout: WAIT_MS });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count(), { timeout: WAIT_MS }).toBe(0);
    // The cancelled read never lands: no merge, nothing to undo, no status about an import.
    await page.waitForTimeout(500);
    expect(await undo.isDisabled()).toBe(true);
    expect(await page.getByText(/imported|workloads added/i).count()).toBe(0);
    await page.keyboard.press('Control+i');
    await dialog.waitFor({ timeout: WAIT_MS });
    expect(await dialog.getByText('Reading…').count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Choose files…' }).isEnabled()).toBe(true);
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('reads a file it does not recognise as the format the user picks for it', async () => {
    chosen = { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('name\nledger service\nledger db\n') };
    const dialog = page.getByRole('dialog', { name: 'Import' });
    await page.keyboard.press('Control+i');
    await dialog.waitFor({ timeout: WAIT_MS });
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    const format = dialog.getByRole('combobox', { name: /notes\.txt/ });
    await expect.poll(() => format.locator('option:checked').innerText(), { timeout: WAIT_MS }).toMatch(/not recognised/i);
    await format.selectOption('csv');
    await dialog.getByRole('button', { name: 'Read files' }).click();
    // The picked format holds: the file's one column comes up to be mapped, and the read gives its two rows.
    await expect.poll(() => dialog.getByRole('combobox', { name: 'name: Means' }).inputValue(), { timeout: WAIT_MS }).toBe('name');
    await dialog.getByRole('button', { name: 'Read files' }).click();
    await dialog.getByText(/^2 workloads and 0 dependencies read\./).waitFor({ timeout: WAIT_MS });
    expect(app.errors).toEqual([]);
  }, 180_000);
});
