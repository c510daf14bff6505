/**
 * Dependencies named by reference (an id or a name in a "depends on" column, an edge list, a
 * relationship export): resolved against the import itself first, and against the open project
 * by the merge, so an edge file can be imported on its own into a project that has the workloads.
 */
import type { Coupling, DependencyKind } from '../model/vocabulary';
import type { SourceLocation } from './types';

export interface DependencyReference {
  /** Id or name of the workload that needs the other. */
  readonly from: string;
  /** Id or name of the workload it needs. */
  readonly to: string;
  /** Absent: what the target is decides (a database is called, a network carried, a queue messaged). */
  readonly kind?: DependencyKind;
  readonly coupling?: Coupling;
  readonly note?: string;
  readonly origin: SourceLocation;
}

/** A lookup from ids and names (case and spacing ignored for names) to workload ids. */
export class NameIndex {
  private readonly ids = new Map<string, string>();
  private readonly names = new Map<string, string | null>();

  add(id: string, names: readonly (string | undefined)[]): void {
    this.ids.set(id, id);
    for (const name of names) {
      if (name === undefined) continue;
      const key = foldName(name);
      if (key === '') continue;
      // A name used by two workloads resolves to neither: guessing would link the wrong one.
      const seen = this.names.get(key);
      this.names.set(key, seen === undefined || seen === id ? id : null);
    }
  }

  /** The workload id `ref` names, or undefined (unknown, or a name two workloads share). */
  resolve(ref: string): string | undefined {
    const trimmed = ref.trim();
    return this.ids.get(trimmed) ?? this.names.get(foldName(trimmed)) ?? undefined;
  }
}

export function foldName(name: string): string {
  // Most names are ASCII: they need no Unicode normalisation (the costly part on large imports).
  const text = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKC');
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** `a; b, c` -> [a, b, c]: the separators inventories use in a "depends on" cell. */
export function splitReferences(cell: string): string[] {
  return cell
    .split(/[;,，；\n|]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
