/**
 * The Chinese app reads in Chinese: the built app in Chromium, in zh-CN, walked through every view
 * (Summary, Inventory and its side panel, Assumptions, Issues, Map, Waves, Timeline, Risks, Outage,
 * Compare) and the Import and Export dialogs, on the mid-size and the large sample. Every text a
 * user can read is collected (what is on screen, the options of each list, tooltips and the labels
 * a screen reader speaks) and any English word in it that is not a name fails the test, with the
 * text it was found in. What may stay in Latin letters is written down in chinese-text.ts.
 * Each view is photographed light and dark (test-results/zh-CN/) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../shared/model/schema';
import { loadSample } from '../../shared/samples';
import { englishIn, productPhrases, projectPhrases } from './chinese-text';
import { browserAvailable, browserSuite, RESULTS, ROOT, WAIT_MS } from './harness';

const LARGE = join(ROOT, 'shared', 'samples', 'large-estate.decamp.json');
const OUT = join(RESULTS, 'zh-CN');

/** The sidebar's views in zh-CN, with the shortcut that opens each. */
const VIEWS = [
  { id: 'summary', key: 'Control+1', name: '概览' },
  { id: 'inventory', key: 'Control+2', name: '资源清单' },
  { id: 'assumptions', key: 'Control+3', name: '假设' },
  { id: 'issues', key: 'Control+4', name: '问题' },
  { id: 'map', key: 'Control+5', name: '依赖图' },
  { id: 'waves', key: 'Control+6', name: '迁移波次' },
  { id: 'timeline', key: 'Control+7', name: '时间线' },
  { id: 'risks', key: 'Control+8', name: '风险' },
  { id: 'outage', key: 'Control+9', name: '故障模拟' },
  { id: 'compare', key: 'Control+k', name: '方案对比' },
] as const;

/**
 * Every text the page offers a reader: visible text, each list's options, tooltips (`title`
 * attributes and SVG titles), placeholders, the labels a screen reader speaks, and field values.
 */
function readableTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!el || !text || el.closest('script, style')) continue;
      // An option and an SVG title are read when the list opens or the pointer rests: not "visible", still shown.
      const holder = el.closest('option, title') ? el.closest('select, datalist, svg') : el;
      if (holder && shown(holder)) out.push(text);
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [aria-description], optgroup[label]')) {
      if (!shown(el) && el.tagName !== 'OPTGROUP') continue;
      for (const attr of ['title', 'aria-label', 'placeholder', 'aria-description', 'label']) {
        const v = el.getAttribute(attr)?.trim();
        if (v) out.push(v);
      }
    }
    for (const el of document.querySelectorAll('input:not([type]), input[type="text"], input[type="search"], input[type="number"], textarea')) {
      const v = (el as HTMLInputElement).value?.trim();
      if (v && shown(el)) out.push(v);
    }
    return out;
  });
}

