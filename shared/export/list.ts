/**
 * Lists of names as each language writes them (Intl.ListFormat): "a, b, and c" in English,
 * "甲、乙和丙" in Chinese. Node and Chromium carry the same ICU data for both languages, so the app,
 * the CLI and every document say the same thing; Intl is deterministic for a given locale, so
 * shared/ may use it (as shared/export/format.ts does for dates).
 */

/**
 * How the list reads: `and` ("a, b, and c" / "甲、乙和丙"), `or` ("a, b, or c" / "甲、乙或丙"), or
 * `series`, a plain run with no word before the last item ("a, b, c" / "甲、乙、丙") for values in a
 * field or a bracket, where "and" would claim more than the list means.
 */
export type ListKind = 'and' | 'or' | 'series';

export interface ListOptions {
  readonly kind?: ListKind;
  /** Show at most this many items and count the rest: "a, b, c +2" / "甲、乙、丙 +2" (a series, as the list goes on). */
  readonly max?: number;
}

const formats = new Map<string, Intl.ListFormat>();

function listFormat(lng: string, kind: ListKind): Intl.ListFormat {
  const key = `${lng}|${kind}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.ListFormat(lng, kind === 'or' ? { type: 'disjunction' } : kind === 'series' ? { type: 'conjunction', style: 'narrow' } : { type: 'conjunction' })));
  return f;
}

/** `items` as a list in `lng`; a list cut short at `max` ends in "+N" after a series of the items shown. */
export function formatList(lng: string, items: readonly string[], { kind = 'and', max }: ListOptions = {}): string {
  if (max !== undefined && items.length > max) return `${listFormat(lng, 'series').format(items.slice(0, max))} +${items.length - max}`;
  return listFormat(lng, kind).format(items);
}

/** A list in one language, as the layers hand it round (ExportText.list, the renderer's useListFormat). */
export type ListFormatter = (items: readonly string[], options?: ListOptions) => string;

export function listFormatter(lng: string): ListFormatter {
  return (items, options) => formatList(lng, items, options);
}
