/**
 * The plan as an Excel workbook (exceljs): Summary, Inventory, Dependencies, Waves, Tasks, Risks and
 * Assumptions. Dates are real dates and figures real numbers (a manager sorts, filters and sums
 * them); every sheet has a frozen header row, a filter and set column widths; totals are formulas
 * (SUBTOTAL, so they follow the filter).
 */
import ExcelJS from 'exceljs';
import type { Project } from '../model/schema';
import type { Plan } from '../plan/types';
import { createExportText } from './i18n';
import { namesFor } from './names';
import type { ExportOptions } from './options';
import { driverTitle, planFacts, registerText, registerTitle, waveCriticality } from './plan-facts';
import { assumptionRows, namedParams, resilience } from './report-model';
import { datedSteps } from '../layout/timeline/step-dates';
import { workingDaysBetween } from '../plan/calendar';

type Cell = string | number | Date | null | { formula: string; result?: number };
interface SheetSpec {
  readonly name: string;
  readonly columns: readonly { readonly header: string; readonly width: number; readonly format?: string }[];
  readonly rows: readonly (readonly Cell[])[];
  /** Column indexes (0-based) that get a SUBTOTAL row under the data. */
  readonly totals?: readonly number[];
}

const DATE = 'yyyy-mm-dd';
const INT = '#,##0';
const DEC = '#,##0.0';
const PCT = '0%';

