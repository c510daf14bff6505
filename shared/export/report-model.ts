/**
 * The report as one model of sections and blocks, already in the document's language; HTML, DOCX
 * and Markdown each render the same model, so the three documents cannot drift apart.
 */
import type { Project, RiskEntry } from '../model/schema';
import { defaultAssumptionList } from '../plan/assumptions';
import { simulateOutage } from '../plan/outage';
import type { IsoDate, Plan, Wave } from '../plan/types';
import { dayOrRange, documentFormat, type DocumentFormat } from './format';
import { createExportText, type ExportText } from './i18n';
import { namesFor, type Names } from './names';
import { sectionsOf, type ExportOptions, type Paper, type ReportSection } from './options';
import { driverTitle, endAt, planFacts, registerText, registerTitle, waveCriticality, type ConfidenceLevel, type PlanFacts } from './plan-facts';
import { baselineBlocks, scenarioBlocks } from './report-decisions';
import { targetDateBlocks } from './report-target-date';
import { datedSteps } from '../layout/timeline/step-dates';
import { timelineSvg } from './timeline-svg';

/** One row of the timeline as the DOCX table and the Mermaid gantt show it. */
export interface TimelineItem {
  readonly id: string;
  readonly lane: string;
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly milestone: boolean;
  readonly critical: boolean;
  /** A wave's P50 and P95 finish. */
  readonly bandStart?: IsoDate;
  readonly bandEnd?: IsoDate;
}

export interface TableColumn {
  readonly label: string;
  readonly align?: 'left' | 'right';
  /** Short values (a date, a phase, a severity) that must not break across lines. */
  readonly nowrap?: boolean;
}

export type ReportBlock =
  | { readonly type: 'paragraph'; readonly text: string; readonly tone?: 'muted' | 'lead' }
  | { readonly type: 'subheading'; readonly text: string }
  | { readonly type: 'figures'; readonly items: readonly { readonly label: string; readonly value: string; readonly note?: string; readonly emphasis?: boolean }[] }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | { readonly type: 'table'; readonly columns: readonly TableColumn[]; readonly rows: readonly (readonly string[])[] }
  /** A picture drawn in SVG (the scenarios' end dates), with a text alternative for formats that cannot show it. */
  | { readonly type: 'chart'; readonly svg: string; readonly alt: string; readonly legend: readonly { readonly label: string; readonly color: string }[] }
  | {
      readonly type: 'timeline';
      readonly items: readonly TimelineItem[];
      /** The chart drawn from shared/layout's timeline geometry, labelled in the document's language. */
      readonly svg: string;
      readonly legend: { readonly plan: string; readonly band: string; readonly critical: string; readonly milestone: string; readonly freeze: string };
      /** How to read it, for each way a format draws it: the chart (HTML, PDF), Word's month table, Markdown's gantt. */
      readonly lead: { readonly chart: string; readonly table: string; readonly gantt: string };
    };

