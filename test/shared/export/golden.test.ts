/**
 * Every export format of two samples, whole, against reviewed copies (test/shared/export/golden/).
 * The format specs check what each document must say; these catch everything else a change does to
 * what a reader gets: a label, a number format, a shaded cell, a ticket's parent, a calendar's alarm.
 * Written once and read through by hand (docs/testing.md, "Reviewed documents"); a change since is
 * reviewed in its diff. After a deliberate change to the documents or the samples' plans:
 *
 *   DECAMP_UPDATE_GOLDEN=1 npx vitest run --project node test/shared/export/golden.test.ts
 *
 * DOCX and XLSX are binary and stamped with the time they were made, so they are compared as what
 * a reader sees: DOCX as its paragraphs and tables (docx-xml.ts), XLSX as each sheet's cells with
 * their number format, weight and fill.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument, type ExportFormat } from '../../../shared/export';
import type { ExportOptions } from '../../../shared/export/options';
import { readDocx } from './docx-xml';
import { options, samplePlan } from './helpers';

const GOLDEN = join(dirname(new URL(import.meta.url).pathname), 'golden');
const update = process.env.DECAMP_UPDATE_GOLDEN === '1';

interface Case {
  readonly sample: 'mid' | 'small';
  readonly format: Exclude<ExportFormat, 'pdf'>;
  readonly lang: 'en' | 'zh-CN';
  readonly extra?: Partial<ExportOptions>;
  readonly tag?: string;
}

const ALL: readonly Case['format'][] = ['md', 'html', 'docx', 'xlsx', 'wave-mapping', 'jira-csv', 'ado-csv', 'ics', 'mspdi', 'json'];
const CASES: readonly Case[] = [
  ...ALL.map((format): Case => ({ sample: 'mid', format, lang: 'en' })),
  ...ALL.filter((f) => f !== 'json').map((format): Case => ({ sample: 'small', format, lang: 'zh-CN' })),
  // The options a report takes: the P50 commitment, US Letter, three sections.
  ...(['md', 'docx'] as const).map((format): Case => ({ sample: 'small', format, lang: 'en', extra: { confidence: 'p50', paper: 'letter', sections: ['summary', 'waves', 'risks'] }, tag: 'p50-letter' })),
];

const nameOf = (c: Case) => `${c.sample}-${c.lang}${c.tag ? `-${c.tag}` : ''}.${c.format}.txt`;

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const lines: string[] = [];
  book.eachSheet((sheet) => {
    lines.push(`# ${sheet.name} (${sheet.state}) widths ${sheet.columns.map((c) => c.width ?? '-').join(' ')} frozen ${JSON.stringify(sheet.views.map((v) => [v.state, (v as { ySplit?: number }).ySplit ?? 0]))}`);
    sheet.eachRow((row, r) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = cell.fill?.type === 'pattern' ? (cell.fill.fgColor?.argb ?? '') : '';
        const style = [cell.numFmt ?? '', cell.font?.bold ? 'b' : '', fill, cell.alignment?.horizontal ?? ''].join('|');
        cells.push(`${JSON.stringify(cell.value)}${style === '|||' ? '' : ` {${style}}`}`);
      });
      lines.push(`${r}: ${cells.join(' ; ')}`);
    });
  });
  return `${lines.join('\n')}\n`;
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const doc = await readDocx(bytes);
  const lines = [`page ${JSON.stringify(doc.page)}`, `footer ${JSON.stringify(doc.footer)}`];
  // A paragraph a line; a table its layout, then a line per row, so a diff points at the row.
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') lines.push(JSON.stringify(b));
    else lines.push(`table ${JSON.stringify({ width: b.width, columns: b.columns })}`, ...b.rows.map((r) => `  ${JSON.stringify(r)}`));
  }
  return `${lines.join('\n')}\n`;
}

/** What a reader gets from the export, as text: files in order, each under its suffix. */
async function exportText(c: Case): Promise<string> {
  const { project, plan } = samplePlan(c.sample);
  const result = await exportDocument(c.format, project, plan, options(c.lang, c.extra));
  const parts: string[] = [];
  for (const file of result.files) {
    const text = typeof file.data === 'string' ? file.data : c.format === 'docx' ? await docxText(file.data) : await xlsxText(file.data);
    parts.push(`=== ${file.suffix} ${file.mediaType}\n${text}`);
  }
  return parts.join('');
}

describe('every export against its reviewed copy', () => {
  it.each(CASES.map((c) => [nameOf(c), c] as const))('%s', async (name, c) => {
    const got = await exportText(c);
    const path = join(GOLDEN, name);
    if (update) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(path, got);
      return;
    }
    expect(existsSync(path), `${name} has no reviewed copy: write it with DECAMP_UPDATE_GOLDEN=1 and read it through`).toBe(true);
    // Line by line, so a failure shows the lines that changed rather than two long strings.
    expect(got.split('\n')).toEqual(readFileSync(path, 'utf8').split('\n'));
  });
});
