/**
 * The report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched, so
 * it opens from a mail attachment or a file share and prints the same everywhere. Print CSS sets
 * the paper, numbers the pages and keeps table rows whole; Chromium prints it to PDF.
 */
import type { ReportBlock, ReportModel } from './report-model';
import { TIMELINE_COLORS } from './timeline-svg';
import { escapeXml as esc } from './xml';

/**
 * Fonts that exist on readers' machines, Latin first, then CJK: Noto/Source Han on Linux (Debian's
 * fonts-noto-cjk), PingFang and Hiragino on macOS, Microsoft YaHei on Windows.
 */
export const REPORT_FONTS = `"Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif`;

export function reportHtml(model: ReportModel): string {
  const parts: string[] = [];
  parts.push('<!doctype html>');
  parts.push(`<html lang="${model.lang === 'zh-CN' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`);
  parts.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>${esc(model.title)}</title>`);
  parts.push(`<style>${css(model)}</style></head><body>`);
  if (model.hasCover) {
    parts.push(`<section class="cover"><h1>${esc(model.title)}</h1><p class="subtitle">${esc(model.subtitle)}</p>`);
    for (const m of model.meta) parts.push(`<p class="meta">${esc(m)}</p>`);
    if (model.parts.length > 1) {
      parts.push(`<ol class="contents">${model.parts.map((p) => `<li><a href="#${p.id}">${esc(p.heading)}</a></li>`).join('')}</ol>`);
    }
    parts.push('</section>');
  } else {
    parts.push(`<header class="title"><h1>${esc(model.title)}</h1><p class="subtitle">${esc(model.subtitle)}</p></header>`);
  }
  for (const part of model.parts) {
    parts.push(`<section id="${part.id}" class="part part-${part.id}"><h2>${esc(part.heading)}</h2>`);
    for (const block of part.blocks) parts.push(blockHtml(block));
    parts.push('</section>');
  }
  parts.push('</body></html>');
  return parts.join('\n');
}

function blockHtml(block: ReportBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p${block.tone ? ` class="${block.tone}"` : ''}>${esc(block.text)}</p>`;
    case 'subheading':
      return `<h3>${esc(block.text)}</h3>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'figures':
      return `<dl class="figures">${block.items
        .map((f) => `<div class="figure${f.emphasis ? ' emphasis' : ''}"><dt>${esc(f.label)}</dt><dd>${esc(f.value)}${f.note ? `<span class="note">${esc(f.note)}</span>` : ''}</dd></div>`)
        .join('')}</dl>`;
    case 'table': {
      const align = (i: number) => {
        const classes = [block.columns[i]?.align === 'right' ? 'num' : '', block.columns[i]?.nowrap ? 'nowrap' : ''].filter(Boolean);
        return classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
      };
      return `<table><thead><tr>${block.columns.map((c, i) => `<th${align(i)}>${esc(c.label)}</th>`).join('')}</tr></thead><tbody>${block.rows
        .map((row) => `<tr>${row.map((cell, i) => `<td${align(i)}>${esc(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    }
    case 'chart':
      return `<figure class="chart">${block.svg}<figcaption>${block.legend.map((l) => `<span class="key"><i class="bar" style="background:${l.color}"></i>${esc(l.label)}</span>`).join('')}</figcaption></figure>`;
    case 'timeline': {
      const c = TIMELINE_COLORS;
      const key = (color: string, label: string, shape = 'bar') => `<span class="key"><i class="${shape}" style="background:${color}"></i>${esc(label)}</span>`;
      return `<p class="muted">${esc(block.lead.chart)}</p><figure class="chart">${block.svg}<figcaption>${key(c.bar, block.legend.plan)}${key(c.band, block.legend.band)}${key(c.critical, block.legend.critical)}${key(c.milestone, block.legend.milestone, 'diamond')}${key(c.freeze, block.legend.freeze)}</figcaption></figure>`;
    }
  }
}

/** `Page {{page}} of {{pages}}` -> CSS content with page counters. */
function pageCounter(template: string): string {
  return template
    .split(/(\{\{page\}\}|\{\{pages\}\})/)
    .filter((s) => s !== '')
    .map((s) => (s === '{{page}}' ? 'counter(page)' : s === '{{pages}}' ? 'counter(pages)' : JSON.stringify(s)))
    .join(' ');
}

function css(model: ReportModel): string {
  const size = model.paper === 'letter' ? 'letter' : 'A4';
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: ${REPORT_FONTS}; color: #1f2933; margin: 0 auto; max-width: 1000px; padding: 24px; line-height: 1.45; font-size: 14px; }
h1 { font-size: 28px; margin: 0 0 8px; }
h2 { font-size: 21px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #3b6ea8; }
h3 { font-size: 16px; margin: 20px 0 8px; }
p.subtitle { font-size: 17px; color: #52606d; margin: 0 0 16px; }
p.meta, p.muted { color: #52606d; }
p.lead { font-size: 15px; }
.cover { padding: 40px 0 24px; }
.contents { columns: 2; margin-top: 24px; }
.contents a { color: inherit; text-decoration: none; }
dl.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 8px; margin: 12px 0; }
.figure { border: 1px solid #d9dde3; border-radius: 6px; padding: 8px 10px; break-inside: avoid; }
.figure.emphasis { border-color: #3b6ea8; background: #eef4fb; }
.figure dt { font-size: 12px; color: #52606d; }
.figure dd { margin: 2px 0 0; font-size: 16px; font-weight: 600; }
.figure .note { display: block; font-size: 12px; font-weight: 400; color: #52606d; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 12.5px; }
th, td { border: 1px solid #d9dde3; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f5f7fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
/* A short value stays on one line; its header may wrap, or a long header ("Adds at P80 (working days)") would widen the column over its values. */
td.nowrap { white-space: nowrap; }
figure.chart { margin: 12px 0; }
figure.chart svg { display: block; width: 100%; height: auto; font-family: ${REPORT_FONTS}; }
figure.chart svg.timeline { max-height: ${model.paper === 'letter' ? '205mm' : '220mm'}; }
figcaption { font-size: 12px; color: #52606d; margin-top: 4px; }
.key { margin-right: 14px; white-space: nowrap; }
.key i { display: inline-block; width: 14px; height: 8px; margin-right: 4px; vertical-align: middle; }
.key i.diamond { width: 8px; height: 8px; transform: rotate(45deg); }
@page { size: ${size}; margin: 16mm 14mm 18mm; @bottom-center { content: ${pageCounter(model.pageOf)}; font-family: ${REPORT_FONTS}; font-size: 9pt; color: #52606d; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  .cover { break-after: page; min-height: 60vh; padding-top: 30mm; }
  h2 { break-before: page; }
  .cover + section h2, header.title + section h2 { break-before: auto; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  /* A collapsed border at 100% lies half outside the page area, and Chromium cut the tables' right edge off. */
  table { width: calc(100% - 1px); }
  dl.figures { width: calc(100% - 1px); }
  tr, .figure, figure.chart { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
}
