/**
 * Compact notation for the catalog's data files: one tuple per target instead of an object, and a
 * default source note per target. `defineCatalog` turns the rows into plain `CatalogEntry` records.
 */
import type { SourceProvider, TargetProvider, WorkloadKind } from '../model/vocabulary';
import type { CatalogEntry, Portability, TargetEquivalent } from './types';

/** [service, portability, method, caveats, source note (defaults to the file's note for that target)]. */
export type EquivalentRow = readonly [service: string, portability: Portability, method: string, caveats: string, sourceNote?: string];

/** Marks the source provider's own column: the same service in another account or region. */
export const SAME = 'same-service' as const;

/** One product as written in a data file; `id` is the part after `provider.`. */
export interface ProductRow {
  readonly id: string;
  readonly name: string;
  readonly kind: WorkloadKind;
  readonly description: string;
  readonly targets: Readonly<Record<TargetProvider, EquivalentRow | typeof SAME>>;
}

/** Kinds whose move to another account or region still carries data, so they are not config-only. */
const STATEFUL_KINDS: ReadonlySet<WorkloadKind> = new Set(['database', 'storage', 'analytics', 'cache']);

/**
 * The same service on the same provider, another account or region (e.g. `aws.ec2` -> aws).
 * Stateless kinds are config-only; stateful ones carry data with the service's own replication.
 */
function sameService(row: ProductRow, provider: SourceProvider): TargetEquivalent {
  const stateful = STATEFUL_KINDS.has(row.kind);
  return {
    service: `${row.name} (same service, another account/region)`,
    portability: stateful ? 'data-config' : 'config-only',
    method: stateful
      ? 'Re-apply IaC in the new account/region; copy data with the service’s own cross-account/cross-region replication or snapshot copy'
      : 'Re-apply IaC (Terraform/templates) in the new account/region and redeploy',
    caveats: 'Same service, so no refactor; a move within one provider does not remove the provider-wide failure modes (identity, control plane) Decamp plans around.',
    sourceNote: `${provider} product documentation (cross-region/cross-account features)`,
  };
}

/** Builds the entries of one source provider from rows and default source notes per target. */
export function defineCatalog(
  provider: SourceProvider,
  notes: Readonly<Record<TargetProvider, string>>,
  rows: readonly ProductRow[],
): readonly CatalogEntry[] {
  return rows.map((row) => {
    const targets = {} as Record<TargetProvider, TargetEquivalent>;
    for (const target of Object.keys(row.targets) as TargetProvider[]) {
      const cell = row.targets[target];
      if (cell === SAME) {
        targets[target] = sameService(row, provider);
      } else {
        const [service, portability, method, caveats, sourceNote] = cell;
        targets[target] = { service, portability, method, caveats, sourceNote: sourceNote ?? notes[target] };
      }
    }
    return { id: `${provider}.${row.id}`, provider, name: row.name, kind: row.kind, description: row.description, targets };
  });
}

const UNMAPPED: EquivalentRow = [
  'To be chosen per workload',
  'refactor',
  'Assess by hand: name the target service in the workload and pick a method',
  'Not in the catalog yet, so the estimator assumes a refactor until someone maps it; add a catalog entry if it recurs.',
  'No mapping: placeholder for services the catalog does not list',
];

/**
 * The catch-all `provider.other`: what importers use for a service the catalog does not list, so a
 * workload always has a source service and a (pessimistic) portability.
 */
export function unmappedRow(label: string, provider: SourceProvider): ProductRow {
  const own = (target: TargetProvider) => (target === provider ? SAME : UNMAPPED);
  return {
    id: 'other',
    name: `Other ${label} service (not in the catalog)`,
    kind: 'other',
    description: `Any ${label} service the catalog does not list yet; mapped per workload.`,
    targets: { aws: own('aws'), azure: own('azure'), gcp: own('gcp'), huawei: UNMAPPED, tencent: UNMAPPED, 'self-hosted': UNMAPPED },
  };
}
