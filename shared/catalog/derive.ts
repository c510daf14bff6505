/**
 * What a source product becomes on a target provider, derived from the two products' traits:
 *
 * 1. The same provider: the same service in another account or region.
 * 2. A pairwise override, where one exists (each cites its source).
 * 3. For each family the source belongs to, the target's closest product in that family (or, if
 *    it has none, in the family's nearest families): most in common first (same engine, shared
 *    protocols and APIs, shared features), then the provider's usual choice, then catalog order.
 * 4. Portability from what the pair shares: the same engine or a shared protocol/API carries
 *    configuration, and data where the source holds data; nothing shared means a refactor;
 *    nothing to move to means `none`, with the family's reason.
 * 5. A product spanning families (CloudWatch: metrics and logs) moves at its hardest part's pace.
 */
import type { Provider } from '../model/vocabulary';
import { familyById } from './families';
import { PROVIDER_PROFILES } from './providers';
import type { Absence, Basis, Family, FamilyId, PairContext, PairOverride, Portability, Product, TargetEquivalent } from './types';

const RANK: Readonly<Record<Portability, number>> = { 'config-only': 0, 'data-config': 1, refactor: 2, none: 3 };

/** Lookups over every product, built once. */
export interface ProductIndex {
  readonly byId: ReadonlyMap<string, Product>;
  /** Products of a provider that do a family's job or stand in for it, in catalog order. */
  readonly candidates: (provider: Provider, family: FamilyId) => readonly Product[];
  /** The provider's first product whose own families include `family` (its registry, its bucket). */
  readonly member: (provider: Provider, family: FamilyId) => Product | undefined;
}

export function buildIndex(products: readonly Product[]): ProductIndex {
  const candidates = new Map<string, Product[]>();
  const members = new Map<string, Product>();
  for (const p of products) {
    for (const f of p.families) {
      push(candidates, `${p.provider}|${f}`, p);
      if (!members.has(`${p.provider}|${f}`)) members.set(`${p.provider}|${f}`, p);
    }
    for (const f of p.standsInFor) push(candidates, `${p.provider}|${f}`, p);
  }
  return {
    byId: new Map(products.map((p) => [p.id, p])),
    candidates: (provider, family) => candidates.get(`${provider}|${family}`) ?? [],
    member: (provider, family) => members.get(`${provider}|${family}`),
  };
}

function push(map: Map<string, Product[]>, key: string, p: Product): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

const overlap = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;
const sameEngine = (s: Product, t: Product) => s.traits.engine !== undefined && s.traits.engine === t.traits.engine;

/** How much a target product has in common with the source; higher is closer. */
export function closeness(s: Product, t: Product): number {
  const extraFeatures = t.traits.features.filter((f) => !s.traits.features.includes(f)).length;
  return (sameEngine(s, t) ? 4 : 0) + 2 * overlap(s.traits.speaks, t.traits.speaks) + overlap(s.traits.features, t.traits.features) - 0.5 * extraFeatures + (t.preferred ? 0.25 : 0);
}

/** What moves between two products for one family's job, and why. */
export function portabilityBetween(s: Product, t: Product, nearest: boolean, protocols?: readonly string[]): { portability: Portability; basis: Basis } {
  const engine = sameEngine(s, t);
  const speaks = protocols ? s.traits.speaks.filter((x) => protocols.includes(x)) : s.traits.speaks;
  const shared = overlap(speaks, t.traits.speaks) > 0;
  const basis: Basis = nearest ? 'nearest-family' : engine ? 'same-engine' : shared ? 'compatible' : 'different';
  if (!engine && !shared) return { portability: 'refactor', basis };
  // Key material never leaves a managed KMS; only the same engine (Vault to Vault) can carry it.
  if (s.traits.holds === 'keys') return { portability: engine ? 'data-config' : 'refactor', basis };
  return { portability: s.traits.holds === 'data' ? 'data-config' : 'config-only', basis };
}

/** One family's part of a pair: the chosen target, or the reason there is none. */
interface Part {
  readonly family: Family;
  readonly target: Product | undefined;
  readonly portability: Portability;
  readonly basis: Basis;
  readonly alternatives: readonly Product[];
  readonly absence?: Absence;
}

function pickPart(source: Product, familyId: FamilyId, to: Provider, index: ProductIndex): Part {
  const family = familyById(familyId);
  let pool = index.candidates(to, familyId);
  let nearest = false;
  for (const n of pool.length === 0 ? (family.nearest ?? []) : []) {
    pool = index.candidates(to, n);
    if (pool.length > 0) {
      nearest = true;
      break;
    }
  }
  if (pool.length === 0) {
    const absence = family.absent?.[to] ?? genericAbsence(family, to);
    return { family, target: undefined, portability: 'none', basis: 'no-equivalent', alternatives: [], absence };
  }
  let best = pool[0]!;
  let bestScore = closeness(source, best);
  for (const t of pool.slice(1)) {
    const s = closeness(source, t);
    if (s > bestScore) {
      best = t;
      bestScore = s;
    }
  }
  const { portability, basis } = portabilityBetween(source, best, nearest, family.protocols);
  return { family, target: best, portability, basis, alternatives: pool.filter((t) => t !== best) };
}

