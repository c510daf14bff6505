/**
 * The report's decision sections: the scenarios side by side (the same figures the app's Compare
 * view shows, the end dates overlaid in one chart, what each scenario changes) and the variance
 * against the last saved baseline, per wave and for the program. Built on shared/scenarios, in the
 * document's language.
 */
import { overlayGeometry } from '../layout/distribution-overlay';
import { monthAxisLabels } from '../layout/month-axis';
import type { Project } from '../model/schema';
import type { Plan } from '../plan/types';
import { baselineVariance, changeWords, compareScenarios, latestBaseline, type Comparison, type ComparisonColumn, type OutageExposure } from '../scenarios';
import type { DocumentFormat } from './format';
import type { ExportText } from './i18n';
import type { Names } from './names';
import type { ReportBlock } from './report-model';
import { escapeXml as esc } from './xml';

export interface DecisionsContext {
  readonly project: Project;
  readonly plan: Plan;
  readonly text: ExportText;
  readonly t: ExportText['t'];
  readonly fmt: DocumentFormat;
  readonly names: Names;
}

/** Print-safe colours of the overlaid series, baseline first (Okabe-Ito, as the app). */
const SERIES = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#8a7a00', '#5e4fa2'] as const;
const ROLES: readonly OutageExposure['role'][] = ['source-identity', 'target-identity', 'worst-region', 'worst-service'];

export function scenarioBlocks(c: DecisionsContext): ReportBlock[] {
  const { project, plan, t, fmt } = c;
  if ((project.scenarios ?? []).length === 0) return [];
  const comparison = compareScenarios(project, { baselinePlan: plan });
  const cols = comparison.columns;
  const name = (col: ComparisonColumn) => (col.isBaseline ? t('scenarios:baseline') : col.name);
  const delta = (col: ComparisonColumn, days: number) => (col.isBaseline || days === 0 ? '' : t('export:document.aside', { text: '', aside: t(days < 0 ? 'scenarios:table.earlier' : 'scenarios:table.later', { count: Math.abs(days) }) }));
  const critical = cols[0]!.figures.criticalWorkloads;
  const outage = (col: ComparisonColumn, role: OutageExposure['role']) => {
    const worst = col.figures.outage.filter((o) => o.role === role).sort((a, b) => b.end - a.end)[0];
    return worst ? t('scenarios:table.outageCell', { today: worst.today, end: worst.end, critical }) : '–';
  };
  const row = (label: string, cell: (col: ComparisonColumn) => string): string[] => [label, ...cols.map(cell)];
  const rows: string[][] = [
    row(t('scenarios:table.p50'), (col) => fmt.date(col.figures.p50End) + delta(col, col.delta.p50)),
    row(t('scenarios:table.p80'), (col) => fmt.date(col.figures.p80End) + delta(col, col.delta.p80)),
    row(t('scenarios:table.p95'), (col) => fmt.date(col.figures.p95End) + delta(col, col.delta.p95)),
    row(t('scenarios:table.deterministic'), (col) => `${fmt.date(col.figures.deterministicEnd)} (${t('scenarios:table.deterministicNote', { share: fmt.percent(col.figures.deterministicPercentile) })})`),
    row(t('scenarios:table.effort'), (col) => fmt.number(col.figures.effort, 0)),
    row(t('scenarios:table.labour'), (col) => fmt.money(col.figures.labour)),
    ...(cols.some((col) => col.figures.labourP80 !== undefined) ? [row(t('scenarios:table.labourRange'), (col) => `${fmt.money(col.figures.labourP50 ?? 0)} / ${fmt.money(col.figures.labourP80 ?? 0)}`)] : []),
    row(t('scenarios:table.dualRunning'), (col) => fmt.money(col.figures.dualRunning)),
    row(t('scenarios:table.runCost'), (col) => `${fmt.money(col.figures.sourceMonthly)} → ${fmt.money(col.figures.targetMonthly)}`),
    row(t('scenarios:table.links'), (col) => `${fmt.number(col.figures.crossCloudLinks, 0)} (${fmt.number(col.figures.hardCrossCloudLinks, 0)})`),
    row(t('scenarios:table.risks'), (col) => `${col.figures.risks.total} (${col.figures.risks.bySeverity.critical}, ${col.figures.risks.bySeverity.high})`),
    ...ROLES.map((role) => row(`${t(`scenarios:table.outageRole.${role}`)}: ${t('scenarios:table.outage')}`, (col) => outage(col, role))),
    row(t('scenarios:table.singleProvider'), (col) => (col.figures.singleProvider.length === 0 ? t('scenarios:table.singleNone') : t('scenarios:table.singleCount', { count: col.figures.singleProvider.length, critical }))),
  ];
  const blocks: ReportBlock[] = [
    { type: 'paragraph', tone: 'muted', text: t('export:scenarios.lead', { runs: fmt.number(comparison.runs, 0), seed: comparison.seed }) },
    { type: 'chart', svg: overlaySvg(c, comparison), alt: t('scenarios:chart.aria', { count: cols.length - 1 }), legend: cols.map((col, i) => ({ label: name(col), color: SERIES[i % SERIES.length]! })) },
    { type: 'table', columns: [{ label: t('scenarios:table.figure') }, ...cols.map((col) => ({ label: name(col) }))], rows },
  ];
  const formats = { date: fmt.date, number: (n: number) => fmt.number(n, 2) };
  for (const col of cols.slice(1)) {
    blocks.push({ type: 'subheading', text: col.name });
    if (col.description) blocks.push({ type: 'paragraph', text: col.description });
    const items = col.outcomes.flatMap((o) =>
      o.parts.map((p) => {
        const words = changeWords(t, p.text, formats);
        return p.status === 'applied' ? words : `${words} (${t(`scenarios:card.${p.status}`)}: ${p.reason ? changeWords(t, p.reason, formats) : ''})`;
      }),
    );
    blocks.push(items.length > 0 ? { type: 'list', items } : { type: 'paragraph', tone: 'muted', text: t('scenarios:card.noDifferences') });
  }
  return blocks;
}

