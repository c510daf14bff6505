/**
 * The service catalog: every product a workload can run on, on every provider, grouped into
 * service families, and what each becomes on every other provider (derived from traits, with
 * sourced overrides). The estimator reads portability from here; importers and forms read defaults.
 */
import { PROVIDERS, type Provider, type SourceProvider, type TargetProvider, type WorkloadKind } from '../model/vocabulary';
import { buildIndex, deriveEquivalent } from './derive';
import { OVERRIDES } from './overrides';
import { PROVIDER_PROFILES } from './providers';
import { ALIBABA_PRODUCTS } from './products/alibaba';
import { AWS_PRODUCTS } from './products/aws';
import { AZURE_PRODUCTS } from './products/azure';
import { GCP_PRODUCTS } from './products/gcp';
import { HUAWEI_PRODUCTS } from './products/huawei';
import { SELF_HOSTED_PRODUCTS } from './products/self-hosted';
import { TENCENT_PRODUCTS } from './products/tencent';
import type { CatalogEntry, Product, TargetEquivalent } from './types';

export { FAMILIES, FAMILY_IDS, familyById } from './families';
export { OVERRIDES } from './overrides';
export { PROVIDER_PROFILES, providerName, providerOfService, type IdentityScope, type ProviderProfile } from './providers';
export { defaultRegionFor, JURISDICTIONS, jurisdictionOf, OWN_DATA_CENTRE, REGIONS, regionInfo, type Jurisdiction, type Region } from './regions';
export { defaultTargetRegion, homeJurisdiction, regionJurisdiction, sourceProviderOf, targetProviderOf, targetRegionOf, workloadJurisdictions } from './placement';
export { PORTABILITIES } from './types';
export type { Basis, CatalogEntry, Family, FamilyId, PairOverride, Portability, Product, ProductTraits, TargetEquivalent } from './types';

const PRODUCTS: readonly Product[] = [...ALIBABA_PRODUCTS, ...AWS_PRODUCTS, ...AZURE_PRODUCTS, ...GCP_PRODUCTS, ...HUAWEI_PRODUCTS, ...TENCENT_PRODUCTS, ...SELF_HOSTED_PRODUCTS];
const INDEX = buildIndex(PRODUCTS);

function withTargets(p: Product): CatalogEntry {
  const targets = {} as Record<TargetProvider, TargetEquivalent>;
  for (const to of PROVIDERS) targets[to] = deriveEquivalent(p, to, INDEX, OVERRIDES);
  return { ...p, family: p.families[0]!, targets };
}

/** Every product, grouped by provider; within a provider, the first of a kind is its default. */
export const CATALOG: readonly CatalogEntry[] = PRODUCTS.map(withTargets);

const BY_ID: ReadonlyMap<string, CatalogEntry> = new Map(CATALOG.map((entry) => [entry.id, entry]));

/** The entry for a catalog id such as `alibaba.ecs`, or undefined if the catalog has none. */
export function catalogEntry(id: string): CatalogEntry | undefined {
  return BY_ID.get(id);
}

/** What a source product becomes on a target provider, or undefined for an unknown id. */
export function equivalentFor(sourceServiceId: string, targetProvider: TargetProvider): TargetEquivalent | undefined {
  return BY_ID.get(sourceServiceId)?.targets[targetProvider];
}

/** All products of one provider, in catalog order. */
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

/** The provider's identity service (Alibaba RAM, AWS IAM, Huawei IAM, Tencent CAM, an on-site AD). */
export function identityServiceOf(provider: Provider): CatalogEntry {
  return BY_ID.get(PROVIDER_PROFILES[provider].identityService)!;
}

/** True when the catalog id is an identity service: the AK/SK single point of failure. */
export function isIdentityService(id: string): boolean {
  return BY_ID.get(id)?.traits.identity === true;
}
