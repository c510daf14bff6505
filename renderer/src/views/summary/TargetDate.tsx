/**
 * A date to meet, when the project has one: the chance the runs give of being done by it, the
 * drivers that most threaten it (how much the chance rises without each) and the single changes
 * among the project's levers that bring it to 80%, each re-planned by the engine with the same seed.
 * Leads the Summary: it is the question a manager with a deadline asks first.
 */
import { useTranslation } from 'react-i18next';
import { distinctLevers, leverText } from '../../../../shared/export/report-target-date';
import type { Plan } from '../../../../shared/plan/types';
import { formatDate, formatPercent } from '../../i18n/format';
import { driverLabel } from '../shared/plan-labels';
import './target-date.css';

const SHOWN = 3;
const CONFIDENT = 0.8;

export function TargetDateCard({ plan, locale }: { plan: Plan; locale: string }) {
  const { t } = useTranslation('target-date');
  const { t: tAll } = useTranslation();
  const { targetDate, onTimeProbability: chance, toReach80 = [] } = plan.schedule;
  if (targetDate === undefined || chance === undefined) return null;
  const met = chance >= CONFIDENT;
  const threats = plan.simulation.drivers
    .filter((d) => d.onTimeWithout !== undefined && d.onTimeWithout > chance)
    .sort((a, b) => b.onTimeWithout! - a.onTimeWithout! || b.daysAtP80 - a.daysAtP80)
    .slice(0, SHOWN);
  const levers = distinctLevers(toReach80, SHOWN);
  const reaching = toReach80.some((l) => l.onTimeProbability >= CONFIDENT);
  return (
    <section className={`panel target-date ${met ? 'met' : 'at-risk'}`} aria-labelledby="target-date-title" data-testid="target-date">
      <h2 id="target-date-title">{t('heading', { date: formatDate(targetDate, locale) })}</h2>
      <p className="target-chance">
        <strong data-testid="on-time-probability">{formatPercent(chance, locale)}</strong> {t('chance')}
        <span className="muted"> · {met ? t('met') : t('short', { p80: formatDate(plan.schedule.p80End, locale) })}</span>
      </p>
      {!met && threats.length > 0 ? (
        <>
          <h3 className="muted">{t('threats')}</h3>
          <ul data-testid="target-threats">
            {threats.map((d) => (
              <li key={d.id}>{t('threat', { driver: driverLabel(d, tAll), percent: formatPercent(d.onTimeWithout!, locale) })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {!met ? (
        <>
          <h3 className="muted">{reaching ? t('levers') : t('leversShort')}</h3>
          {levers.length === 0 ? (
            <p className="empty">{t('noLever')}</p>
          ) : (
            <ol data-testid="target-levers">
              {levers.map((l) => (
                <li key={l.change.id}>
                  {leverText(l, { t: (key, o) => t(key, { ...o, interpolation: { escapeValue: false } }) })} <span className="muted">→ {formatPercent(l.onTimeProbability, locale)}</span>
                </li>
              ))}
            </ol>
          )}
        </>
      ) : null}
    </section>
  );
}
