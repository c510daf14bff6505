/** Where workloads run before and after the move: regions, jurisdictions and default target regions. */
import { describe, expect, it } from 'vitest';
import { defaultRegionFor, defaultTargetRegion, homeJurisdiction, jurisdictionOf, REGIONS, targetRegionOf, workloadJurisdictions } from '../../../shared/catalog';
import type { Project } from '../../../shared/model/schema';
import { PROVIDERS } from '../../../shared/model/vocabulary';
import { makeProject, makeWorkload } from '../plan/arbitraries';

describe('regions and jurisdictions', () => {
  it('knows mainland China from its neighbours, by list and by naming scheme', () => {
    expect(jurisdictionOf('alibaba', 'cn-hangzhou')).toBe('cn');
    expect(jurisdictionOf('alibaba', 'cn-hongkong')).toBe('hk');
    expect(jurisdictionOf('alibaba', 'cn-wulanchabu')).toBe('cn');
    expect(jurisdictionOf('huawei', 'ap-southeast-1')).toBe('hk');
    expect(jurisdictionOf('aws', 'cn-northwest-1')).toBe('cn');
    expect(jurisdictionOf('azure', 'chinanorth2')).toBe('cn');
    expect(jurisdictionOf('tencent', 'ap-guangzhou')).toBe('cn');
    expect(jurisdictionOf('gcp', 'asia-east2')).toBe('hk');
    expect(jurisdictionOf('self-hosted', 'shanghai-idc')).toBeUndefined();
    expect(jurisdictionOf('aws', undefined)).toBeUndefined();
  });

  it('lists unique region ids per provider', () => {
    for (const p of PROVIDERS) expect(new Set(REGIONS[p].map((r) => r.id)).size, p).toBe(REGIONS[p].length);
  });

  it('defaults a target region to the provider’s region in the estate’s jurisdiction, else the nearest market', () => {
    expect(defaultRegionFor('aws', 'cn')?.id).toBe('cn-north-1');
    expect(defaultRegionFor('huawei', 'cn')?.id).toBe('cn-north-4');
    // Google Cloud has no mainland region: a mainland estate lands in Hong Kong, nearest.
    expect(defaultRegionFor('gcp', 'cn')?.id).toBe('asia-east2');
    expect(defaultRegionFor('alibaba', 'eu')?.id).toBe('eu-central-1');
  });
});

describe('placement of a project’s workloads', () => {
  const base = makeProject();
  const project = makeProject({
    project: { ...base.project, defaultTargets: ['aws', 'gcp'], targetRegions: { gcp: 'asia-southeast1' } },
    workloads: [
      makeWorkload('a', { region: 'cn-hangzhou' }),
      makeWorkload('b', { region: 'cn-shanghai', target: { provider: 'gcp' } }),
      makeWorkload('c', { region: 'cn-hongkong', target: { provider: 'huawei', region: 'cn-east-3' } }),
      makeWorkload('d', { target: { provider: 'self-hosted' } }),
    ],
  });

  it('reads the estate’s home jurisdiction from where most workloads run', () => {
    expect(homeJurisdiction(project)).toBe('cn');
    const europe = makeProject({ ...project, workloads: [makeWorkload('x', { region: 'eu-central-1' })] });
    expect(homeJurisdiction(europe)).toBe('eu');
    expect(homeJurisdiction(makeProject({ project: { ...base.project, sourceProvider: 'aws' } }))).toBe('us');
    // No region says where: a data centre priced in yuan is in mainland China, one priced in euros in the EU.
    const dataCentre = (currency: Project['project']['currency']) => makeProject({ project: { ...base.project, sourceProvider: 'self-hosted', defaultTargets: ['aws'], currency }, workloads: [makeWorkload('erp', { sourceService: 'self-hosted.vmware-vm', region: 'BJ-IDC-1' })] });
    expect(homeJurisdiction(dataCentre('CNY'))).toBe('cn');
    expect(homeJurisdiction(dataCentre('EUR'))).toBe('eu');
    expect(homeJurisdiction(dataCentre('USD'))).toBe('us');
  });

  it('takes a workload’s own target region, else the project’s per provider, else the catalog default', () => {
    const [a, b, c, d] = project.workloads;
    expect(targetRegionOf(a!, project)).toBe('cn-north-1');
    expect(targetRegionOf(b!, project)).toBe('asia-southeast1');
    expect(targetRegionOf(c!, project)).toBe('cn-east-3');
    expect(targetRegionOf(d!, project)).toBe('own-data-centre');
    expect(defaultTargetRegion(project, 'tencent')).toBe('ap-shanghai');
  });

  it('gives each workload a jurisdiction before and after; your own data centre counts as home', () => {
    const [a, b, c, d] = project.workloads;
    expect(workloadJurisdictions(a!, project)).toEqual({ source: 'cn', target: 'cn' });
    expect(workloadJurisdictions(b!, project)).toEqual({ source: 'cn', target: 'sg' });
    expect(workloadJurisdictions(c!, project)).toEqual({ source: 'hk', target: 'cn' });
    expect(workloadJurisdictions(d!, project).target).toBe('cn');
  });
});
