/**
 * Which team builds the landing zones when the project names none (foundation/index.ts): the team
 * owning most platform workloads, the first such team in the project's order on a tie, and the
 * first team when no team owns any. The tie and the no-owner case decide the foundation's dates
 * (its team's capacity) and survived every other plan spec (mutation sample, docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { planProject } from '../../../shared/plan';
import { project, workload } from './numeric-fixtures';

const teams = [
  { id: 'team-a', name: 'Team A', engineers: 3 },
  { id: 'team-b', name: 'Team B', engineers: 3 },
  { id: 'team-c', name: 'Team C', engineers: 3 },
];
const network = (id: string, team: string) => workload(id, { kind: 'network', sourceService: 'alibaba.vpc', name: `${id} vpc`, team });
const foundationOf = (workloads: ReturnType<typeof workload>[]) => {
  const plan = planProject(project({ teams, workloads: [workload('app-1', { team: 'team-a' }), ...workloads] }), { seed: 1, runs: 50 });
  return { teamId: plan.foundation.teamId, named: plan.foundation.teamNamed, platform: plan.foundation.workloadIds };
};

describe('the platform team when the project names none', () => {
  it('is the team owning most platform workloads', () => {
    expect(foundationOf([network('n1', 'team-b'), network('n2', 'team-c'), network('n3', 'team-c')])).toEqual({ teamId: 'team-c', named: false, platform: ['n1', 'n2', 'n3'] });
  });

  it('is the first of the tied teams in the project order', () => {
    expect(foundationOf([network('n1', 'team-c'), network('n2', 'team-b')]).teamId).toBe('team-b');
  });

  it('is the first team when no team owns a platform workload', () => {
    expect(foundationOf([]).teamId).toBe('team-a');
    // A platform workload of a team the project does not have counts for no one.
    expect(foundationOf([network('n1', 'team-x')])).toMatchObject({ teamId: 'team-a', platform: ['n1'] });
  });
});
