/** Small helpers for the English texts the phases write next to their codes and params. */

/** "a", "a and b", "a, b and c", "a, b, c and 12 others": long lists stay readable. */
export function listNames(names: readonly string[], max = 4): string {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0]!;
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `${names.slice(0, max - 1).join(', ')} and ${names.length - (max - 1)} others`;
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
