/**
 * How much of the range comes from the unconfirmed inventory: the discovery driver's working days at
 * P80 and its share of P95 - P50, beside how many workloads nobody has confirmed yet.
 */
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/model/schema';
import type { Plan } from '../../../../shared/plan/types';
import { formatNumber, formatPercent } from '../../i18n/format';

export function UnconfirmedScope({ plan, project, locale }: { plan: Plan; project: Project; locale: string }) {
  const { t } = useTranslation('scope');
  const moving = project.workloads.filter((w) => w.strategy !== 'retire' && w.strategy !== 'retain');
  if (moving.length === 0) return null;
  const open = moving.filter((w) => w.confirmed !== true).length;
  const driver = plan.simulation.drivers.find((d) => d.id === 'uncertainty:discovery');
  return (
    <p className="muted" data-testid="unconfirmed-scope">
      {open === 0
        ? t('allConfirmed', { count: moving.length, n: formatNumber(moving.length, locale) })
        : t('unconfirmed', {
            count: open,
            n: formatNumber(open, locale),
            total: formatNumber(moving.length, locale),
            days: formatNumber(driver?.daysAtP80 ?? 0, locale, 1),
            share: formatPercent(driver?.share ?? 0, locale),
          })}
    </p>
  );
}
