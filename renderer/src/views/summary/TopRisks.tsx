/** The five most severe risks, each with what to do about it. */
import { useTranslation } from 'react-i18next';
import type { Plan, RiskSeverity } from '../../../../shared/plan/types';
import { usePlanText } from '../shared/use-plan-text';

const RANK: Record<RiskSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export function topRisks(plan: Plan, n = 5) {
  return [...plan.risks].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.workloadIds.length - a.workloadIds.length).slice(0, n);
}

export function TopRisks({ plan }: { plan: Plan }) {
  const { t } = useTranslation(['summary', 'common']);
  const planText = usePlanText();
  const risks = topRisks(plan);
  if (risks.length === 0) return <p className="empty">{t('risks.none')}</p>;
  return (
    <ol className="risk-list">
      {risks.map((r) => (
        <li key={r.id}>
          <span className={`sev sev-${r.severity}`}>{t(`common:riskSeverity.${r.severity}`)}</span> <strong>{planText('risk', r.code, r.params, r.title)}</strong>
          <div className="muted">{planText('riskMitigation', r.code, r.params, r.mitigation)}</div>
        </li>
      ))}
    </ol>
  );
}
