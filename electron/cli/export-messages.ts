/**
 * The app's locale files as data for shared/export (see shared/export/i18n.ts): the CLI reads the
 * same renderer/src/i18n/locales/<lng>/<ns>.json the app bundles, so a document from the terminal
 * says exactly what one from the app says. The CLI runs from source, so the files are beside it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPORT_LANGUAGES, EXPORT_NAMESPACES, type ExportMessages } from '../../shared/export/i18n';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer', 'src', 'i18n', 'locales');

let cached: ExportMessages | undefined;

export function exportMessages(): ExportMessages {
  if (cached) return cached;
  const out: Record<string, Record<string, unknown>> = {};
  for (const lng of EXPORT_LANGUAGES) {
    out[lng] = {};
    for (const ns of EXPORT_NAMESPACES) out[lng][ns] = JSON.parse(readFileSync(join(LOCALES, lng, `${ns}.json`), 'utf8')) as unknown;
  }
  return (cached = out);
}
