// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../shared/catalog';
import { reportMarkdown } from '../../../shared/export/markdown';
import { mermaidGantt } from '../../../shared/export/mermaid-gantt';
import { buildReportModel } from '../../../shared/export/report-model';
import { options, samplePlan } from './helpers';

type Mermaid = { parse(text: string): Promise<unknown> };
let mermaid: Mermaid;

beforeAll(async () => {
  // Mermaid's parser needs a DOM to sanitise with: this file runs in jsdom.
  mermaid = ((await import('mermaid')) as unknown as { default: Mermaid }).default;
}, 60_000);

const ganttOf = (md: string) => /```mermaid\n([\s\S]*?)\n```/.exec(md)![1]!;

describe('Markdown report', () => {
  const { project, plan } = samplePlan('mid');

  it("names each workload's service in the inventory appendix as the Inventory does, by its catalog name, never its id", () => {
    const md = reportMarkdown(buildReportModel(project, plan, options('en')), project.calendar.workingDays);
    const appendix = md.slice(md.indexOf('## Appendix: inventory'));
    for (const w of project.workloads.slice(0, 20)) {
      const row = appendix.split('\n').find((line) => line.startsWith(`| ${w.name} |`))!;
      expect(row.split(' | ')[2]).toBe(catalogEntry(w.sourceService)!.name);
    }
    expect(appendix).not.toMatch(/\| alibaba\.[a-z-]+ \|/);
  });

  it("has a Mermaid gantt that mermaid's own parser accepts, in both languages", async () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const md = reportMarkdown(buildReportModel(project, plan, options(lang)), project.calendar.workingDays);
      await expect(mermaid.parse(ganttOf(md))).resolves.toMatchObject({ diagramType: 'gantt' });
    }
  });

  it('writes the gantt as the issue asks: dateFormat, excludes weekends, a section per lane, milestones, crit', () => {
    const md = reportMarkdown(buildReportModel(project, plan, options('en')), project.calendar.workingDays);
    const gantt = ganttOf(md).split('\n');
    expect(gantt).toContain('    dateFormat YYYY-MM-DD');
    expect(gantt).toContain('    excludes weekends');
    expect(md).toContain("_The deterministic plan's phases and waves by lane; crit (red) tasks are on the critical path.");
    expect(gantt.filter((l) => l.startsWith('    section '))).toEqual(['    section Program', '    section Compliance', '    section Waves', '    section Hypercare and decommission', '    section Milestones']);
    expect(gantt.filter((l) => l.includes(':milestone,'))).toHaveLength(plan.schedule.milestones.length);
    expect(gantt.some((l) => l.includes(':crit,'))).toBe(true);
    const assess = plan.schedule.phases.find((p) => p.kind === 'assess')!;
    // Mermaid draws up to the start of the end date: the end written is the day after the last day.
    const dayAfter = new Date(`${assess.end}T00:00:00Z`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    expect(gantt).toContain(`    Assess :crit, t1, ${assess.start}, ${dayAfter.toISOString().slice(0, 10)}`);
  });

  it('rejects nothing a title may contain: colons, hashes and semicolons are taken out of task names', async () => {
    const gantt = mermaidGantt('Plan: A#1; B', [{ id: 'x', lane: 'Lane: 1', label: 'Cutover: web; api #2', start: '2027-01-11', end: '2027-01-12', milestone: false, critical: true }], [1, 2, 3, 4, 5]);
    await expect(mermaid.parse(gantt)).resolves.toBeTruthy();
    expect(gantt).toContain('Cutover web api 2 :crit, t1, 2027-01-11, 2027-01-13');
  });

  it('renders tables with one row per workload in the appendix', () => {
    const md = reportMarkdown(buildReportModel(project, plan, options('en')), project.calendar.workingDays);
    const appendix = md.slice(md.indexOf('## Appendix: inventory'));
    const tableRows = appendix.split('\n').filter((l) => l.startsWith('| '));
    expect(tableRows).toHaveLength(project.workloads.length + 2); // header, separator, workloads
    expect(md).toContain('## Executive summary');
    expect(md).toContain('| --- |');
  });
});
