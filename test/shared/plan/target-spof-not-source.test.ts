/**
 * Single points of failure after the move (single-points.ts) are target-side only: Alibaba Cloud's
 * identity service and region still stop the retained workloads, but that is not a risk the move
 * creates, so it is not reported as "After the move, ...". Only AWS's identity, which the two moved
 * critical workloads now share, is.
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { findTargetSinglePoints } from '../../../shared/plan/single-points';
import { datedWaves, makeProject, makeWorkload, runGraphPhases } from './arbitraries';

/** Two critical workloads move to AWS; three critical ones are retained on Alibaba Cloud in cn-hangzhou. */
const project = makeProject({
  workloads: [
    makeWorkload('web', { criticality: 'high', region: 'cn-hangzhou' }),
    makeWorkload('api', { criticality: 'high', region: 'cn-hangzhou' }),
    makeWorkload('erp', { criticality: 'high', region: 'cn-hangzhou', strategy: 'retain' }),
    makeWorkload('crm', { criticality: 'high', region: 'cn-hangzhou', strategy: 'retain' }),
    makeWorkload('hr', { criticality: 'high', region: 'cn-hangzhou', strategy: 'retain' }),
  ],
});

describe('single points of failure after the move, with critical workloads retained on the source', () => {
  it('counts only target-side failures: AWS identity, not Alibaba Cloud identity or region', () => {
    const { plan } = runGraphPhases(project);
    const found = findTargetSinglePoints(project, { waves: datedWaves(plan.waves), excluded: plan.excluded });
    expect(found.map((f) => [f.scenario.id, f.reached, f.of, f.stopped])).toEqual([['identity:aws', 2, 5, ['web', 'api']]]);
  });

  it('reports one "After the move" risk, on AWS identity', () => {
    const plan = planProject(project, { runs: 1 });
    expect(plan.risks.filter((r) => r.title.startsWith('After the move')).map((r) => [r.id, r.title])).toEqual([
      ['risk:target-identity-spof:aws', "After the move, AWS's identity service (AWS IAM) is a single point of failure"],
    ]);
  });
});
