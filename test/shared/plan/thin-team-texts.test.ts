/**
 * The thin-team risk as the user reads it: a team of THIN_TEAM_ENGINEERS (2) or fewer owning a
 * mission-critical workload gets a high risk whose title, detail and mitigation name the team and
 * the workloads (the mitigation is the advice the report and the workbook print).
 */
import { describe, expect, it } from 'vitest';
import { fakeEstimates, makeProject, makeWorkload } from './arbitraries';
import { risksOf } from './risk-helpers';

describe('thin-team risk texts', () => {
  it('tells a team of one with two mission-critical workloads to borrow or hire engineers', () => {
    const project = makeProject({
      teams: [
        { id: 'pay', name: 'Payments', engineers: 1 },
        { id: 'web', name: 'Web', engineers: 6 },
      ],
      workloads: [
        makeWorkload('ledger', { name: 'Ledger', team: 'pay', criticality: 'mission-critical' }),
        makeWorkload('gateway', { name: 'Pay Gateway', team: 'pay', criticality: 'mission-critical' }),
        makeWorkload('site', { name: 'Site', team: 'web' }),
        makeWorkload('cms', { name: 'CMS', team: 'web' }),
      ],
    });
    const risks = risksOf(project, fakeEstimates(project, 5));
    const thin = risks.filter((r) => r.code === 'thin-team');
    expect(thin.map((r) => [r.id, r.severity])).toEqual([['risk:thin-team:pay', 'high']]);
    const risk = thin[0]!;
    expect(risk.title).toBe('Payments has 1 engineer for mission-critical workloads');
    expect(risk.detail).toBe(
      'Payments owns Ledger and Pay Gateway, mission-critical, with 1 engineer: rehearsals, cutover nights and hypercare leave no one to cover illness or a second incident.',
    );
    expect(risk.mitigation).toBe('Lend engineers from another team for the cutover and hypercare of these workloads, or hire help for those weeks.');
    expect([...risk.workloadIds].sort()).toEqual(['gateway', 'ledger']);
  });

  it('does not report the team of six, nor a thin team with no mission-critical workload', () => {
    const project = makeProject({
      teams: [
        { id: 'ops', name: 'Ops', engineers: 2 },
        { id: 'web', name: 'Web', engineers: 6 },
      ],
      workloads: [
        makeWorkload('tools', { name: 'Tools', team: 'ops', criticality: 'high' }),
        makeWorkload('shop', { name: 'Shop', team: 'web', criticality: 'mission-critical' }),
      ],
    });
    const risks = risksOf(project, fakeEstimates(project, 5));
    expect(risks.filter((r) => r.code === 'thin-team')).toEqual([]);
  });
});
