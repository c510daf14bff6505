/**
 * The summary's cost lines add up to the total it states: with cross-cloud traffic in the plan, its
 * own line ("Cross-cloud traffic") is there, and labour + running both clouds + that line make the
 * most likely schedule's total; without it, no such line. Dropping the line survived every export
 * spec (mutation sample, docs/testing.md): the total then included money no line showed.
 */
import { describe, expect, it } from 'vitest';
import { documentFormat } from '../../../shared/export/format';
import { buildReportModel } from '../../../shared/export/report-model';
import { options, samplePlan } from './helpers';

const { project, plan: base } = samplePlan('mid');

const figures = (plan: typeof base) =>
  buildReportModel(project, plan, options('en')).parts.find((p) => p.id === 'summary')!.blocks.flatMap((b) => (b.type === 'figures' ? b.items : []));

describe('the cross-cloud traffic cost line', () => {
  it('is shown, and the shown lines make the total, when the plan pays for cross-cloud traffic', () => {
    const egress = 12_345;
    const plan = { ...base, cost: { ...base.cost, crossCloudEgress: egress, total: base.cost.labour + base.cost.dualRunning + egress } };
    const fmt = documentFormat('en', project.project.currency);
    const items = figures(plan);
    const value = (label: string) => items.find((f) => f.label === label)?.value;
    expect(value('Cross-cloud traffic')).toBe(fmt.money(egress));
    expect(value('Total one-off cost (most likely schedule)')).toBe(fmt.money(base.cost.labour + base.cost.dualRunning + egress));
    expect(value('Labour (most likely schedule)')).toBe(fmt.money(base.cost.labour));
  });

  it('is left out when there is none', () => {
    const plan = { ...base, cost: { ...base.cost, crossCloudEgress: 0 } };
    expect(figures(plan).map((f) => f.label)).not.toContain('Cross-cloud traffic');
  });
});
