/**
 * The monthly run cost under the timeline: the source bill for what has not moved yet, the dual
 * running (the source bill still paid for workloads already live on the target) and the target
 * bill, month by month, with the run cost before and after the move. From shared/scenarios/cost-curve
 * and the bar geometry in shared/layout/cost-chart.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/model';
import type { Plan } from '../../../../shared/plan/types';
import { costChartGeometry } from '../../../../shared/layout/cost-chart';
import { costCurve } from '../../../../shared/scenarios/cost-curve';
import { formatDate, formatMoney } from '../../i18n/format';

const WIDTH = 960;
const HEIGHT = 220;
const monthFormats = new Map<string, Intl.DateTimeFormat>();
function monthLabel(month: string, locale: string): string {
  let f = monthFormats.get(locale);
  if (!f) monthFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' })));
  return f.format(new Date(`${month}-01T00:00:00Z`));
}

export function CostOverTime({ project, plan, waveLabel }: { readonly project: Project; readonly plan: Plan; readonly waveLabel: (waveId: string) => string }) {
  const { t, i18n } = useTranslation('scenarios');
  const locale = i18n.language;
  const curve = useMemo(() => costCurve(project, plan), [project, plan]);
  const g = useMemo(() => costChartGeometry(curve.months, { width: WIDTH, height: HEIGHT, labelWidth: 48 }), [curve]);
  const money = (n: number) => formatMoney(n, curve.currency, locale);
  const compact = (n: number) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
  const change = curve.before > 0 ? (curve.after - curve.before) / curve.before : 0;
  const bottom = g.plot.top + g.plot.height;
  const top = curve.workloads.slice(0, 5);
  const names = new Map(project.workloads.map((w) => [w.id, w.name]));
  return (
    <section className="cost-over-time" aria-labelledby="cost-over-time-title" data-testid="cost-over-time">
      <h2 id="cost-over-time-title">{t('cost.heading')}</h2>
      <p className="view-lead" data-testid="run-cost-change">
        {t('cost.beforeAfter', { before: money(curve.before), after: money(curve.after), change: `${Math.round(change * 100) > 0 ? '+' : Math.round(change * 100) < 0 ? '−' : ''}${Math.abs(Math.round(change * 100))}%` })}{' '}
        {t('cost.dual', { total: money(curve.dualRunning) })}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('cost.aria', { count: curve.months.length })} className="cost-chart">
        {g.yTicks.map((tick) => (
          <g key={tick.value} className="axis">
            <line x1={g.plot.left} x2={g.plot.left + g.plot.width} y1={tick.y} y2={tick.y} className="grid" />
            <text x={g.plot.left - 6} y={tick.y + 4} textAnchor="end">
              {compact(tick.value)}
            </text>
          </g>
        ))}
        {g.bars.map((bar) => (
          <g key={bar.month} data-month={bar.month}>
            <title>{t('cost.barTitle', { month: monthLabel(bar.month, locale), total: money(bar.total), dual: money(bar.segments.find((s) => s.kind === 'dual')?.value ?? 0) })}</title>
            {bar.segments.map((s) => (
              <rect key={s.kind} className={`cost-${s.kind}`} x={bar.x} y={s.y} width={bar.width} height={s.height} />
            ))}
          </g>
        ))}
        {g.labelled.map((i) => (
          <text key={i} className="axis-label" x={g.bars[i]!.x + g.bars[i]!.width / 2} y={bottom + 16} textAnchor="middle">
            {monthLabel(g.bars[i]!.month, locale)}
          </text>
        ))}
        <line x1={g.plot.left} x2={g.plot.left + g.plot.width} y1={bottom} y2={bottom} className="axis-line" />
      </svg>
      <ul className="tl-legend">
        {(['source', 'dual', 'target'] as const).map((k) => (
          <li key={k}>
            <span className={`swatch cost-swatch-${k}`} /> {t(`cost.legend.${k}`)}
          </li>
        ))}
      </ul>
      {curve.byWave.length > 0 ? (
        <p className="muted" data-testid="dual-by-wave">
          {t('cost.byWave', { list: curve.byWave.map((w) => `${waveLabel(w.waveId)} ${money(w.cost)}`).join(' · ') })}
        </p>
      ) : null}
      {top.length > 0 ? (
        <>
          <h3>{t('cost.topHeading')}</h3>
          <table className="comparison cost-workloads">
            <thead>
              <tr>
                <th scope="col">{t('cost.workload')}</th>
                <th scope="col">{t('cost.window')}</th>
                <th scope="col">{t('cost.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {top.map((w) => (
                <tr key={w.workloadId}>
                  <th scope="row">{names.get(w.workloadId) ?? w.workloadId}</th>
                  <td>{t('cost.months', { count: Math.round(w.months * 10) / 10, from: formatDate(w.goLive, locale), to: formatDate(w.decommission, locale) })}</td>
                  <td>{money(w.cost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
