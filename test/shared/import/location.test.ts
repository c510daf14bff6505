/** Where a finding sits, as the CLI and the import report print it: the examples are the doc comment's own. */
import { describe, expect, it } from 'vitest';
import { formatLocation, lineColumnOf } from '../../../shared/import/location';

describe('a finding’s location', () => {
  it('is file:line:column in a text file, with the JSON path after it', () => {
    expect(formatLocation({ file: 'main.tf', line: 12, column: 5 })).toBe('main.tf:12:5');
    expect(formatLocation({ file: 'main.tf', line: 12 })).toBe('main.tf:12');
    expect(formatLocation({ file: 'state.json', line: 40, column: 7, path: 'resources[3]' })).toBe('state.json:40:7: resources[3]');
  });

  it('names sheet, row and column in a spreadsheet, the path alone where there is no line, and the file alone where nothing else is known', () => {
    expect(formatLocation({ file: 'hosts.xlsx', sheet: 'Servers', row: 7, field: 'Region' })).toBe("hosts.xlsx: sheet 'Servers', row 7, column 'Region'");
    expect(formatLocation({ file: 'state.json', path: 'resources[3]' })).toBe('state.json: resources[3]');
    expect(formatLocation({ file: 'estate.csv' })).toBe('estate.csv');
  });

  it('in the app’s words when it passes them', () => {
    const zh = { sheet: (n: string) => `工作表“${n}”`, row: (r: number) => `第 ${r} 行`, column: (h: string) => `列“${h}”`, separator: '，' };
    expect(formatLocation({ file: 'hosts.xlsx', sheet: 'Servers', row: 7, field: 'Region' }, zh)).toBe('hosts.xlsx: 工作表“Servers”，第 7 行，列“Region”');
  });

  it('counts lines and columns from 1, an offset past the end pointing at the end', () => {
    const text = 'ab\ncd\n';
    expect(lineColumnOf(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnOf(text, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnOf(text, 99)).toEqual({ line: 3, column: 1 });
  });
});
