/**
 * Where the date is set by time no effort shortens, the Summary says so: of the most likely plan's
 * working days, how many it would still take with unlimited engineers (waits, approvals, gates,
 * minimum lengths, rehearsals, hypercare; shared/plan/schedule/index.ts, `fixedLengthDays`), shown
 * when they are at least half of it, so a small estate's team size is not mistaken for the lever.
 */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import { formatNumber } from '../../i18n/format';

export function FixedLength({ plan, locale }: { plan: Plan; locale: string }) {
  const { t } = useTranslation('frame');
  const total = plan.schedule.deterministicWorkingDays;
  const fixed = plan.schedule.fixedLengthDays;
  if (!(total > 0) || fixed * 2 < total) return null;
  return (
    <p className="muted" data-testid="fixed-length">
      {t('fixedLength', { count: total, total: formatNumber(total, locale), fixed: formatNumber(fixed, locale), effort: formatNumber(total - fixed, locale) })}
    </p>
  );
}
