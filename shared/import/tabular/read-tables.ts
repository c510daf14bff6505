/**
 * Tables from a spreadsheet file, and reading them with the user's (or the suggested) mapping.
 * The Import dialog calls `readTables` to show headers and a preview before anything is imported.
 */
import type { FragmentBuilder } from '../fragment-builder';
import type { FormatContext } from '../format';
import type { SourceFile } from '../source-file';
import type { ImportMessage } from '../types';
import { detectHeaderRow, suggestMapping } from './columns';
import { readCsvTable } from './csv-reader';
import { readMappedTable } from './inventory';
import { type HeadedTable, type Table, tableKey, withHeaderRow } from './table';
import { readXlsxTables } from './xlsx-reader';

export async function readTables(file: SourceFile): Promise<{ tables: Table[]; messages: ImportMessage[] }> {
  if (file.text === null) return readXlsxTables(file.bytes, file.name);
  const { table, messages } = readCsvTable(file.text, file.name);
  return { tables: table.rows.length > 0 ? [table] : [], messages: table.rows.length > 0 ? messages : [...messages, { severity: 'error', code: 'csv.empty', params: {}, message: `${file.name} has no rows.`, at: { file: file.name } }] };
}

/** The table with its header row as the user chose it, or detected. */
export function headTable(table: Table, context: FormatContext): HeadedTable {
  const chosen = context.tabular?.headerRows?.[tableKey(table)];
  if (chosen !== undefined) {
    const index = table.rows.findIndex((r) => r.row === chosen);
    if (index >= 0) return withHeaderRow(table, index);
  }
  return detectHeaderRow(table);
}

/** Reads every table of the files with the chosen (or suggested) column and value mappings. */
export async function readSpreadsheets(files: readonly SourceFile[], out: FragmentBuilder, context: FormatContext): Promise<void> {
  for (const file of files) {
    const { tables, messages } = await readTables(file);
    for (const m of messages) pushMessage(out, m);
    if (messages.some((m) => m.severity === 'error')) continue;
    for (const table of tables) {
      const headed = headTable(table, context);
      const mapping = context.tabular?.columns?.[tableKey(table)] ?? suggestMapping(headed.headers);
      readMappedTable(headed, mapping, { provider: context.sourceProvider, ...(context.tabular?.values ? { values: context.tabular.values } : {}) }, out);
    }
  }
}

function pushMessage(out: FragmentBuilder, m: ImportMessage): void {
  if (m.severity === 'error') out.error(m.code, m.message, m.at, { ...m.params });
  else if (m.severity === 'warning') out.warn(m.code, m.message, m.at, { ...m.params });
  else out.info(m.code, m.message, m.at, { ...m.params });
}