export function dateCell(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

export async function planXlsx(project: Project, plan: Plan, options: ExportOptions): Promise<Uint8Array> {
  const text = createExportText(options.messages, options.lang);
  const { t } = text;
  const names = namesFor(project, plan.waves, text, plan.moveGroups);
  const facts = planFacts(project, plan);
  const money = `#,##0 "${project.project.currency}"`;
  const waveOf = new Map<string, string>();
  for (const w of plan.waves) for (const id of w.workloadIds) waveOf.set(id, names.wave(w));
  // Platform pieces are rebuilt in the landing zone, in no wave: say so rather than leave the cell empty.
  for (const id of plan.foundation.workloadIds) if (!waveOf.has(id)) waveOf.set(id, t('export:phase.foundation'));
  const res = resilience(project, plan);
  const col = (key: string) => t(`export:column.${key}`);
  // "Resilience: today", "Contingency (working days)": the punctuation is the language's ("：", "（）" in Chinese).
  const part = (label: string, part: string) => t('export:document.labelPart', { label, part });
  const aside = (text: string, aside: string) => t('export:document.aside', { text, aside });

  const dates: [string, Cell, string][] = [
    [t('export:summary.p50'), dateCell(facts.p50End), DATE],
    [t('export:summary.p80'), dateCell(facts.p80End), DATE],
    [t('export:summary.p95'), dateCell(facts.p95End), DATE],
    [t('export:summary.deterministic'), dateCell(facts.deterministicEnd), DATE],
    [t('export:summary.deterministicShare'), facts.deterministicPercentile, PCT],
    [aside(t('export:summary.contingency', { level: 'P80' }), col('workingDays')), facts.contingencyDays.p80, INT],
  ];
  const summaryRows: [string, Cell, string][] = [
    ...dates,
    ...costRows(t, plan, money, dates.length + 2),
    [part(t('export:summary.resilience'), t('export:summary.resilienceToday')), res.critical > 0 ? res.today / res.critical : null, PCT],
    [part(t('export:summary.resilience'), t('export:summary.resilienceAfter')), res.critical > 0 ? res.after / res.critical : null, PCT],
    // What widens the range: each risk and source of uncertainty by the working days it adds at P80.
    ...facts.drivers.filter((d) => d.daysAtP80 > 0).map((d): [string, Cell, string] => [aside(part(t('export:summary.drivers'), driverTitle(d, text)), t('export:register.daysAtP80')), d.daysAtP80, DEC]),
  ];
  const summary: SheetSpec = {
    name: t('export:sheet.summary'),
    columns: [
      { header: t('export:summary.figure'), width: 110 },
      { header: t('export:summary.value'), width: 22 },
    ],
    rows: summaryRows.map(([label, value]) => [label, value]),
  };

  const inventory: SheetSpec = {
    name: t('export:sheet.inventory'),
    columns: [
      { header: col('id'), width: 22 },
      { header: col('workload'), width: 34 },
      { header: col('kind'), width: 14 },
      { header: col('source'), width: 22 },
      { header: col('target'), width: 14 },
      { header: col('strategy'), width: 14 },
      { header: col('criticality'), width: 14 },
      { header: col('team'), width: 20 },
      { header: col('wave'), width: 12 },
      { header: col('dataGb'), width: 12, format: INT },
      { header: col('effort'), width: 12, format: DEC },
      { header: col('monthlyCost'), width: 16, format: money },
    ],
    rows: project.workloads.map((w) => [
      w.id,
      w.name,
      t(`common:kind.${w.kind}`),
      names.service(w.sourceService),
      waveOf.has(w.id) ? names.targetOf(w.id) : '',
      t(`common:strategy.${w.strategy}`),
      t(`common:criticality.${w.criticality}`),
      names.team(w.team),
      waveOf.get(w.id) ?? '',
      w.size.dataGb,
      plan.estimates[w.id]?.effort.likely ?? null,
      w.monthlyCost,
    ]),
    totals: [9, 10, 11],
  };

  const cross = new Map(plan.crossCloudLinks.map((l) => [l.dependencyId, l]));
  const dependencies: SheetSpec = {
    name: t('export:sheet.dependencies'),
    columns: [
      { header: col('from'), width: 30 },
      { header: col('to'), width: 30 },
      { header: col('dependencyKind'), width: 16 },
      { header: col('coupling'), width: 12 },
      { header: col('crossCloudDays'), width: 16, format: INT },
    ],
    rows: project.dependencies.map((d) => [names.workload(d.from), names.workload(d.to), t(`common:dependencyKind.${d.kind}`), t(`common:coupling.${d.coupling}`, { defaultValue: d.coupling }), cross.get(d.id)?.workingDays ?? 0]),
    totals: [4],
  };

  const waves: SheetSpec = {
    name: t('export:sheet.waves'),
    columns: [
      { header: col('wave'), width: 12 },
      { header: col('workloads'), width: 12, format: INT },
      { header: col('start'), width: 12, format: DATE },
      { header: col('end'), width: 12, format: DATE },
      { header: `${t('export:wave.cutover')} ${col('start')}`, width: 14, format: DATE },
      { header: `${t('export:wave.cutover')} ${col('end')}`, width: 14, format: DATE },
      { header: col('p50'), width: 12, format: DATE },
      { header: col('p80'), width: 12, format: DATE },
      { header: col('p95'), width: 12, format: DATE },
      { header: col('effort'), width: 14, format: DEC },
      { header: col('dataGb'), width: 12, format: INT },
      { header: col('labour'), width: 16, format: money },
      { header: col('dualRunning'), width: 18, format: money },
      { header: col('criticalIndex'), width: 16, format: PCT },
    ],
    rows: plan.waves.map((w) => {
      const cost = plan.cost.byWave.find((c) => c.waveId === w.id);
      return [names.wave(w), w.workloadIds.length, dateCell(w.start), dateCell(w.end), dateCell(w.cutover.start), dateCell(w.cutover.end), dateCell(w.p50End), dateCell(w.p80End), dateCell(w.p95End), w.effort.likely, w.dataGb, cost?.labour ?? 0, cost?.dualRunning ?? 0, waveCriticality(facts, w)];
    }),
    totals: [1, 9, 10, 11, 12],
  };

  // Each team's part of each wave: its own dates at its own capacity (the wave cuts over when the last is done).
  const waveTeams: SheetSpec = {
    name: t('export:sheet.waveTeams'),
    columns: [
      { header: col('wave'), width: 12 },
      { header: col('team'), width: 24 },
      { header: col('start'), width: 12, format: DATE },
      { header: col('end'), width: 12, format: DATE },
      { header: col('workingDays'), width: 12, format: INT },
      { header: col('effort'), width: 14, format: DEC },
    ],
    rows: plan.waves.flatMap((w) => w.teams.map((part) => [names.wave(w), names.team(part.teamId), dateCell(part.start), dateCell(part.end), part.workingDays, part.effort])),
    totals: [5],
  };

  const tasks: SheetSpec = {
    name: t('export:sheet.tasks'),
    columns: [
      { header: col('wave'), width: 12 },
      { header: col('workload'), width: 30 },
      { header: col('phase'), width: 14 },
      { header: col('step'), width: 80 },
      { header: col('start'), width: 12, format: DATE },
      { header: col('due'), width: 12, format: DATE },
      { header: col('workingDays'), width: 12, format: INT },
    ],
    rows: datedSteps(plan, project.calendar).map((s) => [
      names.wave(s.wave),
      names.workload(s.step.workloadId),
      t(`export:runbook.phaseName.${s.step.phase}`),
      text.stepText(s.step, names.workload(s.step.workloadId), names.targetOf(s.step.workloadId)),
      dateCell(s.start),
      dateCell(s.end),
      // On the project's calendar (holidays out, make-up working days in), as the plan counts them: the
      // NETWORKDAYS formula it replaces knew neither and counted a step's holidays as working days.
      workingDaysBetween(project.calendar, s.start, s.end),
    ]),
  };

  const daysAtP80 = new Map(facts.drivers.map((d) => [d.id, d.daysAtP80]));
  const risks: SheetSpec = {
    name: t('export:sheet.risks'),
    columns: [
      { header: col('severity'), width: 12 },
      { header: col('risk'), width: 60 },
      { header: col('detail'), width: 80 },
      { header: col('mitigation'), width: 80 },
      { header: col('workloads'), width: 40 },
      { header: t('export:register.chance'), width: 10, format: '0%' },
      { header: t('export:register.impact'), width: 28 },
      { header: col('sourceOf'), width: 60 },
      { header: t('export:register.daysAtP80'), width: 14, format: DEC },
    ],
    rows: [
      ...plan.risks.map((r): Cell[] => {
        const p = namedParams(r.params, names);
        return [t(`common:riskSeverity.${r.severity}`), text.planText('risk', r.code, p, r.title), text.planText('riskDetail', r.code, p, r.detail), text.planText('riskMitigation', r.code, p, r.mitigation), text.list(r.workloadIds.map(names.workload), { kind: 'series' }), null, '', '', null];
      }),
      // The register: events the simulation draws, with their chance, cost and source.
      ...facts.register.map((r): Cell[] => [
        t('export:register.heading'),
        r.enabled ? registerTitle(r.title, text) : aside(registerTitle(r.title, text), t('export:register.off')),
        r.description ? registerText('description', r.description, text) : '',
        r.mitigation ? aside(registerText('mitigation', r.mitigation.description, text), r.mitigation.adopted ? t('export:register.adopted') : t('export:register.proposed')) : '',
        '',
        r.probability,
        `${r.impact.type === 'days' ? t('export:register.days', r.impact) : t('export:register.share', { optimistic: `${Math.round(r.impact.optimistic * 100)}%`, likely: `${Math.round(r.impact.likely * 100)}%`, pessimistic: `${Math.round(r.impact.pessimistic * 100)}%` })}`,
        r.source,
        r.enabled ? (daysAtP80.get(`risk:${r.id}`) ?? 0) : null,
      ]),
    ],
  };

  const assumptions: SheetSpec = {
    name: t('export:sheet.assumptions'),
    columns: [
      { header: col('id'), width: 36 },
      { header: col('assumption'), width: 40 },
      { header: col('value'), width: 12, format: '#,##0.###' },
      { header: col('unit'), width: 14 },
      { header: col('sourceOf'), width: 100 },
    ],
    rows: assumptionRows(project).map((a) => [a.id, t(`assumptions:name.${a.id}`, { defaultValue: a.id }), a.value, a.unit, a.source]),
  };

  const book = new ExcelJS.Workbook();
  book.creator = 'Decamp';
  book.title = project.project.name;
  const dated = options.generatedAt ? new Date(options.generatedAt) : dateCell(project.project.startDate);
  book.created = dated;
  book.modified = dated;
  for (const spec of [summary, inventory, dependencies, waves, waveTeams, tasks, risks, assumptions]) addSheet(book, spec);

  const sheet = book.getWorksheet(summary.name)!;
  summaryRows.forEach(([, , format], i) => (sheet.getCell(`B${i + 2}`).numFmt = format));
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * Labour three ways, the bills every schedule shares, and each one-off total as a formula over
 * them, so the P50 and P80 totals sit beside the labour they hold. `firstRow` is the sheet row of
 * the first (the header is row 1).
 */
function costRows(t: (key: string) => string, plan: Plan, money: string, firstRow: number): [string, Cell, string][] {
  const labels = ['costLabour', 'costLabourP50', 'costLabourP80', 'costDualRunning', 'costEgress'] as const;
  const row = (key: (typeof labels)[number]) => `B${firstRow + labels.indexOf(key)}`;
  const bills = `${row('costDualRunning')}+${row('costEgress')}`;
  const { cost } = plan;
  const values = [cost.labour, cost.labourP50, cost.labourP80, cost.dualRunning, cost.crossCloudEgress];
  return [
    ...labels.map((key, i): [string, Cell, string] => [t(`export:summary.${key}`), values[i]!, money]),
    [t('export:summary.costTotalP50'), { formula: `${row('costLabourP50')}+${bills}`, result: cost.totalP50 }, money],
    [t('export:summary.costTotalP80'), { formula: `${row('costLabourP80')}+${bills}`, result: cost.totalP80 }, money],
    [t('export:summary.costTotal'), { formula: `${row('costLabour')}+${bills}`, result: cost.total }, money],
  ];
}

function addSheet(book: ExcelJS.Workbook, spec: SheetSpec): void {
  // Printed, a sheet is one page wide (landscape A4) with its header row on every page.
  const ws = book.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' } });
  ws.columns = spec.columns.map((c) => ({ header: c.header, width: c.width, ...(c.format ? { style: { numFmt: c.format } } : {}) }));
  ws.getRow(1).font = { bold: true };
  // A header longer than its column ('Effort (person-days, likely)') wraps instead of being cut off.
  ws.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F7FA' } };
  for (const row of spec.rows) ws.addRow([...row]);
  const last = spec.rows.length + 1;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, last), column: spec.columns.length } };
  if (spec.totals && spec.rows.length > 0) {
    const total = ws.addRow([]);
    total.getCell(1).value = 'Σ';
    total.font = { bold: true };
    for (const i of spec.totals) {
      const letter = ws.getColumn(i + 1).letter;
      const sum = spec.rows.reduce((s, r) => s + (typeof r[i] === 'number' ? (r[i] as number) : 0), 0);
      total.getCell(i + 1).value = { formula: `SUBTOTAL(109,${letter}2:${letter}${last})`, result: Math.round(sum * 100) / 100 };
      const fmt = spec.columns[i]?.format;
      if (fmt) total.getCell(i + 1).numFmt = fmt;
    }
  }
}
