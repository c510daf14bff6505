/**
 * A sheet of rows as read from a CSV file or an XLSX sheet: cells as text, each row with the number
 * the user's spreadsheet shows, and which row holds the headers.
 */
import type { SourceLocation } from '../types';

export interface TableRow {
  /** 1-based, as the spreadsheet numbers it. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface Table {
  readonly file: string;
  /** XLSX only. */
  readonly sheet?: string;
  /** Every non-empty row, header rows included. */
  readonly rows: readonly TableRow[];
}

/** A table with its header row chosen: the headers (made unique) and the data rows under it. */
export interface HeadedTable {
  readonly table: Table;
  /** Index into `table.rows` of the header row. */
  readonly headerIndex: number;
  /** Header texts as written, trimmed; a repeated or empty header gets ` (2)` or `Column N`. */
  readonly headers: readonly string[];
  readonly data: readonly TableRow[];
}

/** `file` or `file#sheet`: the key mappings are stored under. */
export function tableKey(table: Table): string {
  return table.sheet !== undefined ? `${table.file}#${table.sheet}` : table.file;
}

export function cellLocation(table: Table, row: number, field?: string): SourceLocation {
  return { file: table.file, ...(table.sheet !== undefined ? { sheet: table.sheet } : {}), row, ...(field !== undefined ? { field } : {}) };
}

/** Uses row `headerIndex` as the headers. */
export function withHeaderRow(table: Table, headerIndex: number): HeadedTable {
  const raw = table.rows[headerIndex]?.cells ?? [];
  const width = Math.max(raw.length, ...table.rows.slice(headerIndex + 1).map((r) => r.cells.length));
  const seen = new Map<string, number>();
  const headers: string[] = [];
  for (let i = 0; i < width; i++) {
    const text = (raw[i] ?? '').replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
    const n = (seen.get(text) ?? 0) + 1;
    seen.set(text, n);
    headers.push(n === 1 ? text : `${text} (${n})`);
  }
  return { table, headerIndex, headers, data: table.rows.slice(headerIndex + 1) };
}

/** The cell of `row` under the header at `column`, trimmed ('' when the row is short). */
export function cell(row: TableRow, column: number): string {
  return (row.cells[column] ?? '').trim();
}
