/**
 * The platform team the project names (foundation/index.ts): used when the project has a team of
 * that id, even its only team; a name the project has no team for is passed over, and the team
 * owning most platform workloads builds the landing zones instead, as when none is named.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan';
import { project, workload } from './numeric-fixtures';

const network = (id: string, team: string) => workload(id, { kind: 'network', sourceService: 'alibaba.vpc', name: `${id} vpc`, team });
const naming = (platformTeam: string, over: Partial<Project>): Project => {
  const p = project(over);
  return { ...p, project: { ...p.project, platformTeam } };
};
const foundationOf = (p: Project) => {
  const { teamId, teamNamed } = planProject(p, { seed: 1, runs: 50 }).foundation;
  return { teamId, teamNamed };
};

describe('the platform team the project names', () => {
  it('is passed over when the project has no team of that id: the owner of most platform workloads builds', () => {
    const p = naming('team-x', {
      teams: [
        { id: 'team-a', name: 'Team A', engineers: 3 },
        { id: 'team-b', name: 'Team B', engineers: 3 },
      ],
      workloads: [workload('app-1', { team: 'team-a' }), network('n1', 'team-b'), network('n2', 'team-b')],
    });
    expect(foundationOf(p)).toEqual({ teamId: 'team-b', teamNamed: false });
  });

  it('is used, and said to be named, when it is the project\'s only team', () => {
    const p = naming('team-a', { teams: [{ id: 'team-a', name: 'Team A', engineers: 3 }], workloads: [workload('app-1'), network('n1', 'team-a')] });
    expect(foundationOf(p)).toEqual({ teamId: 'team-a', teamNamed: true });
  });
});
