/**
 * The outage simulation after the move works as before it: a target provider's identity service,
 * a target region (each workload's own, else the project's per-provider region, else the catalog's
 * default for the estate) and a target service stop what depends on them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { simulateOutage } from '../../../shared/plan/outage';
import { outageAcrossPlan, outageScenarios } from '../../../shared/plan/outage-scenarios';
import { findTargetSinglePoints } from '../../../shared/plan/single-points';
import { datedWaves, dep, makeProject, makeWorkload, runGraphPhases } from './arbitraries';

/** A shop moving from Alibaba Cloud to AWS (default) and partly to Huawei Cloud. */
function shop(over: Partial<Project['project']> = {}): Project {
  const base = makeProject();
  return makeProject({
    project: { ...base.project, ...over },
    workloads: [
      makeWorkload('ram', { kind: 'security', sourceService: 'alibaba.ram', criticality: 'high', region: 'cn-hangzhou' }),
      makeWorkload('db', { kind: 'database', sourceService: 'alibaba.rds-mysql', criticality: 'mission-critical', region: 'cn-hangzhou' }),
      makeWorkload('cache', { kind: 'cache', sourceService: 'alibaba.redis', region: 'cn-hangzhou', target: { provider: 'huawei', region: 'cn-east-3' } }),
      makeWorkload('web', { criticality: 'high', region: 'cn-hangzhou' }),
      makeWorkload('api', { criticality: 'high', region: 'cn-hangzhou' }),
      makeWorkload('files', { kind: 'storage', sourceService: 'alibaba.oss', region: 'cn-hangzhou' }),
    ],
    dependencies: [dep('web', 'api'), dep('api', 'db'), dep('api', 'cache'), dep('web', 'ram', { kind: 'auth' }), dep('api', 'ram', { kind: 'auth' }), dep('web', 'files', { kind: 'async' })],
  });
}

function planned(project: Project) {
  const { plan } = runGraphPhases(project);
  const waves = datedWaves(plan.waves);
  return { waves, excluded: plan.excluded, last: waves[waves.length - 1]!.index };
}

type Planned = ReturnType<typeof planned>;

const ids = (r: { stopped: readonly { workloadId: string }[] }) => r.stopped.map((s) => s.workloadId).sort();

// One shop and its plan for both parts below, made before each test, not when the file is
// collected: Stryker's per-test coverage credits collection-time work to no test, so these tests
// would never run against a mutant.
describe('the shop planned', () => {
  let project: Project;
  let waves: Planned['waves'];
  let excluded: Planned['excluded'];
  let last: number;
  beforeEach(() => {
    project = shop();
    ({ waves, excluded, last } = planned(project));
  });

  describe('the outage simulation after the move', () => {
    const at = (failure: Parameters<typeof simulateOutage>[2], wave: number) => simulateOutage(project, { waves, excluded }, failure, wave);

    it('fails a target provider’s identity service: everything on it stops, the rest keeps running', () => {
      expect(ids(at({ type: 'identity', provider: 'aws' }, -1))).toEqual([]);
      expect(ids(at({ type: 'identity', provider: 'aws' }, last))).toEqual(['api', 'db', 'files', 'ram', 'web']);
      // The cache moved to Huawei Cloud: an AWS identity failure does not reach it.
      expect(at({ type: 'identity', provider: 'aws' }, last).unaffected).toEqual(['cache']);
      expect(ids(at({ type: 'identity', provider: 'huawei' }, last))).toEqual(['api', 'cache', 'web']);
    });

    it('fails a target region: the workload’s own, or the catalog default for a mainland estate', () => {
      // AWS in mainland China defaults to Beijing (cn-north-1); the cache chose Huawei's Shanghai.
      expect(ids(at({ type: 'region', provider: 'aws', region: 'cn-north-1' }, last))).toEqual(['api', 'db', 'files', 'ram', 'web']);
      expect(ids(at({ type: 'region', provider: 'huawei', region: 'cn-east-3' }, last))).toEqual(['api', 'cache', 'web']);
      expect(ids(at({ type: 'region', provider: 'huawei', region: 'cn-north-4' }, last))).toEqual([]);
      // Before the move the same failures find nothing; the source region does.
      expect(ids(at({ type: 'region', provider: 'aws', region: 'cn-north-1' }, -1))).toEqual([]);
      expect(ids(at({ type: 'region', provider: 'alibaba', region: 'cn-hangzhou' }, -1))).toHaveLength(6);
    });

    it('takes the target region from the project’s per-provider assumption when a workload names none', () => {
      const tokyo = shop({ targetRegions: { aws: 'ap-northeast-1' } });
      const p = planned(tokyo);
      const hit = (region: string) => ids(simulateOutage(tokyo, p, { type: 'region', provider: 'aws', region }, p.last));
      expect(hit('ap-northeast-1')).toEqual(['api', 'db', 'files', 'ram', 'web']);
      expect(hit('cn-north-1')).toEqual([]);
    });

    it('fails a target service by the catalog product it became, and by an explicit target service', () => {
      expect(ids(at({ type: 'service', serviceId: 'aws.rds-mysql' }, last))).toEqual(['api', 'db', 'web']);
      expect(ids(at({ type: 'service', serviceId: 'alibaba.rds-mysql' }, last))).toEqual([]);
      const aurora = makeProject({ ...project, workloads: project.workloads.map((w) => (w.id === 'db' ? { ...w, target: { provider: 'aws' as const, service: 'aws.aurora' } } : w)) });
      const p = planned(aurora);
      expect(ids(simulateOutage(aurora, p, { type: 'service', serviceId: 'aws.aurora' }, p.last))).toEqual(['api', 'db', 'web']);
      expect(ids(simulateOutage(aurora, p, { type: 'service', serviceId: 'aws.rds-mysql' }, p.last))).toEqual([]);
    });

    it('in your own data centre, a directory failure stops what authenticates through it, not every server', () => {
      const idc = makeProject({
        project: { ...makeProject().project, sourceProvider: 'self-hosted', defaultTargets: ['huawei'] },
        workloads: [
          makeWorkload('ad', { kind: 'security', sourceService: 'self-hosted.ad-ldap', criticality: 'high' }),
          makeWorkload('erp', { sourceService: 'self-hosted.vmware-vm', criticality: 'high' }),
          makeWorkload('batch', { sourceService: 'self-hosted.vmware-vm' }),
        ],
        dependencies: [dep('erp', 'ad', { kind: 'auth' })],
      });
      const p = planned(idc);
      expect(ids(simulateOutage(idc, p, { type: 'identity', provider: 'self-hosted' }, -1))).toEqual(['ad', 'erp']);
      // Once on Huawei Cloud, its IAM is provider-wide.
      expect(ids(simulateOutage(idc, p, { type: 'identity', provider: 'huawei' }, p.last))).toEqual(['ad', 'batch', 'erp']);
    });
  });

  describe('outage scenarios across the plan', () => {
    it('names every failure on both sides: identity per provider, source and target regions, services', () => {
      const scenarios = outageScenarios(project, { waves, excluded });
      const byId = new Map(scenarios.map((s) => [s.id, s]));
      expect(byId.get('identity:alibaba')).toMatchObject({ side: 'source', title: 'Alibaba Cloud identity (Resource Access Management (RAM)) fails' });
      expect(byId.get('identity:aws')).toMatchObject({ side: 'target', title: 'AWS identity (AWS IAM) fails', onTarget: 5 });
      expect(byId.get('identity:huawei')).toMatchObject({ side: 'target', code: 'outage-identity' });
      expect(byId.get('region:aws:cn-north-1')).toMatchObject({ side: 'target', title: 'AWS region cn-north-1 (Beijing (operated by Sinnet)) fails', workloads: 5 });
      expect(byId.get('region:alibaba:cn-hangzhou')).toMatchObject({ side: 'source', workloads: 6 });
      expect(byId.get('service:aws.rds-mysql')).toMatchObject({ side: 'target', title: 'Amazon RDS for MySQL fails' });
      expect(scenarios.map((s) => s.failure.type)).toEqual([...scenarios.map((s) => s.failure.type)].sort((a, b) => ['identity', 'region', 'service'].indexOf(a) - ['identity', 'region', 'service'].indexOf(b)));
    });

    it('runs a failure before the move and after every wave, counting critical workloads stopped', () => {
      const steps = outageAcrossPlan(project, { waves, excluded }, { type: 'identity', provider: 'alibaba' });
      expect(steps.map((s) => s.atWave)).toEqual([-1, ...waves.map((w) => w.index)]);
      expect(steps[0]!.criticalStopped).toBe(4);
      expect(steps[steps.length - 1]!.criticalStopped).toBe(0);
      // The target's identity, as the Outage view runs it: nothing stops before the move, all four after it.
      const awsIdentity = outageAcrossPlan(project, { waves, excluded }, { type: 'identity', provider: 'aws' });
      expect(awsIdentity[0]!.criticalStopped).toBe(0);
      expect(awsIdentity.find((s) => s.atWave === last)!.criticalStopped).toBe(4);
    });
  });
});

