/** Where a finding sits in the user's file, written the way editors and spreadsheets show it. */
import type { SourceLocation } from './types';

/** The words of a spreadsheet location, so the app can write them in the user's language. */
export interface LocationWords {
  sheet(name: string): string;
  row(row: number): string;
  column(header: string): string;
  readonly separator: string;
}

const ENGLISH: LocationWords = { sheet: (name) => `sheet '${name}'`, row: (row) => `row ${row}`, column: (header) => `column '${header}'`, separator: ', ' };

/**
 * `main.tf:12:5`, `hosts.xlsx: sheet 'Servers', row 7, column 'Region'`, `state.json: resources[3]`.
 * Text files use file:line:column so editors jump there; spreadsheets name sheet, row and column.
 */
export function formatLocation(at: SourceLocation, words: LocationWords = ENGLISH): string {
  if (at.line !== undefined) {
    const pos = `${at.file}:${at.line}${at.column !== undefined ? `:${at.column}` : ''}`;
    return at.path !== undefined ? `${pos}: ${at.path}` : pos;
  }
  const parts: string[] = [];
  if (at.sheet !== undefined) parts.push(words.sheet(at.sheet));
  if (at.row !== undefined) parts.push(words.row(at.row));
  if (at.field !== undefined) parts.push(words.column(at.field));
  if (at.path !== undefined) parts.push(at.path);
  return parts.length > 0 ? `${at.file}: ${parts.join(words.separator)}` : at.file;
}

/** Line and column (1-based) of an offset in a text; offsets past the end point at the end. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(0, offset), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** A sorted index of line starts, for many offset lookups in one large text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}
