/**
 * The report as a Word document (the docx package): real Heading 1-3 styles, so Word's navigation
 * pane and table of contents work; real tables with a repeating header row; the timeline as a
 * month-by-month table (shaded cells for planned months, lighter ones for the P50-P95 band), which
 * stays editable where a picture would not; page numbers in the footer.
 */
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { isoToDay } from '../plan/calendar';
import { documentFormat } from './format';
import type { ReportBlock, ReportModel, TimelineItem } from './report-model';
import { TIMELINE_COLORS } from './timeline-svg';

/** Page sizes in twentieths of a point. */
const PAGE = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;
const MARGIN = 1000;

export async function reportDocx(model: ReportModel): Promise<Uint8Array> {
  const page = PAGE[model.paper];
  const contentWidth = page.width - 2 * MARGIN;
  const children: (Paragraph | Table)[] = [];
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }));
  children.push(new Paragraph({ children: [new TextRun({ text: model.subtitle, size: 28, color: '52606D' })] }));
  for (const m of model.meta) children.push(new Paragraph({ children: [new TextRun({ text: m, color: '52606D' })] }));
  for (const part of model.parts) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: part !== model.parts[0] || model.hasCover, children: [new TextRun(part.heading)] }));
    for (const block of part.blocks) children.push(...blockDocx(block, model, contentWidth));
  }
  const [before, after] = model.pageOf.split('{{page}}') as [string, string?];
  const [middle, end] = (after ?? '').split('{{pages}}') as [string, string?];
  const doc = new Document({
    creator: 'Decamp',
    title: model.title,
    description: model.subtitle,
    styles: {
      default: {
        // East Asian text takes YaHei in both languages: an English report about an Alibaba Cloud estate
        // still names 订单服务, which Calibri has no glyphs for. Marked as Chinese, so Word shapes and checks it so.
        document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei', cs: 'Calibri' }, language: { value: model.lang === 'zh-CN' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' }, size: 21 } },
        heading1: { run: { size: 32, bold: true, color: '1F2933' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { size: 26, bold: true, color: '1F2933' }, paragraph: { spacing: { before: 200, after: 100 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: page, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, end ?? ''], size: 18, color: '52606D' })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function blockDocx(block: ReportBlock, model: ReportModel, width: number): (Paragraph | Table)[] {
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text, ...(block.tone === 'muted' ? { color: '52606D' } : {}) })], spacing: { after: 120 } })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
    case 'list':
      return block.items.map((i) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(i)] }));
    case 'figures':
      return [table(['', ''], ['left', 'left'], block.items.map((f) => [f.label, f.note ? `${f.value}\n${f.note}` : f.value]), width, false, block.items.map((f) => Boolean(f.emphasis)))];
    case 'table':
      return [table(block.columns.map((c) => c.label), block.columns.map((c) => c.align ?? 'left'), block.rows, width, true)];
    case 'chart':
      // Word gets the chart's words; the figures it plots are in the table that follows it.
      return [new Paragraph({ children: [new TextRun({ text: block.alt, italics: true, color: '52606D' })], spacing: { after: 120 } })];
    case 'timeline':
      return [new Paragraph({ children: [new TextRun({ text: block.lead.table, color: '52606D' })], spacing: { after: 120 } }), monthTable(block.items, model, width)];
  }
}

function cell(text: string, options: { header?: boolean; align?: string; fill?: string; width?: number; bold?: boolean; columnSpan?: number } = {}): TableCell {
  const lines = text.split('\n');
  return new TableCell({
    ...(options.columnSpan && options.columnSpan > 1 ? { columnSpan: options.columnSpan } : {}),
    ...(options.width ? { width: { size: options.width, type: WidthType.DXA } } : {}),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    // A month column is narrow: side margins of 4 pt left no room for '12'.
    margins: { top: 40, bottom: 40, left: options.width !== undefined && options.width < 600 ? 15 : 80, right: options.width !== undefined && options.width < 600 ? 15 : 80 },
    children: [
      new Paragraph({
        alignment: options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: lines.map((l, i) => new TextRun({ text: l, break: i > 0 ? 1 : 0, bold: options.header || options.bold || false, size: i > 0 ? 17 : 19 })),
      }),
    ],
  });
}