describe('single points of failure on the target side', () => {
  it('finds target identity services, regions and services most critical workloads stop with', () => {
    const project = shop();
    const { waves, excluded } = planned(project);
    const found = findTargetSinglePoints(project, { waves, excluded });
    // api and web hard-need the cache on Huawei Cloud, so Huawei's identity and region stop them too.
    expect(found.map((f) => [f.scenario.id, f.reached])).toEqual([
      ['identity:aws', 4],
      ['region:aws:cn-north-1', 4],
      ['identity:huawei', 2],
      ['region:huawei:cn-east-3', 2],
      ['service:aws.ec2', 2],
    ]);
    expect([...found[0]!.stopped].sort()).toEqual(['api', 'db', 'ram', 'web']);
    expect(found.every((f) => f.of === 4)).toBe(true);
  });

  it('finds none when no failure stops two critical workloads', () => {
    const base = makeProject();
    const spread = makeProject({
      project: { ...base.project, defaultTargets: ['aws'] },
      workloads: (['aws', 'huawei', 'tencent', 'azure'] as const).map((provider) => makeWorkload(`on-${provider}`, { criticality: 'high', region: 'cn-hangzhou', target: { provider } })),
    });
    const { waves, excluded } = planned(spread);
    expect(findTargetSinglePoints(spread, { waves, excluded })).toEqual([]);
  });

  it('turns them into risks of the plan, below today’s identity single point', async () => {
    const { planProject } = await import('../../../shared/plan');
    const plan = planProject(shop());
    const codes = plan.risks.map((r) => r.id);
    expect(codes).toContain('risk:target-identity-spof:aws');
    expect(codes).toContain('risk:target-region-spof:aws:cn-north-1');
    const identity = plan.risks.find((r) => r.id === 'risk:target-identity-spof:aws')!;
    expect(identity.severity).toBe('high');
    expect(identity.title).toBe('After the move, AWS’s identity service (AWS IAM) is a single point of failure'.replace('’', "'"));
    expect(identity.detail).toMatch(/4 of 4 critical workloads \(100%\) stop if AWS IAM fails/);
    expect(codes.indexOf('risk:single-point-of-failure:ram')).toBeLessThan(codes.indexOf('risk:target-identity-spof:aws'));
  });
});
