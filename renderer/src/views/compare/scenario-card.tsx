/**
 * One scenario: its name and description (edited in place), its differences with what became of
 * each (applied, changes nothing, no longer applies and why), the form to add one, duplicate and
 * delete. The outcomes are worked out here from the current baseline, so they follow every edit at
 * once, before the comparison's plans come back.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, Scenario } from '../../../../shared/model';
import { applyScenario, changeWords, type ChangePart } from '../../../../shared/scenarios';
import { formatDate, formatNumber } from '../../i18n/format';
import { useDecampStore, useShallow } from '../../store';
import { AddDifference } from './add-difference';
import { seriesColour } from './overlay-chart';

export function ScenarioCard({ scenario, project, colour }: { readonly scenario: Scenario; readonly project: Project; readonly colour: number }) {
  const { t, i18n } = useTranslation(['scenarios', 'common', 'assumptions']);
  const locale = i18n.language;
  const { updateScenario, removeScenario, removeScenarioChange, duplicateScenario } = useDecampStore(
    useShallow((s) => ({ updateScenario: s.updateScenario, removeScenario: s.removeScenario, removeScenarioChange: s.removeScenarioChange, duplicateScenario: s.duplicateScenario })),
  );
  const outcomes = useMemo(() => applyScenario(project, scenario).outcomes, [project, scenario]);
  const stale = outcomes.filter((o) => o.status === 'stale').length;
  const formats = { date: (iso: string) => formatDate(iso, locale), number: (n: number) => formatNumber(n, locale, 2) };
  const words = (part: ChangePart) => changeWords(t, part.text, formats);
  const headingId = `scenario-${scenario.id}`;

  return (
    <article className="scenario-card panel" aria-labelledby={headingId} data-scenario={scenario.id}>
      <header>
        <span className="swatch" style={{ background: seriesColour(colour) }} />
        <h3 id={headingId} className="visually-hidden">
          {scenario.name}
        </h3>
        <input
          className="scenario-name"
          aria-label={t('card.rename')}
          defaultValue={scenario.name}
          key={scenario.name}
          onBlur={(e) => {
            if (e.target.value.trim() && e.target.value.trim() !== scenario.name && !updateScenario(scenario.id, { name: e.target.value }).ok) e.target.value = scenario.name;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') {
              e.currentTarget.value = scenario.name;
              e.currentTarget.blur();
            }
          }}
        />
        <div className="scenario-actions">
          <button type="button" onClick={() => duplicateScenario(scenario.id, t('card.duplicateName', { name: scenario.name }))}>
            {t('card.duplicate')}
          </button>
          <button type="button" className="danger" onClick={() => removeScenario(scenario.id)}>
            {t('card.delete')}
          </button>
        </div>
      </header>
      <textarea
        className="scenario-description"
        aria-label={t('card.describe')}
        placeholder={t('new.description')}
        defaultValue={scenario.description ?? ''}
        key={scenario.description ?? ''}
        rows={2}
        onBlur={(e) => {
          if (e.target.value.trim() !== (scenario.description ?? '')) updateScenario(scenario.id, { description: e.target.value });
        }}
      />
      <h4>{t('card.differences')}</h4>
      {stale > 0 ? (
        <p className="status-warning" role="status">
          {t('card.staleCount', { count: stale })}
        </p>
      ) : null}
      {outcomes.length === 0 ? (
        <p className="empty">{t('card.noDifferences')}</p>
      ) : (
        <ul className="differences">
          {outcomes.map((o) => (
            <li key={o.index} className={`difference ${o.status}`}>
              <div>
                {o.parts.map((p, i) => (
                  <div key={i} className={`part ${p.status}`}>
                    <span className={`badge badge-${p.status}`}>{t(`card.${p.status}`)}</span> {words(p)}
                    {p.reason && p.status !== 'applied' ? <span className="reason"> — {changeWords(t, p.reason, formats)}</span> : null}
                  </div>
                ))}
              </div>
              <button type="button" className="link" aria-label={t('card.removeDifference', { text: o.parts.map(words).join('; ') })} onClick={() => removeScenarioChange(scenario.id, o.index)}>
                {t('card.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddDifference scenarioId={scenario.id} project={project} />
    </article>
  );
}
