/**
 * A JSON file is known by its first character that is not white space: editors and exporters often
 * begin one with a blank line or indentation, and it must still be read as what it is.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../shared/import/run';
import { SourceFile } from '../../../shared/import/source-file';

const formatOf = (name: string, text: string): string | undefined => detectFormat(new SourceFile(name, new TextEncoder().encode(text)))?.id;
const fragment = JSON.stringify({ formatVersion: 1, workloads: [{ name: 'orders' }], dependencies: [] });

describe('a JSON file that starts with blank lines or spaces', () => {
  it('is a Decamp fragment when it holds one', () => {
    expect(formatOf('estate.json', fragment)).toBe('decamp');
    expect(formatOf('estate.json', `\n\n  ${fragment}`)).toBe('decamp');
    expect(formatOf('estate.json', `\r\n\t${fragment}`)).toBe('decamp');
  });

  it('is never read as a CSV inventory, whatever its extension', () => {
    const rows = JSON.stringify([{ name: 'orders', kind: 'database' }, { name: 'web', kind: 'compute' }]);
    expect(formatOf('estate.csv', `name,kind\norders,database\n`)).toBe('csv');
    expect(formatOf('estate.csv', rows)).toBeUndefined();
    expect(formatOf('estate.csv', ` \n${rows}`)).toBeUndefined();
  });
});
