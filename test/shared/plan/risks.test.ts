import { describe, expect, it } from 'vitest';
import { dep, fakeEstimates, makeProject, makeWorkload } from './arbitraries';
import { risksOf } from './risk-helpers';

describe('assessRisks', () => {
  it('finds the identity service every critical workload authenticates through', () => {
    const apps = ['shop', 'pay', 'search', 'admin'];
    const project = makeProject({
      workloads: [makeWorkload('ram', { kind: 'security', sourceService: 'alibaba.ram' }), makeWorkload('gateway', { kind: 'network' }), ...apps.map((id) => makeWorkload(id, { criticality: 'high' }))],
      dependencies: [dep('gateway', 'ram', { kind: 'auth' }), ...apps.map((id) => dep(id, 'gateway'))],
    });
    const risks = risksOf(project);
    const spof = risks.filter((r) => r.code === 'single-point-of-failure');
    expect(spof.map((r) => [r.id, r.severity])).toEqual([
      ['risk:single-point-of-failure:gateway', 'critical'],
      ['risk:single-point-of-failure:ram', 'critical'],
    ]);
    expect(spof[1]!.params).toMatchObject({ share: 100, reached: 4, of: 4 });
    expect(spof[1]!.detail).toContain('12 Nov 2023');
    expect(spof[0]!.detail).not.toContain('12 Nov 2023');
  });

  it('reports no equivalent, large data, zero downtime, thin teams and team bottlenecks', () => {
    const project = makeProject({
      project: { ...makeProject().project, defaultTargets: ['self-hosted'] },
      teams: [
        { id: 'core', name: 'Core', engineers: 2 },
        { id: 'web', name: 'Web', engineers: 6 },
      ],
      workloads: [
        makeWorkload('cdn', { kind: 'network', sourceService: 'alibaba.cdn', team: 'web' }),
        makeWorkload('lake', { kind: 'storage', sourceService: 'alibaba.oss', size: { instances: 1, dataGb: 50_000, dailyChangeGb: 10 }, team: 'web' }),
        makeWorkload('pay', { criticality: 'mission-critical', downtimeTolerance: 'zero' }),
      ],
    });
    const estimates = fakeEstimates(project, (w) => (w.id === 'pay' ? 30 : 1));
    estimates.cdn = { ...estimates.cdn!, portability: 'none' }; // as the estimator reads the catalog: no self-hosted CDN
    const risks = risksOf(project, estimates);
    expect(risks.find((r) => r.id === 'risk:no-equivalent:cdn')!.detail).toContain('cannot replace hundreds of edge locations');
    const ids = risks.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['risk:no-equivalent:cdn', 'risk:large-data:lake', 'risk:zero-downtime:pay', 'risk:thin-team:core', 'risk:team-bottleneck:core']));
    // Sorted by severity first (impact and id break ties: risk-texts.test.ts).
    const rank = { critical: 0, high: 1, medium: 2, low: 3 };
    for (let i = 1; i < risks.length; i++) expect(rank[risks[i - 1]!.severity]).toBeLessThanOrEqual(rank[risks[i]!.severity]);
  });

  it('reports a tight coupling split by a retained end, a long hard link, and a cutover in a freeze', () => {
    const base = makeProject();
    const project = makeProject({
      workloads: [makeWorkload('app', { criticality: 'high' }), makeWorkload('erp', { strategy: 'retain' })],
      dependencies: [dep('app', 'erp', { coupling: 'tight' })],
      calendar: { ...base.calendar, freezeWindows: [{ id: 'cny', name: 'Spring Festival', start: '2026-01-01', end: '2026-03-01' }] },
      pins: [{ id: 'p', workloadId: 'app', wave: 0 }],
    });
    const ids = risksOf(project).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['risk:split-tight-coupling:app']));
  });
});