/** The end dates overlaid as a cumulative chart, labelled in the document's language. */
function overlaySvg(c: DecisionsContext, comparison: Comparison): string {
  const { t, fmt } = c;
  const width = 900;
  const height = 300;
  const cols = comparison.columns;
  const g = overlayGeometry(
    cols.map((col) => ({ id: col.id, bins: col.figures.histogram, p80: col.figures.p80End, label: t('scenarios:chart.label', { name: col.isBaseline ? t('scenarios:baseline') : col.name, date: fmt.shortDate(col.figures.p80End) }) })),
    { width, height, mode: 'cumulative', padding: { left: 46, right: 16, top: 12 + cols.length * 13, bottom: 28 } },
  );
  const bottom = g.plot.top + g.plot.height;
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" font-size="11" font-family="sans-serif" role="img" aria-label="${esc(t('scenarios:chart.aria', { count: cols.length - 1 }))}">`];
  for (const tick of g.yTicks) {
    out.push(`<line x1="${g.plot.left}" x2="${g.plot.left + g.plot.width}" y1="${r(tick.y)}" y2="${r(tick.y)}" stroke="#d9dde3" stroke-dasharray="2 3"/>`);
    out.push(`<text x="${g.plot.left - 6}" y="${r(tick.y + 4)}" text-anchor="end" fill="#52606d">${esc(fmt.percent(tick.value))}</text>`);
  }
  for (const label of monthAxisLabels(g.monthTicks, { month: fmt.monthName, year: fmt.year }, { right: width }))
    out.push(`<text x="${r(label.x)}" y="${r(bottom + (label.row === 0 ? 14 : 26))}" fill="#52606d">${esc(label.text)}</text>`);
  if (g.guide80 !== undefined) out.push(`<line x1="${g.plot.left}" x2="${g.plot.left + g.plot.width}" y1="${r(g.guide80)}" y2="${r(g.guide80)}" stroke="#52606d" stroke-dasharray="4 3"/>`);
  g.series.forEach((s, i) => {
    const color = SERIES[i % SERIES.length]!;
    out.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${s.points.map((p) => `${r(p.x)},${r(p.y)}`).join(' ')}"/>`);
    out.push(`<line x1="${r(s.p80.x)}" x2="${r(s.p80.x)}" y1="${g.plot.top}" y2="${r(bottom)}" stroke="${color}" stroke-dasharray="3 3"/>`);
    out.push(`<circle cx="${r(s.p80.x)}" cy="${r(s.p80.y)}" r="3.5" fill="${color}"/>`);
    out.push(`<text x="${r(s.label.x)}" y="${r(s.label.y)}" text-anchor="${s.label.anchor}" fill="${color}" font-weight="600">${esc(s.label.text)}</text>`);
  });
  out.push(`<line x1="${g.plot.left}" x2="${g.plot.left + g.plot.width}" y1="${r(bottom)}" y2="${r(bottom)}" stroke="#9aa5b1"/>`);
  out.push('</svg>');
  return out.join('');
}