function genericAbsence(family: Family, to: Provider): Absence {
  const name = PROVIDER_PROFILES[to].name;
  return {
    service: `No equivalent on ${name}`,
    method: 'Rebuild on a different service, buy a product, or keep the workload where it runs',
    caveats: `${name} has nothing in the family “${family.name}”, nor in a nearby one.`,
    source: `The catalog lists no ${family.name.toLowerCase()} product on ${name}`,
  };
}

/** The same service in another account or region of the same provider. */
function sameService(source: Product): TargetEquivalent {
  const family = familyById(source.families[0]!);
  const stateful = source.traits.holds === 'data';
  const note = family.notes?.['same-service'];
  return {
    service: `${source.name} (same service, another account/region)`,
    portability: stateful ? 'data-config' : 'config-only',
    method: stateful
      ? 'Re-apply IaC in the new account/region; copy data with the service’s own cross-account/cross-region replication or snapshot copy'
      : 'Re-apply IaC (Terraform/templates) in the new account/region and redeploy',
    caveats: `Same service, so no refactor; a move within one provider does not remove the provider-wide failure modes (identity, control plane) Decamp plans around.${note ? ` ${note}` : ''}`,
    sourceNote: `${PROVIDER_PROFILES[source.provider].name} product documentation (cross-region/cross-account features)`,
    productIds: [source.id],
    alternatives: [],
    basis: 'same-service',
  };
}

const UNMAPPED_EQUIVALENT: TargetEquivalent = {
  service: 'To be chosen per workload',
  portability: 'refactor',
  method: 'Assess by hand: name the target service in the workload and pick a method',
  caveats: 'Not in the catalog yet, so the estimator assumes a refactor until someone maps it; add a catalog entry if it recurs.',
  sourceNote: 'No mapping: placeholder for services the catalog does not list',
  productIds: [],
  alternatives: [],
  basis: 'unmapped',
};

function fromOverride(o: PairOverride): TargetEquivalent {
  return { service: o.service, portability: o.portability, method: o.method, caveats: o.caveats, sourceNote: o.source, productIds: o.productIds, alternatives: [], basis: 'override' };
}

/** Operations that change hands when a pair crosses between managed and self-run. */
function operationNote(source: Product, target: Product | undefined): string | undefined {
  if (!target || source.traits.operation === target.traits.operation) return undefined;
  return target.traits.operation === 'self-run'
    ? 'What the provider ran for you (HA, backups, patching, upgrades) is yours now.'
    : 'The provider runs it from now on (HA, patching, upgrades); settings the old setup let you tune by hand may not be exposed.';
}

function sentence(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Derives the equivalent of `source` on `to`. */
export function deriveEquivalent(source: Product, to: Provider, index: ProductIndex, overrides: readonly PairOverride[]): TargetEquivalent {
  const own = source.families[0]!;
  if (to === source.provider) return sameService(source);
  if (own === 'unmapped') return UNMAPPED_EQUIVALENT;
  const override = overrides.find((o) => o.to === to && (o.from === source.id || o.from === `family:${own}`));
  if (override) return fromOverride(override);

  const parts = source.families.map((f) => pickPart(source, f, to, index));
  const primary = parts[0]!;
  const worst = parts.reduce((a, b) => (RANK[b.portability] > RANK[a.portability] ? b : a));
  const on = (provider: Provider, family: FamilyId) => index.member(provider, family);
  const context = (part: Part): PairContext => ({ source, target: part.target, to, basis: part.basis, portability: part.portability, on });

  const found = parts.filter((p) => p.target !== undefined);
  const targets = [...new Map(found.map((p) => [p.target!.id, p.target!])).values()];
  const service = targets.length > 0 ? targets.map((t) => t.targetName ?? t.name).join(' + ') : primary.absence!.service;
  const methods = [...new Set(parts.map((p) => (p.target ? p.family.method(context(p)) : p.absence!.method)))].map((m, i) => (i === 0 ? m : m.charAt(0).toLowerCase() + m.slice(1)));

  const caveats: string[] = [];
  const add = (s: string | undefined) => {
    const t = sentence(s);
    if (t && !caveats.includes(t)) caveats.push(t);
  };
  for (const p of parts) {
    if (p.absence) add(p.absence.caveats);
  }
  add(source.leaving);
  for (const p of parts) {
    add(p.family.notes?.[p.basis]);
    add(p.target?.arriving);
  }
  if (primary.family.operationNote !== false) add(operationNote(source, primary.target));
  if (caveats.length === 0) add(primary.target ? `${primary.target.name} does the same job; recreate its configuration from code` : undefined);

  const docs = [source.doc, ...targets.map((t) => t.doc), ...parts.flatMap((p) => (p.absence ? [p.absence.source] : []))];
  return {
    service,
    portability: worst.portability,
    method: methods.join('; '),
    caveats: caveats.join(' '),
    sourceNote: `Derived from the products’ traits (${worst.basis}): ${[...new Set(docs)].join('; ')}`,
    productIds: targets.map((t) => t.id),
    alternatives: primary.alternatives.map((t) => t.id),
    basis: worst.basis,
  };
}