describe.runIf(browserAvailable())('The Chinese app in Chinese', () => {
  const app = browserSuite({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, dismissHint: true, prepare: (p) => p.on('filechooser', (c) => void c.setFiles(LARGE)) });

  /** Texts collected in one walk, each with where it was seen. */
  async function walk(sample: string): Promise<string[]> {
    const page = app.page;
    mkdirSync(OUT, { recursive: true });
    const seen = new Map<string, string>();
    const collect = async (where: string) => {
      for (const text of await readableTexts(page)) if (!seen.has(text)) seen.set(text, where);
    };
    const photograph = async (name: string) => {
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.screenshot({ path: join(OUT, `${sample}-${name}.png`) });
    };
    for (const theme of ['light', 'dark'] as const) {
      await page.getByRole('combobox', { name: '主题' }).selectOption(theme);
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme), { timeout: WAIT_MS }).toBe(theme);
      for (const view of VIEWS) {
        await page.keyboard.press(view.key);
        await expect.poll(() => page.getByRole('button', { name: view.name, exact: false }).first().getAttribute('aria-current'), { timeout: WAIT_MS }).toBe('page');
        await page.waitForTimeout(400);
        await collect(view.id);
        await photograph(`${view.id}-${theme}`);
        if (view.id === 'inventory') {
          // The side panel of the first row, opened the deliberate way.
          await page.getByRole('gridcell').first().click();
          await page.keyboard.press('Alt+Enter');
          await page.getByRole('complementary').first().waitFor({ timeout: WAIT_MS });
          await page.waitForTimeout(300);
          await collect('side panel');
          await photograph(`side-panel-${theme}`);
          // The panel follows the active row: a few more workloads of other kinds (databases, containers, storage), their runbooks and risks.
          for (const n of [6, 12, 18]) {
            await page.getByRole('row').nth(n).getByRole('gridcell').nth(2).click();
            await page.waitForTimeout(250);
            await collect(`side panel, row ${n}`);
          }
          await page.keyboard.press('Escape');
        }
        if (view.id === 'timeline') {
          // Tooltips of the freeze and holiday shading are SVG titles, collected above; the bars' own on hover.
          const bar = page.locator('.tl-bar').first();
          if (await bar.count()) await bar.hover().catch(() => undefined);
          await collect('timeline hover');
        }
      }
    }
    await page.keyboard.press('Control+i');
    const importDialog = page.getByRole('dialog', { name: '导入' });
    // The dialog's code loads the first time it opens: wait for its content, not its frame.
    await importDialog.getByRole('button', { name: '选择文件…' }).waitFor({ timeout: WAIT_MS });
    await collect('Import dialog');
    await photograph('import-dark');
    await page.keyboard.press('Escape');
    await expect.poll(() => importDialog.count(), { timeout: WAIT_MS }).toBe(0);
    await page.keyboard.press('Control+e');
    const exportDialog = page.getByRole('dialog', { name: '导出' });
    await exportDialog.getByRole('radio').first().waitFor({ timeout: WAIT_MS });
    await collect('Export dialog');
    await photograph('export-dark');
    await page.keyboard.press('Escape');
    return [...seen].map(([text, where]) => `${where}: ${text}`);
  }

  function englishLeft(project: Project, file: string, seen: readonly string[]): string[] {
    const phrases = [...projectPhrases(project), ...productPhrases(), file];
    // The "where: " prefix is ours; the check reads the text after it.
    return englishIn(seen.map((s) => s.slice(s.indexOf(': ') + 2)), phrases).map((f) => `${f.words.join(' ')}  <-  ${seen.find((s) => s.endsWith(f.text))}`);
  }

  it('the mid-size sample: no English beyond names in any view, dialog or the side panel', async () => {
    const project = loadSample('ecommerce-iot');
    const seen = await walk('mid-size');
    expect(seen.length).toBeGreaterThan(200);
    expect(englishLeft(project, 'ecommerce-iot.decamp.json', seen)).toEqual([]);
    // What the walk must have reached, in Chinese: a preset freeze in the Risks view, a catalog region in Assumptions.
    expect(seen.filter((s) => s.startsWith('risks: ') && s.includes('双十一')).length).toBeGreaterThan(0);
    expect(seen.some((s) => s.includes('cn-north-1 · 北京（由光环新网运营）'))).toBe(true);
    expect(app.errors).toEqual([]);
  }, 600_000);

  it('the large sample: no English beyond names in any view, dialog or the side panel', async () => {
    const page = app.page;
    await page.keyboard.press('Control+o');
    await expect.poll(() => page.locator('.doc-name').innerText(), { timeout: WAIT_MS }).toBe('large-estate.decamp.json');
    await app.replanned();
    const project = loadSample('large-estate');
    const seen = await walk('large');
    expect(seen.length).toBeGreaterThan(200);
    expect(englishLeft(project, 'large-estate.decamp.json', seen)).toEqual([]);
    expect(app.errors).toEqual([]);
  }, 600_000);
});
