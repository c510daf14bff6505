/**
 * The delimiter of a short inventory, whichever of the four it is, and however the file ends: a
 * spreadsheet saves tab- and semicolon-separated files with a final newline, often with few rows.
 */
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../shared/import/tabular/csv-reader';

const cellsOf = (text: string) => readCsvTable(text, 'estate.csv').table.rows.map((r) => [r.row, ...r.cells]);

describe('a two-column inventory', () => {
  it.each([',', ';', '\t', '|'])('separated by %j is read as two columns, with or without a final newline', (d) => {
    const text = `name${d}type\nweb${d}vm\n`;
    expect(cellsOf(text)).toEqual([[1, 'name', 'type'], [2, 'web', 'vm']]);
    expect(cellsOf(text.trimEnd())).toEqual([[1, 'name', 'type'], [2, 'web', 'vm']]);
    expect(cellsOf(`${text}\n\n`)).toEqual([[1, 'name', 'type'], [2, 'web', 'vm']]);
  });

  it('keeps the row numbers a spreadsheet shows across blank lines', () => {
    expect(cellsOf('name\ttype\n\nweb\tvm\n\ndb\trds\n')).toEqual([[1, 'name', 'type'], [3, 'web', 'vm'], [5, 'db', 'rds']]);
  });

  it('with no delimiter at all is one column, without a finding', () => {
    const { table, messages } = readCsvTable('name\nweb\ndb\n', 'names.csv');
    expect(table.rows.map((r) => r.cells)).toEqual([['name'], ['web'], ['db']]);
    expect(messages).toEqual([]);
  });
});
