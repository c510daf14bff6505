/**
 * Import in real Chromium against the built web app: a CMDB spreadsheet with Chinese headers
 * through the column and value steps, the report and merge preview, one undoable import, and the
 * Inventory's needs-review filter; the same dialog in Chinese. Screenshots go to test-results/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, browserSuite, RESULTS, WAIT_MS } from './harness';

const CSV = [
  '实例ID,实例名称,类型,规格,地域,所属应用,负责人,环境,重要性,依赖',
  'i-bp1a,订单服务,,ecs.g7.large,cn-hangzhou-i,商城,交易组,生产,高,rm-bp2',
  'rm-bp2,订单库,数据库,rds.mysql.s2.large,cn-hangzhou,商城,DBA,生产,关键,',
  'r-bp3,会话缓存,redis,,cn-hangzhou,商城,交易组,预发,P9,',
].join('\n');

describe.runIf(browserAvailable())('Import in Chromium', () => {
  let scripts: string[] = [];
  const app = browserSuite({
    dismissHint: true,
    prepare: (p) => {
      p.on('filechooser', (chooser) => void chooser.setFiles([{ name: 'cmdb.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) }]));
      // The scripts the page fetched, from its start: the Import dialog's chunk must not be among them until it opens.
      const loaded: string[] = (scripts = []);
      p.on('request', (r) => r.resourceType() === 'script' && loaded.push(new URL(r.url()).pathname));
    },
  });
  let page: Page;
  beforeEach(() => {
    page = app.page;
  });

  it('imports a CMDB export with Chinese headers as one undoable step, its guesses marked for review', async () => {
    const dialog = page.getByRole('dialog', { name: 'Import' });
    const before = await page.getByRole('button', { name: 'Undo' }).first().isDisabled();
    // The app started without the Import dialog's code; opening it fetches it.
    expect(scripts.filter((s) => /ImportDialog/.test(s))).toEqual([]);
    await page.keyboard.press('Control+i');
    await dialog.waitFor({ timeout: WAIT_MS });
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    expect(scripts.filter((s) => /ImportDialog/.test(s))).toHaveLength(1);
    await expect.poll(() => dialog.getByRole('combobox', { name: '实例名称: Means' }).inputValue(), { timeout: WAIT_MS }).toBe('name');
    // P9 is no criticality Decamp knows: map it by hand to high.
    await dialog.getByRole('combobox', { name: 'P9: In Decamp' }).selectOption('high');
    await page.screenshot({ path: join(RESULTS, 'import-columns-en.png') });
    await dialog.getByRole('button', { name: 'Read files' }).click();
    await dialog.getByText('3 workloads and 1 dependency read.').waitFor({ timeout: WAIT_MS });
    await dialog.getByText(/workloads added/).first().waitFor();
    await page.screenshot({ path: join(RESULTS, 'import-preview-en.png') });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.count(), { timeout: WAIT_MS }).toBe(0);

    const filter = page.getByRole('button', { name: /Needs review \(\d+\)/ });
    await filter.waitFor({ timeout: WAIT_MS });
    expect(await filter.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByRole('row').filter({ hasText: '会话缓存' }).count(), { timeout: WAIT_MS }).toBe(1);
    await page.screenshot({ path: join(RESULTS, 'import-review-en.png') });
    // One Undo takes the whole import back.
    expect(before).toBe(true);
    await page.getByRole('button', { name: 'Undo' }).first().click();
    await expect.poll(() => page.getByRole('row').filter({ hasText: '会话缓存' }).count(), { timeout: WAIT_MS }).toBe(0);
    expect(app.errors).toEqual([]);
  }, 180_000);

  it('reads the same way in Chinese', async () => {
    await page.getByRole('banner').getByRole('combobox').first().selectOption('zh-CN');
    const dialog = page.getByRole('dialog', { name: '导入' });
    await page.keyboard.press('Control+i');
    await dialog.waitFor({ timeout: WAIT_MS });
    await dialog.getByRole('button', { name: '选择文件…' }).click();
    await expect.poll(() => dialog.getByRole('combobox', { name: '依赖: 含义' }).inputValue(), { timeout: WAIT_MS }).toBe('dependsOn');
    await page.screenshot({ path: join(RESULTS, 'import-columns-zh.png') });
    await dialog.getByRole('button', { name: '读取文件' }).click();
    await dialog.getByText('读取了 3 个工作负载和 1 条依赖。').waitFor({ timeout: WAIT_MS });
    await page.screenshot({ path: join(RESULTS, 'import-preview-zh.png') });
    expect(app.errors).toEqual([]);
  }, 180_000);
});
