/**
 * The one shape both Terraform readers produce: resource instances with their known attribute
 * values and the references between them. The state reader finds references by matching ids; the
 * HCL reader by following expressions through variables, modules and outputs.
 */
import type { SourceLocation } from '../types';

export interface TfReference {
  /** Attribute path without list indices (`vswitch_id`, `servers.server_ids`). */
  readonly path: string;
  /** Address of the instance referred to. */
  readonly target: string;
}

export interface TfInstance {
  /** `module.ecs.alicloud_instance.instance[0]`: unique within one import. */
  readonly address: string;
  readonly mode: 'managed' | 'data';
  readonly type: string;
  /** `module.ecs` (nested: `module.a.module.b`), '' for the root module. */
  readonly module: string;
  readonly name: string;
  readonly index?: string | number;
  /** Attribute values the reader knows; secrets are never here. */
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly refs: readonly TfReference[];
  /** The cloud id, when the state has one. */
  readonly cloudId?: string;
  readonly at: SourceLocation;
}

/** `module.ecs.alicloud_instance.instance[0]`. */
export function instanceAddress(module: string, mode: 'managed' | 'data', type: string, name: string, index?: string | number): string {
  const base = `${module ? `${module}.` : ''}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
  if (index === undefined) return base;
  return typeof index === 'number' ? `${base}[${index}]` : `${base}["${index}"]`;
}

/** Reads a nested attribute by a dotted path, collecting every value along lists (`data_disks.size` -> each disk's size). */
export function valuesAt(attributes: Readonly<Record<string, unknown>>, path: string): unknown[] {
  if (!path.includes('.')) {
    // The common case, kept cheap: a top-level attribute, flattened if it is a list.
    const v = attributes[path];
    return v === undefined || v === null ? [] : Array.isArray(v) ? v.filter((x) => x !== undefined && x !== null) : [v];
  }
  let current: unknown[] = [attributes];
  for (const key of path.split('.')) {
    const next: unknown[] = [];
    for (const v of current) {
      const items = Array.isArray(v) ? v : [v];
      for (const item of items) {
        if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
          const got = (item as Record<string, unknown>)[key];
          if (got !== undefined && got !== null) next.push(got);
        }
      }
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

/** The first non-empty string at any of `paths`. */
export function firstString(attributes: Readonly<Record<string, unknown>>, paths: readonly string[]): string | undefined {
  for (const p of paths) {
    for (const v of valuesAt(attributes, p)) {
      if (typeof v === 'string' && v.trim() !== '') return v.trim();
      if (typeof v === 'number') return String(v);
    }
  }
  return undefined;
}

/** A number from a number or a numeric string. */
export function asNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}
