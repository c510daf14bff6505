/**
 * Files in the browser build, in real Chromium: a save is a save only once the file is written (the File System Access API's
 * dialog where the browser has it; a cancelled dialog or a download the page cannot see kept saves nothing), recent files and
 * recovery copies are keyed by file and can be cleared, and the app refuses to run inside another page's frame.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, buildWeb, launch, RESULTS, serve, WAIT_MS } from './harness';
import { FAKE_FILE_ACCESS, NO_FILE_ACCESS } from './fake-file-access';

interface PageFiles {
  __savedFiles: Record<string, string>;
  __saveAnswers: string[];
  __savePickerCalls: number;
}

describe.runIf(browserAvailable())('Files in the browser build', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let build: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    build = await buildWeb();
    ({ url, server } = await serve(build));
    browser = await launch();
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  afterEach(async () => {
    await context?.close();
  });

  async function open(script: string): Promise<void> {
    context = await browser.newContext({ viewport: { width: 1360, height: 900 }, acceptDownloads: true, locale: 'en-US' });
    await context.addInitScript(script);
    page = await context.newPage();
    page.on('filechooser', () => undefined);
    await page.goto(url);
    await page.getByTestId('p50').waitFor({ timeout: WAIT_MS });
    const gotIt = page.getByRole('button', { name: 'Got it' });
    if ((await gotIt.count()) > 0) await gotIt.click();
  }

  const unsaved = () => page.getByText('Unsaved changes', { exact: true });
  const status = () => page.locator('.status-line [role="status"]');
  async function edit(bandwidth: string): Promise<void> {
    await page.keyboard.press('Control+3');
    const field = page.getByRole('spinbutton', { name: 'Value of Transfer bandwidth' });
    await field.fill(bandwidth);
    await field.press('Enter');
    await unsaved().waitFor({ timeout: WAIT_MS });
  }
  const idbCount = (store: 'recent' | 'recovery') =>
    page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open('decamp');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const count = request.result.transaction(name, 'readonly').objectStore(name).count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
        }),
      store,
    );

  it('a cancelled save dialog saves nothing; a chosen file is written, and the next save writes it again without asking', async () => {
    await open(FAKE_FILE_ACCESS);
    await edit('300');
    await page.evaluate(() => (window as unknown as PageFiles).__saveAnswers.push('cancel'));
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.evaluate(() => (window as unknown as PageFiles).__savePickerCalls), { timeout: WAIT_MS }).toBe(1);
    // Cancelled: still unsaved, nothing written, no "Saved" and no error either.
    expect(await unsaved().isVisible()).toBe(true);
    expect(await page.evaluate(() => Object.keys((window as unknown as PageFiles).__savedFiles))).toEqual([]);
    expect(await status().innerText()).not.toMatch(/Saved|Could not save/);

    await page.evaluate(() => (window as unknown as PageFiles).__saveAnswers.push('plan.decamp.json'));
    await page.keyboard.press('Control+s');
    await unsaved().waitFor({ state: 'hidden', timeout: WAIT_MS });
    await expect.poll(() => status().innerText(), { timeout: WAIT_MS }).toBe('Saved plan.decamp.json');
    const first = JSON.parse(await page.evaluate(() => (window as unknown as PageFiles).__savedFiles['plan.decamp.json']!)) as { assumptions: { id: string; value: number }[] };
    expect(first.assumptions.find((a) => a.id === 'transfer.bandwidthMbps')?.value).toBe(300);
    expect(await page.locator('.doc-name').innerText()).toBe('plan.decamp.json');

    await edit('400');
    await page.keyboard.press('Control+s');
    await unsaved().waitFor({ state: 'hidden', timeout: WAIT_MS });
    expect(await page.evaluate(() => (window as unknown as PageFiles).__savePickerCalls)).toBe(2);
    const second = JSON.parse(await page.evaluate(() => (window as unknown as PageFiles).__savedFiles['plan.decamp.json']!)) as { assumptions: { id: string; value: number }[] };
    expect(second.assumptions.find((a) => a.id === 'transfer.bandwidthMbps')?.value).toBe(400);
  });

  it('without the File System Access API, a download is offered and never called a save', async () => {
    await open(NO_FILE_ACCESS);
    expect(await page.evaluate(() => 'showSaveFilePicker' in window)).toBe(false);
    await edit('300');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: WAIT_MS }), page.keyboard.press('Control+s')]);
    expect(download.suggestedFilename()).toMatch(/\.decamp\.json$/);
    await download.cancel();
    await expect.poll(() => status().innerText(), { timeout: WAIT_MS }).toMatch(/^Offered .+\.decamp\.json as a download\. The browser does not say whether it was kept/);
    // The document stays unsaved, so its recovery copy is kept and closing the tab still warns.
    expect(await unsaved().isVisible()).toBe(true);
    await page.screenshot({ path: join(RESULTS, 'browser-download-not-a-save.png') });
  });

  it('keeps recent files by file, not by name, and clears them and the recovery copies on request', async () => {
    await open(FAKE_FILE_ACCESS);
    const text = JSON.stringify(JSON.parse(readFileSync(join(process.cwd(), 'shared', 'samples', 'online-shop.decamp.json'), 'utf8')));
    const dirs = [join(RESULTS, 'folder-a'), join(RESULTS, 'folder-b')];
    for (const [i, dir] of dirs.entries()) {
      mkdirSync(dir, { recursive: true });
      // Same name, two folders, two different plans.
      writeFileSync(join(dir, 'plan.decamp.json'), text.replace('"name":"', `"name":"Folder ${i} `));
    }
    for (const dir of dirs) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: WAIT_MS }), page.keyboard.press('Control+o')]);
      await chooser.setFiles(join(dir, 'plan.decamp.json'));
      const ask = page.getByRole('alertdialog');
      if (await ask.isVisible().catch(() => false)) await ask.getByRole('button', { name: "Don't save" }).click();
      await expect.poll(() => page.locator('.doc-name').innerText(), { timeout: WAIT_MS }).toBe('plan.decamp.json');
    }
    await expect.poll(() => idbCount('recent'), { timeout: WAIT_MS }).toBe(2);

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Clear recent files and recovery copies' }).click();
    await expect.poll(() => status().innerText(), { timeout: WAIT_MS }).toBe('Recent files and recovery copies cleared.');
    expect(await idbCount('recent')).toBe(0);
    expect(await idbCount('recovery')).toBe(0);
  });

  it('refuses to run inside another page, and the build ships headers that forbid framing', async () => {
    await open(FAKE_FILE_ACCESS);
    await page.setContent(`<!doctype html><title>Another site</title><iframe src="${url}" style="width:800px;height:400px"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.getByRole('alert').innerText(), { timeout: WAIT_MS }).toBe('Decamp does not run inside another page. Open it in its own browser tab.');
    expect(await frame.locator('.app').count()).toBe(0);

    const headers = readFileSync(join(build, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n/);
    expect(headers).toMatch(/Content-Security-Policy: [^\n]*frame-ancestors 'none'/);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('X-Frame-Options: DENY');
  });
});
