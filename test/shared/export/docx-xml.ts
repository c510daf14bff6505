/**
 * A Word document read back as a reader sees it, from its WordprocessingML (ECMA-376 part 1, 17):
 * the body's paragraphs and tables in order, each paragraph with its style and text, each table
 * cell with its lines, bold, shading, alignment and span. Enough for the report's DOCX, no more.
 */
import JSZip from 'jszip';

export interface DocxParagraph {
  readonly kind: 'paragraph';
  /** w:pStyle: Title, Heading1, Heading2, ListParagraph; '' for a plain paragraph. */
  readonly style: string;
  readonly text: string;
  readonly pageBreakBefore: boolean;
  readonly bullet: boolean;
  /** The first run's colour (w:color), '' when it has none. */
  readonly color: string;
  readonly italic: boolean;
}

export interface DocxCell {
  /** The cell's text, a line break (w:br) as '\n'. */
  readonly text: string;
  readonly bold: boolean;
  /** w:shd's fill, '' when the cell is not shaded. */
  readonly fill: string;
  /** w:jc: left, right, center. */
  readonly align: string;
  /** Grid columns the cell spans (w:gridSpan, 1 without it). */
  readonly span: number;
  /** w:tcW in twentieths of a point. */
  readonly width: number;
  /** The first run's size in half-points of each line. */
  readonly sizes: readonly number[];
}

export interface DocxRow {
  /** w:tblHeader: Word repeats the row at the top of each page. */
  readonly header: boolean;
  readonly cantSplit: boolean;
  readonly cells: readonly DocxCell[];
}

export interface DocxTable {
  readonly kind: 'table';
  readonly width: number;
  readonly columns: readonly number[];
  readonly rows: readonly DocxRow[];
}

export type DocxBlock = DocxParagraph | DocxTable;

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const attr = (xml: string, tag: string, name = 'w:val'): string | undefined => new RegExp(`<${tag} [^>]*?${name}="([^"]*)"`).exec(xml)?.[1];
/** A toggle property such as <w:b/> (on) or <w:b w:val="false"/> (off). */
const toggle = (xml: string, tag: string): boolean => {
  const m = new RegExp(`<${tag}( w:val="([^"]*)")?/>`).exec(xml);
  return m !== null && m[2] !== 'false' && m[2] !== '0';
};

function runsOf(xml: string): { text: string; props: string; br: boolean }[] {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => {
    const run = m[1]!;
    const props = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(run)?.[1] ?? '';
    const text = [...run.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => unescape(t[1]!)).join('');
    return { text, props, br: /<w:br\/>/.test(run) };
  });
}

function textOf(xml: string): string {
  return runsOf(xml)
    .map((r) => (r.br ? `\n${r.text}` : r.text))
    .join('');
}

function paragraph(xml: string): DocxParagraph {
  const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
  const first = runsOf(xml)[0];
  return {
    kind: 'paragraph',
    style: attr(props, 'w:pStyle') ?? '',
    text: textOf(xml),
    pageBreakBefore: toggle(props, 'w:pageBreakBefore'),
    bullet: /<w:numPr>/.test(props),
    color: first ? (attr(first.props, 'w:color') ?? '') : '',
    italic: first ? toggle(first.props, 'w:i') : false,
  };
}

function table(xml: string): DocxTable {
  const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((tr): DocxRow => {
    const rowProps = /<w:trPr>([\s\S]*?)<\/w:trPr>/.exec(tr[1]!)?.[1] ?? '';
    const cells = [...tr[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc): DocxCell => {
      const props = /<w:tcPr>([\s\S]*?)<\/w:tcPr>/.exec(tc[1]!)?.[1] ?? '';
      const runs = runsOf(tc[1]!);
      return {
        text: textOf(tc[1]!),
        bold: runs.length > 0 && runs.every((r) => toggle(r.props, 'w:b')),
        fill: attr(props, 'w:shd', 'w:fill') ?? '',
        align: attr(tc[1]!, 'w:jc') ?? '',
        span: Number(attr(props, 'w:gridSpan') ?? 1),
        width: Number(attr(props, 'w:tcW', 'w:w') ?? 0),
        sizes: runs.map((r) => Number(attr(r.props, 'w:sz') ?? 0)),
      };
    });
    return { header: /<w:tblHeader\/>/.test(rowProps), cantSplit: /<w:cantSplit\/>/.test(rowProps), cells };
  });
  return {
    kind: 'table',
    width: Number(attr(xml, 'w:tblW', 'w:w') ?? 0),
    columns: [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    rows,
  };
}

export interface DocxDocument {
  readonly blocks: readonly DocxBlock[];
  /** The section's page size and margins (w:pgSz, w:pgMar), in twentieths of a point. */
  readonly page: { readonly width: number; readonly height: number; readonly margins: readonly number[] };
  /** The default footer's runs in order: text as written, a field by its instruction ("PAGE"). */
  readonly footer: readonly string[];
}

export async function readDocx(bytes: Uint8Array): Promise<DocxDocument> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)![1]!;
  const blocks = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>/g)].map((m) => (m[0].startsWith('<w:tbl>') ? table(m[0]) : paragraph(m[0])));
  const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(body)![0];
  const footerXml = await zip.file('word/footer1.xml')!.async('string');
  const footer = [...footerXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => (m[1] !== undefined ? unescape(m[1]) : `{${m[2]!.trim()}}`));
  return {
    blocks,
    page: {
      width: Number(attr(sect, 'w:pgSz', 'w:w')),
      height: Number(attr(sect, 'w:pgSz', 'w:h')),
      margins: ['w:top', 'w:right', 'w:bottom', 'w:left'].map((side) => Number(attr(sect, 'w:pgMar', side))),
    },
    footer,
  };
}

export const tables = (doc: DocxDocument): DocxTable[] => doc.blocks.filter((b): b is DocxTable => b.kind === 'table');
export const paragraphs = (doc: DocxDocument): DocxParagraph[] => doc.blocks.filter((b): b is DocxParagraph => b.kind === 'paragraph');
/** A table's rows as the cells' texts. */
export const texts = (t: DocxTable): string[][] => t.rows.map((r) => r.cells.map((c) => c.text));
