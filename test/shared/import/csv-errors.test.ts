/** CSV errors as a user reads them: which row, which file, what to do (a survivor of shared/import's mutation sample). */
import { describe, expect, it } from 'vitest';
import { readCsvTable } from '../../../shared/import/tabular/csv-reader';

describe('CSV errors', () => {
  it('names the row of a quoted cell never closed, as an error located in the file', () => {
    const { messages } = readCsvTable('name,kind\nweb,vm\n"db,database\napi,vm\n', 'estate.csv');
    const e = messages.find((m) => m.code === 'csv.MissingQuotes');
    expect(e).toMatchObject({ severity: 'error', params: { row: 3 }, at: { file: 'estate.csv', row: 3 } });
    expect(e!.message).toBe('Row 3: a quoted cell is never closed, so everything after it would be one cell. Close the quote.');
  });
});
