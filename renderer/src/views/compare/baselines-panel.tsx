/**
 * Baselines, as MS Project keeps them: save the shown plan under a name and today's date, then read
 * today's plan against any saved one, for the program and wave by wave. Variances are working days
 * of the project's calendar (shared/scenarios/baseline).
 */
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Baseline, Project } from '../../../../shared/model';
import type { Plan } from '../../../../shared/plan/types';
import { baselineVariance } from '../../../../shared/scenarios';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import { todayIso, useDecampStore, useShallow } from '../../store';
import { waveName } from '../shared/plan-labels';

export function BaselinesPanel() {
  const { t } = useTranslation('scenarios');
  const { project, plan, current, saveBaseline, removeBaseline } = useDecampStore(
    useShallow((s) => ({ project: s.project, plan: s.plan, current: s.plannedProject === s.project, saveBaseline: s.saveBaseline, removeBaseline: s.removeBaseline })),
  );
  const baselines = project.baselines ?? [];
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = baselines.find((b) => b.id === chosen) ?? baselines.at(-1);

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('baselines.namePlaceholder'));
    const result = saveBaseline(name, todayIso());
    if (!result.ok) return setError(result.params['detail'] === 'planning' ? t('baselines.waiting') : result.message);
    setName('');
    setChosen(null);
    setError(null);
  };

  return (
    <section className="baselines" aria-labelledby="baselines-title">
      <h2 id="baselines-title">{t('baselines.heading')}</h2>
      <p className="view-lead">{t('baselines.lead')}</p>
      <form className="new-scenario panel" onSubmit={save} aria-label={t('baselines.save')}>
        <label>
          {t('baselines.name')}
          <input value={name} placeholder={t('baselines.namePlaceholder')} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!plan || !current}>
          {t('baselines.save')}
        </button>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      {baselines.length === 0 ? <p className="empty">{t('baselines.none')}</p> : null}
      {baselines.length > 1 ? (
        <label className="baseline-pick">
          {t('baselines.against')}{' '}
          <select value={shown?.id} onChange={(e) => setChosen(e.target.value)}>
            {baselines.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {shown && plan && current ? <VarianceTable project={project} plan={plan} baseline={shown} onDelete={() => removeBaseline(shown.id)} /> : null}
    </section>
  );
}

function VarianceTable({ project, plan, baseline, onDelete }: { project: Project; plan: Plan; baseline: Baseline; onDelete: () => void }) {
  const { t, i18n } = useTranslation('scenarios');
  const locale = i18n.language;
  const v = useMemo(() => baselineVariance(project, plan, baseline), [project, plan, baseline]);
  const currency = project.project.currency;
  const days = (n: number | undefined) => (n === undefined ? '—' : n === 0 ? t('baselines.onTime') : t(n > 0 ? 'baselines.late' : 'baselines.early', { count: Math.abs(n) }));
  const tone = (n: number | undefined) => (n === undefined || n === 0 ? 'same' : n > 0 ? 'later' : 'earlier');
  const hasPilot = plan.waves[0]?.isPilot ?? false;
  const nameOf = (n: number) => project.waves?.find((s) => s.order === n)?.name ?? waveName({ index: n, isPilot: hasPilot && n === 0 }, hasPilot, t);
  const signed = (n: number, format: (x: number) => string) => (n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0));
  return (
    <div className="panel baseline-variance" data-testid="baseline-variance">
      <header className="baseline-head">
        <h3>{t('baselines.program', { name: baseline.name, date: formatDate(baseline.savedOn, locale) })}</h3>
        <button type="button" className="danger" onClick={onDelete} aria-label={t('baselines.delete', { name: baseline.name })}>
          ×
        </button>
      </header>
      <dl className="baseline-figures">
        <div>
          <dt>{t('baselines.end')}</dt>
          <dd className={`delta ${tone(v.program.endDays)}`} data-testid="variance-end">{days(v.program.endDays)}</dd>
          <dd className="sub">{formatDate(baseline.end, locale)} → {formatDate(v.program.current.end, locale)}</dd>
        </div>
        <div>
          <dt>{t('baselines.p80')}</dt>
          <dd className={`delta ${tone(v.program.p80Days)}`} data-testid="variance-p80">{days(v.program.p80Days)}</dd>
          <dd className="sub">{formatDate(baseline.p80End, locale)} → {formatDate(v.program.current.p80End, locale)}</dd>
        </div>
        <div>
          <dt>{t('baselines.effort')}</dt>
          <dd>{signed(v.program.effortDelta, (x) => formatNumber(x, locale, 0))}</dd>
          <dd className="sub">{formatNumber(baseline.effort, locale, 0)} → {formatNumber(v.program.current.effort, locale, 0)}</dd>
        </div>
        {v.program.costDelta !== undefined ? (
          <div>
            <dt>{t('baselines.cost')}</dt>
            <dd>{signed(v.program.costDelta, (x) => formatMoney(x, currency, locale))}</dd>
            <dd className="sub">{formatMoney(baseline.cost, currency, locale)} → {formatMoney(v.program.current.cost, currency, locale)}</dd>
          </div>
        ) : null}
      </dl>
      <table className="comparison">
        <thead>
          <tr>
            <th scope="col">{t('baselines.wave')}</th>
            <th scope="col">{t('baselines.baselineEnd')}</th>
            <th scope="col">{t('baselines.planEnd')}</th>
            <th scope="col">{t('baselines.variance')}</th>
            <th scope="col">{t('baselines.p80Variance')}</th>
          </tr>
        </thead>
        <tbody>
          {v.waves.map((w) => (
            <tr key={w.wave} data-wave={w.wave}>
              <th scope="row">
                {nameOf(w.wave)}
                {w.status !== 'both' ? <span className="sub">{t(w.status === 'added' ? 'baselines.added' : 'baselines.gone')}</span> : null}
              </th>
              <td>{w.baseline ? formatDate(w.baseline.end, locale) : '—'}</td>
              <td>{w.current ? formatDate(w.current.end, locale) : '—'}</td>
              <td>
                <span className={`delta ${tone(w.endDays)}`}>{days(w.endDays)}</span>
              </td>
              <td>
                <span className={`delta ${tone(w.p80Days)}`}>{days(w.p80Days)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
