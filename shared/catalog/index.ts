/**
 * The service catalog: source products and their equivalents on every target provider, as data.
 * The estimator reads portability from here; importers and forms read defaults.
 */
import type { SourceProvider, TargetProvider, WorkloadKind } from '../model/vocabulary';
import { ALIBABA } from './alibaba';
import { AWS } from './aws';
import { AZURE } from './azure';
import { GCP } from './gcp';
import type { CatalogEntry, TargetEquivalent } from './types';

export { PORTABILITIES } from './types';
export type { CatalogEntry, Portability, TargetEquivalent } from './types';

/** Every source product, grouped by provider; within a provider, the first of a kind is its default. */
export const CATALOG: readonly CatalogEntry[] = [...ALIBABA, ...AWS, ...AZURE, ...GCP];

const BY_ID: ReadonlyMap<string, CatalogEntry> = new Map(CATALOG.map((entry) => [entry.id, entry]));

/** The entry for a catalog id such as `alibaba.ecs`, or undefined if the catalog has none. */
export function catalogEntry(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}

/** What a source product becomes on a target provider, or undefined for an unknown id. */
export function equivalentFor(sourceServiceId: string, targetProvider: TargetProvider): TargetEquivalent | undefined {
  return BY_ID.get(sourceServiceId)?.targets[targetProvider];
}

/** All products of one source provider, in catalog order. */
export function catalogForProvider(provider: SourceProvider): readonly CatalogEntry[] {
  return CATALOG.filter((entry) => entry.provider === provider);
}

/**
 * The product a new or imported workload of this kind gets by default: the provider's first entry
 * of that kind, else its catch-all `provider.other` (e.g. iot on Google Cloud).
 */
export function defaultSourceServiceForKind(provider: SourceProvider, kind: WorkloadKind): CatalogEntry | undefined {
  const own = catalogForProvider(provider);
  return own.find((entry) => entry.kind === kind) ?? own.find((entry) => entry.kind === 'other');
}
