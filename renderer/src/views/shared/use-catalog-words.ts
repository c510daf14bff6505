/**
 * Regions and preset freeze windows in the reader's language (shared/export/names.ts, catalogWords):
 * the catalog's region names and the freezes Decamp named are translated, a name the user typed is
 * shown as written.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogWords, type CatalogWords } from '../../../../shared/export/names';

export function useCatalogWords(): CatalogWords {
  const { t } = useTranslation('catalog');
  return useMemo(() => catalogWords((key, params) => String(t(key, params as never))), [t]);
}
