/**
 * A holiday's name in the reader's language. Holidays are stored as the project file has them (the catalog's English names,
 * shared/catalog/holidays.ts, or what the user typed); the names Decamp itself writes are translated, anything else is shown
 * as written. The documents word them the same way (shared/export/names.ts, catalogWords).
 */
import type { TFunction } from 'i18next';
import { catalogWords } from '../../../../shared/export/names';

export function holidayName(name: string, t: TFunction): string {
  return catalogWords((key, params) => String(t(key, params as never))).holiday(name);
}
