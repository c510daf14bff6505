/**
 * A project of each new kind plans with sensible equivalents and portability: Tencent Cloud ->
 * Alibaba Cloud, Huawei Cloud -> AWS, a self-run data centre -> Huawei Cloud, Alibaba Cloud ->
 * self-hosted. Each is a small but realistic estate; the assertions are what a migration lead
 * would check first: the target products, what moves as data, what is rewritten, what has no
 * equivalent, and that the plan covers every workload.
 */
import { describe, expect, it } from 'vitest';
import type { Project, Workload } from '../../../shared/model/schema';
import type { Provider } from '../../../shared/model/vocabulary';
import { planProject } from '../../../shared/plan';
import { dep, makeProject, makeWorkload } from './arbitraries';

type Row = readonly [id: string, service: string, kind: Workload['kind'], criticality?: Workload['criticality']];

function estate(source: Provider, target: Provider, region: string | undefined, rows: readonly Row[], deps: readonly (readonly [string, string, ('sync' | 'auth' | 'async' | 'data' | 'network')?])[]): Project {
  const base = makeProject();
  return makeProject({
    project: { ...base.project, name: `${source} to ${target}`, sourceProvider: source, defaultTargets: [target] },
    workloads: rows.map(([id, service, kind, criticality]) =>
      makeWorkload(id, { kind, sourceService: service, criticality: criticality ?? 'medium', ...(region ? { region } : {}), size: { instances: 2, dataGb: kind === 'database' || kind === 'storage' ? 200 : 0, dailyChangeGb: 0 } }),
    ),
    dependencies: deps.map(([from, to, kind]) => dep(from, to, { kind: kind ?? 'sync' })),
  });
}

/** Each workload's estimate: where it goes and what moves. */
function outcome(project: Project) {
  const plan = planProject(project, { runs: 200 });
  const byId = (id: string) => plan.estimates[id]!;
  // Platform pieces (identity, network, keys, logging baselines) are built in the landing zone, the rest in waves.
  const placed = [...plan.foundation.workloadIds, ...plan.waves.flatMap((w) => w.workloadIds)];
  return { plan, byId, placed };
}

