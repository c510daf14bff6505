/** Risks in the plan that name the focused workload, with their mitigation, worded as the Risks view words them. */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../../shared/plan/types';
import { usePlanText } from '../../shared/use-plan-text';
import { risksFor } from '../plan-index';
import { useInventoryStore } from '../store-context';

export function RiskSection({ plan, workloadId }: { readonly plan: Plan | null; readonly workloadId: string }) {
  const { t } = useTranslation('inventory');
  const planText = usePlanText(useInventoryStore());
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
              <strong>{planText('risk', r.code, r.params, r.title)}</strong>
              <p>{planText('riskDetail', r.code, r.params, r.detail)}</p>
              <p className="inv-muted">
                {t('risk.mitigation')}: {planText('riskMitigation', r.code, r.params, r.mitigation)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
