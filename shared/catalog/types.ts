/**
 * The shape of the service catalog. Products are grouped into service families (managed MySQL,
 * object storage, identity ...); each product carries the traits that decide what survives a move
 * (engine, the protocols and APIs it speaks, what it holds). What a product becomes on another
 * provider is derived from those traits (shared/catalog/derive.ts), with a pairwise override, citing
 * its source, wherever reality differs. The estimator reads `portability`; the UI shows the rest.
 */
import type { Provider, SourceProvider, TargetProvider, WorkloadKind } from '../model/vocabulary';
import type { FamilyId } from './families/ids';

export type { FamilyId } from './families/ids';

/**
 * How much of a workload survives the move, from cheapest to dearest. The estimator maps these to
 * effort factors (1.0, 1.3, 2.0, 3.0 + a risk); see docs/catalog.md.
 * - config-only: same engine or API; recreate configuration, no data to carry (or it re-syncs itself).
 * - data-config: same engine or protocol; carry data (full + incremental) and configuration.
 * - refactor: a different API or engine; code, schemas or pipelines change.
 * - none: no equivalent on the target; build, buy or keep something else (the caveats say why).
 */
export const PORTABILITIES = ['config-only', 'data-config', 'refactor', 'none'] as const;
export type Portability = (typeof PORTABILITIES)[number];

/**
 * What a product keeps that a move must carry: `data` (rows, objects, volumes, retained messages),
 * `config` (definitions rebuilt from code; anything else re-syncs or is rebuilt), or `keys` (key
 * material that cannot be exported, so what it encrypted is re-encrypted under new keys).
 */
export type Holds = 'data' | 'config' | 'keys';

/** Who runs it: the provider (`managed`), or the team itself on VMs, hardware or Kubernetes. */
export type Operation = 'managed' | 'self-run';

/** The facts about a product that decide what survives a move to another product. */
export interface ProductTraits {
  /**
   * The engine it runs, when one engine is shared across providers (`mysql`, `redis`, `kafka`,
   * `kubernetes`, `hbase` ...). Two products with the same engine move data and configuration.
   */
  readonly engine?: string;
  /** Engine versions offered, as the provider states them ("5.7, 8.0"). */
  readonly versions?: string;
  /**
   * Protocols, APIs and languages that callers and definitions are written against and that other
   * products also speak (`s3`, `kafka`, `redis`, `mysql`, `nfs`, `opentelemetry` ...). A shared
   * one means code and definitions survive; none shared means they are rewritten.
   */
  readonly speaks: readonly string[];
  /** Finer traits that pick the closest of several products of a family (`shared-storage`, `layer-7`). */
  readonly features: readonly string[];
  readonly operation: Operation;
  readonly holds: Holds;
  /**
   * The provider's identity service (Alibaba RAM, AWS IAM, Huawei IAM, Tencent CAM, an on-site
   * AD ...): the single point of failure of the AK/SK outage, and what the outage simulation fails.
   */
  readonly identity: boolean;
}

/** One product a workload can run on, on any provider, e.g. `huawei.dcs`. */
export interface Product {
  /** `provider.product`, stable: project files store it as `Workload.sourceService`. */
  readonly id: string;
  readonly provider: Provider;
  readonly name: string;
  readonly kind: WorkloadKind;
  readonly description: string;
  /**
   * The families it belongs to: the first is its own, the others are what else it does, and a move
   * carries every part (CloudWatch is metrics and logs, so it moves at the pace of its logs).
   */
  readonly families: readonly FamilyId[];
  /**
   * Families it is the usual replacement for without doing their whole job (a document database
   * for a document store, a Hadoop cluster running HBase): considered as a target only.
   */
  readonly standsInFor: readonly FamilyId[];
  readonly traits: ProductTraits;
  /** Other names it goes by (former names, abbreviations, console names), for search and importers. */
  readonly aliases: readonly string[];
  /** What it is called as a recommendation, where that says more than its name (self-run stacks). */
  readonly targetName?: string;
  /** The usual choice on its provider when several products of a family fit a source equally well. */
  readonly preferred: boolean;
  /** What a team leaving it must know (features nothing else has). */
  readonly leaving?: string;
  /** What a team arriving on it must know (limits, compatibility gaps). */
  readonly arriving?: string;
  /** The public documentation its facts come from. */
  readonly doc: string;
}

