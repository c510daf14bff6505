/** The workloads and assumptions that widen the range of end dates most, with a way to edit them. */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import { formatPercent } from '../../i18n/format';
import { useDecampStore } from '../../store';
import { assumptionDrivers } from './date-drivers';

export function DateDrivers({ plan, locale }: { plan: Plan; locale: string }) {
  const { t } = useTranslation(['summary', 'assumptions']);
  const names = useDecampStore((s) => s.project.workloads);
  const setView = useDecampStore((s) => s.setView);
  const nameOf = new Map(names.map((w) => [w.id, w.name]));
  const workloads = [...plan.simulation.spreadDrivers].sort((a, b) => b.share - a.share).slice(0, 5);
  const assumptions = assumptionDrivers(plan);
  if (workloads.length === 0) return <p className="empty">{t('drivers.none')}</p>;
  return (
    <div className="two-col">
      <div>
        <h3 className="muted">{t('drivers.workloads')}</h3>
        <table className="data" data-testid="spread-drivers">
          <tbody>
            {workloads.map((d) => (
              <tr key={d.workloadId}>
                <td>{nameOf.get(d.workloadId) ?? d.workloadId}</td>
                <td className="num" style={{ width: '40%' }}>
                  <span className="driver-bar" style={{ width: `${Math.max(2, d.share * 100)}%` }} aria-hidden="true" /> {formatPercent(d.share, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <h3 className="muted">{t('drivers.assumptions')}</h3>
        <table className="data">
          <tbody>
            {assumptions.map((a) => (
              <tr key={a.assumptionId}>
                <td>
                  {t(`assumptions:name.${a.assumptionId}`, { defaultValue: a.assumptionId })} <code className="muted">{a.assumptionId}</code>
                </td>
                <td className="num">{formatPercent(a.weight, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          {t('drivers.method')}{' '}
          <button type="button" className="link" onClick={() => setView('assumptions')}>
            {t('drivers.edit')}
          </button>
        </p>
      </div>
    </div>
  );
}
