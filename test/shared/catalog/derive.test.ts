/** The derivation rules on hand-made products, so each rule is seen on its own. */
import { describe, expect, it } from 'vitest';
import { buildIndex, closeness, deriveEquivalent, portabilityBetween } from '../../../shared/catalog/derive';
import { defineProducts } from '../../../shared/catalog/products/define';
import type { PairOverride } from '../../../shared/catalog/types';

const src = defineProducts('tencent', 'Tencent docs', [
  { id: 'mysql', name: 'TencentDB for MySQL', family: 'mysql', engine: 'mysql', description: 'MySQL' },
  { id: 'tdsql-c', name: 'TDSQL-C', family: 'mysql', engine: 'mysql', features: ['shared-storage'], description: 'shared storage MySQL' },
  { id: 'cos', name: 'COS', family: 'object-storage', speaks: ['s3'], description: 'objects' },
  { id: 'cam', name: 'CAM', family: 'identity', identity: true, description: 'identity' },
  { id: 'kms', name: 'KMS', family: 'kms', description: 'keys' },
  { id: 'rocketmq', name: 'TDMQ for RocketMQ', family: 'rocketmq', engine: 'rocketmq', description: 'rocketmq' },
  { id: 'cdn', name: 'CDN', family: 'cdn', speaks: ['http-cache'], description: 'cdn' },
  { id: 'monitor', name: 'Monitor', family: ['monitoring', 'logs'], speaks: ['alarm-rules'], description: 'metrics and logs' },
]);
const dst = defineProducts('alibaba', 'Alibaba docs', [
  { id: 'rds-mysql', name: 'RDS MySQL', family: 'mysql', engine: 'mysql', description: 'MySQL' },
  { id: 'polardb', name: 'PolarDB', family: 'mysql', engine: 'mysql', features: ['shared-storage'], description: 'shared storage MySQL' },
  { id: 'oss', name: 'OSS', family: 'object-storage', speaks: ['s3'], description: 'objects' },
  { id: 'ram', name: 'RAM', family: 'identity', identity: true, description: 'identity' },
  { id: 'kms', name: 'KMS', family: 'kms', description: 'keys' },
  { id: 'mns', name: 'MNS', family: 'message-queue', description: 'queue' },
  { id: 'cloudmonitor', name: 'CloudMonitor', family: 'monitoring', speaks: ['alarm-rules'], description: 'metrics' },
  { id: 'sls', name: 'SLS', family: 'logs', description: 'logs' },
]);
const byId = (id: string) => [...src, ...dst].find((p) => p.id === id)!;
const index = buildIndex([...src, ...dst]);
const derive = (id: string, overrides: readonly PairOverride[] = []) => deriveEquivalent(byId(id), 'alibaba', index, overrides);

describe('deriving an equivalent from traits', () => {
  it('moves data and configuration between products of the same engine, picking the closest one', () => {
    expect(derive('tencent.mysql')).toMatchObject({ portability: 'data-config', basis: 'same-engine', productIds: ['alibaba.rds-mysql'], alternatives: ['alibaba.polardb'] });
    // Shared storage finds shared storage.
    expect(derive('tencent.tdsql-c').productIds).toEqual(['alibaba.polardb']);
    expect(closeness(byId('tencent.tdsql-c'), byId('alibaba.polardb'))).toBeGreaterThan(closeness(byId('tencent.tdsql-c'), byId('alibaba.rds-mysql')));
  });

  it('carries data through a shared API (S3) and rewrites code where nothing is shared', () => {
    expect(derive('tencent.cos')).toMatchObject({ portability: 'data-config', basis: 'compatible' });
    expect(derive('tencent.cam')).toMatchObject({ portability: 'refactor', basis: 'different', productIds: ['alibaba.ram'] });
  });

  it('never carries managed key material, whatever the pair speaks', () => {
    expect(portabilityBetween(byId('tencent.kms'), byId('alibaba.kms'), false).portability).toBe('refactor');
  });

  it('falls back to the nearest family as a refactor, and to none with the family’s reason', () => {
    const noRocketmq = derive('tencent.rocketmq');
    expect(noRocketmq).toMatchObject({ portability: 'refactor', basis: 'nearest-family', productIds: ['alibaba.mns'] });
    const noCdn = derive('tencent.cdn');
    expect(noCdn).toMatchObject({ portability: 'none', basis: 'no-equivalent', productIds: [] });
    expect(noCdn.caveats).toMatch(/nothing in the family/);
  });

  it('moves a product spanning families at the pace of its hardest part, naming every target', () => {
    const e = derive('tencent.monitor');
    expect(e.portability).toBe('refactor');
    expect(e.productIds).toEqual(['alibaba.cloudmonitor', 'alibaba.sls']);
    expect(e.service).toBe('CloudMonitor + SLS');
  });

  it('lets a sourced override win over the traits', () => {
    const o: PairOverride = { from: 'tencent.cam', to: 'alibaba', portability: 'config-only', service: 'RAM', productIds: ['alibaba.ram'], method: 'm', caveats: 'c', source: 'a public source' };
    expect(derive('tencent.cam', [o])).toMatchObject({ portability: 'config-only', basis: 'override', sourceNote: 'a public source' });
    expect(derive('tencent.mysql', [{ ...o, from: 'family:mysql' }]).basis).toBe('override');
  });

  it('keeps a move within one provider as the same service', () => {
    expect(deriveEquivalent(byId('tencent.mysql'), 'tencent', index, [])).toMatchObject({ portability: 'data-config', basis: 'same-service', productIds: ['tencent.mysql'] });
    expect(deriveEquivalent(byId('tencent.cam'), 'tencent', index, []).portability).toBe('config-only');
  });
});
