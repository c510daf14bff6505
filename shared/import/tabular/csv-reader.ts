/**
 * CSV and TSV text into a Table with papaparse (delimiter detected: comma, semicolon, tab, pipe).
 * Rows keep the number a spreadsheet shows; a broken quote is an error at its row.
 */
import Papa from 'papaparse';
import type { ImportMessage } from '../types';
import type { Table, TableRow } from './table';

/** More rows than any inventory has; past it the file is refused rather than read for minutes. */
export const MAX_TABLE_ROWS = 500_000;

export function readCsvTable(text: string, file: string): { table: Table; messages: ImportMessage[] } {
  // The delimiter is guessed without blank lines: with them counted, a short tab- or semicolon-separated
  // file ending in a newline looked inconsistent and was read as one column. The table keeps them, so
  // rows keep the numbers a spreadsheet shows. One column and no delimiter is a legal (if odd) table.
  const { delimiter } = Papa.parse<string[]>(text, { preview: 50, skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] }).meta;
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter });
  const messages: ImportMessage[] = [];
  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue; // raised only while guessing, and not a finding
    const row = (e.row ?? 0) + 1;
    const severity = e.code === 'MissingQuotes' ? 'error' : 'warning';
    messages.push({ severity, code: `csv.${e.code}`, params: { row }, message: csvErrorText(e.code, row), at: { file, row } });
  }
  const rows: TableRow[] = [];
  parsed.data.forEach((cells, i) => {
    if (rows.length >= MAX_TABLE_ROWS) return;
    if (Array.isArray(cells) && cells.some((c) => typeof c === 'string' && c.trim() !== '')) rows.push({ row: i + 1, cells: cells.map((c) => (typeof c === 'string' ? c : String(c ?? ''))) });
  });
  if (parsed.data.length > MAX_TABLE_ROWS) {
    messages.push({ severity: 'error', code: 'csv.tooManyRows', params: { max: MAX_TABLE_ROWS }, message: `${file} has more than ${MAX_TABLE_ROWS.toLocaleString('en')} rows; split it.`, at: { file, row: MAX_TABLE_ROWS + 1 } });
  }
  return { table: { file, rows }, messages };
}

function csvErrorText(code: string, row: number): string {
  switch (code) {
    case 'MissingQuotes':
      return `Row ${row}: a quoted cell is never closed, so everything after it would be one cell. Close the quote.`;
    case 'InvalidQuotes':
      return `Row ${row}: a quote inside a cell is not doubled ("" ); the cell may be cut short.`;
    default:
      return `Row ${row}: the CSV is malformed (${code}).`;
  }
}
