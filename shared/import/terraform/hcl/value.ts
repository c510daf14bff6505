/**
 * Values of evaluated HCL, each carrying the resource instances it was computed from, so that a
 * list of subnet ids indexed by `count.index + 1` still knows which subnet each element is.
 */

export type Value =
  | { readonly k: 'known'; readonly v: string | number | boolean | null; readonly refs: readonly string[] }
  | { readonly k: 'list'; readonly items: readonly Value[]; readonly refs: readonly string[] }
  | { readonly k: 'map'; readonly entries: ReadonlyMap<string, Value>; readonly refs: readonly string[] }
  /** An instance of a resource: its attributes are evaluated when read. */
  | { readonly k: 'instance'; readonly address: string; readonly attr: (name: string) => Value; readonly refs: readonly string[] }
  | { readonly k: 'unknown'; readonly refs: readonly string[] };

export const NONE: readonly string[] = [];

export const known = (v: string | number | boolean | null, refs: readonly string[] = NONE): Value => ({ k: 'known', v, refs });
export const unknown = (refs: readonly string[] = NONE): Value => ({ k: 'unknown', refs });
export const list = (items: readonly Value[], refs: readonly string[] = NONE): Value => ({ k: 'list', items, refs });

/** Every resource instance a value depends on, deep. */
export function refsOf(value: Value, out: Set<string> = new Set(), depth = 0): Set<string> {
  for (const r of value.refs) out.add(r);
  if (depth > 30) return out;
  if (value.k === 'list') for (const item of value.items) refsOf(item, out, depth + 1);
  else if (value.k === 'map') for (const item of value.entries.values()) refsOf(item, out, depth + 1);
  return out;
}

export function withRefs(value: Value, refs: readonly string[]): Value {
  if (refs.length === 0) return value;
  return { ...value, refs: [...value.refs, ...refs] } as Value;
}

/** A plain JavaScript value for what is known; undefined where anything inside is unknown. */
export function toPlain(value: Value, depth = 0): unknown {
  if (depth > 30) return undefined;
  switch (value.k) {
    case 'known':
      return value.v;
    case 'list':
      return value.items.map((i) => toPlain(i, depth + 1));
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of value.entries) out[k] = toPlain(v, depth + 1);
      return out;
    }
    default:
      return undefined;
  }
}

export function truthy(value: Value): boolean | undefined {
  if (value.k !== 'known') return undefined;
  if (typeof value.v === 'boolean') return value.v;
  if (value.v === 'true') return true;
  if (value.v === 'false') return false;
  return undefined;
}

export function asNumberValue(value: Value): number | undefined {
  if (value.k !== 'known') return undefined;
  const n = typeof value.v === 'number' ? value.v : typeof value.v === 'string' && value.v.trim() !== '' ? Number(value.v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function asStringValue(value: Value): string | undefined {
  if (value.k !== 'known' || value.v === null) return undefined;
  return String(value.v);
}
