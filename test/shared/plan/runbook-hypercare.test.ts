/**
 * A wave's runbook gives each workload's hypercare step the days the schedule gives the wave's
 * hypercare: 2 working days for a non-production wave (phase.hypercare.nonProductionDays), 10 for a
 * production one here (numeric-fixtures' fixed frame). A dev wave's runbook saying the production
 * days survived every other plan spec (mutation sample, docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { project, workload } from './numeric-fixtures';

describe("runbook hypercare days follow the wave's environment", () => {
  it('says 2 days in a non-production wave (the pilot of the dev workloads) and 10 in a production wave', () => {
    const p = project({ workloads: [workload('dev-1', { environment: 'development' }), workload('dev-2', { environment: 'development' }), workload('prod-1'), workload('prod-2')] });
    const plan = planProject(p, { seed: 1, runs: 50 });
    const seen: string[] = [];
    for (const wave of plan.waves) {
      const want = wave.environment === 'production' ? 10 : 2;
      for (const step of wave.runbook.filter((s) => s.code === 'hypercare.watch')) {
        expect(step.params.days, `${wave.name} (${wave.environment}) ${step.workloadId}`).toBe(want);
        seen.push(`${wave.environment}:${step.workloadId}`);
      }
    }
    // Both kinds of wave were planned and checked.
    expect(seen.filter((s) => s.startsWith('non-production:')).length).toBeGreaterThan(0);
    expect(seen.filter((s) => s.startsWith('production:')).length).toBeGreaterThan(0);
  });
});
