/** Risks in the plan that name the focused workload, with their mitigation. */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/plan/types';
import { risksFor } from '../plan-index';

export function RiskSection({ plan, workloadId }: { readonly plan: Plan | null; readonly workloadId: string }) {
  const { t } = useTranslation('inventory');
  const risks = risksFor(plan, workloadId);
  return (
    <section className="inv-panel-section" aria-label={t('panel.risks')}>
      <h3>{t('panel.risks')}</h3>
      {plan === null ? (
        <p className="inv-muted">{t('panel.planPending')}</p>
      ) : risks.length === 0 ? (
        <p className="inv-muted">{t('risk.none')}</p>
      ) : (
        <ul className="inv-risks">
          {risks.map((r) => (
            <li key={r.id}>
              <span className={`inv-sev inv-sev-${r.severity}`}>{t(`severity.${r.severity}`)}</span>{' '}
              <strong>{t(`riskText.${r.code}.title`, { ...r.params, defaultValue: r.title })}</strong>
              <p>{t(`riskText.${r.code}.detail`, { ...r.params, defaultValue: r.detail })}</p>
              <p className="inv-muted">
                {t('risk.mitigation')}: {t(`riskText.${r.code}.mitigation`, { ...r.params, defaultValue: r.mitigation })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
