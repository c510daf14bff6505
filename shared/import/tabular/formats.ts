/** The CSV and XLSX inventory formats: any spreadsheet with a name or id column, mapped by header. */
import type { ImportFormat } from '../format';
import type { SourceFile } from '../source-file';
import { roleForHeader } from './columns';
import { readSpreadsheets } from './read-tables';

/** How many of the first line's cells name a role: a header row an inventory would have. */
function headerRoles(file: SourceFile): number {
  const firstLines = file.head(8192).split(/\r?\n/).slice(0, 10);
  let best = 0;
  for (const line of firstLines) {
    const cells = line.split(/[,;\t|]/);
    if (cells.length < 2) continue;
    best = Math.max(best, new Set(cells.map((c) => roleForHeader(c.replace(/^"|"$/g, ''))).filter(Boolean)).size);
  }
  return best;
}

export const csvFormat: ImportFormat = {
  id: 'csv',
  label: 'CSV inventory',
  extensions: ['csv', 'tsv', 'txt'],
  detect(file) {
    if (file.text === null) return 0;
    const head = file.firstNonBlank();
    if (head === '{' || head === '[') return 0;
    const roles = headerRoles(file);
    if (roles >= 2) return 5;
    return ['csv', 'tsv'].includes(file.extension) ? 3 : 0;
  },
  read: readSpreadsheets,
};

export const xlsxFormat: ImportFormat = {
  id: 'xlsx',
  label: 'Excel workbook (XLSX)',
  extensions: ['xlsx'],
  detect(file) {
    if (file.text !== null) return 0;
    // Any zip could be a workbook; its [Content_Types].xml names the spreadsheet part near the start.
    const head = String.fromCharCode(...file.bytes.subarray(0, Math.min(file.bytes.length, 4096)));
    if (/xl\/(workbook|worksheets)/.test(head) || /\[Content_Types\]\.xml/.test(head)) return file.extension === 'xlsx' ? 9 : 6;
    return file.extension === 'xlsx' ? 4 : 0;
  },
  read: readSpreadsheets,
};
