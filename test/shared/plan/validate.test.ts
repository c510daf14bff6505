import { describe, expect, it } from 'vitest';
import { findPlanIssues } from '../../../shared/plan/validate';
import { dep, makeProject, makeWorkload } from './arbitraries';

describe('findPlanIssues', () => {
  it('is empty for a clean project', () => {
    const project = makeProject({ workloads: [makeWorkload('a'), makeWorkload('b')], dependencies: [dep('a', 'b')] });
    expect(findPlanIssues(project)).toEqual([]);
  });

  it('locates every kind of problem with a stable id, code and the workloads involved', () => {
    const project = makeProject({
      project: { ...makeProject().project, sourceProvider: 'aws', defaultTargets: ['aws'] },
      teams: [{ id: 'core', name: 'Core', engineers: 3 }],
      workloads: [
        makeWorkload('a', { sourceService: 'aws.ec2' }),
        makeWorkload('b', { sourceService: 'made.up', target: { provider: 'gcp' } }),
        makeWorkload('old', { strategy: 'retire', target: { provider: 'gcp' } }),
        makeWorkload('keep', { strategy: 'retain', target: { provider: 'gcp' } }),
        makeWorkload('b', { target: { provider: 'gcp' } }),
        makeWorkload('orphan', { team: 'nobody', target: { provider: 'gcp' } }),
      ],
      dependencies: [dep('a', 'a'), dep('a', 'b'), { ...dep('a', 'b'), id: 'again' }, dep('b', 'old'), dep('b', 'ghost')],
      pins: [
        { id: 'p1', workloadId: 'old', wave: 1 },
        { id: 'p2', workloadId: 'a', wave: 99 },
        { id: 'p3', workloadId: 'b', wave: 1 },
        { id: 'p4', workloadId: 'b', wave: 2 },
      ],
      overrides: [{ id: 'o1', workloadId: 'keep', optimistic: 1, likely: 2, pessimistic: 3 }],
    });
    const issues = findPlanIssues(project);
    const byId = new Map(issues.map((i) => [i.id, i]));
    expect(issues.map((i) => i.id)).toEqual([
      'issue:duplicate-workload-id:b:4',
      'issue:target-is-source:a',
      'issue:unknown-source-service:b',
      'issue:unknown-team:orphan',
      'issue:self-loop:a->a',
      'issue:duplicate-dependency:again',
      'issue:depends-on-retired:b->old',
      'issue:unknown-workload:b->ghost',
      'issue:pin-on-excluded:p1',
      'issue:pin-wave-implausible:p2',
      'issue:pin-conflict:p4',
      'issue:override-on-retained:o1',
    ]);
    expect(byId.get('issue:self-loop:a->a')).toMatchObject({ severity: 'warning', path: ['dependencies', 0, 'to'], workloadIds: ['a'] });
    expect(byId.get('issue:target-is-source:a')!.path).toEqual(['project', 'defaultTargets', 0]);
    expect(byId.get('issue:depends-on-retired:b->old')!.message).toBe(
      'b needs old (sync), but old is to be retired: once it is switched off, b loses it. Replace the dependency or keep old.',
    );
    expect(byId.get('issue:unknown-workload:b->ghost')).toMatchObject({ severity: 'error', path: ['dependencies', 4, 'to'] });
    expect(byId.get('issue:pin-wave-implausible:p2')!.params).toEqual({ pin: 'p2', workload: 'a', wave: 99, max: 3 });
  });

  it('flags a team that cannot work', () => {
    const project = makeProject({
      workloads: [makeWorkload('a')],
      assumptions: makeProject().assumptions.map((a) => (a.id === 'team.focusFactor' ? { ...a, value: 0 } : a)),
    });
    expect(findPlanIssues(project)).toEqual([
      expect.objectContaining({ id: 'issue:team-zero-capacity:core', severity: 'error', path: ['teams', 0, 'engineers'], workloadIds: ['a'] }),
    ]);
  });
});
