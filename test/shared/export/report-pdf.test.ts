import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findChromium, printHtmlToPdf } from '../../../electron/cli/chromium-pdf';
import { REPORT_FONTS, reportHtml } from '../../../shared/export/html';
import { TIMELINE_MAX_WIDTH } from '../../../shared/export/timeline-svg';
import { buildReportModel } from '../../../shared/export/report-model';
import { documentFormat } from '../../../shared/export/format';
import { options, samplePlan, sh, tool } from './helpers';

const chromium = tool('chromium', findChromium() ?? '/usr/bin/chromium');
const poppler = tool('pdftotext', '/usr/bin/pdftotext');

describe('HTML report', () => {
  const { project, plan } = samplePlan('mid');
  // Written in each test, not while the file is collected: Stryker credits that work to no test.
  let html: string;
  beforeEach(() => {
    html = reportHtml(buildReportModel(project, plan, options('en')));
  });

  it('is self-contained: inline CSS and SVG, no script, nothing fetched', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="timeline"');
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/(src|href)="https?:/);
  });

  it('has print CSS: the paper, page numbers, no row split, CJK font fallbacks', () => {
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('content: "Page " counter(page) " of " counter(pages)');
    expect(html).toContain('tr, .figure, figure.chart { break-inside: avoid; }');
    // The tables' right border inside the page area (at 100% Chromium cut it off), and short Chinese values on one line.
    expect(html).toContain('table { width: calc(100% - 1px); }');
    expect(html).toContain('dl.figures { width: calc(100% - 1px); }');
    const zh = reportHtml(buildReportModel(project, plan, options('zh-CN')));
    const appendix = zh.slice(zh.indexOf('id="inventory"'));
    expect(appendix).toMatch(/<td>[^<]+<\/td><td class="nowrap">(数据分析|可观测性|容器|数据库|计算|存储)<\/td>/);
    expect(html).toContain('"Noto Sans CJK SC"');
    expect(html).toContain('"Microsoft YaHei"');
    const letter = reportHtml(buildReportModel(project, plan, options('zh-CN', { paper: 'letter' })));
    expect(letter).toContain('@page { size: letter;');
    expect(letter).toContain('content: "第 " counter(page) " 页，共 " counter(pages) " 页"');
  });

  it('has every section in order, and only the sections asked for', () => {
    const order = ['Executive summary', 'Timeline', 'Waves', 'Runbook summary', 'Risks and mitigations', 'Scenarios compared', 'Assumptions and sources', 'Appendix: inventory'];
    const found = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(found).toEqual(order);
    const some = reportHtml(buildReportModel(project, plan, options('en', { sections: ['risks', 'summary'] })));
    expect([...some.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(['Executive summary', 'Risks and mitigations']);
    expect(some).not.toContain('class="cover"');
  });

  it('states the executive summary figures: P50/P80/P95, the deterministic plan and its percentile, cost, resilience', () => {
    const fmt = documentFormat('en', project.project.currency);
    for (const d of [plan.schedule.p50End, plan.schedule.p80End, plan.schedule.p95End, plan.schedule.end]) expect(html).toContain(fmt.date(d));
    expect(html).toMatch(/of the simulated runs finish by the deterministic date/);
    expect(html).toContain(fmt.money(plan.cost.total).replace(/&/g, '&amp;'));
    expect(html).toMatch(/An outage like 12 November 2023/);
    expect(html).toMatch(/\d+% of the critical estate \(\d+ of \d+\)/);
  });

  it('draws the timeline small enough to print its labels readably, each wave named once per team', () => {
    // A4 prints about 688 CSS px wide: a chart drawn wider shrinks its 10-12 px labels below 7 px.
    for (const which of ['small', 'mid', 'large'] as const) {
      const sample = samplePlan(which);
      const page = reportHtml(buildReportModel(sample.project, sample.plan, options('en')));
      const svg = /<svg[^>]*class="timeline"[\s\S]*?<\/svg>/.exec(page)![0];
      const width = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)![1]);
      expect(width, which).toBeLessThanOrEqual(TIMELINE_MAX_WIDTH);
      expect(10 * Math.min(1, 688 / width), which).toBeGreaterThanOrEqual(6.8);
      const labels = [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
      for (const wave of sample.plan.waves) {
        expect(labels.filter((l) => l === wave.name).length, `${which}: ${wave.name}`).toBe(wave.teams.length);
      }
    }
  });

  it('lists the risk register with chance, impact, mitigation and source', () => {
    expect(html).toContain('<h3>Risk register</h3>');
    expect(html).toContain('A mission-critical database cutover fails and is rolled back');
    expect(html).toContain('<td class="num nowrap">20%</td><td>3 / 5 / 10 working days</td>');
  });
});

