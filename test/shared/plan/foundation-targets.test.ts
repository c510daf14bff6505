/**
 * The foundation of a project moving to two providers, built by the platform team it names.
 * - The source's platform piece is deleted once, after the last application moved: only the first
 *   landing zone's runbook has the decommission step, not one per target provider
 *   (survivor foundation/index.ts:65, `k === 0` as `true`).
 * - A named platform team that is one of several teams builds the landing zones, even when another
 *   team owns the platform workloads (foundation/index.ts:78, `some` as `every`, had no coverage).
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { planProject } from '../../../shared/plan';
import { project, workload } from './numeric-fixtures';

const teams = [
  { id: 'team-a', name: 'Team A', engineers: 3 },
  { id: 'team-b', name: 'Team B', engineers: 3 },
  { id: 'team-c', name: 'Team C', engineers: 3 },
];

/** Two applications, one to AWS (the default target) and one to Azure, and a VPC owned by team-c. */
function twoTargets(platformTeam?: string): Project {
  const p = project({
    teams,
    workloads: [
      workload('app-aws', { team: 'team-a' }),
      workload('app-azure', { team: 'team-b', target: { provider: 'azure' } }),
      workload('vpc', { kind: 'network', sourceService: 'alibaba.vpc', team: 'team-c' }),
    ],
  });
  return { ...p, project: { ...p.project, ...(platformTeam ? { platformTeam } : {}) } };
}

describe('the foundation of a project with two target providers', () => {
  it('builds the VPC in both landing zones and deletes the source one once, in the first landing zone', () => {
    const f = planProject(twoTargets(), { seed: 1, runs: 50 }).foundation;
    expect(f.landingZones.map((z) => z.provider)).toEqual(['aws', 'azure']);
    expect(f.runbook.map((s) => s.id)).toEqual([
      'vpc:aws:foundation.network.build',
      'vpc:aws:foundation.network.connect',
      'vpc:aws:foundation.network.verify',
      'vpc:aws:foundation.decommission',
      'vpc:azure:foundation.network.build',
      'vpc:azure:foundation.network.connect',
      'vpc:azure:foundation.network.verify',
    ]);
  });

  it('names the source provider as readers know it in the step titles, not by its id', () => {
    const titles = planProject(twoTargets(), { seed: 1, runs: 50 }).foundation.runbook.map((s) => s.title);
    expect(titles).toContain('Connect the AWS network to Alibaba Cloud over the dedicated line or VPN and test routing, MTU and latency end to end');
    expect(titles.filter((t) => t.startsWith('Delete '))).toEqual(['Delete vpc on Alibaba Cloud once every application that used it has moved']);
  });

  it('is built by the platform team the project names, one of three, over the team owning the VPC', () => {
    expect(planProject(twoTargets('team-b'), { seed: 1, runs: 50 }).foundation).toMatchObject({ teamId: 'team-b', teamNamed: true });
    // Unnamed, the VPC's owner builds it.
    expect(planProject(twoTargets(), { seed: 1, runs: 50 }).foundation).toMatchObject({ teamId: 'team-c', teamNamed: false });
  });
});
