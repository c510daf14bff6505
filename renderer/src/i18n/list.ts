/**
 * Lists of names in the language the app shows: "a, b, and c" / "甲、乙和丙" (shared/export/list.ts,
 * the same helper the documents use, so a view and its export say a list the same way).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { listFormatter, type ListFormatter } from '../../../shared/export/list';

/** `formatList(locale, items, options)` for code that is handed the locale, as formatDate is. */
export { formatList, type ListFormatter, type ListKind, type ListOptions } from '../../../shared/export/list';

/** A list formatter for the current language; a new one when the language changes. */
export function useListFormat(): ListFormatter {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => listFormatter(lng), [lng]);
}