export interface ReportPart {
  readonly id: ReportSection;
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

export interface ReportModel {
  readonly lang: ExportOptions['lang'];
  readonly paper: Paper;
  readonly title: string;
  readonly subtitle: string;
  /** Lines under the title on the cover: date, basis. */
  readonly meta: readonly string[];
  /** `Page {{page}} of {{pages}}` in the document's language, for print footers. */
  readonly pageOf: string;
  /** Every section but the cover (the cover is title + subtitle + meta). */
  readonly parts: readonly ReportPart[];
  readonly hasCover: boolean;
}

interface Ctx {
  readonly project: Project;
  readonly plan: Plan;
  readonly text: ExportText;
  readonly t: ExportText['t'];
  readonly fmt: DocumentFormat;
  readonly names: Names;
  readonly facts: PlanFacts;
  readonly level: ConfidenceLevel;
}

export function buildReportModel(project: Project, plan: Plan, options: ExportOptions): ReportModel {
  const text = createExportText(options.messages, options.lang);
  const ctx: Ctx = {
    project,
    plan,
    text,
    t: text.t,
    fmt: documentFormat(options.lang, project.project.currency),
    names: namesFor(project, plan.waves, text, plan.moveGroups),
    facts: planFacts(project, plan),
    level: options.confidence ?? 'p80',
  };
  const { t, fmt, names } = ctx;
  const sections = sectionsOf(options);
  const builders: Record<Exclude<ReportSection, 'cover'>, (c: Ctx) => ReportBlock[]> = {
    summary: summaryBlocks,
    timeline: timelineBlocks,
    waves: waveBlocks,
    runbook: runbookBlocks,
    risks: riskBlocks,
    scenarios: scenarioBlocks,
    baseline: baselineBlocks,
    assumptions: assumptionBlocks,
    inventory: inventoryBlocks,
  };
  // A section with nothing to say (no scenarios, no saved baseline) is left out rather than shown empty.
  const parts = sections
    .filter((s): s is Exclude<ReportSection, 'cover'> => s !== 'cover')
    .map((id) => ({ id, heading: t(`export:section.${id}`), blocks: builders[id](ctx) }))
    .filter((part) => part.blocks.length > 0 || (part.id !== 'scenarios' && part.id !== 'baseline'));
  const generatedOn = options.generatedAt?.slice(0, 10);
  return {
    lang: options.lang,
    paper: options.paper ?? 'a4',
    title: t('export:document.title', { project: project.project.name }),
    subtitle: t('export:document.subtitle', { source: names.provider(project.project.sourceProvider), targets: text.list(project.project.defaultTargets.map(names.provider)) }),
    meta: [
      ...(generatedOn ? [t('export:document.generatedOn', { date: fmt.date(generatedOn) })] : []),
      t('export:document.basis', { runs: fmt.number(plan.runs, 0), seed: plan.seed }),
    ],
    pageOf: t('export:document.pageOf', { page: '{{page}}', pages: '{{pages}}', interpolation: { skipOnVariables: true } }),
    parts,
    hasCover: sections.includes('cover'),
  };
}

const LEVEL_LABEL: Record<ConfidenceLevel, string> = { p50: 'P50', p80: 'P80', p95: 'P95' };

function summaryBlocks(c: Ctx): ReportBlock[] {
  const { t, fmt, facts, plan, project, names, level } = c;
  const moving = plan.waves.reduce((n, w) => n + w.workloadIds.length, 0);
  const date = (iso: string) => fmt.date(iso);
  type Figure = { label: string; value: string; note?: string; emphasis?: boolean };
  const dates: Figure[] = [
    { label: t('export:summary.p50'), value: date(facts.p50End), emphasis: level === 'p50' },
    { label: t('export:summary.p80'), value: date(facts.p80End), emphasis: level === 'p80' },
    { label: t('export:summary.p95'), value: date(facts.p95End), emphasis: level === 'p95' },
    { label: t('export:summary.deterministic'), value: date(facts.deterministicEnd), note: t('export:summary.deterministicPercentile', { share: fmt.percent(facts.deterministicPercentile) }) },
    { label: t('export:summary.contingency', { level: LEVEL_LABEL[level] }), value: t('export:summary.contingencyValue', { count: facts.contingencyDays[level] }) },
  ];
  // Each total beside the labour it holds, in the order of the dates (P50, P80, then the deterministic one, named as such).
  const cost: Figure[] = [
    { label: t('export:summary.costTotalP50'), value: fmt.money(plan.cost.totalP50), note: t('export:summary.costTotalNote', { level: 'P50' }), emphasis: level === 'p50' },
    { label: t('export:summary.costTotalP80'), value: fmt.money(plan.cost.totalP80), note: t('export:summary.costTotalNote', { level: 'P80' }), emphasis: level === 'p80' },
    { label: t('export:summary.costTotal'), value: fmt.money(plan.cost.total), note: t('export:summary.costTotalDeterministicNote') },
    { label: t('export:summary.costLabourP50'), value: fmt.money(facts.labourP50) },
    { label: t('export:summary.costLabourP80'), value: fmt.money(facts.labourP80) },
    { label: t('export:summary.costLabour'), value: fmt.money(facts.labour) },
    { label: t('export:summary.costDualRunning'), value: fmt.money(plan.cost.dualRunning) },
    ...(plan.cost.crossCloudEgress > 0 ? [{ label: t('export:summary.costEgress'), value: fmt.money(plan.cost.crossCloudEgress) }] : []),
  ];
  const blocks: ReportBlock[] = [
    // A date to meet leads the summary when there is one: it is the question the reader asks first.
    ...targetDateBlocks(plan, c.text, fmt),
    { type: 'paragraph', tone: 'lead', text: sentences(c, [t('export:summary.scope', { count: moving, waves: plan.waves.length }), ...(plan.excluded.length > 0 ? [t('export:summary.excluded', { count: plan.excluded.length })] : [])]) },
    { type: 'figures', items: dates },
    { type: 'paragraph', tone: 'muted', text: t('export:document.confidenceNote', { level: LEVEL_LABEL[level], share: fmt.percent(level === 'p50' ? 0.5 : level === 'p80' ? 0.8 : 0.95) }) },
    { type: 'subheading', text: t('export:summary.cost') },
    { type: 'figures', items: cost },
    { type: 'paragraph', tone: 'muted', text: t('export:summary.runRate', { source: fmt.money(plan.cost.sourceMonthly), target: fmt.money(plan.cost.targetMonthly) }) },
  ];

  const top = [...plan.risks].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)).slice(0, 5);
  if (top.length > 0) {
    blocks.push({ type: 'subheading', text: t('export:summary.topRisks') });
    const colon = c.text.lng === 'en' ? ': ' : '：';
    blocks.push({ type: 'list', items: top.map((r) => `${t(`common:riskSeverity.${r.severity}`)}${colon}${sentences(c, [c.text.planText('risk', r.code, namedParams(r.params, names), r.title)])} ${c.text.planText('riskMitigation', r.code, namedParams(r.params, names), r.mitigation)}`) });
  }
  const drivers = facts.drivers.filter((d) => d.daysAtP80 > 0).slice(0, 5);
  if (drivers.length > 0) {
    blocks.push({ type: 'subheading', text: t('export:summary.drivers') });
    blocks.push({ type: 'paragraph', tone: 'muted', text: t('export:summary.driversLead', { days: fmt.number(facts.contingencyDays.p80, 0) }) });
    blocks.push({
      type: 'list',
      items: drivers.map((d) => {
        const days = t('export:summary.driverDays', { count: d.daysAtP80, formatted: fmt.number(d.daysAtP80, 1) });
        const occurs = d.kind === 'risk' && d.occurrence !== undefined ? ` (${t('export:summary.driverOccurs', { share: fmt.percent(d.occurrence) })})` : '';
        return `${driverTitle(d, c.text)}${c.text.lng === 'en' ? ': ' : '：'}${days}${occurs}`;
      }),
    });
  }

  blocks.push({ type: 'subheading', text: t('export:summary.resilience') });
  const r = resilience(project, plan);
  if (r.critical === 0) blocks.push({ type: 'paragraph', text: t('export:summary.resilienceNone') });
  else {
    blocks.push({ type: 'paragraph', text: t('export:summary.resilienceLead', { provider: names.provider(project.project.sourceProvider) }) });
    blocks.push({
      type: 'figures',
      items: [
        { label: t('export:summary.resilienceToday'), value: fmt.percent(r.today / r.critical), note: t('export:summary.resilienceShare', { share: fmt.percent(r.today / r.critical), stopped: r.today, critical: r.critical }) },
        { label: t('export:summary.resilienceAfter'), value: fmt.percent(r.after / r.critical), note: t('export:summary.resilienceShare', { share: fmt.percent(r.after / r.critical), stopped: r.after, critical: r.critical }) },
      ],
    });
  }
  return blocks;
}

