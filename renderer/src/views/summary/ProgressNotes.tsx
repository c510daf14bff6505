/**
 * The Summary's plan-versus-actual lines: what the recorded progress does to the commit date ("at
 * this pace, P80 moves from ... to ..."), and the variance against the last saved baseline. Shown
 * only when there is progress recorded or a baseline saved.
 */
import '../../components/progress-form.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { baselineVariance, latestBaseline } from '../../../../shared/scenarios';
import { BlockedHolds } from '../../components/BlockedHolds';
import { formatDate, formatNumber } from '../../i18n/format';
import { useDecampStore, useShallow } from '../../store';

export function ProgressNotes({ locale }: { readonly locale: string }) {
  const { t } = useTranslation('scenarios');
  const { project, plan, pace, current } = useDecampStore(useShallow((s) => ({ project: s.project, plan: s.plan, pace: s.pace, current: s.plannedProject === s.project })));
  const baseline = latestBaseline(project);
  const variance = useMemo(() => (plan && baseline && current ? baselineVariance(project, plan, baseline) : null), [project, plan, baseline, current]);
  if (!pace && !variance) return null;
  const days = (n: number) => (n === 0 ? t('baselines.onTime') : t(n > 0 ? 'baselines.late' : 'baselines.early', { count: Math.abs(n) }));
  return (
    <div className="panel progress-notes" data-testid="progress-notes">
      {pace ? (
        <>
          <p className={`pace ${pace.p80Days > 0 ? 'later' : pace.p80Days < 0 ? 'earlier' : 'same'}`} data-testid="pace">
            {pace.p80Days === 0
              ? t('pace.same', { to: formatDate(pace.forecast.p80End, locale) })
              : t(pace.p80Days > 0 ? 'pace.later' : 'pace.earlier', { from: formatDate(pace.planned.p80End, locale), to: formatDate(pace.forecast.p80End, locale), count: Math.abs(pace.p80Days) })}
          </p>
          <p className="sub">
            {t('pace.facts', {
              waves: t('pace.waves', { count: pace.finishedWaves }),
              workloads: t('pace.workloads', { count: pace.finishedWorkloads }),
              blocked: t('pace.blocked', { count: pace.blocked }),
              factor: formatNumber(pace.velocityFactor, locale, 2),
            })}
          </p>
          {plan ? <BlockedHolds plan={plan} /> : null}
        </>
      ) : null}
      {variance ? (
        <p data-testid="baseline-summary">
          {t('baselines.summary', { name: variance.baseline.name, p80: days(variance.program.p80Days), end: days(variance.program.endDays) })}
        </p>
      ) : null}
    </div>
  );
}
