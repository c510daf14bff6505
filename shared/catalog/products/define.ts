/**
 * Compact notation for the product data files: a row names the product, its families and the
 * traits that differ from its family's defaults. `defineProducts` fills in kind, what it holds and
 * who runs it, so each row says only what is particular to that product.
 */
import type { Provider, WorkloadKind } from '../../model/vocabulary';
import { familyById } from '../families';
import type { FamilyId, Holds, Operation, Product } from '../types';

export interface ProductRow {
  /** The part after `provider.`; never changes once shipped. */
  readonly id: string;
  readonly name: string;
  /** Its own family first, then the others it also serves. */
  readonly family: FamilyId | readonly FamilyId[];
  /** Families it is also the usual target for, without doing their whole job. */
  readonly standsInFor?: readonly FamilyId[];
  readonly description: string;
  readonly engine?: string;
  readonly versions?: string;
  readonly speaks?: readonly string[];
  readonly features?: readonly string[];
  /** Defaults to the family's. */
  readonly holds?: Holds;
  /** Defaults to self-run on `self-hosted`, managed elsewhere. */
  readonly operation?: Operation;
  readonly identity?: boolean;
  /** Defaults to the family's kind. */
  readonly kind?: WorkloadKind;
  readonly aliases?: readonly string[];
  readonly targetName?: string;
  /** The usual target among several equally good products of a family on this provider. */
  readonly preferred?: boolean;
  readonly leaving?: string;
  readonly arriving?: string;
  /** Defaults to the file's documentation note. */
  readonly doc?: string;
}

export function defineProducts(provider: Provider, doc: string, rows: readonly ProductRow[]): Product[] {
  return rows.map((row) => {
    const families = typeof row.family === 'string' ? [row.family] : row.family;
    const own = familyById(families[0]!);
    return {
      id: `${provider}.${row.id}`,
      provider,
      name: row.name,
      kind: row.kind ?? own.kind,
      description: row.description,
      families,
      standsInFor: row.standsInFor ?? [],
      traits: {
        ...(row.engine !== undefined ? { engine: row.engine } : {}),
        ...(row.versions !== undefined ? { versions: row.versions } : {}),
        speaks: row.speaks ?? (row.engine !== undefined ? [row.engine] : []),
        features: row.features ?? [],
        operation: row.operation ?? (provider === 'self-hosted' ? 'self-run' : 'managed'),
        holds: row.holds ?? own.holds,
        identity: row.identity ?? false,
      },
      aliases: row.aliases ?? [],
      ...(row.targetName !== undefined ? { targetName: row.targetName } : {}),
      preferred: row.preferred ?? false,
      ...(row.leaving !== undefined ? { leaving: row.leaving } : {}),
      ...(row.arriving !== undefined ? { arriving: row.arriving } : {}),
      doc: row.doc ?? doc,
    };
  });
}

/** The catch-all `provider.other`: what importers use for a service the catalog does not list. */
export function unmappedRow(label: string): ProductRow {
  return {
    id: 'other',
    name: `Other ${label} service (not in the catalog)`,
    family: 'unmapped',
    description: `Any ${label} service the catalog does not list yet; mapped per workload.`,
    doc: 'No mapping: placeholder for services the catalog does not list',
  };
}
