/**
 * A workload whose daily change exceeds what the line carries gets a critical risk naming it: the
 * risk register's workload column (and the exports' list of names) is where a reader finds which
 * workload the risk is about. Only robustness.test.ts planned this case, and the mutation run
 * leaves that spec out (vitest.mutation.config.ts), so `[w.id]` emptied survived (risks.ts:130).
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan/plan-project';
import { makeProject, makeWorkload } from './arbitraries';

describe('the sync-cannot-catch-up risk', () => {
  it('names the one workload whose change rate the line cannot carry', () => {
    const base = makeProject({
      workloads: [
        makeWorkload('web'),
        makeWorkload('db', { name: 'Orders DB', kind: 'database', size: { instances: 1, dataGb: 10_000, dailyChangeGb: 1_500 } }),
      ],
    });
    // 100 Mbit/s carries at most 100e6 / 8 * 86,400 s = 1,080 GB a day, under the 1,500 GB that db writes.
    const p: Project = { ...base, assumptions: [...base.assumptions.filter((a) => a.id !== 'transfer.bandwidthMbps'), { id: 'transfer.bandwidthMbps', value: 100, unit: '', source: 'test' }] };
    const plan = planProject(p, { seed: 1, runs: 50 });
    const risks = plan.risks.filter((r) => r.code === 'sync-cannot-catch-up');
    expect(risks.map((r) => ({ title: r.title, workloadIds: r.workloadIds }))).toEqual([{ title: "Orders DB's incremental sync can never catch up", workloadIds: ['db'] }]);
  });
});