export function baselineBlocks(c: DecisionsContext): ReportBlock[] {
  const { project, plan, t, fmt, names } = c;
  const baseline = latestBaseline(project);
  if (!baseline) return [];
  const v = baselineVariance(project, plan, baseline);
  const days = (n: number | undefined) => (n === undefined ? '–' : n === 0 ? t('export:baseline.onTime') : t(n > 0 ? 'export:baseline.late' : 'export:baseline.early', { count: Math.abs(n) }));
  const signed = (n: number, format: (x: number) => string) => (n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0));
  const waveName = (w: (typeof v.waves)[number]) => names.wave({ name: w.name, index: w.wave, isPilot: w.wave === 0 });
  return [
    { type: 'paragraph', tone: 'lead', text: t('export:baseline.lead', { name: baseline.name, date: fmt.date(baseline.savedOn) }) },
    {
      type: 'figures',
      items: [
        { label: t('export:baseline.end'), value: days(v.program.endDays), note: `${fmt.date(baseline.end)} → ${fmt.date(v.program.current.end)}`, emphasis: v.program.endDays > 0 },
        { label: t('export:baseline.p80'), value: days(v.program.p80Days), note: `${fmt.date(baseline.p80End)} → ${fmt.date(v.program.current.p80End)}` },
        { label: t('export:baseline.effort'), value: signed(v.program.effortDelta, (x) => fmt.number(x, 0)), note: `${fmt.number(baseline.effort, 0)} → ${fmt.number(v.program.current.effort, 0)}` },
        ...(v.program.costDelta !== undefined ? [{ label: t('export:baseline.cost'), value: signed(v.program.costDelta, fmt.money), note: `${fmt.money(baseline.cost)} → ${fmt.money(v.program.current.cost)}` }] : []),
      ],
    },
    {
      type: 'table',
      columns: [
        { label: t('export:column.wave') },
        { label: t('export:baseline.baselineEnd'), nowrap: true },
        { label: t('export:baseline.planEnd'), nowrap: true },
        { label: t('export:baseline.variance'), nowrap: true },
        { label: t('export:baseline.p80Variance'), nowrap: true },
        { label: t('export:baseline.workloads'), align: 'right' },
      ],
      rows: v.waves.map((w) => [
        waveName(w) + (w.status === 'added' ? ` (${t('export:baseline.added')})` : w.status === 'gone' ? ` (${t('export:baseline.gone')})` : ''),
        w.baseline ? fmt.date(w.baseline.end) : '–',
        w.current ? fmt.date(w.current.end) : '–',
        days(w.endDays),
        days(w.p80Days),
        w.status === 'both' ? `${w.current!.workloads} (${signed(w.workloadsDelta ?? 0, (x) => String(x))})` : String((w.current ?? w.baseline)!.workloads),
      ]),
    },
  ];
}

function r(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
