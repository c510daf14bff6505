import { describe, it, expect } from 'vitest';
import { CATALOG, PORTABILITIES, catalogForProvider } from '../../../shared/catalog';
import { IdSchema } from '../../../shared/model/schema';
import { SOURCE_PROVIDERS, TARGET_PROVIDERS, WORKLOAD_KINDS, type SourceProvider, type WorkloadKind } from '../../../shared/model/vocabulary';

/** Real products, without the catch-all `provider.other`. */
const products = (provider: SourceProvider) => catalogForProvider(provider).filter((e) => !e.id.endsWith('.other'));

/** The products the issue names for Alibaba Cloud, by catalog id. */
const ALIBABA_REQUIRED = [
  'ecs', 'ecs-gpu', 'ack', 'acr', 'sae', 'function-compute', 'slb', 'alb', 'nlb', 'vpc', 'eip', 'nat-gateway',
  'vpn-gateway', 'cen', 'cdn', 'dns', 'waf', 'anti-ddos', 'ram', 'kms', 'ssl-certificates', 'oss', 'nas', 'ebs',
  'rds-mysql', 'rds-postgresql', 'rds-sqlserver', 'polardb', 'mongodb', 'redis', 'tablestore', 'lindorm',
  'analyticdb', 'maxcompute', 'dataworks', 'emr', 'elasticsearch', 'opensearch', 'flink', 'kafka', 'rocketmq',
  'mns', 'eventbridge', 'api-gateway', 'iot-platform', 'sls', 'cloudmonitor', 'arms', 'actiontrail', 'pai', 'dts',
].map((id) => `alibaba.${id}`);

/**
 * Kinds a source provider may lack, with the reason. Google retired Cloud IoT Core (16 Aug 2023),
 * so there is no Google Cloud IoT product to move off; 'other' is covered by each catch-all.
 */
const KIND_EXEMPTIONS: ReadonlyArray<readonly [SourceProvider, WorkloadKind]> = [['gcp', 'iot']];

describe('catalog data', () => {
  it('has unique ids of the form provider.product that are valid project ids', () => {
    const ids = CATALOG.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of CATALOG) {
      expect(entry.id.startsWith(`${entry.provider}.`), entry.id).toBe(true);
      expect(entry.id).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
      expect(IdSchema.safeParse(entry.id).success, entry.id).toBe(true);
    }
  });

  it('ships every source provider, each with a catch-all for unmapped services', () => {
    for (const provider of SOURCE_PROVIDERS) {
      expect(catalogForProvider(provider).map((e) => e.id)).toContain(`${provider}.other`);
    }
  });

  it('lists at least 45 Alibaba Cloud products, including every one the issue names', () => {
    expect(products('alibaba').length).toBeGreaterThanOrEqual(45);
    const ids = new Set(catalogForProvider('alibaba').map((e) => e.id));
    expect(ALIBABA_REQUIRED.filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(['aws', 'azure', 'gcp'] as const)('lists at least 15 %s products', (provider) => {
    expect(products(provider).length).toBeGreaterThanOrEqual(15);
  });

  it('gives every product a name, a known kind and a description', () => {
    for (const entry of CATALOG) {
      expect(entry.name.trim(), entry.id).not.toBe('');
      expect(entry.description.trim(), entry.id).not.toBe('');
      expect(WORKLOAD_KINDS, entry.id).toContain(entry.kind);
    }
  });

  it('maps every product to every target provider, with method, caveats and source note', () => {
    for (const entry of CATALOG) {
      expect(Object.keys(entry.targets).sort(), entry.id).toEqual([...TARGET_PROVIDERS].sort());
      for (const target of TARGET_PROVIDERS) {
        const eq = entry.targets[target];
        const where = `${entry.id} -> ${target}`;
        expect(PORTABILITIES, where).toContain(eq.portability);
        expect(eq.service.trim(), where).not.toBe('');
        expect(eq.method.trim(), where).not.toBe('');
        expect(eq.caveats.trim(), where).not.toBe('');
        expect(eq.sourceNote.trim(), where).not.toBe('');
      }
    }
  });

  it('gives every "none" a reason of its own in the caveats', () => {
    const nones = CATALOG.flatMap((entry) => TARGET_PROVIDERS.map((t) => [entry.id, t, entry.targets[t]] as const)).filter(([, , eq]) => eq.portability === 'none');
    expect(nones.length).toBeGreaterThan(0);
    for (const [id, target, eq] of nones) {
      expect(eq.caveats.length, `${id} -> ${target}`).toBeGreaterThan(20);
      expect(eq.caveats, `${id} -> ${target}`).not.toMatch(/^same service/i);
    }
  });

  it('maps a provider to itself only as the same service in another account or region', () => {
    for (const entry of CATALOG) {
      const own = (TARGET_PROVIDERS as readonly string[]).includes(entry.provider) ? entry.targets[entry.provider as 'aws' | 'azure' | 'gcp'] : undefined;
      if (!own) continue;
      expect(own.service, entry.id).toContain('same service');
      expect(['config-only', 'data-config'], entry.id).toContain(own.portability);
    }
  });

  it('covers every workload kind on every source provider, except the documented exemptions', () => {
    const missing: string[] = [];
    for (const provider of SOURCE_PROVIDERS) {
      const kinds = new Set(catalogForProvider(provider).map((e) => e.kind));
      for (const kind of WORKLOAD_KINDS) {
        const exempt = KIND_EXEMPTIONS.some(([p, k]) => p === provider && k === kind);
        if (!kinds.has(kind) && !exempt) missing.push(`${provider}:${kind}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps its exemptions honest: an exempt kind really has no product', () => {
    for (const [provider, kind] of KIND_EXEMPTIONS) {
      expect(catalogForProvider(provider).some((e) => e.kind === kind), `${provider}:${kind}`).toBe(false);
    }
  });
});
