/**
 * What the report says of each wave and of each workload, checked against the plan and the project
 * file: a wave's start, cutover, P50/P80/P95 finish, effort, data and the mix of criticality of its
 * workloads (counted here from the project), its workload table; the appendix's wave column (the
 * wave, the landing zone, or a dash for what does not move) with each workload's data and cost; the
 * summary's scope sentence; the risks by severity, worst first.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { reportMarkdown } from '../../../shared/export/markdown';
import { buildReportModel, type ReportBlock, type ReportModel } from '../../../shared/export/report-model';
import { enDate, options, samplePlan } from './helpers';

const { project, plan } = samplePlan('mid');
// Built in each test, not while the file is collected: Stryker credits that work to no test.
let model: ReportModel;
beforeEach(() => {
  model = buildReportModel(project, plan, options('en'));
});
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const blocksOf = (m: ReportModel, id: string): readonly ReportBlock[] => m.parts.find((p) => p.id === id)!.blocks;
type Table = Extract<ReportBlock, { type: 'table' }>;
type Figures = Extract<ReportBlock, { type: 'figures' }>;
const workload = new Map(project.workloads.map((w) => [w.id, w]));

describe('the report on each wave', () => {
  let blocks: readonly ReportBlock[];
  beforeEach(() => {
    blocks = blocksOf(model, 'waves');
  });

  it('heads each wave with its name and count, then its dates, effort, data and criticality mix', () => {
    for (const wave of plan.waves) {
      const at = blocks.findIndex((b) => b.type === 'subheading' && b.text === `${wave.name} · ${wave.workloadIds.length} workload${wave.workloadIds.length === 1 ? '' : 's'}`);
      expect(at, wave.name).toBeGreaterThanOrEqual(0);
      const figures = new Map((blocks[at + 1] as Figures).items.map((f) => [f.label, f.value]));
      expect(figures.get('Start')).toBe(enDate(wave.start));
      expect(figures.get('Cutover')).toBe(wave.cutover.start === wave.cutover.end ? enDate(wave.cutover.start) : `${enDate(wave.cutover.start)} to ${enDate(wave.cutover.end)}`);
      expect(figures.get('Finish P50 / P80 / P95')).toBe(`${enDate(wave.p50End)} / ${enDate(wave.p80End)} / ${enDate(wave.p95End)}`);
      expect(figures.get('Effort (person-days, likely)')).toBe(String(Math.round(wave.effort.likely)));
      const counts = ['mission-critical', 'high', 'medium', 'low'].map((k) => [k, wave.workloadIds.filter((id) => workload.get(id)!.criticality === k).length] as const).filter(([, n]) => n > 0);
      expect(figures.get('Criticality')).toBe(counts.map(([k, n]) => `${cap(k)} ${n}`).join(', '));
    }
    // A cutover over several days is written as its range.
    const longer = plan.waves.map((w, i) => (i === 0 ? { ...w, cutover: { ...w.cutover, end: '2027-05-03' } } : w));
    const first = blocksOf(buildReportModel(project, { ...plan, waves: longer }, options('en')), 'waves')[1] as Figures;
    expect(first.items.find((f) => f.label === 'Cutover')!.value).toBe(`${enDate(plan.waves[0]!.cutover.start)} to May 3, 2027`);
    // The sample's pilot: 3 workloads, two of medium criticality and one of low (the project file).
    expect(new Map((blocks[1] as Figures).items.map((f) => [f.label, f.value])).get('Criticality')).toBe('Medium 2, Low 1');
  });

  it("lists each wave's workloads with kind, strategy, criticality, target, team and effort", () => {
    const tables = blocks.filter((b): b is Table => b.type === 'table' && b.columns[0]!.label === 'Workload');
    expect(tables).toHaveLength(plan.waves.length);
    expect(tables[0]!.columns.map((c) => c.label)).toEqual(['Workload', 'Kind', 'Strategy', 'Criticality', 'Moves to', 'Team', 'Effort (person-days)']);
    const teams = new Map(project.teams.map((t) => [t.id, t.name]));
    plan.waves.forEach((wave, i) => {
      expect(tables[i]!.rows.map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual(
        wave.workloadIds.map((id) => {
          const w = workload.get(id)!;
          return [w.name, cap(w.strategy), cap(w.criticality), 'AWS', teams.get(w.team)];
        }),
      );
      expect(tables[i]!.rows.map((r) => Number(r[6]))).toEqual(wave.workloadIds.map((id) => Math.round(plan.estimates[id]!.effort.likely * 10) / 10));
    });
    expect(tables[0]!.rows.map((r) => r[1])).toEqual(['Storage', 'Serverless', 'Observability']);
  });
});

describe('the inventory appendix', () => {
  let table: Table;
  beforeEach(() => {
    table = blocksOf(model, 'inventory')[0] as Table;
  });

  it("places each workload in its wave, the landing zone's in the foundation, and what does not move under a dash", () => {
    const waveOf = new Map(plan.waves.flatMap((w) => w.workloadIds.map((id) => [id, w.name] as const)));
    const foundation = new Set(plan.foundation.workloadIds);
    expect(table.rows).toHaveLength(project.workloads.length);
    project.workloads.forEach((w, i) => {
      const where = waveOf.get(w.id) ?? (foundation.has(w.id) ? 'Foundation (landing zone)' : '–');
      expect(table.rows[i]!.slice(0, 2).concat(table.rows[i]!.slice(3, 8)), w.id).toEqual([w.name, table.rows[i]![1], cap(w.strategy), cap(w.criticality), where, w.size.dataGb.toLocaleString('en-US', { maximumFractionDigits: 0 }), `CN¥${w.monthlyCost.toLocaleString('en-US', { maximumFractionDigits: 0 })}`]);
    });
    const dashes = project.workloads.filter((w) => !waveOf.has(w.id) && !foundation.has(w.id));
    expect(dashes.length).toBe(plan.excluded.length);
    expect(dashes.every((w) => w.strategy === 'retire' || w.strategy === 'retain')).toBe(true);
    expect(foundation.size).toBeGreaterThan(0);
  });
});

describe('the summary and the risks', () => {
  it('says how many workloads move in how many waves, and how many stay or retire', () => {
    const moving = plan.waves.reduce((n, w) => n + w.workloadIds.length, 0);
    const lead = blocksOf(model, 'summary').find((b) => b.type === 'paragraph' && b.tone === 'lead')!;
    expect(lead).toEqual({ type: 'paragraph', tone: 'lead', text: `${moving} workloads move in ${plan.waves.length} waves. ${plan.excluded.length} workloads are retired or retained.` });
    expect(moving + plan.excluded.length + plan.foundation.workloadIds.length).toBe(project.workloads.length);
    const zh = buildReportModel(project, plan, options('zh-CN'));
    expect(blocksOf(zh, 'summary').find((b) => b.type === 'paragraph' && b.tone === 'lead')).toMatchObject({ text: expect.stringMatching(new RegExp(`^[^.]*${moving}[^.]*${plan.waves.length}[^.]*。[^.]*${plan.excluded.length}[^.]*。$`)) });
  });

  it('orders the risks worst first, and the summary names the five worst with their mitigations', () => {
    const rank = { critical: 3, high: 2, medium: 1, low: 0 } as const;
    // Ordered by the report, whatever order the plan holds them in.
    const table = blocksOf(buildReportModel(project, { ...plan, risks: [...plan.risks].reverse() }, options('en')), 'risks')[0] as Table;
    const severities = table.rows.map((r) => r[0]!.toLowerCase() as keyof typeof rank);
    expect(severities.length).toBe(plan.risks.length);
    expect(severities.map((s) => rank[s])).toEqual([...severities.map((s) => rank[s])].sort((a, b) => b - a));
    expect(new Set(severities).size).toBeGreaterThan(2);
    const md = reportMarkdown(buildReportModel(project, { ...plan, risks: [...plan.risks].reverse() }, options('en')), project.calendar.workingDays);
    const top = md.slice(md.indexOf('### Top risks'), md.indexOf('### What widens')).split('\n').filter((l) => l.startsWith('- '));
    expect(top).toEqual(table.rows.slice(0, 5).map((r) => `- ${r[0]}: ${r[1]}. ${r[2]}`));
  });
});
