/** Waves with their dates, size, effort and cost: the plan in one table. */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';

export function WavesTable({ plan, locale, currency }: { plan: Plan; locale: string; currency: string }) {
  const { t } = useTranslation('summary');
  const costByWave = new Map(plan.cost.byWave.map((c) => [c.waveId, c]));
  if (plan.waves.length === 0) return <p className="empty">{t('waves.none')}</p>;
  return (
    <table className="data">
      <caption className="muted" style={{ textAlign: 'left', captionSide: 'bottom', paddingTop: 4 }}>
        {t('waves.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('waves.wave')}</th>
          <th scope="col">{t('waves.dates')}</th>
          <th scope="col">{t('waves.cutover')}</th>
          <th scope="col">{t('waves.p80End')}</th>
          <th scope="col" className="num">{t('waves.workloads')}</th>
          <th scope="col" className="num">{t('waves.effort')}</th>
          <th scope="col" className="num">{t('waves.cost')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.waves.map((w) => {
          const cost = costByWave.get(w.id);
          return (
            <tr key={w.id}>
              <th scope="row">{w.isPilot ? t('waves.pilot') : t('waves.waveN', { n: w.index })}</th>
              <td>
                {formatDate(w.start, locale)} – {formatDate(w.end, locale)}
              </td>
              <td>{formatDate(w.cutover.start, locale)}</td>
              <td>{formatDate(w.p80End, locale)}</td>
              <td className="num">{formatNumber(w.workloadIds.length, locale)}</td>
              <td className="num">{t('waves.personDays', { value: formatNumber(w.effort.likely, locale) })}</td>
              <td className="num">{cost ? formatMoney(cost.labour + cost.dualRunning, currency, locale) : '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
