/**
 * The state of the estate after any wave: a slider from "before the move" to the last wave; the
 * map shows where each workload runs then, and this lists the dependencies running across clouds
 * at that point with the latency they add and the egress they cost a month.
 */
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../shared/plan/types';
import type { Project } from '../../../../shared/model';
import { formatMoney, formatNumber } from '../../i18n/format';
import { useDecampStore } from '../../store';
import { waveName } from '../shared/plan-labels';
import type { InterimLink } from './use-map-model';

export interface InterimStateProps {
  readonly project: Project;
  readonly plan: Plan;
  readonly afterWave: number | null;
  readonly links: readonly InterimLink[];
}

export function InterimState({ project, plan, afterWave, links }: InterimStateProps) {
  const { t, i18n } = useTranslation(['map', 'planviews']);
  const locale = i18n.language;
  const set = useDecampStore((s) => s.setMapSettings);
  const hasPilot = plan.waves.some((w) => w.isPilot);
  const last = plan.waves.length - 1;
  const names = new Map(project.workloads.map((w) => [w.id, w.name]));
  const on = afterWave !== null;
  const at = afterWave ?? -1;
  const wave = plan.waves.find((w) => w.index === at);
  const label = at < 0 ? t('interim.before') : t('interim.after', { wave: wave ? waveName(wave, hasPilot, t) : at });
  const hard = links.filter((l) => l.hard);
  const egress = links.reduce((s, l) => s + l.egressGbPerMonth, 0);
  const cost = links.reduce((s, l) => s + l.egressCostPerMonth, 0);
  const latency = hard.reduce((m, l) => Math.max(m, l.latencyMs), 0);
  return (
    <section className="map-interim" aria-label={t('interim.title')}>
      <label className="map-interim-toggle">
        <input type="checkbox" checked={on} onChange={(e) => set({ afterWave: e.target.checked ? Math.min(0, last) : null })} />
        {t('interim.show')}
      </label>
      {on ? (
        <>
          <input
            type="range"
            min={-1}
            max={last}
            step={1}
            value={at}
            aria-label={t('interim.slider')}
            aria-valuetext={label}
            onChange={(e) => set({ afterWave: Number(e.target.value) })}
          />
          <strong data-testid="interim-label">{label}</strong>
          <span data-testid="interim-summary">
            {t('interim.summary', { count: links.length, hard: hard.length, latency: formatNumber(latency, locale), egress: formatNumber(egress, locale, 0), cost: formatMoney(cost, project.project.currency, locale) })}
          </span>
          {links.length > 0 ? (
            <details className="map-interim-list">
              <summary>{t('interim.listTitle', { count: links.length })}</summary>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t('interim.needs')}</th>
                    <th scope="col">{t('interim.needed')}</th>
                    <th scope="col" className="num">{t('interim.latency')}</th>
                    <th scope="col" className="num">{t('interim.egress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {links.slice(0, 200).map((l) => (
                    <tr key={l.dependencyId}>
                      <td>{names.get(l.from) ?? l.from}</td>
                      <td>{names.get(l.to) ?? l.to}</td>
                      <td className="num">{l.hard ? t('interim.ms', { value: formatNumber(l.latencyMs, locale) }) : '–'}</td>
                      <td className="num">{formatMoney(l.egressCostPerMonth, project.project.currency, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
