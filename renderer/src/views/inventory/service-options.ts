/**
 * The source-service picker's options: every catalog product, grouped by provider, the workload's
 * own provider first, so a workload can be moved onto any provider's product; a service the
 * catalog does not know stays selectable as itself rather than being silently replaced.
 */
import { CATALOG, catalogEntry, providerOfService, REGIONS } from '../../../../shared/catalog';
import { PROVIDERS, TargetSchema, type Workload } from '../../../../shared/model';
import { catalogWords } from '../../../../shared/export/names';
import { checkWith } from './cell-validation';
import type { CellContext, CellOption, ParseResult } from './columns';

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

/**
 * A workload's target region: its target provider's regions, or the project's region for that
 * provider ("default"). A region belongs to one provider, so choosing one names the provider too.
 */
export function targetRegionOptions(c: Pick<CellContext, 't' | 'defaultTarget'>, w: Workload | null): readonly CellOption[] {
  const provider = w?.target?.provider ?? c.defaultTarget;
  const words = catalogWords((key, params) => String(c.t(key as never, params as never)));
  const listed = provider ? REGIONS[provider].map((r) => ({ value: r.id, label: words.regionLabel(provider, r.id) })) : [];
  const current = w?.target?.region;
  const extra = current && !listed.some((o) => o.value === current) ? [{ value: current, label: current }] : [];
  return [{ value: '', label: c.t('cell.defaultRegion') }, ...listed, ...extra];
}

export function parseTargetRegion(draft: string, w: Workload, defaultTarget?: string): ParseResult {
  const region = draft.trim();
  if (region === (w.target?.region ?? '')) return { ok: true, patch: {} };
  const provider = w.target?.provider ?? defaultTarget;
  if (!region) return { ok: true, patch: { target: w.target ? { provider: w.target.provider, ...(w.target.service ? { service: w.target.service } : {}) } : undefined } };
  const checked = checkWith(TargetSchema, { ...(w.target ?? {}), provider, region });
  return checked.ok ? { ok: true, patch: { target: checked.value } } : checked;
}
