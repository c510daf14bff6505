/**
 * Compare: the baseline and its scenarios side by side. Each scenario is the plan with a few inputs
 * changed and stores only those differences; the end-date distributions are overlaid in one chart,
 * the figures set out in columns, and each scenario's differences listed and edited below. The
 * comparison is planned in the worker while this view is open (connectPlanner).
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecampStore, useShallow } from '../../store';
import { BaselinesPanel } from './baselines-panel';
import { ComparisonTable } from './comparison-table';
import { OverlayChart } from './overlay-chart';
import { ScenarioCard } from './scenario-card';
import './compare.css';

export function CompareView() {
  const { t } = useTranslation('scenarios');
  const { project, plan, comparison, status, progress, error, comparisonProject, addScenario } = useDecampStore(
    useShallow((s) => ({
      project: s.project,
      plan: s.plan,
      comparison: s.comparison,
      status: s.comparisonStatus,
      progress: s.comparisonProgress,
      error: s.comparisonError,
      comparisonProject: s.comparisonProject,
      addScenario: s.addScenario,
    })),
  );
  const scenarios = project.scenarios ?? [];
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [formError, setFormError] = useState<string | null>(null);

  const create = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setFormError(t('new.nameNeeded'));
    if (scenarios.some((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase())) return setFormError(t('new.taken'));
    if (addScenario(name, description)) {
      setAdding(false);
      setName('');
      setDescription('');
      setFormError(null);
    }
  };

  // Columns of scenarios that have since been deleted are not shown; a newer comparison is on its way.
  const known = new Set(['baseline', ...scenarios.map((s) => s.id)]);
  const columns = comparison?.columns.filter((c) => known.has(c.id)) ?? [];
  const current = comparisonProject === project;
  return (
    <section className="view compare-view" aria-labelledby="compare-title">
      <h1 id="compare-title">{t('title')}</h1>
      <p className="view-lead">{t('lead', { runs: plan?.runs ?? 0 })}</p>
      <div className="view-status" role="status" aria-live="polite" data-testid="compare-status">
        {!plan ? t('waiting') : status === 'computing' ? (progress ? t('progress', { done: progress.done, total: progress.total }) : t('computing')) : status === 'failed' ? t('failed', { message: error ?? '' }) : null}
      </div>

      {columns.length > 0 ? (
        <div className={current ? 'comparison-body' : 'comparison-body stale'} aria-busy={!current}>
          <h2>{t('chart.heading')}</h2>
          <div className="panel">
            <OverlayChart columns={columns} />
          </div>
          <h2>{t('table.heading')}</h2>
          <ComparisonTable comparison={{ ...comparison!, columns }} project={project} />
        </div>
      ) : null}

      <div className="scenario-toolbar">
        <h2>{t('card.heading')}</h2>
        {!adding ? (
          <button type="button" className="primary" onClick={() => setAdding(true)}>
            {t('new.button')}
          </button>
        ) : null}
      </div>
      {adding ? (
        <form className="new-scenario panel" onSubmit={create} aria-label={t('new.button')}>
          <label>
            {t('new.name')}
            <input autoFocus value={name} placeholder={t('new.namePlaceholder')} onChange={(e) => setName(e.target.value)} maxLength={120} />
          </label>
          <label>
            {t('new.description')}
            <input value={description} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />
          </label>
          <button type="submit" className="primary">
            {t('new.create')}
          </button>
          <button type="button" onClick={() => setAdding(false)}>
            {t('new.cancel')}
          </button>
          {formError ? (
            <p className="form-error" role="alert">
              {formError}
            </p>
          ) : null}
        </form>
      ) : null}
      {scenarios.length === 0 && !adding ? <p className="empty">{t('empty')}</p> : null}
      <div className="scenario-cards">
        {scenarios.map((s, i) => (
          <ScenarioCard key={s.id} scenario={s} project={project} colour={i + 1} />
        ))}
      </div>
      <BaselinesPanel />
    </section>
  );
}
