/**
 * A holiday's name in the reader's language. Holidays are stored as the project file has them (the catalog's English names,
 * shared/catalog/holidays.ts, or what the user typed); the names Decamp itself writes are translated, anything else is shown
 * as written.
 */
import type { TFunction } from 'i18next';

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function holidayName(name: string, t: TFunction): string {
  const key = slug(name);
  return key ? t(`assumptions:holidayName.${key}`, { defaultValue: name }) : name;
}
