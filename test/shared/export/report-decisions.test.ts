import { describe, expect, it } from 'vitest';
import { reportMarkdown } from '../../../shared/export/markdown';
import { buildReportModel, type ReportBlock } from '../../../shared/export/report-model';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { captureBaseline } from '../../../shared/scenarios';
import { options, samplePlan } from './helpers';

const section = (model: ReturnType<typeof buildReportModel>, id: string) => model.parts.find((s) => s.id === id);
const tableOf = (blocks: readonly ReportBlock[]) => blocks.find((b): b is Extract<ReportBlock, { type: 'table' }> => b.type === 'table')!;

describe('Report: scenarios and baseline sections', () => {
  const { project, plan } = samplePlan('mid');

  it('sets the sample scenarios side by side with the baseline, the end dates overlaid, and what each changes', () => {
    const model = buildReportModel(project, plan, options('en'));
    const part = section(model, 'scenarios')!;
    expect(part.heading).toBe('Scenarios compared');
    const table = tableOf(part.blocks);
    expect(table.columns.map((c) => c.label)).toEqual(['Figure', 'Baseline', 'Two more engineers', 'Huawei Cloud instead of AWS']);
    const p80 = table.rows.find((r) => r[0] === 'P80 end')!;
    // Two more engineers on the team that owns most workloads finishes earlier at P80.
    expect(p80[2]).toMatch(/\(\d+ working days? earlier\)$/);
    expect(p80[1]).not.toMatch(/earlier|later/);
    const chart = part.blocks.find((b): b is Extract<ReportBlock, { type: 'chart' }> => b.type === 'chart')!;
    expect(chart.svg.match(/<polyline /g)).toHaveLength(3);
    expect(chart.legend.map((l) => l.label)).toEqual(['Baseline', 'Two more engineers', 'Huawei Cloud instead of AWS']);
    const lists = part.blocks.filter((b): b is Extract<ReportBlock, { type: 'list' }> => b.type === 'list');
    expect(lists[0]!.items).toEqual(['Commerce: 2 more engineers (3 → 5)']);
    expect(lists[1]!.items[0]).toMatch(/Every workload bound for AWS goes to Huawei Cloud instead \(\d+ workloads\)/);
  });

  it('writes the scenarios in Chinese too, and into Markdown with the chart described in words', () => {
    const zh = buildReportModel(project, plan, options('zh-CN'));
    expect(tableOf(section(zh, 'scenarios')!.blocks).columns[1]!.label).toBe('基线');
    const md = reportMarkdown(buildReportModel(project, plan, options('en')), project.calendar.workingDays);
    expect(md).toContain('## Scenarios compared');
    expect(md).toMatch(/\| P80 end \|/);
  });

  it('leaves both sections out of a project with no scenarios and no baseline', () => {
    const { scenarios: _s, ...bare } = project;
    const model = buildReportModel(bare as Project, plan, options('en'));
    expect(section(model, 'scenarios')).toBeUndefined();
    expect(section(model, 'baseline')).toBeUndefined();
  });

  it('shows the variance against the last saved baseline, per wave and for the program', () => {
    const baseline = captureBaseline(project, plan, { id: 'b1', name: 'Approved in January', savedOn: '2027-01-04' });
    // After saving, the largest team loses two engineers: the plan runs later than the baseline.
    const team = [...project.teams].sort((a, b) => b.engineers - a.engineers)[0]!;
    const edited: Project = { ...project, baselines: [baseline], teams: project.teams.map((t) => (t.id === team.id ? { ...t, engineers: t.engineers - 2 } : t)) };
    const later = planProject(edited, { runs: 400 });
    const part = section(buildReportModel(edited, later, options('en')), 'baseline')!;
    expect(part.blocks[0]).toMatchObject({ type: 'paragraph', text: expect.stringContaining('Approved in January') });
    const figures = part.blocks.find((b): b is Extract<ReportBlock, { type: 'figures' }> => b.type === 'figures')!;
    const end = figures.items[0]!;
    expect(end.value).toMatch(/^\d+ working days? late$/);
    expect(end.note).toContain(' → ');
    const table = tableOf(part.blocks);
    expect(table.rows).toHaveLength(Math.max(baseline.waves.length, later.waves.length));
    expect(table.rows.some((r) => /late/.test(r[3]!))).toBe(true);
    // Unchanged, the plan is on time against its own baseline.
    const same = section(buildReportModel({ ...project, baselines: [baseline] }, plan, options('en')), 'baseline')!;
    const sameFigures = same.blocks.find((b): b is Extract<ReportBlock, { type: 'figures' }> => b.type === 'figures')!;
    expect(sameFigures.items[0]!.value).toBe('on the baseline');
  });
});
