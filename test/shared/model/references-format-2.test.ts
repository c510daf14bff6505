import { describe, expect, it } from 'vitest';
import { validateProject } from '../../../shared/model/load';
import type { Project } from '../../../shared/model/schema';
import { smallProject } from './project-fixture';

function problems(p: Project): string[] {
  const r = validateProject(p);
  return r.ok ? [] : r.problems.map((x) => `${x.path.join('.')}: ${x.message}`);
}

describe('format 2 references', () => {
  it('accepts the new optional fields when they resolve', () => {
    const p = smallProject();
    p.project.platformTeam = 'shop';
    p.workloads[0] = { ...p.workloads[0]!, application: 'Storefront', environment: 'staging' };
    p.risks = [{ id: 'r1', title: 'Rollback', probability: 0.2, impact: { type: 'days', optimistic: 1, likely: 2, pessimistic: 4 }, hits: { kind: 'workload', workloadId: 'web' }, enabled: true, source: 'judgement' }];
    p.waves = [{ id: 'w1', order: 1, name: 'Storefront', maxWorkloads: 5 }];
    expect(problems(p)).toEqual([]);
  });

  it('names a platform team, risk target or wave number that does not resolve', () => {
    const p = smallProject();
    p.project.platformTeam = 'nobody';
    p.risks = [
      { id: 'r1', title: 'x', probability: 0.2, impact: { type: 'days', optimistic: 3, likely: 2, pessimistic: 4 }, hits: { kind: 'workload', workloadId: 'ghost' }, enabled: true, source: '' },
      { id: 'r2', title: 'y', probability: 0.2, impact: { type: 'share', optimistic: 0, likely: 0.1, pessimistic: 0.2 }, hits: { kind: 'team', teamId: 'ghosts' }, enabled: true, source: '' },
    ];
    p.waves = [
      { id: 'a', order: 2 },
      { id: 'b', order: 2 },
    ];
    expect(problems(p)).toEqual([
      "project.platformTeam: the platform team 'nobody' does not exist",
      "risks.0.hits.workloadId: risk 'r1' hits workload 'ghost', which does not exist",
      "risks.0.impact: risk 'r1' must keep optimistic <= likely <= pessimistic (got 3, 2, 4)",
      "risks.1.hits.teamId: risk 'r2' hits team 'ghosts', which does not exist",
      "waves.1.order: wave settings 'a' and 'b' are both for wave 2",
    ]);
  });
});