/** Critical workloads (high, mission-critical) an identity outage of the source stops, today and after the last wave. */
export function resilience(project: Project, plan: Plan): { critical: number; today: number; after: number } {
  const critical = new Set(project.workloads.filter((w) => w.criticality === 'high' || w.criticality === 'mission-critical').map((w) => w.id));
  const failure = { type: 'identity', provider: project.project.sourceProvider } as const;
  const stopped = (atWave: number) => simulateOutage(project, plan, failure, atWave).stopped.filter((s) => critical.has(s.workloadId)).length;
  const last = plan.waves.length > 0 ? Math.max(...plan.waves.map((w) => w.index)) : -1;
  return { critical: critical.size, today: stopped(-1), after: stopped(last) };
}

/** Risk params name workloads, teams and waves by id; a document shows their names. */
export function namedParams(params: Readonly<Record<string, string | number>>, names: Names): Record<string, string | number> {
  const out: Record<string, string | number> = { ...names.params(params) };
  if (typeof out.team === 'string') out.team = names.team(out.team);
  if (typeof out.provider === 'string') out.provider = names.provider(out.provider);
  return out;
}

function severityRank(s: string): number {
  return s === 'critical' ? 3 : s === 'high' ? 2 : s === 'medium' ? 1 : 0;
}

