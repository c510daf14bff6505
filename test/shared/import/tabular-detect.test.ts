/**
 * Which files are read as a CSV or XLSX inventory (shared/import/tabular/formats.ts), and that a
 * broken CSV imports nothing. The format each file gets is the one the import report lists.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../shared/import/run';
import { SourceFile } from '../../../shared/import/source-file';
import { file, run } from './helpers';

const detected = (name: string, bytes: Uint8Array | string) => detectFormat(new SourceFile(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes))?.id ?? null;

/** A zip's first bytes (`PK\x03\x04`) followed by text, as a workbook or another zip begins. */
const zip = (text: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode(text)]);

describe('a CSV inventory', () => {
  it('is any text whose header, in its first lines, names two columns an inventory has, whatever its extension', () => {
    expect(detected('hosts.txt', 'name,owner\nweb,ops\n')).toBe('csv');
    expect(detected('hosts.txt', 'Name;Owner;Region\nweb;ops;x\n')).toBe('csv');
    expect(detected('hosts.txt', 'Server inventory, 2026\n\nname,owner\nweb,ops\n')).toBe('csv');
  });

  it('is a .csv file whatever its header, and nothing else without one', () => {
    expect(detected('notes.csv', 'hello,world\n')).toBe('csv');
    expect(detected('notes.txt', 'hello,world\n')).toBe(null);
    expect(detected('hosts.txt', 'name\nweb\n')).toBe(null);
  });

  it('is never JSON, even named .csv', () => {
    expect(detected('data.csv', '[{"name": "a", "owner": "b"}]')).toBe(null);
    expect(detected('data.csv', '{"name": "a", "owner": "b"}')).toBe(null);
  });

  it('with a quoted cell never closed imports nothing from the file', async () => {
    const out = await run(file('estate.csv', 'name,kind\nweb,vm\n"db,database\napi,vm\n'));
    expect(out.ok).toBe(false);
    expect(out.fragment.workloads).toEqual([]);
  });
});

describe('an XLSX workbook', () => {
  it('is a zip naming a workbook part, whatever its extension; a .xlsx zip even without', () => {
    expect(detected('book.xlsx', zip('[Content_Types].xml xl/workbook.xml'))).toBe('xlsx');
    expect(detected('book.zip', zip('xl/worksheets/sheet1.xml'))).toBe('xlsx');
    expect(detected('book.xlsx', zip('word/document.xml'))).toBe('xlsx');
    expect(detected('photos.zip', zip('img/1.jpg'))).toBe(null);
    expect(detected('notes.xlsx', 'xl/workbook.xml, typed by hand')).toBe(null);
  });
});