function table(header: readonly string[], align: readonly string[], rows: readonly (readonly string[])[], width: number, withHeader: boolean, emphasis: readonly boolean[] = []): Table {
  const col = Math.floor(width / Math.max(1, header.length));
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: header.map(() => col),
    rows: [
      ...(withHeader ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, { header: true, align: align[i] ?? 'left', fill: 'F5F7FA', width: col })) })] : []),
      ...rows.map((r, ri) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, { align: align[i] ?? 'left', width: col, bold: emphasis[ri] ?? false, ...(emphasis[ri] ? { fill: 'EEF4FB' } : {}) })) })),
    ],
  });
}

/** Rows are phases and milestones; columns are months; a cell is shaded where the item runs that month. */
function monthTable(items: readonly TimelineItem[], model: ReportModel, width: number): Table {
  const fmt = documentFormat(model.lang, 'CNY');
  const first = Math.min(...items.map((i) => isoToDay(i.start)));
  const last = Math.max(...items.map((i) => isoToDay(i.bandEnd ?? i.end)));
  const months: { start: number; end: number; year: number; label: string }[] = [];
  const d0 = new Date(first * 86_400_000);
  for (let m = new Date(Date.UTC(d0.getUTCFullYear(), d0.getUTCMonth(), 1)); m.getTime() / 86_400_000 <= last; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
    const next = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1));
    months.push({ start: m.getTime() / 86_400_000, end: next.getTime() / 86_400_000 - 1, year: m.getUTCFullYear(), label: String(m.getUTCMonth() + 1) });
  }
  // A column is about 15 pt wide: 'Jan 2027' or '2027年1月' broke into a letter per line, so the
  // year heads its months in a row above and each column shows its month's number.
  const yearF = new Intl.DateTimeFormat(model.lang, { year: 'numeric', timeZone: 'UTC' });
  const years: { label: string; span: number }[] = [];
  for (const m of months) {
    const last = years.at(-1);
    const label = yearF.format(new Date(Date.UTC(m.year, 0, 1)));
    if (last && last.label === label) last.span++;
    else years.push({ label, span: 1 });
  }
  const labelWidth = Math.floor(width * 0.34);
  const monthWidth = Math.floor((width - labelWidth) / Math.max(1, months.length));
  const hex = (c: string) => c.replace('#', '').toUpperCase();
  const overlaps = (a: number, b: number, m: { start: number; end: number }) => a <= m.end && b >= m.start;
  return new Table({
    width: { size: labelWidth + monthWidth * months.length, type: WidthType.DXA },
    columnWidths: [labelWidth, ...months.map(() => monthWidth)],
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: [cell('', { header: true, width: labelWidth, fill: 'F5F7FA' }), ...years.map((y) => cell(y.span >= 2 ? y.label : '', { header: true, width: monthWidth * y.span, fill: 'F5F7FA', columnSpan: y.span }))] }),
      new TableRow({ tableHeader: true, cantSplit: true, children: [cell('', { header: true, width: labelWidth, fill: 'F5F7FA' }), ...months.map((m) => cell(m.label, { header: true, width: monthWidth, fill: 'F5F7FA', align: 'center' }))] }),
      ...items.map(
        (item) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(`${item.label}\n${item.start === item.end ? fmt.date(item.start) : `${fmt.date(item.start)} – ${fmt.date(item.end)}`}`, { width: labelWidth }),
              ...months.map((m) => {
                const s = isoToDay(item.start);
                const e = isoToDay(item.end);
                const planned = overlaps(s, e, m);
                const band = item.bandStart && item.bandEnd ? overlaps(isoToDay(item.bandStart), isoToDay(item.bandEnd), m) : false;
                const fill = item.milestone ? undefined : planned ? hex(item.critical ? TIMELINE_COLORS.critical : TIMELINE_COLORS.bar) : band ? hex(TIMELINE_COLORS.band) : undefined;
                return cell(item.milestone && planned ? '◆' : '', { width: monthWidth, ...(fill ? { fill } : {}) });
              }),
            ],
          }),
      ),
    ],
  });
}
