/**
 * A second provider for the focused workload: once moved it also runs there, active-active (both
 * serve) or active-passive (a warm standby takes over). The plan counts the extra effort and run
 * cost (assumptions effort.multiTarget.* and cost.multiTarget.*), and the outage simulation no
 * longer stops it when only one of its providers fails.
 */
import { useTranslation } from 'react-i18next';
import { MULTI_TARGET_MODES, TARGET_PROVIDERS, type MultiTargetMode, type TargetProvider, type Workload } from '../../../../../shared/model';
import { useInventoryStore } from '../store-context';

export function SecondProviderSection({ workload: w }: { readonly workload: Workload }) {
  const { t } = useTranslation(['scenarios', 'common']);
  const store = useInventoryStore();
  const primary = store((s) => w.target?.provider ?? s.project.project.defaultTargets[0] ?? 'self-hosted');
  const second = w.secondaryTarget;
  const moves = w.strategy !== 'retire' && w.strategy !== 'retain';
  const set = (provider: string, mode: MultiTargetMode) => {
    store.getState().updateWorkload(w.id, { secondaryTarget: provider ? { provider: provider as TargetProvider, mode } : undefined });
  };
  return (
    <section className="inv-panel-section" aria-label={t('second.title')}>
      <h3>{t('second.title')}</h3>
      <p className="inv-muted">{moves ? t('second.explain') : t('second.stays')}</p>
      {moves ? (
        <div className="second-provider">
          <label>
            {t('second.provider')}{' '}
            <select value={second?.provider ?? ''} onChange={(e) => set(e.target.value, second?.mode ?? 'active-passive')}>
              <option value="">{t('second.none')}</option>
              {TARGET_PROVIDERS.filter((p) => p !== primary).map((p) => (
                <option key={p} value={p}>
                  {t(`common:provider.${p}`, { defaultValue: p })}
                </option>
              ))}
            </select>
          </label>{' '}
          {second ? (
            <label>
              {t('second.mode')}{' '}
              <select value={second.mode} onChange={(e) => set(second.provider, e.target.value as MultiTargetMode)}>
                {MULTI_TARGET_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`second.modes.${m}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
