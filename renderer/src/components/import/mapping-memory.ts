/**
 * Column mappings remembered per set of headers (the next export from the same CMDB gets the same
 * mapping), in the page's local storage. A convenience: without storage, suggestions still work.
 */
import { type ColumnMapping, headerSignature, normalizeHeader } from '../../../../shared/import';

const KEY = 'decamp.import.mappings';
const MAX_REMEMBERED = 50;

function readAll(): Record<string, ColumnMapping> {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, ColumnMapping>) : {};
  } catch {
    return {};
  }
}

/**
 * The mapping remembered for these headers, if any. Saved by header as the signature folds it, so
 * the next export's `box label` finds what was chosen for `Box label` (mappings saved by exact
 * header text before are still read).
 */
export function rememberedMapping(headers: readonly string[]): ColumnMapping | undefined {
  const saved = readAll()[headerSignature(headers)];
  if (!saved) return undefined;
  return Object.fromEntries(headers.map((h) => [h, saved[normalizeHeader(h)] ?? saved[h] ?? 'ignore']));
}

export function rememberMapping(headers: readonly string[], mapping: ColumnMapping): void {
  try {
    const all = readAll();
    const key = headerSignature(headers);
    delete all[key];
    all[key] = Object.fromEntries(Object.entries(mapping).map(([header, role]) => [normalizeHeader(header), role]));
    const keys = Object.keys(all);
    for (const k of keys.slice(0, Math.max(0, keys.length - MAX_REMEMBERED))) delete all[k];
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Private windows may refuse storage; the mapping still applies to this import.
  }
}
