/**
 * The region each target provider's workloads land in (project.targetRegions), one row per target
 * in use: the assumption the outage simulation, the single points after the move and the
 * compliance gates read. "Default" follows the estate's home jurisdiction.
 */
import { useTranslation } from 'react-i18next';
import { useCatalogWords } from '../shared/use-catalog-words';
import { defaultRegionFor, homeJurisdiction, REGIONS, targetProviderOf } from '../../../../shared/catalog';
import type { Provider } from '../../../../shared/model';
import { useDecampStore } from '../../store';

export function TargetRegionsEditor() {
  const { t } = useTranslation(['providers', 'common']);
  const words = useCatalogWords();
  const project = useDecampStore((s) => s.project);
  const { updateProjectMeta } = useDecampStore.getState();
  const counts = new Map<Provider, number>();
  for (const p of project.project.defaultTargets) counts.set(p, counts.get(p) ?? 0);
  for (const w of project.workloads) {
    if (w.strategy === 'retire' || w.strategy === 'retain') continue;
    const p = targetProviderOf(w, project);
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const home = homeJurisdiction(project);
  const assumed = project.project.targetRegions ?? {};
  const set = (provider: Provider, region: string) => {
    const next = { ...assumed };
    if (region) next[provider] = region;
    else delete next[provider];
    updateProjectMeta({ targetRegions: Object.keys(next).length > 0 ? next : undefined });
  };

  return (
    <>
      <p className="muted">{t('regions.explain', { place: t(`jurisdiction.${home}`) })}</p>
      <table className="data" data-testid="target-regions">
        <thead>
          <tr>
            <th scope="col">{t('regions.provider')}</th>
            <th scope="col">{t('regions.region')}</th>
            <th scope="col">{t('regions.workloads')}</th>
          </tr>
        </thead>
        <tbody>
          {[...counts].map(([provider, n]) => {
            const label = t(`common:provider.${provider}`);
            const fallback = defaultRegionFor(provider, home);
            return (
              <tr key={provider}>
                <th scope="row">{label}</th>
                <td>
                  {provider === 'self-hosted' ? (
                    <input key={assumed[provider] ?? ''} aria-label={t('regions.regionOf', { provider: label })} defaultValue={assumed[provider] ?? ''} placeholder={t('regions.ownDataCentre')} onBlur={(e) => set(provider, e.target.value.trim())} />
                  ) : (
                    <select aria-label={t('regions.regionOf', { provider: label })} value={assumed[provider] ?? ''} onChange={(e) => set(provider, e.target.value)}>
                      <option value="">{t('regions.default', { region: fallback ? words.regionLabel(provider, fallback.id) : '—' })}</option>
                      {REGIONS[provider].map((r) => (
                        <option key={r.id} value={r.id}>
                          {words.regionLabel(provider, r.id)}
                        </option>
                      ))}
                      {assumed[provider] && !REGIONS[provider].some((r) => r.id === assumed[provider]) ? <option value={assumed[provider]}>{assumed[provider]}</option> : null}
                    </select>
                  )}
                </td>
                <td className="num">{n}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
