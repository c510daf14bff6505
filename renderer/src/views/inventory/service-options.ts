/**
 * The source-service picker's options: every catalog product, grouped by provider, the workload's
 * own provider first, so a workload can be moved onto any provider's product; a service the
 * catalog does not know stays selectable as itself rather than being silently replaced.
 */
import { CATALOG, catalogEntry, providerOfService } from '../../../../shared/catalog';
import { PROVIDERS, type Workload } from '../../../../shared/model';
import type { CellContext, CellOption } from './columns';

export function sourceServiceOptions(c: Pick<CellContext, 't'>, w: Workload | null): readonly CellOption[] {
  const own = w ? providerOfService(w.sourceService) : undefined;
  const order = own ? [own, ...PROVIDERS.filter((p) => p !== own)] : [...PROVIDERS];
  const options: CellOption[] = [];
  if (w && !catalogEntry(w.sourceService)) options.push({ value: w.sourceService, label: w.sourceService });
  for (const provider of order) {
    const group = c.t(`enum.provider.${provider}`);
    for (const e of CATALOG) if (e.provider === provider) options.push({ value: e.id, label: e.name, group });
  }
  return options;
}