/**
 * Why a pair has the portability it has, in the order the derivation tries them:
 * - same-service: the source provider is the target (another account or region);
 * - same-engine: both run the same engine;
 * - compatible: the target speaks a protocol or API the source's callers use;
 * - different: same family, nothing in common to carry over;
 * - nearest-family: the target has nothing in the family; the usual replacement from a nearby family;
 * - no-equivalent: nothing to move to (portability `none`);
 * - unmapped: a catch-all `provider.other` product;
 * - override: a pairwise correction where reality differs from the traits, with its source.
 */
export type Basis = 'same-service' | 'same-engine' | 'compatible' | 'different' | 'nearest-family' | 'no-equivalent' | 'unmapped' | 'override';

/** What a source product becomes on one target provider. */
export interface TargetEquivalent {
  /** Real product name(s) on the target, e.g. "TencentDB for MySQL". */
  readonly service: string;
  readonly portability: Portability;
  /** The usual migration tool or method for the pair, e.g. "Alibaba Cloud DTS (full + incremental)". */
  readonly method: string;
  /** One or more honest sentences; for `none`, the reason there is no equivalent. */
  readonly caveats: string;
  /** Which public documentation the mapping comes from. */
  readonly sourceNote: string;
  /** The target products, best first ([] for `none` and unmapped services). */
  readonly productIds: readonly string[];
  /** Other products of the family on the target that would also do. */
  readonly alternatives: readonly string[];
  readonly basis: Basis;
}

/** A source product with its equivalent on every target provider. */
export interface CatalogEntry extends Product {
  readonly provider: SourceProvider;
  /** Its own family (the first of `families`). */
  readonly family: FamilyId;
  /** Exactly one equivalent per target provider (the type makes a missing target a compile error). */
  readonly targets: Readonly<Record<TargetProvider, TargetEquivalent>>;
}

/** The source and target of one derivation, for method and caveat texts. */
export interface PairContext {
  readonly source: Product;
  /** The chosen target product; undefined for `none`. */
  readonly target: Product | undefined;
  readonly to: Provider;
  readonly basis: Basis;
  readonly portability: Portability;
  /** The target provider's product of another family (its registry, its object storage ...). */
  readonly on: (provider: Provider, family: FamilyId) => Product | undefined;
}

/** Why a provider has nothing in a family, and what a team does instead. */
export interface Absence {
  /** Shown as the target service: starts with "No equivalent" or names what is bought instead. */
  readonly service: string;
  readonly method: string;
  /** The reason, in one or two sentences. */
  readonly caveats: string;
  readonly source: string;
}

/** A service family: products on several providers that do the same job. */
export interface Family {
  readonly id: FamilyId;
  /** English name, e.g. "MySQL-compatible database". */
  readonly name: string;
  readonly kind: WorkloadKind;
  /** What its products hold, unless a product says otherwise. */
  readonly holds: Holds;
  /**
   * The protocols and APIs that matter for this job, when its products also do others (Azure
   * Monitor speaks OpenTelemetry for its tracing part, which says nothing about its logs). Absent:
   * every protocol a product speaks counts.
   */
  readonly protocols?: readonly string[];
  /** Families whose products are the usual replacement where a provider has none in this one. */
  readonly nearest?: readonly FamilyId[];
  /** Providers with nothing in the family (and nothing near): the pair is `none`, for this reason. */
  readonly absent?: Partial<Readonly<Record<Provider, Absence>>>;
  /** The usual migration method for a pair in this family. */
  readonly method: (pair: PairContext) => string;
  /**
   * False where a move between managed and self-run says nothing new (a VM is yours to run on any
   * hypervisor; the products' own notes say what the hardware changes).
   */
  readonly operationNote?: false;
  /** A sentence added to the caveats of every pair of a given basis. */
  readonly notes?: Partial<Readonly<Record<Basis, string>>>;
}

/** A pairwise correction where the traits do not tell the truth, with the source that says so. */
export interface PairOverride {
  /** A product id, or `family:<id>` for every product whose own family it is. */
  readonly from: string;
  readonly to: TargetProvider;
  readonly portability: Portability;
  readonly service: string;
  readonly productIds: readonly string[];
  readonly method: string;
  /** Why reality differs from what the traits say. */
  readonly caveats: string;
  readonly source: string;
}
