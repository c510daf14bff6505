/**
 * The user's own estimate for the focused workload: optimistic / likely / pessimistic person-days
 * and the reason, replacing the estimator's three points in the plan (and marked wherever the
 * estimate shows). Saved as an override in the project file; Clear goes back to the estimator's.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkloadEstimate } from '../../../../../shared/plan/types';
import { useInventoryStore } from '../store-context';

export function OverrideSection({ workloadId, estimate }: { readonly workloadId: string; readonly estimate: WorkloadEstimate | null | undefined }) {
  const { t } = useTranslation('decisions');
  const store = useInventoryStore();
  const override = store((s) => s.project.overrides.find((o) => o.workloadId === workloadId));
  const base = override ?? (estimate ? estimate.effort : undefined);
  const [values, setValues] = useState({ optimistic: '', likely: '', pessimistic: '', reason: '' });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setValues({
      optimistic: base ? String(base.optimistic) : '',
      likely: base ? String(base.likely) : '',
      pessimistic: base ? String(base.pessimistic) : '',
      reason: override?.reason ?? '',
    });
    setError(null);
  }, [workloadId, override, base?.optimistic, base?.likely, base?.pessimistic]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const [o, m, p] = [values.optimistic, values.likely, values.pessimistic].map(Number) as [number, number, number];
    if (![o, m, p].every((n) => Number.isFinite(n) && n >= 0)) return setError(t('override.numbers'));
    if (!(o <= m && m <= p)) return setError(t('override.order'));
    if (values.reason.trim() === '') return setError(t('override.reasonNeeded'));
    const result = store.getState().setEstimateOverride(workloadId, { optimistic: o, likely: m, pessimistic: p }, values.reason);
    setError(result.ok ? null : result.message);
  };

  return (
    <section className="inv-panel-section" aria-label={t('override.title')}>
      <h3>{t('override.title')}</h3>
      {override ? (
        <p className="inv-note" data-testid="override-note">
          {t('override.active', { reason: override.reason ?? t('override.noReason') })}
        </p>
      ) : (
        <p className="inv-muted">{t('override.none')}</p>
      )}
      <form className="inv-override" onSubmit={submit}>
        {(['optimistic', 'likely', 'pessimistic'] as const).map((k) => (
          <label key={k}>
            {t(`override.${k}`)}
            <input type="number" min={0} step="any" value={values[k]} onChange={(e) => setValues({ ...values, [k]: e.target.value })} />
          </label>
        ))}
        <label className="inv-override-reason">
          {t('override.reason')}
          <input type="text" value={values.reason} placeholder={t('override.reasonPlaceholder')} onChange={(e) => setValues({ ...values, reason: e.target.value })} />
        </label>
        <div className="inv-override-actions">
          <button type="submit">{override ? t('override.update') : t('override.save')}</button>
          {override ? (
            <button type="button" onClick={() => store.getState().clearEstimateOverride(workloadId)}>
              {t('override.clear')}
            </button>
          ) : null}
        </div>
        {error ? (
          <p className="inv-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}
