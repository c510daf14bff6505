/**
 * Key dates: the milestones the schedule names, in order, in the reader's language. They are the
 * plan with most-likely efforts, so the caption says why "program complete" comes before P50.
 */
import { useTranslation } from 'react-i18next';
import type { Milestone, Plan } from '../../../../shared/plan/types';
import { formatDate } from '../../i18n/format';
import { waveName } from '../shared/plan-labels';

export function Milestones({ plan, locale }: { plan: Plan; locale: string }) {
  const { t } = useTranslation(['summary', 'plan', 'planviews']);
  const items = [...plan.schedule.milestones].sort((a, b) => a.date.localeCompare(b.date));
  if (items.length === 0) return <p className="empty">{t('milestones.none')}</p>;
  const waveLabel = (m: Milestone) => {
    const wave = plan.waves.find((w) => m.id === `cutover:${w.id}`);
    return wave ? waveName(wave, plan.waves.some((w) => w.isPilot), t) : '';
  };
  return (
    <table className="data">
      <caption className="muted" style={{ textAlign: 'left', captionSide: 'bottom', paddingTop: 4 }}>
        {t('milestones.note')}
      </caption>
      <tbody>
        {items.map((m) => (
          <tr key={m.id}>
            <td style={{ whiteSpace: 'nowrap' }}>{formatDate(m.date, locale)}</td>
            <td>{t(`plan:${m.code}`, { wave: waveLabel(m), defaultValue: m.name })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
