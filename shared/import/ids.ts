/**
 * Ids for imported things. A project id is a short slug (letters, digits, `. _ : / -`); sources
 * bring cloud ids (`i-uf6ga6gk...`), addresses, or names in any script, so they are cleaned, and
 * made unique within the import.
 */

const MAX_ID = 120;

/** A valid project id (a letter or digit, then letters, digits and `. _ : / -`), by character codes: checked a few hundred thousand times on a large import, where a loop is several times cheaper than a regex. */
function isValidId(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    // . _ : / - after the first character.
    if (!alnum && (i === 0 || (c !== 46 && c !== 95 && c !== 58 && c !== 47 && c !== 45))) return false;
  }
  return true;
}

/** `Order DB (primary)` -> `order-db-primary`; `订单库` -> '' (no Latin letters or digits to keep). */
export function slug(text: string, max = 80): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._:/-]+/g, '-')
    .replace(/[-._:/]{2,}/g, (run) => run[0] ?? '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
    .slice(0, max)
    .replace(/[^a-z0-9]+$/, '');
}

/** A source id kept as written when it is already a valid project id, else cleaned; '' when nothing is left. */
export function cleanId(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.length <= MAX_ID && isValidId(trimmed)) return trimmed;
  const cleaned = trimmed
    .replace(/[^A-Za-z0-9._:/-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, MAX_ID - 8)
    .replace(/[^A-Za-z0-9]+$/, '');
  return cleaned;
}

/** Hands out ids unique within one import: the wanted one, else `wanted-2`, `wanted-3` ... */
export class IdPool {
  private readonly taken = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const id of taken) this.taken.add(id);
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** The first usable of `candidates` (cleaned), made unique; `fallback-N` when none is usable. */
  claim(candidates: readonly (string | undefined)[], fallback: string): string {
    let base = '';
    for (const c of candidates) {
      if (c === undefined) continue;
      base = cleanId(c);
      if (base !== '') break;
    }
    if (base !== '' && !this.taken.has(base)) {
      this.taken.add(base);
      return base;
    }
    const root = (base !== '' ? base : fallback).slice(0, MAX_ID - 8);
    for (let n = base !== '' ? 2 : 1; ; n++) {
      const id = `${root}-${n}`;
      if (!this.taken.has(id)) {
        this.taken.add(id);
        return id;
      }
    }
  }
}
