/**
 * Ties come out in id order, whatever order they came in: the Risks view's target single points
 * and an application split's names are the same for the same project however its lists are
 * ordered. Each case is built so that the order the entries reach the sort is not their id order.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { buildAdjacency } from '../../../shared/plan/graph/adjacency';
import { findTargetSinglePoints } from '../../../shared/plan/single-points';
import { buildUnits, type GroupFacts } from '../../../shared/plan/waves/units';
import { datedWaves, makeProject, makeWorkload, runGraphPhases } from './arbitraries';

describe('target single points reached by as many critical workloads', () => {
  // Two AWS regions each hold two of the four critical workloads; cn-northwest-1 also holds two
  // low ones, so the outage scenarios list it first (more workloads), while by id
  // 'region:aws:cn-north-1' < 'region:aws:cn-northwest-1' ('-' before 'w').
  const workloads = [
    makeWorkload('n1', { criticality: 'high', target: { provider: 'aws', region: 'cn-north-1' } }),
    makeWorkload('n2', { criticality: 'high', target: { provider: 'aws', region: 'cn-north-1' } }),
    makeWorkload('w1', { criticality: 'high', target: { provider: 'aws', region: 'cn-northwest-1' } }),
    makeWorkload('w2', { criticality: 'high', target: { provider: 'aws', region: 'cn-northwest-1' } }),
    makeWorkload('w3', { criticality: 'low', target: { provider: 'aws', region: 'cn-northwest-1' } }),
    makeWorkload('w4', { criticality: 'low', target: { provider: 'aws', region: 'cn-northwest-1' } }),
  ];
  const found = (project: Project) => {
    const { plan } = runGraphPhases(project);
    return findTargetSinglePoints(project, { waves: datedWaves(plan.waves), excluded: plan.excluded }).map((f) => [f.scenario.id, f.reached]);
  };

  it('lists the two regions, each stopping 2 of 4, by id, in either workload order', () => {
    // Identity and EC2 stop all four critical workloads; each region stops its two (2 / 4 = the 50% share).
    const expected = [
      ['identity:aws', 4],
      ['service:aws.ec2', 4],
      ['region:aws:cn-north-1', 2],
      ['region:aws:cn-northwest-1', 2],
    ];
    expect(found(makeProject({ workloads }))).toEqual(expected);
    expect(found(makeProject({ workloads: [...workloads].reverse() }))).toEqual(expected);
  });
});

describe('an application split across move groups that bind two applications', () => {
  // Three one-workload groups: P in zeta, Q in alpha and zeta, R in alpha. Q binds both into one
  // bundle of 3, over a 2-workload wave; each application has 2 workloads in it (a tie).
  const group = (applications: string[]): GroupFacts => ({
    size: 1,
    effort: 1,
    effortByTeam: new Map([[0, 1]]),
    environment: 'production',
    mixedEnvironments: false,
    applications,
    critical: false,
    pinned: false,
  });
  const split = (facts: GroupFacts[]) => {
    const none = buildAdjacency(facts.length, [], []);
    return buildUnits(facts, none, none, { maxWorkloads: 2, teamCap: () => 100 }).splits.map((s) => [s.reason, s.applications]);
  };

  it('names alpha before zeta whether zeta or alpha comes first in migration order', () => {
    expect(split([group(['zeta']), group(['alpha', 'zeta']), group(['alpha'])])).toEqual([['larger-than-a-wave', ['alpha', 'zeta']]]);
    expect(split([group(['alpha']), group(['alpha', 'zeta']), group(['zeta'])])).toEqual([['larger-than-a-wave', ['alpha', 'zeta']]]);
  });
});
