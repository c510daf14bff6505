/**
 * The strategy levers (target-date.ts): only a workload planned as a refactor is offered as
 * "Replatform ... instead of refactoring it"; a rehost, a replatform already, or a retire is not,
 * however large.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { leversToReach80 } from '../../../shared/plan/target-date';
import { makeProject, makeWorkload } from './arbitraries';

describe('the strategy levers', () => {
  it('offer replatforming the refactors only, never a workload that is not refactored', () => {
    const p = makeProject({
      workloads: [
        makeWorkload('small-refactor', { name: 'Orders', strategy: 'refactor', complexity: 2 }),
        makeWorkload('big-rehost', { name: 'Billing', strategy: 'rehost', complexity: 5, size: { instances: 8, dataGb: 0, dailyChangeGb: 0 } }),
        makeWorkload('big-replatform', { name: 'Search', strategy: 'replatform', complexity: 5, size: { instances: 8, dataGb: 0, dailyChangeGb: 0 } }),
        makeWorkload('old', { name: 'Legacy', strategy: 'retire', complexity: 5, size: { instances: 8, dataGb: 0, dailyChangeGb: 0 } }),
      ],
    });
    const moved: string[] = [];
    // A re-plan with any workload's strategy changed gives 50%; every other change 5%.
    const chanceOf = (changed: Project) => {
      const diff = changed.workloads.filter((w, i) => w.strategy !== p.workloads[i]!.strategy).map((w) => w.id);
      moved.push(...diff);
      return diff.length > 0 ? 0.5 : 0.05;
    };
    const levers = leversToReach80(p, 0.1, chanceOf);
    expect(moved).toEqual(['small-refactor']);
    expect(levers).toEqual([
      {
        change: { kind: 'strategy', id: 'strategy:small-refactor', title: 'Replatform Orders instead of refactoring it', code: 'lever.strategy', params: { workload: 'Orders', workloadId: 'small-refactor', strategy: 'replatform' } },
        onTimeProbability: 0.5,
      },
    ]);
  });
});
