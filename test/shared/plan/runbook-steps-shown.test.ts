/**
 * Runbook steps a user reads: an empty Redis cache is warmed up, not replicated (there is nothing
 * to replicate), and the hypercare step the planned wave shows names the workload, the provider and
 * the wave's hypercare days in English (the English export prints a step's title as it is,
 * shared/export/i18n.ts). Survivors of the mutation sample: waves/runbook.ts:101 (`dataGb >= 0`)
 * and waves/runbook.ts:140 (the hypercare title emptied).
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { runbookFor, type RunbookContext } from '../../../shared/plan/waves/runbook';
import { fakeEstimates, makeProject, makeWorkload } from './arbitraries';
import { project, workload } from './numeric-fixtures';

const ctx: RunbookContext = { targetProvider: 'aws', targetService: '', method: '', hardDependants: [], dnsZones: [], dnsTtlLeadDays: 5, hypercareDays: 10 };

describe('runbook steps a user reads', () => {
  it('warms up a Redis cache that holds no data instead of replicating it', () => {
    const w = makeWorkload('sessions', { kind: 'cache', sourceService: 'alibaba.redis', size: { instances: 1, dataGb: 0, dailyChangeGb: 0 } });
    const steps = runbookFor(w, fakeEstimates(makeProject({ workloads: [w] }))[w.id], ctx);
    expect(steps.map((s) => s.code)).toEqual(['prepare.target', 'cache.warm-up', 'test.functional', 'cutover.switch', 'hypercare.watch', 'decommission.source']);
    expect(steps[1]!.title).toBe('Plan the warm-up of sessions on AWS: pre-load hot keys before traffic arrives');
    // With data, the same cache is replicated.
    const full = { ...w, size: { instances: 1, dataGb: 1, dailyChangeGb: 0 } };
    expect(runbookFor(full, fakeEstimates(makeProject({ workloads: [full] }))[w.id], ctx).map((s) => s.code)).toContain('cache.replicate');
  });

  it("shows each planned workload's hypercare step in English: workload, provider and the wave's days", () => {
    const plan = planProject(project({ workloads: [workload('dev-1', { environment: 'development' }), workload('prod-1')] }), { seed: 1, runs: 50 });
    const titles = plan.waves.flatMap((wave) => wave.runbook.filter((s) => s.code === 'hypercare.watch').map((s) => s.title)).sort();
    // 2 working days for a non-production wave, 10 for a production one (numeric-fixtures' frame).
    expect(titles).toEqual([
      'Watch dev-1 on AWS for 2 working days; roll back if it misbehaves',
      'Watch prod-1 on AWS for 10 working days; roll back if it misbehaves',
    ]);
  });
});
