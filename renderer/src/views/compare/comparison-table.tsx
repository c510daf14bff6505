/**
 * The baseline and each scenario side by side, one column each: dates with their difference from
 * the baseline in working days, effort, cost, links, risks, drivers and the outage exposure.
 */
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/model';
import type { Comparison, ComparisonColumn, OutageExposure } from '../../../../shared/scenarios';
import { formatDate, formatMoney, formatNumber, formatPercent } from '../../i18n/format';
import { registerTitle } from '../shared/plan-labels';
import { seriesColour } from './overlay-chart';

const ROLES: readonly OutageExposure['role'][] = ['source-identity', 'target-identity', 'worst-region', 'worst-service'];

export function ComparisonTable({ comparison, project }: { readonly comparison: Comparison; readonly project: Project }) {
  const { t, i18n } = useTranslation(['scenarios', 'common']);
  const locale = i18n.language;
  const currency = comparison.currency;
  const cols = comparison.columns;
  const money = (n: number | undefined) => (n === undefined ? t('table.none') : formatMoney(n, currency, locale));
  const names = new Map(project.workloads.map((w) => [w.id, w.name]));
  const critical = cols[0]?.figures.criticalWorkloads ?? 0;

  const delta = (days: number, base: boolean) => {
    if (base) return null;
    if (days === 0) return <span className="delta same">{t('table.same')}</span>;
    return <span className={days < 0 ? 'delta earlier' : 'delta later'}>{t(days < 0 ? 'table.earlier' : 'table.later', { count: Math.abs(days) })}</span>;
  };
  const date = (c: ComparisonColumn, key: 'p50' | 'p80' | 'p95') => (
    <>
      <span className="value" data-testid={`${key}-${c.id}`}>
        {formatDate(c.figures[`${key}End`], locale)}
      </span>
      {delta(c.delta[key], c.isBaseline)}
    </>
  );
  const outage = (c: ComparisonColumn, role: OutageExposure['role']) => {
    const worst = c.figures.outage.filter((o) => o.role === role).sort((a, b) => b.end - a.end)[0];
    if (!worst) return t('table.none');
    return (
      <>
        <span className="value">{t('table.outageCell', { today: worst.today, end: worst.end, critical })}</span>
        <span className="sub">{worst.failure.type === 'region' ? `${t(`common:provider.${worst.failure.provider}`)} ${worst.failure.region}` : String(worst.params.service ?? worst.title)}</span>
      </>
    );
  };
  const why = (d: ComparisonColumn['figures']['singleProvider'][number]) => {
    const provider = t(`common:provider.${d.provider}`, { defaultValue: d.provider });
    const chain = d.via.filter((id) => id !== d.workloadId).map((id) => names.get(id) ?? id);
    return chain.length === 0 ? t('table.singleRunsOn', { provider }) : t('table.singleNeeds', { provider, chain: chain.join(' → ') });
  };
  const single = (c: ComparisonColumn) => {
    const list = c.figures.singleProvider;
    if (list.length === 0) return <span className="value">{t('table.singleNone')}</span>;
    return (
      <details className="single-provider" data-testid={`single-${c.id}`}>
        <summary>{t('table.singleCount', { count: list.length, critical })}</summary>
        <ul>
          {list.slice(0, 12).map((d) => (
            <li key={d.workloadId}>
              <strong>{names.get(d.workloadId) ?? d.workloadId}</strong>: {why(d)}
            </li>
          ))}
          {list.length > 12 ? <li>{t('table.singleMore', { count: list.length - 12 })}</li> : null}
        </ul>
      </details>
    );
  };
  const rows: [string, (c: ComparisonColumn) => ReactNode][] = [
    [t('table.p50'), (c) => date(c, 'p50')],
    [t('table.p80'), (c) => date(c, 'p80')],
    [t('table.p95'), (c) => date(c, 'p95')],
    [
      t('table.deterministic'),
      (c) => (
        <>
          <span className="value">{formatDate(c.figures.deterministicEnd, locale)}</span>
          <span className="sub">{t('table.deterministicNote', { share: formatPercent(c.figures.deterministicPercentile, locale) })}</span>
        </>
      ),
    ],
    [t('table.effort'), (c) => formatNumber(c.figures.effort, locale, 0)],
    [t('table.labour'), (c) => money(c.figures.labour)],
    ...(cols.some((c) => c.figures.labourP80 !== undefined) ? [[t('table.labourRange'), (c: ComparisonColumn) => `${money(c.figures.labourP50)} / ${money(c.figures.labourP80)}`] as [string, (c: ComparisonColumn) => ReactNode]] : []),
    [t('table.dualRunning'), (c) => money(c.figures.dualRunning)],
    [t('table.runCost'), (c) => `${money(c.figures.sourceMonthly)} → ${money(c.figures.targetMonthly)}`],
    [t('table.links'), (c) => `${formatNumber(c.figures.crossCloudLinks, locale)} (${formatNumber(c.figures.hardCrossCloudLinks, locale)})`],
    [t('table.risks'), (c) => `${c.figures.risks.total} (${c.figures.risks.bySeverity.critical}, ${c.figures.risks.bySeverity.high})`],
    [
      t('table.drivers'),
      (c) =>
        c.figures.drivers.length === 0 ? (
          t('table.none')
        ) : (
          <ol className="drivers">
            {c.figures.drivers.slice(0, 3).map((d) => (
              <li key={d.id}>{d.measure === 'days' ? t('table.driverDays', { name: d.id.startsWith('uncertainty:') ? t(`summary:drivers.source.${d.id.slice('uncertainty:'.length)}`, { defaultValue: d.title }) : registerTitle(d.title, t), days: formatNumber(d.value, locale) }) : t('table.driverShare', { name: names.get(d.workloadId ?? '') ?? d.title, share: formatPercent(d.value, locale) })}</li>
            ))}
          </ol>
        ),
    ],
    ...ROLES.map((role): [string, (c: ComparisonColumn) => ReactNode] => [t(`table.outageRole.${role}`), (c) => outage(c, role)]),
    [t('table.singleProvider'), (c) => single(c)],
  ];
  return (
    <div className="table-wrap">
      <table className="comparison" data-testid="comparison-table">
        <thead>
          <tr>
            <th scope="col">{t('table.figure')}</th>
            {cols.map((c, i) => (
              <th key={c.id} scope="col">
                <span className="swatch" style={{ background: seriesColour(i) }} />
                {c.isBaseline ? t('baseline') : c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell], r) => (
            <Fragment key={r}>
              {r === rows.length - ROLES.length - 1 ? (
                <tr className="section">
                  <th scope="rowgroup" colSpan={cols.length + 1}>
                    {t('table.outage')}
                  </th>
                </tr>
              ) : null}
              <tr>
                <th scope="row">{label}</th>
                {cols.map((c) => (
                  <td key={c.id}>{cell(c)}</td>
                ))}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
