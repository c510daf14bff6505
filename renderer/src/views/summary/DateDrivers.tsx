/**
 * What moves the date most: the assumptions that shift the planned end (a real re-plan each, see
 * AssumptionSensitivity) and, beside them, the workloads whose uncertainty widens the range.
 */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import { formatPercent } from '../../i18n/format';
import { useDecampStore } from '../../store';
import { AssumptionSensitivity } from './AssumptionSensitivity';

export function DateDrivers({ plan, locale }: { plan: Plan; locale: string }) {
  const { t } = useTranslation('summary');
  const names = useDecampStore((s) => s.project.workloads);
  const nameOf = new Map(names.map((w) => [w.id, w.name]));
  const workloads = [...plan.simulation.spreadDrivers].sort((a, b) => b.share - a.share).slice(0, 5);
  return (
    <div className="two-col">
      <AssumptionSensitivity locale={locale} />
      <div>
        <h3 className="muted">{t('drivers.workloads')}</h3>
        {workloads.length === 0 ? (
          <p className="empty">{t('drivers.none')}</p>
        ) : (
          <>
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
            <p className="muted">{t('drivers.workloadsMethod')}</p>
          </>
        )}
      </div>
    </div>
  );
}