export function timelineItems(c: Pick<Ctx, 'plan' | 'names' | 't' | 'facts'>): TimelineItem[] {
  const { plan, names, t, facts } = c;
  const wavesById = new Map(plan.waves.map((w) => [w.id, w]));
  const lane = (kind: string) =>
    kind === 'assess' || kind === 'foundation' || kind === 'lead-time' ? t('export:timeline.lane.program') : kind === 'compliance' ? t('export:timeline.lane.compliance') : kind === 'pilot' || kind === 'wave' || kind === 'rehearsal' ? t('export:timeline.lane.waves') : t('export:timeline.lane.closing');
  const items: TimelineItem[] = plan.schedule.phases.map((p) => {
    const wave = p.waveId && (p.kind === 'wave' || p.kind === 'pilot') ? wavesById.get(p.waveId) : undefined;
    return {
      id: p.id,
      lane: lane(p.kind),
      label: names.phase(p),
      start: p.start,
      end: p.end,
      milestone: false,
      critical: (facts.phaseCriticality[p.id] ?? 0) >= 0.5,
      ...(wave && wave.p95End > wave.p50End ? { bandStart: wave.p50End, bandEnd: wave.p95End } : {}),
    };
  });
  for (const m of plan.schedule.milestones) items.push({ id: m.id, lane: t('export:timeline.lane.milestones'), label: names.milestone(m), start: m.date, end: m.date, milestone: true, critical: false });
  return items;
}

function timelineBlocks(c: Ctx): ReportBlock[] {
  const { t } = c;
  return [
    { type: 'timeline', items: timelineItems(c), svg: timelineSvg(c.project, c.plan, c.text, c.names), lead: { chart: t('export:timeline.lead'), table: t('export:timeline.tableLead'), gantt: t('export:timeline.ganttLead') }, legend: { plan: t('export:timeline.legendPlan'), band: t('export:timeline.legendBand'), critical: t('export:timeline.legendCritical'), milestone: t('export:timeline.legendMilestone'), freeze: t('export:timeline.legendFreeze') } },
    {
      type: 'table',
      columns: [{ label: t('export:column.phase') }, { label: t('export:column.start'), nowrap: true }, { label: t('export:column.end'), nowrap: true }, { label: t('export:column.workingDays'), align: 'right', nowrap: true }],
      rows: c.plan.schedule.phases.map((p) => [c.names.phase(p), c.fmt.date(p.start), c.fmt.date(p.end), c.fmt.number(p.workingDays, 0)]),
    },
  ];
}

