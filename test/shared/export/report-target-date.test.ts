/**
 * The report's executive summary leads with the date to meet when the project has one: the chance,
 * what threatens it and the changes that bring it to 80%, by name, in English and in Chinese.
 */
import { describe, expect, it } from 'vitest';
import { reportMarkdown } from '../../../shared/export/markdown';
import { distinctLevers } from '../../../shared/export/report-target-date';
import { buildReportModel } from '../../../shared/export/report-model';
import { planProject } from '../../../shared/plan/plan-project';
import type { TargetLever } from '../../../shared/plan/types';
import { options, samplePlan } from './helpers';

describe('the executive summary with a target date', () => {
  const { project: base, plan: basePlan } = samplePlan('small');
  const project = { ...base, project: { ...base.project, targetDate: basePlan.schedule.p50End } };
  const plan = planProject(project, { runs: 400 });

  it('leads with the date, the chance and the changes that reach 80%', () => {
    const summary = buildReportModel(project, plan, options('en')).parts.find((p) => p.id === 'summary')!;
    const [heading, lead] = summary.blocks;
    expect(heading).toEqual({ type: 'subheading', text: expect.stringMatching(/^The date to meet: /) });
    const percent = `${Math.round(plan.schedule.onTimeProbability! * 100)}%`;
    expect(lead).toMatchObject({ type: 'paragraph', tone: 'lead' });
    expect((lead as { text: string }).text).toContain(`${percent} of the simulated runs are done by`);
    const lists = summary.blocks.filter((b) => b.type === 'list').map((b) => (b as { items: readonly string[] }).items);
    const levers = lists[1]!;
    expect(levers.length).toBeGreaterThan(0);
    // Named as the user named things (the shop's one team), never by id.
    expect(levers.join('\n')).toContain('Shop engineering');
    expect(levers.join('\n')).not.toMatch(/ in shop\b|teamId/);
  });

  it('reads in Chinese, and the Markdown carries it before the figures', () => {
    const zh = buildReportModel(project, plan, options('zh-CN')).parts.find((p) => p.id === 'summary')!;
    expect((zh.blocks[0] as { text: string }).text).toMatch(/^目标日期：/);
    expect((zh.blocks[1] as { text: string }).text).toContain('的模拟运行在');
    const md = reportMarkdown(buildReportModel(project, plan, options('en')), project.calendar.workingDays);
    expect(md.indexOf('The date to meet')).toBeGreaterThan(0);
    expect(md.indexOf('The date to meet')).toBeLessThan(md.indexOf('P80 (commit)'));
  });

  it('is absent without a target date', () => {
    const summary = buildReportModel(base, basePlan, options('en')).parts.find((p) => p.id === 'summary')!;
    expect(summary.blocks.some((b) => b.type === 'subheading' && b.text.startsWith('The date to meet'))).toBe(false);
  });

  it('shows more engineers on one team once, the first the engine lists, beside the other kinds', () => {
    const lever = (id: string, kind: 'engineer' | 'mitigation', teamId?: string): TargetLever => ({ change: { kind, id, title: id, code: 'lever.x', params: teamId ? { teamId } : {} }, onTimeProbability: 0.7 });
    const shown = distinctLevers([lever('engineers:a:5', 'engineer', 'a'), lever('engineers:a:4', 'engineer', 'a'), lever('engineer:b', 'engineer', 'b'), lever('mitigation:r', 'mitigation')], 3);
    expect(shown.map((l) => l.change.id)).toEqual(['engineers:a:5', 'engineer:b', 'mitigation:r']);
  });
});
