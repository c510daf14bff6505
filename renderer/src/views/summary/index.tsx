/**
 * The manager's page: when the move ends (P50/P80/P95), how sure that is, the waves with dates,
 * effort and cost, the top risks, key dates, and what moves the date most. Readable on its own.
 */
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import { useDecampStore, useShallow } from '../../store';
import { OutageExposureCard } from '../outage/exposure-card';
import { DateDrivers } from './DateDrivers';
import { EndDateHistogram } from '../risks/end-date-histogram';
import { FixedLength } from './FixedLength';
import { Milestones } from './Milestones';
import { TargetDateCard } from './TargetDate';
import { UnconfirmedScope } from './UnconfirmedScope';
import { ProgressNotes } from './ProgressNotes';
import { TopRisks } from './TopRisks';
import { useFormatContext } from './use-locale';
import { WavesTable } from './WavesTable';

export function SummaryView() {
  const { t } = useTranslation('summary');
  const { locale, currency } = useFormatContext();
  const { plan, project, name, workloadCount } = useDecampStore(useShallow((s) => ({ plan: s.plan, project: s.project, name: s.project.project.name, workloadCount: s.project.workloads.length })));
  if (!plan) return <p className="plan-wait">{t('waiting')}</p>;
  const sim = plan.simulation;
  // Work in the waves plus the landing zone the platform team builds first.
  const effort = plan.waves.reduce((sum, w) => sum + w.effort.likely, 0) + plan.foundation.effort.likely;
  const likely = plan.schedule;
  const errors = plan.issues.filter((i) => i.severity === 'error').length;
  return (
    <section className="view summary" aria-labelledby="summary-title">
      <h1 id="summary-title">{name}</h1>
      <p className="view-lead">
        {t('lead', {
          workloads: t('workloads', { count: workloadCount, n: formatNumber(workloadCount, locale) }),
          waves: t('waves', { count: plan.waves.length, n: plan.waves.length }),
          start: formatDate(plan.schedule.start, locale), runs: formatNumber(sim.runs, locale) })}
        {errors > 0 ? <strong className="status-error"> {t('errorsWarning', { count: errors })}</strong> : null}
      </p>
      <TargetDateCard plan={plan} locale={locale} />
      <div className="cards" data-testid="end-dates">
        <div className="card p50">
          <div className="label">{t('p50.label')}</div>
          <div className="value" data-testid="p50">{formatDate(sim.p50End, locale)}</div>
          <div className="sub">{t('p50.sub')}</div>
        </div>
        <div className="card p80">
          <div className="label">{t('p80.label')}</div>
          <div className="value" data-testid="p80">{formatDate(sim.p80End, locale)}</div>
          <div className="sub">{t('p80.sub')}</div>
        </div>
        <div className="card p95">
          <div className="label">{t('p95.label')}</div>
          <div className="value" data-testid="p95">{formatDate(sim.p95End, locale)}</div>
          <div className="sub">{t('p95.sub')}</div>
        </div>
        <div className="card deterministic">
          <div className="label">{t('deterministic.label')}</div>
          <div className="value" data-testid="deterministic-end">{formatDate(likely.deterministicEnd, locale)}</div>
          <div className="sub">{t('deterministic.sub', { percent: likely.deterministicPercentile, count: likely.contingencyDays, days: formatNumber(likely.contingencyDays, locale) })}</div>
        </div>
        <div className="card">
          <div className="label">{t('effort.label')}</div>
          {/* The unit in small type: at 1280 px "1,033 person-days" in the figure's size broke over two lines. */}
          <div className="value">
            {formatNumber(effort, locale, 0)} <span className="unit">{t('effort.unit', { count: Math.round(effort) })}</span>
          </div>
          <div className="sub">{t('effort.sub')}</div>
        </div>
        <div className="card">
          <div className="label">{t('cost.label')}</div>
          {/* At the commit level, as the documents state it; the most likely schedule's total is named as such. */}
          <div className="value" data-testid="cost-p80">{formatMoney(plan.cost.totalP80, currency, locale)}</div>
          <div className="sub">
            {t('cost.sub', {
              totalP50: formatMoney(plan.cost.totalP50, currency, locale),
              total: formatMoney(plan.cost.total, currency, locale),
              labourP80: formatMoney(plan.cost.labourP80, currency, locale),
              dual: formatMoney(plan.cost.dualRunning, currency, locale),
            })}
          </div>
        </div>
        <OutageExposureCard project={project} plan={plan} />
      </div>
      <FixedLength plan={plan} locale={locale} />
      <ProgressNotes locale={locale} />

      <h2>{t('histogram.heading')}</h2>
      <div className="panel">
        <EndDateHistogram bins={sim.histogram} p50={sim.p50End} p80={sim.p80End} p95={sim.p95End} deterministic={likely.deterministicEnd} deterministicPercentile={likely.deterministicPercentile} runs={sim.runs} />
        <UnconfirmedScope plan={plan} project={project} locale={locale} />
      </div>

      <h2>{t('waves.heading')}</h2>
      <WavesTable plan={plan} locale={locale} currency={currency} />

      <div className="two-col">
        <div>
          <h2>{t('risks.heading')}</h2>
          <TopRisks plan={plan} />
        </div>
        <div>
          <h2>{t('milestones.heading')}</h2>
          <Milestones plan={plan} locale={locale} />
        </div>
      </div>

      <h2>{t('drivers.heading')}</h2>
      <DateDrivers plan={plan} locale={locale} />
    </section>
  );
}
