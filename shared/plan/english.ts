/** Small helpers for the English texts the phases write next to their codes and params. */

/** "a", "a and b", "a, b and c", "a, b, c and 12 others": long lists stay readable. */
export function listNames(names: readonly string[], max = 4): string {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0]!;
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `${names.slice(0, max - 1).join(', ')} and ${names.length - (max - 1)} others`;
}

/**
 * A list of names for a translated text's params: "a, b, c, d +3". The English texts say "a, b and
 * c" (listNames); a list in params must read in any language, so it joins with commas and counts
 * the rest (docs/architecture.md, "Texts from shared/ come twice").
 * Note: these ", "-joined strings are part of `plan --json` (scripts read them): keep the join. The
 * app and the documents re-list them in the reader's language ("甲、乙和丙") by key; a new key that
 * holds a list goes into LIST_PARAMS (shared/export/names.ts), which test/shared/export/list.test.ts checks.
 */
export function paramList(names: readonly string[], max = 4): string {
  return names.length > max ? `${names.slice(0, max).join(', ')} +${names.length - max}` : names.join(', ');
}

/** "a → b → c → a", eliding the middle of a long chain. */
export function chain(ids: readonly string[], max = 8): string {
  if (ids.length <= max) return ids.join(' → ');
  return [...ids.slice(0, max - 2), '…', ids[ids.length - 1]!].join(' → ');
}

/** "1 workload", "3 workloads". */
export function plural(count: number, noun: string, nounPlural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nounPlural}`;
}

/** Up to three significant digits, no trailing zeros: 1.2, 12.5, 180, 1230. */
function sig3(x: number): string {
  if (!Number.isFinite(x)) return '0';
  const digits = x >= 100 ? 0 : x >= 10 ? 1 : 2;
  return String(Number(x.toFixed(digits)));
}

/**
 * A data size for people, in decimal units like the transfer arithmetic (1 TB = 1,000 GB):
 * "450 GB", "1.2 TB", "180 TB", "1.5 PB", "500 MB".
 */
export function formatDataSize(gb: number): string {
  const v = Number.isFinite(gb) ? Math.max(0, gb) : 0;
  if (v >= 999_500) return `${sig3(v / 1_000_000)} PB`;
  if (v >= 999.5) return `${sig3(v / 1000)} TB`;
  if (v > 0 && v < 1) return `${sig3(v * 1000)} MB`;
  return `${sig3(v)} GB`;
}

/** Round-the-clock hours (data on a line) for people: "under an hour", "27 hours", "4.9 days", "43 days". */
export function formatTransferTime(hours: number): string {
  const h = Number.isFinite(hours) ? Math.max(0, hours) : 0;
  if (h < 1) return 'under an hour';
  if (h < 48) return plural(Math.round(h), 'hour');
  const days = h / 24;
  return `${days < 10 ? String(Number(days.toFixed(1))) : String(Math.round(days))} days`;
}

/** "1 working day", "24 working days". */
export function workingDays(n: number): string {
  return plural(Math.round(Number.isFinite(n) ? n : 0), 'working day', 'working days');
}
