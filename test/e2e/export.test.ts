/**
 * Export in real Chromium against the built web app: the dialog from the keyboard, a Word report
 * in Chinese and a workbook written in the export worker and handed over as downloads, read back
 * with the libraries that read them; Print to PDF opens the same dialog on PDF.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, RESULTS, WAIT_MS } from './harness';

describe.runIf(browserAvailable())('Export in Chromium', () => {
  const app = browserSuite({ acceptDownloads: true, dismissHint: true });
    let page: Page;
  beforeEach(() => {
    page = app.page;
  });

  const dialog = () => page.getByRole('dialog', { name: 'Export' });

  it('exports the report as a Word document in Chinese, with progress, from Ctrl+E', async () => {
    await page.keyboard.press('Control+e');
    await dialog().waitFor({ timeout: WAIT_MS });
    await dialog().getByRole('radio', { name: /Report \(Word\)/ }).check();
    await dialog().getByLabel('Language').selectOption('zh-CN');
    await dialog().getByLabel('Monte Carlo runs').fill('2000');
    await page.screenshot({ path: join(RESULTS, 'export-dialog.png') });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog().getByRole('button', { name: 'Export…' }).click()]);
    const file = join(RESULTS, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('执行摘要');
    expect(xml).toContain('w:tbl');
    await expect.poll(() => dialog().count(), { timeout: WAIT_MS }).toBe(0);
    await expect.poll(() => page.locator('.status-line, [role="status"]').allInnerTexts(), { timeout: WAIT_MS }).toEqual(expect.arrayContaining([expect.stringContaining(download.suggestedFilename())]));
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('exports the workbook with real sheets from the header button', async () => {
    await page.getByRole('button', { name: 'Export…' }).click();
    await dialog().getByRole('radio', { name: /Workbook \(Excel\)/ }).check();
    await dialog().getByLabel('Monte Carlo runs').fill('500');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), dialog().getByRole('button', { name: 'Export…' }).click()]);
    const file = join(RESULTS, download.suggestedFilename());
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Summary', 'Inventory', 'Dependencies', 'Waves', 'Wave teams', 'Tasks', 'Risks', 'Assumptions']);
    expect(book.getWorksheet('Waves')!.getCell('C2').value).toBeInstanceOf(Date);
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('opens the dialog on PDF from Print to PDF, and Escape closes it', async () => {
    await page.keyboard.press('Control+p');
    await dialog().waitFor({ timeout: WAIT_MS });
    expect(await dialog().getByRole('radio', { name: /Report \(PDF\)/ }).isChecked()).toBe(true);
    expect(await dialog().getByLabel('Paper').inputValue()).toBe('a4');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count(), { timeout: WAIT_MS }).toBe(0);
  });
});