describe('PDF report (Chromium)', () => {
  const { project, plan } = samplePlan('mid');

  chromium.itWith('never splits a table row across pages, and repeats the header on each page', async () => {
    // Tall rows (a long cell wraps to several lines): without break-inside: avoid, some row would start on one page and end on the next.
    const long = Array.from({ length: 70 }, (_, i) => `word${i}`).join(' ');
    const rows = Array.from({ length: 60 }, (_, i) => [`ROW${i}BEGIN`, `${long} ROW${i}END`]);
    const model = { ...buildReportModel(project, plan, options('en')), hasCover: false, parts: [{ id: 'inventory' as const, heading: 'Rows', blocks: [{ type: 'table' as const, columns: [{ label: 'Key' }, { label: 'HEADERTEXT' }], rows }] }] };
    const printed = await printHtmlToPdf(findChromium()!, reportHtml(model));
    expect(printed.ok, printed.message).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'decamp-rows-')), 'rows.pdf');
    writeFileSync(file, printed.pdf!);
    if (!poppler.available) return;
    const pages = Number(/Pages:\s+(\d+)/.exec(sh('pdfinfo', [file]))![1]);
    expect(pages).toBeGreaterThan(2);
    const pageOf = new Map<string, number>();
    for (let p = 1; p <= pages; p++) {
      const text = sh('pdftotext', ['-f', String(p), '-l', String(p), file, '-']);
      expect(text, `page ${p} repeats the header`).toContain('HEADERTEXT');
      for (const m of text.matchAll(/ROW(\d+)(BEGIN|END)/g)) pageOf.set(m[0], p);
    }
    for (let i = 0; i < rows.length; i++) expect(pageOf.get(`ROW${i}END`), `row ${i}`).toBe(pageOf.get(`ROW${i}BEGIN`));
  }, 120_000);

  chromium.itWith('prints both languages with headings, dates, page numbers and CJK glyphs from a real font', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decamp-pdf-'));
    for (const lang of ['en', 'zh-CN'] as const) {
      const printed = await printHtmlToPdf(findChromium()!, reportHtml(buildReportModel(project, plan, options(lang))));
      expect(printed.ok, printed.message).toBe(true);
      const file = join(dir, `report-${lang}.pdf`);
      writeFileSync(file, printed.pdf!);
      if (!poppler.available) continue;
      const text = sh('pdftotext', ['-layout', file, '-']);
      const fmt = documentFormat(lang, project.project.currency);
      const headings = lang === 'en' ? ['Executive summary', 'Timeline', 'Risks and mitigations', 'Appendix: inventory'] : ['执行摘要', '时间线', '风险与缓解措施', '附录：资源清单'];
      for (const h of headings) expect(text, h).toContain(h);
      const compact = text.replace(/\s+/g, '');
      expect(compact).toContain(fmt.date(plan.schedule.p80End).replace(/\s+/g, ''));
      expect(text).toMatch(lang === 'en' ? /Page 2 of \d+/ : /第 2 页，共 \d+ 页/);
      const info = sh('pdfinfo', [file]);
      expect(info).toMatch(/A4/);
      if (lang === 'zh-CN') {
        // No empty boxes: a font the report's CSS names covers Chinese on this machine (fonts-noto-cjk here),
        // so Chromium draws real glyphs; and the Chinese text extracts as Chinese.
        const cjk = sh('fc-list', [':lang=zh-cn', 'family']);
        const declared = REPORT_FONTS.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
        expect(declared.some((f) => cjk.includes(f)), cjk).toBe(true);
        expect(compact).toContain('迁移计划');
      }
    }
  }, 180_000);
});
