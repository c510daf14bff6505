import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { simulateOutage } from '../../../shared/plan/outage';
import { datedWaves, dep, makeProject, makeWorkload, runGraphPhases } from './arbitraries';

/** The mid-size shape: identity, network, data stores and services on Alibaba Cloud, one retired tool. */
function midSize(): Project {
  const services = ['shop', 'orders', 'payments', 'search', 'users', 'admin'];
  return makeProject({
    teams: [
      { id: 'core', name: 'Core', engineers: 4 },
      { id: 'data', name: 'Data', engineers: 3 },
    ],
    workloads: [
      makeWorkload('ram', { kind: 'security', sourceService: 'alibaba.ram', criticality: 'high' }),
      makeWorkload('vpc', { kind: 'network', sourceService: 'alibaba.vpc', region: 'cn-hangzhou' }),
      makeWorkload('orders-db', { kind: 'database', sourceService: 'alibaba.rds-mysql', region: 'cn-hangzhou', criticality: 'mission-critical', team: 'data' }),
      makeWorkload('cache', { kind: 'cache', sourceService: 'alibaba.redis', region: 'cn-shanghai', team: 'data' }),
      makeWorkload('events', { kind: 'queue', sourceService: 'alibaba.rocketmq', region: 'cn-shanghai', team: 'data' }),
      makeWorkload('reports', { kind: 'analytics', sourceService: 'alibaba.maxcompute', region: 'cn-shanghai', team: 'data' }),
      ...services.map((id) => makeWorkload(id, { region: 'cn-hangzhou', criticality: 'high' })),
      makeWorkload('old-cms', { strategy: 'retire' }),
    ],
    dependencies: [
      ...services.map((id) => dep(id, 'ram', { kind: 'auth' })),
      ...services.map((id) => dep(id, 'vpc', { kind: 'network' })),
      dep('orders', 'orders-db'),
      dep('payments', 'orders-db'),
      dep('shop', 'cache'),
      dep('orders', 'events', { kind: 'async' }),
      dep('reports', 'orders-db', { kind: 'data' }),
      dep('admin', 'reports'),
    ],
  });
}

describe('simulateOutage', () => {
  // Built and planned before each test, not when the file is collected: Stryker's per-test coverage
  // credits collection-time work to no test, so these tests would never run against a mutant.
  let project: Project;
  let plan: ReturnType<typeof runGraphPhases>['plan'];
  let waves: ReturnType<typeof datedWaves>;
  let last: number;
  beforeEach(() => {
    project = midSize();
    ({ plan } = runGraphPhases(project));
    waves = datedWaves(plan.waves);
    last = waves[waves.length - 1]!.index;
  });

  it('before the move, an identity failure on Alibaba Cloud stops everything', () => {
    const result = simulateOutage(project, { waves, excluded: plan.excluded }, { type: 'identity', provider: 'alibaba' }, -1);
    expect(result.stopped.map((s) => s.workloadId)).toEqual(project.workloads.map((w) => w.id));
    expect(result.degraded).toEqual([]);
    expect(result.unaffected).toEqual([]);
  });

  it('after the last wave, it stops nothing on the new provider, only what stays behind', () => {
    const result = simulateOutage(project, { waves, excluded: plan.excluded }, { type: 'identity', provider: 'alibaba' }, last);
    expect(result.stopped.map((s) => s.workloadId)).toEqual(['old-cms']);
    const onAws = simulateOutage(project, { waves, excluded: plan.excluded }, { type: 'identity', provider: 'aws' }, last);
    expect(onAws.stopped).toHaveLength(project.workloads.length - 1);
  });

  it('propagates a region failure: hard dependants stop, soft ones degrade', () => {
    const result = simulateOutage(project, { waves, excluded: plan.excluded }, { type: 'region', provider: 'alibaba', region: 'cn-shanghai' }, -1);
    const stopped = new Map(result.stopped.map((s) => [s.workloadId, s.via]));
    const degraded = new Map(result.degraded.map((s) => [s.workloadId, s.via]));
    expect([...stopped.keys()]).toEqual(['cache', 'events', 'reports', 'shop', 'admin']);
    expect(stopped.get('admin')).toEqual(['reports', 'admin']);
    expect(degraded.get('orders')).toEqual(['events', 'orders']);
    expect(result.unaffected).toContain('orders-db');
  });

  it('fails one service by catalog id, only where it still runs', () => {
    const before = simulateOutage(project, { waves, excluded: plan.excluded }, { type: 'service', serviceId: 'alibaba.rds-mysql' }, -1);
    expect(before.stopped.map((s) => s.workloadId)).toEqual(['orders-db', 'orders', 'payments']);
    expect(before.degraded.map((s) => [s.workloadId, s.via])).toEqual([['reports', ['orders-db', 'reports']], ['admin', ['orders-db', 'reports', 'admin']]]);
    const after = simulateOutage(project, { waves, excluded: plan.excluded }, { type: 'service', serviceId: 'alibaba.rds-mysql' }, last);
    expect(after.stopped).toEqual([]);
  });

  it('walks a 100,000-long chain without recursion and keeps `via` short', () => {
    const n = 100_000;
    const chain = makeProject({
      workloads: Array.from({ length: n }, (_, i) => makeWorkload(`w${i}`)),
      dependencies: Array.from({ length: n - 1 }, (_, i) => dep(`w${i + 1}`, `w${i}`)),
    });
    const result = simulateOutage(chain, { waves: [], excluded: [] }, { type: 'service', serviceId: 'none' }, -1);
    expect(result.unaffected).toHaveLength(n);
    const hit = makeProject({ ...chain, workloads: chain.workloads.map((w, i) => (i === 0 ? { ...w, sourceService: 'alibaba.oss' } : w)) });
    const stopped = simulateOutage(hit, { waves: [], excluded: [] }, { type: 'service', serviceId: 'alibaba.oss' }, -1).stopped;
    expect(stopped).toHaveLength(n);
    expect(stopped[n - 1]!.via[0]).toBe('w0');
    expect(stopped[n - 1]!.via.length).toBeLessThanOrEqual(17);
  });
});
