/** The locale files the documents need, as plain data (shared/export builds its own i18next over them). */
import { EXPORT_LANGUAGES, EXPORT_NAMESPACES, type ExportMessages } from '../../../shared/export/i18n';
import { bundledResources } from '../i18n';

export function rendererExportMessages(): ExportMessages {
  const all = bundledResources();
  return Object.fromEntries(EXPORT_LANGUAGES.map((lng) => [lng, Object.fromEntries(EXPORT_NAMESPACES.map((ns) => [ns, all[lng]?.[ns] ?? {}]))]));
}
