/** CSV exports read by their real column names (case and spacing ignored), for the discovery and CMDB formats. */
import type { FragmentBuilder } from '../fragment-builder';
import type { SourceFile } from '../source-file';
import { readCsvTable } from '../tabular/csv-reader';
import type { SourceLocation } from '../types';

export interface CsvRecord {
  readonly row: number;
  /** The cell under a header (any of `names`), trimmed; '' when absent. */
  get(...names: string[]): string;
  at(field?: string): SourceLocation;
}

const fold = (s: string) => s.toLowerCase().replace(/[\s_.-]+/g, '');

/** The headers of the first lines of a CSV file, folded, for detection. */
export function csvHeaders(file: SourceFile): Set<string> {
  const first = file.head(8192).split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  return new Set(first.split(/[,;\t]/).map((h) => fold(h.replace(/^"|"$/g, ''))));
}

export const hasHeaders = (headers: ReadonlySet<string>, ...names: string[]) => names.every((n) => headers.has(fold(n)));

/** Every data row of a CSV whose first non-empty row is its header. */
export function csvRecords(file: SourceFile, out: FragmentBuilder): CsvRecord[] {
  const { table, messages } = readCsvTable(file.text ?? '', file.name);
  for (const m of messages) (m.severity === 'error' ? out.error : out.warn).call(out, m.code, m.message, m.at, { ...m.params });
  const [header, ...rows] = table.rows;
  if (!header) return [];
  const index = new Map<string, number>();
  header.cells.forEach((h, i) => {
    const k = fold(h);
    if (!index.has(k)) index.set(k, i);
  });
  const headerText = (i: number) => (header.cells[i] ?? '').trim();
  return rows.map((r) => ({
    row: r.row,
    get: (...names: string[]) => {
      for (const n of names) {
        const i = index.get(fold(n));
        const v = i !== undefined ? (r.cells[i] ?? '').trim() : '';
        if (v !== '') return v;
      }
      return '';
    },
    at: (field?: string) => {
      const i = field !== undefined ? index.get(fold(field)) : undefined;
      return { file: file.name, row: r.row, ...(i !== undefined ? { field: headerText(i) } : {}) };
    },
  }));
}
