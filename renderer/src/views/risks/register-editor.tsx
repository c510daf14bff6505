/**
 * The risk register, editable: each entry's chance, impact (working days or a share of what it
 * hits, as optimistic / likely / pessimistic), what it hits, its mitigation and what is left
 * afterwards, and whether the plan counts it. The estate's defaults show until the first edit,
 * which writes them into the project file. Every edit is one undo step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project, RiskEntry, RiskImpact, RiskTarget } from '../../../../shared/model';
import type { Driver, Plan } from '../../../../shared/plan/types';
import { NumberField } from '../../components/NumberField';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useListFormat } from '../../i18n/list';
import { riskRegisterOf, useDecampStore } from '../../store';
import { registerText, registerTitle, waveName } from '../shared/plan-labels';

export interface RegisterEditorProps {
  readonly project: Project;
  readonly plan: Plan;
  readonly drivers: readonly Driver[];
  readonly onStatus: (text: string) => void;
}

const NEW_RISK: Omit<RiskEntry, 'id'> = {
  title: 'New risk',
  probability: 0.2,
  impact: { type: 'days', optimistic: 2, likely: 5, pessimistic: 15 },
  hits: { kind: 'phase', phase: 'foundation' },
  enabled: true,
  source: 'Entered by the user',
};

export function RegisterEditor({ project, plan, drivers, onStatus }: RegisterEditorProps) {
  const { t, i18n } = useTranslation(['risks', 'timeline', 'common', 'planviews']);
  const list = useListFormat();
  const locale = i18n.language;
  const register = riskRegisterOf(project);
  const usingDefaults = project.risks === undefined;
  // A risk's driver is `risk:<register id>`.
  const daysOf = new Map(drivers.filter((d) => d.kind === 'risk').map((d) => [d.id.slice('risk:'.length), d.daysAtP80]));
  const [order, setOrder] = useState<'entered' | 'days'>('entered');
  const shown = order === 'days' ? [...register].sort((a, b) => (daysOf.get(b.id) ?? -1) - (daysOf.get(a.id) ?? -1)) : register;
  const hasPilot = plan.waves.some((w) => w.isPilot);
  // The default register's titles in the reader's language; an edited title is the user's words.
  const titleOf = (entry: RiskEntry) => registerTitle(entry.title, t);
  const update = (id: string, patch: Partial<RiskEntry>) => {
    const r = useDecampStore.getState().updateRisk(id, patch);
    if (!r.ok) onStatus(t('register.refused', { detail: r.message }));
  };

  const hitsText = (h: RiskTarget): string => {
    switch (h.kind) {
      case 'workload':
        return t('hits.workload', { name: project.workloads.find((w) => w.id === h.workloadId)?.name ?? h.workloadId });
      case 'wave': {
        const wave = plan.waves.find((w) => w.index === h.wave);
        return wave ? waveName(wave, hasPilot, t) : t('planviews:wave.n', { n: h.wave });
      }
      case 'phase':
        return t(`hits.phase.${h.phase}`);
      case 'compliance':
        return t(`timeline:phase.compliance.${h.gate}`, { defaultValue: h.gate });
      case 'cutovers': {
        const parts = [...(h.workloadKinds ?? []).map((k) => t(`common:kind.${k}`)), ...(h.criticalities ?? []).map((c) => t(`common:criticality.${c}`)), ...(h.environments ?? []).map((e) => t(`common:environment.${e}`))];
        return t(h.per === 'wave' ? 'hits.cutoversPerWave' : 'hits.cutovers', { which: parts.length > 0 ? list(parts, { kind: 'series' }) : t('hits.every') });
      }
      case 'team':
        return h.teamId ? t('hits.team', { name: project.teams.find((x) => x.id === h.teamId)?.name ?? h.teamId }) : t('hits.everyTeam');
    }
  };
  const impactText = (i: RiskImpact) =>
    i.type === 'days'
      ? t('impact.days', { o: formatNumber(i.optimistic, locale), m: formatNumber(i.likely, locale), p: formatNumber(i.pessimistic, locale) })
      : t('impact.share', { o: formatPercent(i.optimistic, locale), m: formatPercent(i.likely, locale), p: formatPercent(i.pessimistic, locale) });

  const threePoint = (entry: RiskEntry, impact: RiskImpact, onChange: (next: RiskImpact) => void, label: string) => (
    <fieldset className="risk-impact">
      <legend>{label}</legend>
      <select aria-label={t('impact.typeOf', { name: titleOf(entry) })} value={impact.type} onChange={(e) => onChange({ ...impact, type: e.target.value as RiskImpact['type'] })}>
        <option value="days">{t('impact.typeDays')}</option>
        <option value="share">{t('impact.typeShare')}</option>
      </select>
      {(['optimistic', 'likely', 'pessimistic'] as const).map((k) => (
        <label key={k}>
          {t(`impact.${k}`)}
          <NumberField value={impact[k]} min={0} label={t(`impact.${k}Of`, { name: titleOf(entry), what: label })} onCommit={(v) => v !== undefined && onChange({ ...impact, [k]: v })} />
        </label>
      ))}
    </fieldset>
  );

  return (
    <section className="risk-register" aria-labelledby="register-title">
      <div className="risk-register-head">
        <h2 id="register-title">{t('register.title')}</h2>
        <label>
          {t('findings.order')}
          <select value={order} onChange={(e) => setOrder(e.target.value as 'entered' | 'days')}>
            <option value="entered">{t('register.asEntered')}</option>
            <option value="days" disabled={daysOf.size === 0}>
              {t('findings.byDays')}
            </option>
          </select>
        </label>
        <button
          type="button"
          onClick={() => {
            const id = useDecampStore.getState().addRisk({ ...NEW_RISK, title: t('register.newTitle'), source: t('register.newSource') });
            if (id) onStatus(t('register.added'));
          }}
        >
          {t('register.add')}
        </button>
      </div>
      <p className="muted">{usingDefaults ? t('register.defaults') : t('register.own', { count: register.length })}</p>
      <ul className="risk-entries" data-testid="risk-register">
        {shown.map((entry) => (
          <li key={entry.id} className={entry.enabled ? 'risk-entry' : 'risk-entry is-disabled'} data-risk={entry.id}>
            <details>
              <summary>
                <label className="risk-enabled" onClick={(e) => e.stopPropagation()}>
                  <input type="checkbox" checked={entry.enabled} aria-label={t('register.enabledOf', { name: titleOf(entry) })} onChange={(e) => update(entry.id, { enabled: e.target.checked })} />
                </label>
                <span className="risk-title">{titleOf(entry)}</span>
                <span className="muted">
                  {t('register.line', { probability: formatPercent(entry.probability, locale), impact: impactText(entry.impact), hits: hitsText(entry.hits) })}
                </span>
                {daysOf.has(entry.id) ? <span className="risk-days">{t('register.daysAtP80', { days: formatNumber(daysOf.get(entry.id)!, locale) })}</span> : null}
                {entry.mitigation?.adopted ? <span className="risk-badge">{t('register.mitigated')}</span> : null}
              </summary>
              <div className="risk-edit">
                <label>
                  {t('register.titleField')}
                  <input type="text" defaultValue={titleOf(entry)} aria-label={t('register.titleOf', { name: titleOf(entry) })} onBlur={(e) => e.target.value.trim() && e.target.value.trim() !== titleOf(entry) && update(entry.id, { title: e.target.value.trim() })} />
                </label>
                <label>
                  {t('register.probability')}
                  <NumberField value={entry.probability} min={0} max={1} step={0.05} label={t('register.probabilityOf', { name: titleOf(entry) })} onCommit={(v) => v !== undefined && update(entry.id, { probability: v })} />
                </label>
                {threePoint(entry, entry.impact, (impact) => update(entry.id, { impact }), t('register.impact'))}
                <p className="muted">
                  {t('register.hits')}: {hitsText(entry.hits)}
                </p>
                <fieldset className="risk-mitigation">
                  <legend>{t('register.mitigation')}</legend>
                  {entry.mitigation ? (
                    <>
                      <label>
                        {t('register.mitigationText')}
                        <input
                          type="text"
                          defaultValue={registerText('mitigation', entry.mitigation.description, t)}
                          aria-label={t('register.mitigationOf', { name: titleOf(entry) })}
                          onBlur={(e) => e.target.value.trim() && e.target.value.trim() !== registerText('mitigation', entry.mitigation!.description, t) && update(entry.id, { mitigation: { ...entry.mitigation!, description: e.target.value.trim() } })}
                        />
                      </label>
                      <label>
                        {t('register.afterProbability')}
                        <NumberField value={entry.mitigation.probability} min={0} max={1} step={0.05} label={t('register.afterProbabilityOf', { name: titleOf(entry) })} onCommit={(v) => v !== undefined && update(entry.id, { mitigation: { ...entry.mitigation!, probability: v } })} />
                      </label>
                      {threePoint(entry, entry.mitigation.impact, (impact) => update(entry.id, { mitigation: { ...entry.mitigation!, impact } }), t('register.afterImpact'))}
                      <label className="risk-adopted">
                        <input type="checkbox" checked={entry.mitigation.adopted} onChange={(e) => update(entry.id, { mitigation: { ...entry.mitigation!, adopted: e.target.checked } })} />
                        {t('register.adopted')}
                      </label>
                    </>
                  ) : (
                    <button type="button" onClick={() => update(entry.id, { mitigation: { description: t('register.newMitigation'), probability: entry.probability / 2, impact: entry.impact, adopted: false } })}>
                      {t('register.addMitigation')}
                    </button>
                  )}
                </fieldset>
                <p className="muted risk-source">
                  {t('register.source')}: {entry.source}
                </p>
                <button
                  type="button"
                  onClick={() => {
                    useDecampStore.getState().removeRisk(entry.id);
                    onStatus(t('register.removed', { name: titleOf(entry) }));
                  }}
                >
                  {t('register.remove')}
                </button>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
