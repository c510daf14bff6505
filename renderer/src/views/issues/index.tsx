/** What the planner found wrong or worth a look, most severe first, each one a click from its field. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueSeverity, PlanIssue } from '../../../../shared/plan/types';
import { useDecampStore } from '../../store';
import { usePlanText } from '../shared/use-plan-text';
import { issuePlace, issueTarget } from './issue-target';

const ORDER: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 };

export function IssuesView() {
  const { t } = useTranslation(['issues', 'common', 'inventory']);
  const plan = useDecampStore((s) => s.plan);
  const project = useDecampStore((s) => s.project);
  const where = (issue: PlanIssue) => {
    const place = issuePlace(issue, project);
    const field = place.field === undefined ? '' : t(`inventory:column.${place.field}`, { defaultValue: t(`inventory:field.${place.field}`, { defaultValue: place.field }) });
    return t(`where.${place.key}`, { ...place.params, field });
  };
  const [severity, setSeverity] = useState<IssueSeverity | 'all'>('all');
  const planText = usePlanText();
  if (!plan) return <p className="plan-wait">{t('waiting')}</p>;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of plan.issues) counts[i.severity]++;
  const issues = [...plan.issues].filter((i) => severity === 'all' || i.severity === severity).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);

  const go = (issue: PlanIssue) => {
    const state = useDecampStore.getState();
    const target = issueTarget(issue, state.project);
    state.setView(target.view);
    if (target.workloadId) {
      state.selectWorkloads([target.workloadId]);
      state.focusWorkload(target.workloadId, target.field);
    }
  };

  return (
    <section className="view issues" aria-labelledby="issues-title">
      <h1 id="issues-title">{t('title')}</h1>
      <p className="view-lead">{t('lead', { errors: t('errors', { count: counts.error }), warnings: t('warnings', { count: counts.warning }), notes: t('notes', { count: counts.info }) })}</p>
      <div className="filter-row">
        <label>
          {t('filter')}{' '}
          <select value={severity} onChange={(e) => setSeverity(e.target.value as IssueSeverity | 'all')}>
            <option value="all">{t('all')}</option>
            <option value="error">{t('common:severity.error')}</option>
            <option value="warning">{t('common:severity.warning')}</option>
            <option value="info">{t('common:severity.info')}</option>
          </select>
        </label>
      </div>
      {issues.length === 0 ? (
        <p className="empty">{t('none')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('column.severity')}</th>
              <th scope="col">{t('column.message')}</th>
              <th scope="col">{t('column.where')}</th>
              <th scope="col"><span className="visually-hidden">{t('column.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr key={issue.id}>
                <td>
                  <span className={`sev sev-${issue.severity}`}>{t(`common:severity.${issue.severity}`)}</span>
                </td>
                <td>{planText('issue', issue.code, issue.params, issue.message)}</td>
                <td>
                  <span className="muted">{where(issue)}</span>
                </td>
                <td>
                  <button type="button" onClick={() => go(issue)}>
                    {t('show')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