function criticalityMix(c: Ctx, wave: Wave): string {
  const byId = new Map(c.project.workloads.map((w) => [w.id, w]));
  const counts = new Map<string, number>();
  for (const id of wave.workloadIds) {
    const k = byId.get(id)?.criticality;
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const mix = ['mission-critical', 'high', 'medium', 'low'].filter((k) => counts.has(k)).map((k) => `${c.t(`common:criticality.${k}`)} ${counts.get(k)}`);
  return c.text.list(mix, { kind: 'series' });
}

/** What moves the wave's P80 end most (the engine's per-wave drivers), with the working days each adds; none when nothing does. */
function waveDriverFigure(c: Ctx, wave: Wave): { label: string; value: string }[] {
  const { t, fmt, plan } = c;
  const byId = new Map(plan.simulation.drivers.map((d) => [d.id, d]));
  const moved = (plan.simulation.waves.find((w) => w.waveId === wave.id)?.drivers ?? []).slice(0, 3).flatMap((m) => {
    const driver = byId.get(m.id);
    return driver ? [t('export:wave.driverItem', { name: driverTitle(driver, c.text), days: fmt.number(m.daysAtP80, 1) })] : [];
  });
  return moved.length === 0 ? [] : [{ label: t('export:wave.drivers'), value: moved.join(t('export:wave.driverSeparator')) }];
}

function waveBlocks(c: Ctx): ReportBlock[] {
  const { t, fmt, names, plan, project } = c;
  const byId = new Map(project.workloads.map((w) => [w.id, w]));
  const blocks: ReportBlock[] = [];
  for (const wave of plan.waves) {
    blocks.push({ type: 'subheading', text: `${names.wave(wave)} · ${t('export:wave.workloads', { count: wave.workloadIds.length })}` });
    blocks.push({
      type: 'figures',
      items: [
        { label: t('export:column.start'), value: fmt.date(wave.start) },
        { label: t('export:wave.cutover'), value: dayOrRange(t, fmt.date, wave.cutover.start, wave.cutover.end) },
        { label: t('export:wave.finishP50P95'), value: [wave.p50End, wave.p80End, wave.p95End].map(fmt.date).join(' / ') },
        { label: t('export:wave.effort'), value: fmt.number(wave.effort.likely, 0) },
        { label: t('export:wave.data'), value: fmt.dataSize(wave.dataGb) },
        { label: t('export:wave.criticality'), value: criticalityMix(c, wave) || t('export:none') },
        { label: t('export:wave.criticalIndex'), value: t('export:wave.criticalIndexValue', { share: fmt.percent(waveCriticality(c.facts, wave)) }) },
        ...waveDriverFigure(c, wave),
      ],
    });
    if (wave.teams.length > 1) {
      blocks.push({ type: 'paragraph', tone: 'muted', text: t('export:wave.teams') });
      blocks.push({
        type: 'table',
        columns: [{ label: t('export:column.team') }, { label: t('export:column.start'), nowrap: true }, { label: t('export:column.end'), nowrap: true }, { label: t('export:column.workingDays'), align: 'right', nowrap: true }, { label: t('export:column.effort'), align: 'right', nowrap: true }],
        rows: wave.teams.map((part) => [names.team(part.teamId), fmt.date(part.start), fmt.date(part.end), fmt.number(part.workingDays, 0), fmt.number(part.effort, 1)]),
      });
    }
    blocks.push({
      type: 'table',
      columns: [{ label: t('export:column.workload') }, { label: t('export:column.kind'), nowrap: true }, { label: t('export:column.strategy'), nowrap: true }, { label: t('export:column.criticality'), nowrap: true }, { label: t('export:column.target'), nowrap: true }, { label: t('export:column.team') }, { label: t('export:column.effort'), align: 'right' }],
      rows: wave.workloadIds.map((id) => {
        const w = byId.get(id);
        const e = plan.estimates[id];
        return [names.workload(id), w ? t(`common:kind.${w.kind}`) : '', w ? t(`common:strategy.${w.strategy}`) : '', w ? t(`common:criticality.${w.criticality}`) : '', names.targetOf(id), w ? names.team(w.team) : '', e ? fmt.number(e.effort.likely, 1) : ''];
      }),
    });
  }
  return blocks;
}

function runbookBlocks(c: Ctx): ReportBlock[] {
  const { t, fmt, names, plan, project } = c;
  const steps = datedSteps(plan, project.calendar);
  const blocks: ReportBlock[] = [];
  const phases = ['prepare', 'replicate', 'test', 'rehearse', 'cutover', 'hypercare', 'decommission'] as const;
  for (const wave of plan.waves) {
    const mine = steps.filter((s) => s.wave.id === wave.id);
    blocks.push({ type: 'subheading', text: `${names.wave(wave)} · ${t('export:runbook.steps', { count: mine.length })}` });
    blocks.push({
      type: 'table',
      columns: [{ label: t('export:column.phase'), nowrap: true }, { label: t('export:column.start'), nowrap: true }, { label: t('export:column.end'), nowrap: true }, { label: t('export:column.count'), align: 'right', nowrap: true }, { label: t('export:column.step') }],
      rows: phases.flatMap((phase) => {
        const inPhase = mine.filter((s) => s.step.phase === phase);
        if (inPhase.length === 0) return [];
        const first = inPhase[0]!;
        const example = c.text.stepText(first.step, names.workload(first.step.workloadId), names.targetOf(first.step.workloadId));
        return [[t(`export:runbook.phaseName.${phase}`), fmt.date(first.start), fmt.date(first.end), fmt.number(inPhase.length, 0), inPhase.length > 1 ? `${example} …` : example]];
      }),
    });
  }
  return blocks;
}

function riskBlocks(c: Ctx): ReportBlock[] {
  const { t, names, plan, fmt, facts } = c;
  const risks = [...plan.risks].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const daysAtP80 = new Map(facts.drivers.map((d) => [d.id, d.daysAtP80]));
  const register: ReportBlock[] =
    facts.register.length === 0
      ? []
      : [
          { type: 'subheading', text: t('export:register.heading') },
          { type: 'paragraph', tone: 'muted', text: t('export:register.lead') },
          {
            type: 'table',
            columns: [{ label: t('export:column.risk') }, { label: t('export:register.chance'), align: 'right', nowrap: true }, { label: t('export:register.impact') }, { label: t('export:register.daysAtP80'), align: 'right', nowrap: true }, { label: t('export:column.mitigation') }, { label: t('export:column.sourceOf') }],
            rows: facts.register.map((r) => [
              r.enabled ? registerTitle(r.title, c.text) : `${registerTitle(r.title, c.text)} (${t('export:register.off')})`,
              fmt.percent(r.probability),
              impactText(c, r.impact),
              r.enabled ? fmt.number(daysAtP80.get(`risk:${r.id}`) ?? 0, 1) : '–',
              r.mitigation ? `${registerText('mitigation', r.mitigation.description, c.text)} (${r.mitigation.adopted ? t('export:register.adopted') : t('export:register.proposed')}: ${fmt.percent(r.mitigation.probability)}, ${impactText(c, r.mitigation.impact)})` : t('export:none'),
              r.source,
            ]),
          },
        ];
  if (risks.length === 0) return [{ type: 'paragraph', text: t('export:none') }, ...register];
  return [
    {
      type: 'table',
      columns: [{ label: t('export:column.severity'), nowrap: true }, { label: t('export:column.risk') }, { label: t('export:column.mitigation') }],
      rows: risks.map((r) => {
        const p = namedParams(r.params, names);
        return [t(`common:riskSeverity.${r.severity}`), c.text.planText('risk', r.code, p, r.title), c.text.planText('riskMitigation', r.code, p, r.mitigation)];
      }),
    },
    ...register,
  ];
}

/** `3-5-10 working days` or `+10%-20%-40% of its length`. */
function impactText(c: Ctx, impact: RiskEntry['impact']): string {
  const { t, fmt } = c;
  return impact.type === 'days'
    ? t('export:register.days', { optimistic: fmt.number(impact.optimistic), likely: fmt.number(impact.likely), pessimistic: fmt.number(impact.pessimistic) })
    : t('export:register.share', { optimistic: fmt.percent(impact.optimistic), likely: fmt.percent(impact.likely), pessimistic: fmt.percent(impact.pessimistic) });
}

function assumptionBlocks(c: Ctx): ReportBlock[] {
  const { t, fmt } = c;
  return [
    {
      type: 'table',
      columns: [{ label: t('export:column.assumption') }, { label: t('export:column.value'), align: 'right' }, { label: t('export:column.unit') }, { label: t('export:column.sourceOf') }],
      rows: assumptionRows(c.project).map((a) => [t(`assumptions:name.${a.id}`, { defaultValue: a.id }), fmt.number(a.value, 2), a.unit, a.source]),
    },
  ];
}

/** Every assumption the plan used: the defaults in their order, with the project's own values over them. */
export function assumptionRows(project: Project): { id: string; value: number; unit: string; source: string }[] {
  const seen = new Map<string, { id: string; value: number; unit: string; source: string }>();
  for (const a of defaultAssumptionList()) seen.set(a.id, { id: a.id, value: a.value, unit: a.unit, source: a.source });
  for (const a of project.assumptions) if (seen.has(a.id)) seen.set(a.id, { id: a.id, value: a.value, unit: a.unit, source: a.source });
  return [...seen.values()];
}

/** Sentences joined as the language writes them. */
function sentences(c: Ctx, parts: readonly string[]): string {
  return c.text.lng === 'en' ? parts.map((p) => `${p}.`).join(' ') : parts.map((p) => `${p}。`).join('');
}

function inventoryBlocks(c: Ctx): ReportBlock[] {
  const { t, fmt, names, plan, project } = c;
  const waveOf = new Map<string, Wave>();
  for (const w of plan.waves) for (const id of w.workloadIds) waveOf.set(id, w);
  const landingZone = new Set(plan.foundation.workloadIds);
  return [
    {
      type: 'table',
      // Short values stay on one line: a Chinese cell breaks between any two characters ('数据/分析').
      columns: [{ label: t('export:column.workload') }, { label: t('export:column.kind'), nowrap: true }, { label: t('export:column.source') }, { label: t('export:column.strategy'), nowrap: true }, { label: t('export:column.criticality'), nowrap: true }, { label: t('export:column.wave') }, { label: t('export:column.dataGb'), align: 'right', nowrap: true }, { label: t('export:column.monthlyCost'), align: 'right', nowrap: true }],
      rows: project.workloads.map((w) => {
        const wave = waveOf.get(w.id);
        const where = wave ? names.wave(wave) : landingZone.has(w.id) ? t('export:phase.foundation') : '–';
        return [w.name, t(`common:kind.${w.kind}`), names.service(w.sourceService), t(`common:strategy.${w.strategy}`), t(`common:criticality.${w.criticality}`), where, fmt.number(w.size.dataGb, 0), fmt.money(w.monthlyCost)];
      }),
    },
  ];
}

export { endAt };
