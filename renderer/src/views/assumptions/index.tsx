/** Assumptions, teams and calendar: every number behind the plan, editable, with its source. */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssumptionTable } from './AssumptionTable';
import { CalendarEditor } from './CalendarEditor';
import { CurrencyEditor } from './CurrencyEditor';
import { TargetRegionsEditor } from './TargetRegionsEditor';
import { TeamsEditor } from './TeamsEditor';
import './assumptions.css';

export function AssumptionsView() {
  const { t } = useTranslation(['assumptions', 'providers', 'scenarios']);
  const [filter, setFilter] = useState('');
  const clearFilter = useCallback(() => setFilter(''), []);
  return (
    <section className="view assumptions" aria-labelledby="assumptions-title">
      <h1 id="assumptions-title">{t('title')}</h1>
      <p className="view-lead">{t('lead')}</p>
      <h2>{t('teams.heading')}</h2>
      <TeamsEditor />
      <h2>{t('calendar.heading')}</h2>
      <CalendarEditor />
      <h2>{t('providers:regions.heading')}</h2>
      <TargetRegionsEditor />
      <h2>{t('scenarios:currency.heading')}</h2>
      <CurrencyEditor />
      <h2>{t('estimator.heading')}</h2>
      <div className="filter-row">
        <label>
          {t('filter')} <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
        </label>
      </div>
      <AssumptionTable filter={filter} onClearFilter={clearFilter} />
    </section>
  );
}
