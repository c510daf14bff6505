import { describe, it, expect } from 'vitest';
import { CATALOG, catalogEntry, catalogForProvider, defaultSourceServiceForKind, equivalentFor, isIdentityService, providerOfService } from '../../../shared/catalog';
import { SOURCE_PROVIDERS, WORKLOAD_KINDS } from '../../../shared/model/vocabulary';

describe('catalog lookups', () => {
  it('finds an entry by id and returns undefined for unknown ids', () => {
    expect(catalogEntry('alibaba.ecs')?.kind).toBe('compute');
    expect(catalogEntry('huawei.dcs')?.kind).toBe('cache');
    expect(catalogEntry('alibaba.nope')).toBeUndefined();
  });

  it('returns the equivalent of a source product on a target', () => {
    expect(equivalentFor('alibaba.rds-mysql', 'tencent')?.service).toBe('TencentDB for MySQL');
    expect(equivalentFor('alibaba.cdn', 'self-hosted')?.portability).toBe('none');
    expect(equivalentFor('aws.ec2', 'aws')?.portability).toBe('data-config');
    expect(equivalentFor('aws.lambda', 'aws')?.portability).toBe('config-only');
    expect(equivalentFor('aws.s3', 'aws')?.portability).toBe('data-config');
    expect(equivalentFor('tencent.mysql', 'alibaba')?.productIds).toEqual(['alibaba.rds-mysql']);
    expect(equivalentFor('alibaba.nope', 'aws')).toBeUndefined();
  });

  it('splits the catalog by provider without losing or duplicating entries', () => {
    const total = SOURCE_PROVIDERS.reduce((n, p) => n + catalogForProvider(p).length, 0);
    expect(total).toBe(CATALOG.length);
    expect(catalogForProvider('aws').every((e) => e.provider === 'aws')).toBe(true);
  });

  it('picks the most common product of a kind as the default', () => {
    expect(defaultSourceServiceForKind('alibaba', 'compute')?.id).toBe('alibaba.ecs');
    expect(defaultSourceServiceForKind('alibaba', 'database')?.id).toBe('alibaba.rds-mysql');
    expect(defaultSourceServiceForKind('alibaba', 'serverless')?.id).toBe('alibaba.function-compute');
    expect(defaultSourceServiceForKind('alibaba', 'storage')?.id).toBe('alibaba.oss');
    expect(defaultSourceServiceForKind('aws', 'compute')?.id).toBe('aws.ec2');
    expect(defaultSourceServiceForKind('azure', 'storage')?.id).toBe('azure.blob-storage');
    expect(defaultSourceServiceForKind('gcp', 'analytics')?.id).toBe('gcp.bigquery');
    expect(defaultSourceServiceForKind('huawei', 'database')?.id).toBe('huawei.rds-mysql');
    expect(defaultSourceServiceForKind('tencent', 'cache')?.id).toBe('tencent.redis');
    expect(defaultSourceServiceForKind('self-hosted', 'compute')?.id).toBe('self-hosted.vmware-vm');
  });

  it('falls back to the catch-all where a provider has no product of a kind', () => {
    expect(defaultSourceServiceForKind('gcp', 'iot')?.id).toBe('gcp.other');
  });

  it('has a default of the requested kind (or the catch-all) for every provider and kind', () => {
    for (const provider of SOURCE_PROVIDERS) {
      for (const kind of WORKLOAD_KINDS) {
        const entry = defaultSourceServiceForKind(provider, kind);
        expect(entry?.provider, `${provider}:${kind}`).toBe(provider);
        expect([kind, 'other'], `${provider}:${kind}`).toContain(entry?.kind);
      }
    }
  });

  it('tells identity services and providers from catalog ids, known or not', () => {
    expect(isIdentityService('tencent.cam')).toBe(true);
    expect(isIdentityService('huawei.iam')).toBe(true);
    expect(isIdentityService('huawei.dew')).toBe(false);
    expect(isIdentityService('nope')).toBe(false);
    expect(providerOfService('self-hosted.vmware-vm')).toBe('self-hosted');
    expect(providerOfService('huawei.something-new')).toBe('huawei');
    expect(providerOfService('oracle.exadata')).toBeUndefined();
  });
});
