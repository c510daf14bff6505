/**
 * The report as Markdown for a repository or wiki: GitHub-flavoured tables and a Mermaid gantt of
 * the phases and waves in place of the SVG chart.
 */
import type { ReportBlock, ReportModel } from './report-model';
import { mermaidGantt } from './mermaid-gantt';

export function reportMarkdown(model: ReportModel, workingDays: readonly number[]): string {
  const out: string[] = [`# ${inline(model.title)}`, '', `_${inline(model.subtitle)}_`, ''];
  for (const m of model.meta) out.push(inline(m), '');
  for (const part of model.parts) {
    out.push(`## ${inline(part.heading)}`, '');
    for (const block of part.blocks) out.push(...blockMd(block, model, workingDays), '');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function blockMd(block: ReportBlock, model: ReportModel, workingDays: readonly number[]): string[] {
  switch (block.type) {
    case 'paragraph':
      return [block.tone === 'muted' ? `_${inline(block.text)}_` : inline(block.text)];
    case 'subheading':
      return [`### ${inline(block.text)}`];
    case 'list':
      return block.items.map((i) => `- ${inline(i)}`);
    case 'figures':
      return table(['', ''], ['left', 'left'], block.items.map((f) => [f.label, f.note ? `${f.value} (${f.note})` : f.value]), true);
    case 'table':
      return table(
        block.columns.map((c) => c.label),
        block.columns.map((c) => c.align ?? 'left'),
        block.rows,
      );
    case 'chart':
      return [`_${inline(block.alt)}_`];
    case 'timeline':
      return [`_${inline(block.lead.gantt)}_`, '', '```mermaid', mermaidGantt(model.title, block.items, workingDays), '```'];
  }
}

function table(header: readonly string[], align: readonly string[], rows: readonly (readonly string[])[], headless = false): string[] {
  const cell = (s: string) => inline(s).replace(/\|/g, '\\|');
  const lines = [`| ${header.map((h) => (headless && h === '' ? ' ' : cell(h))).join(' | ')} |`, `| ${align.map((a) => (a === 'right' ? '---:' : '---')).join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
  return lines;
}

/** One line of text: newlines become spaces, Markdown's own characters at a line start are escaped. */
function inline(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]<>])/g, '\\$1');
}