describe('any provider to any provider', () => {
  it('Tencent Cloud -> Alibaba Cloud', () => {
    const p = estate('tencent', 'alibaba', 'ap-guangzhou', [
      ['cam', 'tencent.cam', 'security', 'high'],
      ['vpc', 'tencent.vpc', 'network'],
      ['orders-db', 'tencent.mysql', 'database', 'mission-critical'],
      ['cache', 'tencent.redis', 'cache'],
      ['events', 'tencent.ckafka', 'queue'],
      ['tasks', 'tencent.tdmq-rocketmq', 'queue'],
      ['images', 'tencent.cos', 'storage'],
      ['shop', 'tencent.tke', 'container', 'high'],
      ['fn', 'tencent.scf', 'serverless'],
      ['logs', 'tencent.cls', 'observability'],
    ], [['shop', 'orders-db'], ['shop', 'cache'], ['shop', 'cam', 'auth'], ['shop', 'events', 'async'], ['shop', 'images'], ['fn', 'images'], ['shop', 'vpc', 'network']]);
    const { byId, placed, plan } = outcome(p);
    expect(placed.sort()).toEqual(p.workloads.map((w) => w.id).sort());
    expect(byId('orders-db')).toMatchObject({ targetProvider: 'alibaba', targetService: 'ApsaraDB RDS for MySQL', portability: 'data-config' });
    expect(byId('cache')).toMatchObject({ targetService: 'Tair / ApsaraDB for Redis', portability: 'data-config' });
    expect(byId('events')).toMatchObject({ targetService: 'ApsaraMQ for Kafka (Message Queue for Kafka)', portability: 'data-config' });
    expect(byId('tasks')).toMatchObject({ targetService: 'ApsaraMQ for RocketMQ', portability: 'data-config' });
    expect(byId('images')).toMatchObject({ targetService: 'Object Storage Service (OSS)', portability: 'data-config' });
    expect(byId('shop')).toMatchObject({ targetService: 'Container Service for Kubernetes (ACK)', portability: 'data-config' });
    expect(byId('cam')).toMatchObject({ targetService: 'Resource Access Management (RAM)', portability: 'refactor' });
    expect(byId('fn')).toMatchObject({ targetService: 'Function Compute', portability: 'refactor' });
    expect(byId('logs')).toMatchObject({ targetService: 'Simple Log Service (SLS)', portability: 'refactor' });
    // After the move, Alibaba Cloud's own RAM is the provider-wide identity again: found on the target side.
    expect(plan.risks.map((r) => r.id)).toContain('risk:target-identity-spof:alibaba');
    expect(plan.issues.filter((i) => i.code === 'unknown-source-service')).toEqual([]);
  });

  it('Huawei Cloud -> AWS', () => {
    const p = estate('huawei', 'aws', 'cn-north-4', [
      ['iam', 'huawei.iam', 'security', 'high'],
      ['app', 'huawei.ecs', 'compute', 'high'],
      ['db', 'huawei.taurusdb', 'database', 'mission-critical'],
      ['docs', 'huawei.dds', 'database'],
      ['cache', 'huawei.dcs', 'cache'],
      ['mq', 'huawei.dms-rocketmq', 'queue'],
      ['files', 'huawei.obs', 'storage'],
      ['k8s', 'huawei.cce', 'container'],
      ['search', 'huawei.css', 'analytics'],
      ['keys', 'huawei.dew', 'security'],
      ['warehouse', 'huawei.dws', 'analytics'],
      ['devices', 'huawei.iotda', 'iot'],
    ], [['app', 'db'], ['app', 'cache'], ['app', 'iam', 'auth'], ['app', 'mq', 'async'], ['k8s', 'docs'], ['search', 'db', 'data']]);
    const { byId, placed } = outcome(p);
    expect(placed).toHaveLength(12);
    expect(byId('app')).toMatchObject({ targetService: 'Amazon EC2', portability: 'data-config' });
    // TaurusDB's shared storage finds Aurora's.
    expect(byId('db')).toMatchObject({ targetService: 'Amazon Aurora (MySQL-compatible)', portability: 'data-config' });
    expect(byId('docs')).toMatchObject({ targetService: 'Amazon DocumentDB (with MongoDB compatibility)', portability: 'data-config' });
    expect(byId('cache')).toMatchObject({ targetService: 'Amazon ElastiCache (Valkey/Redis OSS)', portability: 'data-config' });
    // No managed RocketMQ on AWS: the queue is redesigned on SQS.
    expect(byId('mq')).toMatchObject({ targetService: 'Amazon SQS (and SNS)', portability: 'refactor' });
    expect(byId('files')).toMatchObject({ targetService: 'Amazon S3', portability: 'data-config' });
    expect(byId('k8s')).toMatchObject({ targetService: 'Amazon Elastic Kubernetes Service (EKS)', portability: 'data-config' });
    expect(byId('search')).toMatchObject({ targetService: 'Amazon OpenSearch Service', portability: 'data-config' });
    expect(byId('keys')).toMatchObject({ targetService: 'AWS KMS and AWS Secrets Manager', portability: 'refactor' });
    expect(byId('iam')).toMatchObject({ targetService: 'AWS IAM and IAM Identity Center', portability: 'refactor' });
    expect(byId('warehouse')).toMatchObject({ targetService: 'Amazon Redshift', portability: 'refactor' });
    expect(byId('devices')).toMatchObject({ targetService: 'AWS IoT Core', portability: 'refactor' });
  });

  it('a self-run data centre -> Huawei Cloud', () => {
    const p = estate('self-hosted', 'huawei', undefined, [
      ['ad', 'self-hosted.ad-ldap', 'security', 'high'],
      ['erp', 'self-hosted.vmware-vm', 'compute', 'mission-critical'],
      ['batch', 'self-hosted.kvm-vm', 'compute'],
      ['hosts', 'self-hosted.bare-metal', 'compute'],
      ['oracle', 'self-hosted.oracle', 'database', 'mission-critical'],
      ['mysql', 'self-hosted.mysql', 'database'],
      ['pg', 'self-hosted.postgresql', 'database'],
      ['mssql', 'self-hosted.sqlserver', 'database'],
      ['redis', 'self-hosted.redis', 'cache'],
      ['kafka', 'self-hosted.kafka', 'queue'],
      ['rabbit', 'self-hosted.rabbitmq', 'queue'],
      ['es', 'self-hosted.elasticsearch', 'analytics'],
      ['minio', 'self-hosted.object-storage', 'storage'],
      ['nfs', 'self-hosted.nfs', 'storage'],
      ['lb', 'self-hosted.nginx-lb', 'network'],
      ['f5', 'self-hosted.f5', 'network'],
      ['fw', 'self-hosted.hardware-firewall', 'security'],
    ], [['erp', 'oracle'], ['erp', 'ad', 'auth'], ['erp', 'nfs'], ['batch', 'mysql'], ['lb', 'erp'], ['erp', 'redis'], ['erp', 'kafka', 'async']]);
    const { byId, placed } = outcome(p);
    expect(placed).toHaveLength(17);
    expect(byId('erp')).toMatchObject({ targetService: 'Elastic Cloud Server (ECS)', portability: 'data-config' });
    expect(byId('batch')).toMatchObject({ targetService: 'Elastic Cloud Server (ECS)', portability: 'data-config' });
    expect(byId('hosts')).toMatchObject({ targetService: 'Bare Metal Server (BMS)', portability: 'data-config' });
    // No managed Oracle on Huawei Cloud: GaussDB, converted with UGO.
    expect(byId('oracle')).toMatchObject({ targetService: 'GaussDB (distributed)', portability: 'refactor' });
    expect(byId('mysql')).toMatchObject({ targetService: 'RDS for MySQL', portability: 'data-config' });
    expect(byId('pg')).toMatchObject({ targetService: 'RDS for PostgreSQL', portability: 'data-config' });
    expect(byId('mssql')).toMatchObject({ targetService: 'RDS for SQL Server', portability: 'data-config' });
    expect(byId('redis')).toMatchObject({ targetService: 'Distributed Cache Service (DCS) for Redis', portability: 'data-config' });
    expect(byId('kafka')).toMatchObject({ targetService: 'Distributed Message Service (DMS) for Kafka', portability: 'data-config' });
    expect(byId('rabbit')).toMatchObject({ targetService: 'Distributed Message Service (DMS) for RabbitMQ', portability: 'config-only' });
    expect(byId('es')).toMatchObject({ targetService: 'Cloud Search Service (CSS)', portability: 'data-config' });
    expect(byId('minio')).toMatchObject({ targetService: 'Object Storage Service (OBS)', portability: 'data-config' });
    expect(byId('nfs')).toMatchObject({ targetService: 'Scalable File Service (SFS / SFS Turbo)', portability: 'data-config' });
    expect(byId('lb')).toMatchObject({ targetService: 'Elastic Load Balance (ELB)', portability: 'config-only' });
    expect(byId('f5')).toMatchObject({ targetService: 'Elastic Load Balance (ELB)', portability: 'config-only' });
    expect(byId('ad')).toMatchObject({ targetService: 'Identity and Access Management (IAM)', portability: 'refactor' });
    expect(byId('fw')).toMatchObject({ targetService: 'Cloud Firewall (CFW)', portability: 'refactor' });
  });

  it('Alibaba Cloud -> self-hosted', () => {
    const p = estate('alibaba', 'self-hosted', 'cn-hangzhou', [
      ['ram', 'alibaba.ram', 'security', 'high'],
      ['web', 'alibaba.ecs', 'compute', 'high'],
      ['k8s', 'alibaba.ack', 'container'],
      ['db', 'alibaba.rds-mysql', 'database', 'mission-critical'],
      ['polar', 'alibaba.polardb', 'database'],
      ['cache', 'alibaba.redis', 'cache'],
      ['files', 'alibaba.oss', 'storage'],
      ['mq', 'alibaba.rocketmq', 'queue'],
      ['cdn', 'alibaba.cdn', 'network'],
      ['ddos', 'alibaba.anti-ddos', 'security'],
      ['kms', 'alibaba.kms', 'security'],
      ['slb', 'alibaba.slb', 'network'],
      ['vpc', 'alibaba.vpc', 'network'],
    ], [['web', 'db'], ['web', 'cache'], ['web', 'ram', 'auth'], ['web', 'files'], ['k8s', 'mq', 'async'], ['slb', 'web']]);
    const { byId, placed, plan } = outcome(p);
    expect(placed).toHaveLength(13);
    expect(byId('web')).toMatchObject({ targetService: 'KVM/Proxmox VE or VMware vSphere VMs', portability: 'data-config' });
    expect(byId('k8s')).toMatchObject({ targetService: 'Kubernetes (kubeadm, RKE2 or k3s) with Rook-Ceph storage', portability: 'data-config' });
    expect(byId('db')).toMatchObject({ targetService: 'MySQL 8 on VMs / Percona Server with Orchestrator or InnoDB Cluster', portability: 'data-config' });
    expect(byId('polar')).toMatchObject({ portability: 'data-config' });
    expect(byId('cache')).toMatchObject({ targetService: 'Valkey or Redis OSS with Sentinel or Cluster', portability: 'data-config' });
    expect(byId('files')).toMatchObject({ targetService: 'Ceph RGW or MinIO (S3 API)', portability: 'data-config' });
    expect(byId('mq')).toMatchObject({ portability: 'data-config' });
    expect(byId('slb')).toMatchObject({ targetService: 'HAProxy or NGINX with keepalived (VRRP)', portability: 'config-only' });
    expect(byId('vpc')).toMatchObject({ portability: 'refactor' });
    expect(byId('ram')).toMatchObject({ targetService: 'Keycloak (SSO) with OPA or HashiCorp Vault for machine identity', portability: 'refactor' });
    expect(byId('kms')).toMatchObject({ targetService: 'HashiCorp Vault or OpenBao (transit and KV engines), with an HSM if required', portability: 'refactor' });
    // A CDN and DDoS scrubbing cannot be self-hosted: no equivalent, each a risk with its reason.
    expect(byId('cdn').portability).toBe('none');
    expect(byId('ddos').portability).toBe('none');
    const none = plan.risks.filter((r) => r.code === 'no-equivalent').map((r) => r.id).sort();
    expect(none).toEqual(['risk:no-equivalent:cdn', 'risk:no-equivalent:ddos']);
    expect(plan.risks.find((r) => r.id === 'risk:no-equivalent:cdn')!.detail).toMatch(/global edge network|edge locations/);
  });
});
