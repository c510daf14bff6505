/**
 * XLSX workbooks into one Table per sheet with exceljs. Cells become the text a user sees: numbers
 * as numbers, dates as yyyy-mm-dd, formulas as their cached result, rich text flattened.
 */
import type { ImportMessage } from '../types';
import { MAX_TABLE_ROWS } from './csv-reader';
import type { Table, TableRow } from './table';

type CellValue = unknown;

export async function readXlsxTables(bytes: Uint8Array, file: string): Promise<{ tables: Table[]; messages: ImportMessage[] }> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types the input as a Node Buffer; it reads any ArrayBuffer view (jszip underneath).
    await workbook.xlsx.load(bytes as never);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { tables: [], messages: [{ severity: 'error', code: 'xlsx.unreadable', params: { reason: why }, message: `${file} is not a readable XLSX workbook (${why}).`, at: { file } }] };
  }
  const tables: Table[] = [];
  const messages: ImportMessage[] = [];
  workbook.eachSheet((sheet) => {
    if (sheet.state !== 'visible' && sheet.state !== undefined) {
      messages.push({ severity: 'info', code: 'skipped.xlsx.hiddenSheet', params: { sheet: sheet.name }, message: `Sheet '${sheet.name}' is hidden and not imported.`, at: { file, sheet: sheet.name } });
      return;
    }
    const rows: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rows.length >= MAX_TABLE_ROWS) return;
      const cells: string[] = [];
      const values = row.values as CellValue[];
      for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
      if (cells.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells });
    });
    if (rows.length > 0) tables.push({ file, sheet: sheet.name, rows });
  });
  if (tables.length === 0) messages.push({ severity: 'error', code: 'xlsx.empty', params: {}, message: `${file} has no sheet with data.`, at: { file } });
  return { tables, messages };
}

/** What a cell shows, as text. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: string }[]; text?: unknown; result?: unknown; hyperlink?: string; error?: string; formula?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('');
    if (v.result !== undefined) return cellText(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.text !== undefined) return cellText(v.text);
    if (typeof v.error === 'string') return '';
  }
  return '';
}
