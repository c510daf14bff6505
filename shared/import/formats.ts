/**
 * Every source format Decamp imports, in the order they are read and offered. Adding a format is
 * one file implementing ImportFormat and one line here; detection picks the surest format per file.
 */
import type { ImportFormat } from './format';
import { csvFormat, xlsxFormat } from './tabular/formats';

export const IMPORT_FORMATS: readonly ImportFormat[] = [csvFormat, xlsxFormat];

export function importFormat(id: string): ImportFormat | undefined {
  return IMPORT_FORMATS.find((f) => f.id === id);
}
