/**
 * The shape of the service catalog: one record per source product, with its equivalent on every
 * target provider. Data, not behaviour; the estimator reads `portability`, the UI shows the rest.
 */
import type { SourceProvider, TargetProvider, WorkloadKind } from '../model/vocabulary';

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

/** What a source product becomes on one target provider. */
export interface TargetEquivalent {
  /** Real product name on the target, e.g. "TencentDB for MySQL". */
  readonly service: string;
  readonly portability: Portability;
  /** The usual migration tool or method, e.g. "AWS DMS or Alibaba DTS (full + incremental)". */
  readonly method: string;
  /** One or two honest sentences; for `none`, the reason there is no equivalent. */
  readonly caveats: string;
  /** Which public documentation the mapping comes from. */
  readonly sourceNote: string;
}

/** One product a workload can run on today, e.g. `alibaba.rds-mysql`. */
export interface CatalogEntry {
  /** `provider.product`, stable: project files store it as `Workload.sourceService`. */
  readonly id: string;
  readonly provider: SourceProvider;
  readonly name: string;
  readonly kind: WorkloadKind;
  readonly description: string;
  /** Exactly one equivalent per target provider (the type makes a missing target a compile error). */
  readonly targets: Readonly<Record<TargetProvider, TargetEquivalent>>;
}
