import { describe, it, expect } from 'vitest';
import { CATALOG, FAMILIES, FAMILY_IDS, PORTABILITIES, PROVIDER_PROFILES, catalogEntry, catalogForProvider, identityServiceOf } from '../../../shared/catalog';
import { IdSchema } from '../../../shared/model/schema';
import { PROVIDERS, SOURCE_PROVIDERS, TARGET_PROVIDERS, WORKLOAD_KINDS, type SourceProvider, type WorkloadKind } from '../../../shared/model/vocabulary';

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

/** What a self-run data centre runs, as the issue lists it: each must have a product of this family. */
const IDC_REQUIRED: ReadonlyArray<readonly [string, string]> = [
  ['VMware vSphere VMs', 'self-hosted.vmware-vm'],
  ['KVM VMs', 'self-hosted.kvm-vm'],
  ['bare metal', 'self-hosted.bare-metal'],
  ['MySQL', 'self-hosted.mysql'],
  ['PostgreSQL', 'self-hosted.postgresql'],
  ['Oracle', 'self-hosted.oracle'],
  ['SQL Server', 'self-hosted.sqlserver'],
  ['Redis', 'self-hosted.redis'],
  ['Kafka', 'self-hosted.kafka'],
  ['RabbitMQ', 'self-hosted.rabbitmq'],
  ['Elasticsearch', 'self-hosted.elasticsearch'],
  ['MinIO or Ceph', 'self-hosted.object-storage'],
  ['NFS', 'self-hosted.nfs'],
  ['Nginx load balancer', 'self-hosted.nginx-lb'],
  ['F5 load balancer', 'self-hosted.f5'],
  ['on-site AD/LDAP', 'self-hosted.ad-ldap'],
  ['hardware firewall', 'self-hosted.hardware-firewall'],
];

/** Areas the issue asks Huawei Cloud and Tencent Cloud to cover, as workload kinds. */
const COMMON_KINDS: readonly WorkloadKind[] = ['compute', 'container', 'database', 'cache', 'storage', 'queue', 'network', 'security', 'observability', 'analytics', 'iot'];

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
      expect(entry.id).toMatch(/^[a-z-]+\.[a-z0-9-]+$/);
      expect(IdSchema.safeParse(entry.id).success, entry.id).toBe(true);
    }
  });

  it('has seven providers on either side of a move', () => {
    expect([...SOURCE_PROVIDERS].sort()).toEqual([...PROVIDERS].sort());
    expect([...TARGET_PROVIDERS].sort()).toEqual([...PROVIDERS].sort());
    expect(PROVIDERS).toHaveLength(7);
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

  it.each(['huawei', 'tencent'] as const)('lists at least 25 %s products across the common areas', (provider) => {
    expect(products(provider).length).toBeGreaterThanOrEqual(25);
    const kinds = new Set(products(provider).map((e) => e.kind));
    expect(COMMON_KINDS.filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('lists at least 15 self-run data-centre products, including every one the issue names', () => {
    expect(products('self-hosted').length).toBeGreaterThanOrEqual(15);
    for (const [what, id] of IDC_REQUIRED) expect(catalogEntry(id)?.provider, what).toBe('self-hosted');
  });

  it.each(['aws', 'azure', 'gcp'] as const)('lists at least 15 %s products', (provider) => {
    expect(products(provider).length).toBeGreaterThanOrEqual(15);
  });

  it('gives every product a name, a known kind, a description, a family and a documentation source', () => {
    for (const entry of CATALOG) {
      expect(entry.name.trim(), entry.id).not.toBe('');
      expect(entry.description.trim(), entry.id).not.toBe('');
      expect(entry.doc.trim(), entry.id).not.toBe('');
      expect(WORKLOAD_KINDS, entry.id).toContain(entry.kind);
      expect(FAMILY_IDS, entry.id).toContain(entry.family);
      expect(entry.families[0], entry.id).toBe(entry.family);
    }
  });

  it('defines every family once, and every family has products on more than one provider', () => {
    expect(FAMILIES.map((f) => f.id).sort()).toEqual([...FAMILY_IDS].sort());
    for (const family of FAMILIES) {
      const providers = new Set(CATALOG.filter((e) => e.families.includes(family.id) || e.standsInFor.includes(family.id)).map((e) => e.provider));
      // ECS-style orchestration is AWS's own; every other family exists on at least two providers.
      expect(providers.size, family.id).toBeGreaterThanOrEqual(family.id === 'container-service' ? 1 : 2);
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
      const own = entry.targets[entry.provider];
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

  it('knows every provider’s identity service as such (Huawei IAM, Tencent CAM, an on-site AD ...)', () => {
    const expected: Record<string, string> = {
      alibaba: 'alibaba.ram',
      aws: 'aws.iam',
      azure: 'azure.entra-id',
      gcp: 'gcp.iam',
      huawei: 'huawei.iam',
      tencent: 'tencent.cam',
      'self-hosted': 'self-hosted.ad-ldap',
    };
    for (const provider of PROVIDERS) {
      const identity = identityServiceOf(provider);
      expect(identity.id, provider).toBe(expected[provider]);
      expect(identity.traits.identity, provider).toBe(true);
      expect(identity.provider).toBe(provider);
    }
    // Only identity services carry the trait, so the outage simulation fails nothing else as identity.
    const flagged = CATALOG.filter((e) => e.traits.identity).map((e) => e.id);
    expect(flagged.sort()).toEqual([...Object.values(expected), 'self-hosted.keycloak'].sort());
    expect(PROVIDER_PROFILES['self-hosted'].identityScope).toBe('dependants');
  });
});
