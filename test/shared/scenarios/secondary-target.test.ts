/**
 * A scenario that runs a workload on a second provider (or on one only): stored as one difference,
 * applied to the baseline, described in the baseline's words, and planned with the second copy's
 * effort and run cost.
 */
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../shared/model/load';
import type { Project, Scenario, ScenarioChange } from '../../../shared/model/schema';
import { ScenarioChangeSchema } from '../../../shared/model/schema';
import { applyScenario } from '../../../shared/scenarios/apply';
import { compareScenarios } from '../../../shared/scenarios/compare';
import { loadSample } from '../../../shared/samples';
import { project, workload } from '../plan/numeric-fixtures';

const scenario = (changes: ScenarioChange[]): Scenario => ({ id: 'two-clouds', name: 'Two clouds', changes });

const base = (): Project =>
  project({
    workloads: [
      workload('web', { name: 'Web shop', target: { provider: 'aws' } }),
      workload('pay', { name: 'Payments', target: { provider: 'aws' }, secondaryTarget: { provider: 'huawei', mode: 'active-passive' } }),
      workload('erp', { name: 'ERP', strategy: 'retain' }),
    ],
  });

describe('a scenario difference: one workload’s second provider', () => {
  it('is part of the file format, and null means one provider only', () => {
    expect(ScenarioChangeSchema.safeParse({ kind: 'secondary-target', workloadId: 'web', secondaryTarget: { provider: 'huawei', mode: 'active-active' } }).success).toBe(true);
    expect(ScenarioChangeSchema.safeParse({ kind: 'secondary-target', workloadId: 'web', secondaryTarget: null }).success).toBe(true);
    expect(ScenarioChangeSchema.safeParse({ kind: 'secondary-target', workloadId: 'web', secondaryTarget: { provider: 'huawei', mode: 'both' } }).success).toBe(false);
  });

  it('adds a second provider, changes one and removes one, in the baseline’s words', () => {
    const out = applyScenario(
      base(),
      scenario([
        { kind: 'secondary-target', workloadId: 'web', secondaryTarget: { provider: 'tencent', mode: 'active-active' } },
        { kind: 'secondary-target', workloadId: 'pay', secondaryTarget: { provider: 'azure', mode: 'active-active' } },
      ]),
    );
    expect(out.project.workloads.find((w) => w.id === 'web')!.secondaryTarget).toEqual({ provider: 'tencent', mode: 'active-active' });
    expect(out.project.workloads.find((w) => w.id === 'pay')!.secondaryTarget).toEqual({ provider: 'azure', mode: 'active-active' });
    expect(out.outcomes.map((o) => [o.status, o.parts[0]!.text.message])).toEqual([
      ['applied', 'Web shop: also runs on Tencent Cloud, active-active'],
      ['applied', 'Payments: second provider Huawei Cloud, active-passive → Azure, active-active'],
    ]);
    const removed = applyScenario(base(), scenario([{ kind: 'secondary-target', workloadId: 'pay', secondaryTarget: null }]));
    expect(removed.project.workloads.find((w) => w.id === 'pay')).not.toHaveProperty('secondaryTarget');
    expect(removed.outcomes[0]).toMatchObject({ status: 'applied', parts: [{ text: { code: 'workload.secondaryRemove', message: 'Payments: runs on one provider only, no longer also on Huawei Cloud' } }] });
    // The baseline is never edited.
    expect(base().workloads.find((w) => w.id === 'pay')!.secondaryTarget).toEqual({ provider: 'huawei', mode: 'active-passive' });
  });

  it('reports, never drops, one that no longer applies, and one the baseline has caught up with', () => {
    const out = applyScenario(
      base(),
      scenario([
        { kind: 'secondary-target', workloadId: 'gone', secondaryTarget: { provider: 'huawei', mode: 'active-active' } },
        { kind: 'secondary-target', workloadId: 'web', secondaryTarget: { provider: 'aws', mode: 'active-active' } },
        { kind: 'secondary-target', workloadId: 'erp', secondaryTarget: { provider: 'huawei', mode: 'active-passive' } },
        { kind: 'secondary-target', workloadId: 'pay', secondaryTarget: { provider: 'huawei', mode: 'active-passive' } },
        { kind: 'secondary-target', workloadId: 'web', secondaryTarget: null },
      ]),
    );
    expect(out.outcomes.map((o) => [o.status, o.parts[0]!.reason?.message])).toEqual([
      ['stale', "workload 'gone' is no longer in the baseline"],
      ['stale', 'Web shop already goes to AWS as its target'],
      ['stale', 'ERP does not move (retain), and a second provider applies to workloads that move'],
      ['unchanged', 'the baseline already says this, so it changes nothing'],
      ['unchanged', 'the baseline already says this, so it changes nothing'],
    ]);
    expect(out.project.workloads).toEqual(applyScenario(base(), scenario([])).project.workloads);
  });

  it('plans the second copy on the mid-size sample: more effort, a higher run cost after the move, a valid project', () => {
    const sample = loadSample('ecommerce-iot');
    const orders = sample.workloads.find((w) => w.id === 'api-gateway')!;
    expect(orders.secondaryTarget).toBeUndefined();
    const withSecond: Project = { ...sample, scenarios: [scenario([{ kind: 'secondary-target', workloadId: orders.id, secondaryTarget: { provider: 'huawei', mode: 'active-active' } }])] };
    const applied = applyScenario(withSecond, withSecond.scenarios![0]!);
    const checked = validateProject(JSON.parse(JSON.stringify(applied.project)));
    expect(checked.ok ? [] : checked.problems).toEqual([]);
    const comparison = compareScenarios(withSecond, { runs: 200 });
    const [baseline, twoClouds] = comparison.columns;
    expect(twoClouds!.name).toBe('Two clouds');
    expect(twoClouds!.figures.effort).toBeGreaterThan(baseline!.figures.effort);
    expect(twoClouds!.figures.targetMonthly).toBeGreaterThan(baseline!.figures.targetMonthly);
    expect(twoClouds!.outcomes[0]!.parts[0]!.text.message).toBe(`${orders.name}: also runs on Huawei Cloud, active-active`);
  });
});
