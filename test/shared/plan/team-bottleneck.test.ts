/**
 * The team-bottleneck risk: one team of several carrying more than TEAM_EFFORT_SHARE (60%) of the
 * likely effort. A project with one team has no other team to share the work with, so it gets no
 * such risk however the effort lies; nor does a project whose teams share it evenly.
 */
import { describe, expect, it } from 'vitest';
import { fakeEstimates, makeProject, makeWorkload } from './arbitraries';
import { risksOf } from './risk-helpers';

const bottlenecks = (risks: ReturnType<typeof risksOf>) => risks.filter((r) => r.code === 'team-bottleneck');

describe('team-bottleneck risk', () => {
  it('does not report the only team of a project, which carries all of the effort', () => {
    const project = makeProject({
      teams: [{ id: 'core', name: 'Core', engineers: 6 }],
      workloads: [makeWorkload('web'), makeWorkload('api'), makeWorkload('db', { kind: 'database', sourceService: 'alibaba.rds-mysql' })],
    });
    const risks = risksOf(project, fakeEstimates(project, 10));
    expect(bottlenecks(risks)).toEqual([]);
  });

  it('does not report two teams that share the effort evenly', () => {
    const project = makeProject({
      teams: [
        { id: 'core', name: 'Core', engineers: 6 },
        { id: 'web', name: 'Web', engineers: 6 },
      ],
      workloads: [makeWorkload('api'), makeWorkload('db', { kind: 'database', sourceService: 'alibaba.rds-mysql' }), makeWorkload('site', { team: 'web' }), makeWorkload('cms', { team: 'web' })],
    });
    const risks = risksOf(project, fakeEstimates(project, 10));
    expect(bottlenecks(risks)).toEqual([]);
  });

  it('reports the team of two carrying 70% of the effort, with its share', () => {
    // Core: 7 + 7 = 14 person-days likely, Web: 6; 14 / 20 = 70%, over 60%.
    const project = makeProject({
      teams: [
        { id: 'core', name: 'Core', engineers: 6 },
        { id: 'web', name: 'Web', engineers: 6 },
      ],
      workloads: [makeWorkload('api'), makeWorkload('db', { kind: 'database', sourceService: 'alibaba.rds-mysql' }), makeWorkload('site', { team: 'web' })],
    });
    const risks = risksOf(project, fakeEstimates(project, (w) => (w.team === 'web' ? 6 : 7)));
    const found = bottlenecks(risks);
    expect(found.map((r) => [r.id, r.severity, r.params.share])).toEqual([['risk:team-bottleneck:core', 'medium', 70]]);
    expect(found[0]!.title).toBe('Core carries 70% of the effort');
  });
});
