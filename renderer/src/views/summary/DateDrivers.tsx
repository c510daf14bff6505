/**
 * What moves the date most: the assumptions that shift the planned end (a real re-plan each, see
 * AssumptionSensitivity) and, beside them, the drivers of the range: each risk of the register and
 * each source of uncertainty, by the working days it adds to the P80 (the engine switches them off
 * in turn over the same runs, so they add up to the contingency).
 */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import { formatNumber, formatPercent } from '../../i18n/format';
import { driverLabel } from '../shared/plan-labels';
import { AssumptionSensitivity } from './AssumptionSensitivity';

const SHOWN = 5;

export function DateDrivers({ plan, locale }: { plan: Plan; locale: string }) {
  const { t } = useTranslation('summary');
  const drivers = plan.simulation.drivers.filter((d) => d.daysAtP80 > 0).slice(0, SHOWN);
  const widest = Math.max(1, ...drivers.map((d) => d.daysAtP80));
  return (
    <div className="two-col">
      <AssumptionSensitivity locale={locale} />
      <div>
        <h3 className="muted">{t('drivers.range')}</h3>
        {drivers.length === 0 ? (
          <p className="empty">{t('drivers.none')}</p>
        ) : (
          <>
            <table className="data" data-testid="date-drivers">
              <thead>
                <tr>
                  <th scope="col">{t('drivers.driver')}</th>
                  <th scope="col" className="num">{t('drivers.daysAtP80')}</th>
                </tr>
              </thead>
              <tbody>
                {drivers.map((d) => (
                  <tr key={d.id}>
                    <td>
                      {driverLabel(d, t)}
                      {d.kind === 'risk' && d.occurrence !== undefined ? <span className="muted"> · {t('drivers.occurs', { share: formatPercent(d.occurrence, locale) })}</span> : null}
                    </td>
                    <td className="num" style={{ width: '40%' }}>
                      <span className="driver-bar" style={{ width: `${Math.max(2, (100 * d.daysAtP80) / widest)}%` }} aria-hidden="true" />{' '}
                      {t('drivers.days', { count: d.daysAtP80, formatted: formatNumber(d.daysAtP80, locale, 1) })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">{t('drivers.method', { runs: formatNumber(plan.simulation.driverRuns, locale) })}</p>
          </>
        )}
      </div>
    </div>
  );
}
