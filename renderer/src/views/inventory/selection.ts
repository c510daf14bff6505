/** Row selection arithmetic for clicks and keys: toggle one, or take a range in view order. */

/** `ids` with `id` added, or removed when it was there. */
export function toggleId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** The ids between two view positions, inclusive, in view order (Shift-click). */
export function rangeIds(viewIds: readonly string[], from: number, to: number): string[] {
  const lo = Math.max(0, Math.min(from, to));
  const hi = Math.min(viewIds.length - 1, Math.max(from, to));
  return viewIds.slice(lo, hi + 1);
}

/** `base` plus `extra`, without repeats, keeping `base` first. */
export function unionIds(base: readonly string[], extra: readonly string[]): string[] {
  const seen = new Set(base);
  return [...base, ...extra.filter((id) => !seen.has(id) && (seen.add(id), true))];
}
