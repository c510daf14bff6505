import { beforeEach, describe, expect, it } from 'vitest';
import { isAssumptionId } from '../../../shared/model/default-assumptions';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import { estimateWorkloads } from '../../../shared/plan/estimate';
import { buildProvenance } from '../../../shared/plan/provenance';
import { complianceTasks } from '../../../shared/plan/schedule';
import { drafts, project } from './numeric-fixtures';

describe('buildProvenance', () => {
  // Built and worked out before each test, not when the file is collected: Stryker's per-test coverage
  // credits collection-time work to no test, so these tests would never run against a mutant.
  let estimates: ReturnType<typeof estimateWorkloads>;
  let prov: ReturnType<typeof buildProvenance>;
  beforeEach(() => {
    const p = project({ project: { ...project().project, compliance: { icpFiling: true, mlpsLevel: 0, crossBorderData: false } } });
    const a = resolveAssumptions(p);
    estimates = estimateWorkloads(p, a, () => ({ service: 'EC2', portability: 'config-only' }));
    const waves = drafts(p, [['a'], ['b', 'c']]);
    prov = buildProvenance(p, waves, estimates, complianceTasks(p, a));
  });

  it('gives each workload the assumptions of its estimate', () => {
    expect(prov.workloads.a).toEqual(estimates.a!.assumptionIds);
    expect(prov.workloads.a).toContain('effort.base.rehost');
  });

  it('gives each wave its workloads’ ids plus the scheduling ones and the compliance gates', () => {
    // A production wave's shortest length is its change approval, TTL lead and notice (wave-frame.ts).
    expect(prov.waves.pilot).toContain('phase.cutover.changeApprovalDays');
    expect(prov.waves['wave-1']).toContain('phase.cutover.noticeDays');
    expect(prov.waves['wave-1']).toContain('phase.hypercare.criticalDays');
    expect(prov.waves['wave-1']).toContain('compliance.icpFilingDays');
    expect(prov.waves['wave-1']).toContain('effort.base.rehost');
  });

  it('names only real assumption ids', () => {
    const all = [...prov.program, ...Object.values(prov.waves).flat(), ...Object.values(prov.workloads).flat()];
    for (const id of all) expect(isAssumptionId(id)).toBe(true);
    expect(prov.program).toContain('simulation.programSpread');
  });
});
