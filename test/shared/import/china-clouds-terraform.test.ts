/**
 * Terraform from Huawei Cloud and Tencent Cloud maps as alicloud_* does: a workload per product,
 * children folded into their parents, references as dependencies of the right kind, regions from
 * zones. The inputs follow the providers' registry documentation (attribute names and shapes).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../../shared/catalog';
import { HUAWEICLOUD } from '../../../shared/import/terraform/huaweicloud-types';
import { providerOfType, RESOURCE_TYPES } from '../../../shared/import/terraform/resource-types';
import { TENCENTCLOUD } from '../../../shared/import/terraform/tencentcloud-types';
import { byName, edges, file, run } from './helpers';

type Attrs = Record<string, unknown>;
const resource = (type: string, name: string, attributes: Attrs, dependencies: string[] = []) => ({ mode: 'managed', type, name, provider: `provider["registry.terraform.io/${type.startsWith('huawei') ? 'huaweicloud/huaweicloud' : 'tencentcloudstack/tencentcloud'}"]`, instances: [{ schema_version: 0, attributes, dependencies }] });
const state = (resources: unknown[]) => file('terraform.tfstate', JSON.stringify({ version: 4, terraform_version: '1.9.8', serial: 12, lineage: '6f0c2c1e-4a7e-4a43-9d0b-0d1f3c1b2a10', outputs: {}, resources }, null, 2));

const HUAWEI_STATE = state([
  resource('huaweicloud_vpc', 'main', { id: 'vpc-1a2b', name: 'shop-vpc', cidr: '192.168.0.0/16', region: 'cn-north-4' }),
  resource('huaweicloud_vpc_subnet', 'app', { id: 'subnet-app', name: 'shop-app', cidr: '192.168.1.0/24', vpc_id: 'vpc-1a2b', availability_zone: 'cn-north-4a' }),
  resource('huaweicloud_networking_secgroup', 'web', { id: 'sg-web', name: 'shop-web-sg' }),
  resource('huaweicloud_networking_secgroup_rule', 'https', { id: 'rule-1', security_group_id: 'sg-web', direction: 'ingress', port_range_min: 443 }),
  resource('huaweicloud_kps_keypair', 'ops', { id: 'ops-key', name: 'ops-key' }),
  resource('huaweicloud_compute_instance', 'web', { id: 'ecs-0001', name: 'shop-web-01', flavor_id: 'c7.large.2', availability_zone: 'cn-north-4a', system_disk_size: 40, data_disks: [{ type: 'SSD', size: 100 }], security_group_ids: ['sg-web'], network: [{ uuid: 'subnet-app', fixed_ip_v4: '192.168.1.10' }], key_pair: 'ops-key', admin_pass: 'Hunter2!', tags: { app: 'shop', owner: 'web-team', env: 'production' } }),
  resource('huaweicloud_evs_volume', 'logs', { id: 'vol-logs', name: 'shop-web-logs', size: 200, volume_type: 'SSD', availability_zone: 'cn-north-4a' }),
  resource('huaweicloud_compute_volume_attach', 'logs', { id: 'ecs-0001/vol-logs', instance_id: 'ecs-0001', volume_id: 'vol-logs' }),
  resource('huaweicloud_rds_instance', 'orders', { id: 'rds-orders', name: 'orders-db', flavor: 'rds.mysql.n1.large.2.ha', db: [{ type: 'MySQL', version: '8.0', port: 3306 }], volume: [{ type: 'CLOUDSSD', size: 500 }], vpc_id: 'vpc-1a2b', subnet_id: 'subnet-app', security_group_id: 'sg-web', availability_zone: ['cn-north-4a', 'cn-north-4b'] }),
  resource('huaweicloud_rds_instance', 'reports', { id: 'rds-reports', name: 'reports-db', db: [{ type: 'PostgreSQL', version: '15' }], volume: [{ size: 100 }], vpc_id: 'vpc-1a2b', subnet_id: 'subnet-app' }),
  resource('huaweicloud_rds_mysql_database', 'orders', { id: 'rds-orders/orders', instance_id: 'rds-orders', name: 'orders', character_set: 'utf8mb4' }),
  resource('huaweicloud_rds_mysql_account', 'app', { id: 'rds-orders/app', instance_id: 'rds-orders', name: 'app', password: 'secret-pass' }),
  resource('huaweicloud_dcs_instance', 'sessions', { id: 'dcs-1', name: 'shop-sessions', engine: 'Redis', engine_version: '6.0', capacity: 4, vpc_id: 'vpc-1a2b', subnet_id: 'subnet-app' }),
  resource('huaweicloud_dms_kafka_instance', 'events', { id: 'kafka-1', name: 'shop-events', engine_version: '2.7', storage_space: 600, broker_num: 3, vpc_id: 'vpc-1a2b', network_id: 'subnet-app', security_group_id: 'sg-web' }),
  resource('huaweicloud_dms_kafka_topic', 'orders', { id: 'kafka-1/orders', instance_id: 'kafka-1', name: 'orders', partitions: 12 }),
  resource('huaweicloud_obs_bucket', 'images', { id: 'shop-images', bucket: 'shop-images', storage_class: 'STANDARD', region: 'cn-north-4' }),
  resource('huaweicloud_obs_bucket_policy', 'images', { id: 'shop-images', bucket: 'shop-images', policy: '{}' }),
  resource('huaweicloud_cce_cluster', 'k8s', { id: 'cce-1', name: 'shop-cce', flavor_id: 'cce.s2.small', vpc_id: 'vpc-1a2b', subnet_id: 'subnet-app', container_network_type: 'vpc-router' }),
  resource('huaweicloud_cce_node_pool', 'workers', { id: 'pool-1', cluster_id: 'cce-1', name: 'workers', initial_node_count: 3, flavor_id: 'c7.xlarge.2' }),
  resource('huaweicloud_elb_loadbalancer', 'web', { id: 'elb-1', name: 'shop-elb', vpc_id: 'vpc-1a2b', availability_zone: ['cn-north-4a'] }),
  resource('huaweicloud_elb_listener', 'https', { id: 'lsn-1', loadbalancer_id: 'elb-1', protocol: 'HTTPS', protocol_port: 443 }),
  resource('huaweicloud_elb_pool', 'web', { id: 'pool-web', listener_id: 'lsn-1', loadbalancer_id: 'elb-1', protocol: 'HTTP' }),
  resource('huaweicloud_elb_member', 'web', { id: 'member-1', pool_id: 'pool-web', address: '192.168.1.10', instance_id: 'ecs-0001', protocol_port: 8080 }),
  resource('huaweicloud_vpc_eip', 'web', { id: 'eip-1', name: 'shop-eip', address: '121.36.10.20', publicip: [{ type: '5_bgp' }], bandwidth: [{ name: 'shop-bw', size: 10 }] }),
  resource('huaweicloud_identity_user', 'deployer', { id: 'user-1', name: 'deployer', enabled: true }),
  resource('huaweicloud_identity_group', 'ops', { id: 'group-1', name: 'ops' }),
  resource('huaweicloud_identity_group_membership', 'ops', { id: 'group-1', group: 'group-1', users: ['user-1'] }),
  resource('huaweicloud_identity_access_key', 'deployer', { id: 'HPUAXXXXEXAMPLE', user_id: 'user-1', secret: 'do-not-import-me' }),
  resource('huaweicloud_kms_key', 'data', { id: 'key-1', key_alias: 'shop-data-key' }),
  resource('huaweicloud_lts_group', 'app', { id: 'lts-1', group_name: 'shop-logs', ttl_in_days: 30 }),
  resource('huaweicloud_lts_stream', 'web', { id: 'stream-1', group_id: 'lts-1', stream_name: 'web' }),
  resource('huaweicloud_fgs_function', 'thumbs', { id: 'urn:fss:cn-north-4:0a1b:function:default:thumbs:latest', urn: 'urn:fss:cn-north-4:0a1b:function:default:thumbs:latest', name: 'thumbs', runtime: 'Python3.9', memory_size: 256, agency: 'fgs-obs', log_group_id: 'lts-1' }),
  resource('huaweicloud_cdm_cluster', 'sync', { id: 'cdm-1', name: 'sync' }),
]);

const TENCENT_TF = `
terraform {
  required_providers {
    tencentcloud = { source = "tencentcloudstack/tencentcloud" }
  }
}

provider "tencentcloud" {
  region = "ap-guangzhou"
}

resource "tencentcloud_vpc" "main" {
  name       = "shop-vpc"
  cidr_block = "10.0.0.0/16"
}

resource "tencentcloud_subnet" "app" {
  name              = "shop-app"
  vpc_id            = tencentcloud_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "ap-guangzhou-3"
}

resource "tencentcloud_security_group" "web" {
  name = "shop-web-sg"
}

resource "tencentcloud_security_group_rule_set" "web" {
  security_group_id = tencentcloud_security_group.web.id
  ingress {
    action      = "ACCEPT"
    cidr_block  = "0.0.0.0/0"
    protocol    = "TCP"
    port        = "443"
  }
}

resource "tencentcloud_key_pair" "ops" {
  key_name   = "ops_key"
  public_key = "ssh-rsa AAAAB3NzaC1yc2E ops@example"
}

resource "tencentcloud_instance" "web" {
  count                   = 2
  instance_name           = "shop-web-\${count.index}"
  availability_zone       = "ap-guangzhou-3"
  image_id                = "img-eb30mz89"
  instance_type           = "S5.MEDIUM4"
  system_disk_size        = 50
  vpc_id                  = tencentcloud_vpc.main.id
  subnet_id               = tencentcloud_subnet.app.id
  orderly_security_groups = [tencentcloud_security_group.web.id]
  key_ids                 = [tencentcloud_key_pair.ops.id]
  data_disks {
    data_disk_type = "CLOUD_PREMIUM"
    data_disk_size = 100
  }
  tags = {
    app = "shop"
  }
}

resource "tencentcloud_clb_instance" "web" {
  network_type = "OPEN"
  clb_name     = "shop-clb"
  vpc_id       = tencentcloud_vpc.main.id
}

resource "tencentcloud_clb_listener" "https" {
  clb_id        = tencentcloud_clb_instance.web.id
  listener_name = "https"
  port          = 443
  protocol      = "HTTPS"
}

resource "tencentcloud_clb_attachment" "web" {
  clb_id      = tencentcloud_clb_instance.web.id
  listener_id = tencentcloud_clb_listener.https.listener_id
  targets {
    instance_id = tencentcloud_instance.web[0].id
    port        = 8080
  }
  targets {
    instance_id = tencentcloud_instance.web[1].id
    port        = 8080
  }
}

resource "tencentcloud_mysql_instance" "orders" {
  instance_name     = "orders-db"
  engine_version    = "8.0"
  mem_size          = 8000
  volume_size       = 500
  availability_zone = "ap-guangzhou-3"
  vpc_id            = tencentcloud_vpc.main.id
  subnet_id         = tencentcloud_subnet.app.id
  security_groups   = [tencentcloud_security_group.web.id]
  root_password     = var.db_password
}

resource "tencentcloud_mysql_account" "app" {
  mysql_id = tencentcloud_mysql_instance.orders.id
  name     = "app"
  password = var.db_password
}

resource "tencentcloud_redis_instance" "sessions" {
  name              = "shop-sessions"
  availability_zone = "ap-guangzhou-3"
  mem_size          = 4096
  vpc_id            = tencentcloud_vpc.main.id
  subnet_id         = tencentcloud_subnet.app.id
}

resource "tencentcloud_ckafka_instance" "events" {
  instance_name = "shop-events"
  zone_id       = 100003
  disk_size     = 500
  vpc_id        = tencentcloud_vpc.main.id
  subnet_id     = tencentcloud_subnet.app.id
}

resource "tencentcloud_ckafka_topic" "orders" {
  instance_id   = tencentcloud_ckafka_instance.events.id
  topic_name    = "orders"
  partition_num = 12
  replica_num   = 3
}

resource "tencentcloud_cos_bucket" "images" {
  bucket = "shop-images-1250000000"
  acl    = "private"
}

resource "tencentcloud_kubernetes_cluster" "k8s" {
  cluster_name = "shop-tke"
  vpc_id       = tencentcloud_vpc.main.id
  cluster_cidr = "172.16.0.0/16"
}

resource "tencentcloud_kubernetes_node_pool" "workers" {
  name             = "workers"
  cluster_id       = tencentcloud_kubernetes_cluster.k8s.id
  vpc_id           = tencentcloud_vpc.main.id
  subnet_ids       = [tencentcloud_subnet.app.id]
  max_size         = 6
  min_size         = 1
  desired_capacity = 3
}

resource "tencentcloud_cam_role" "scf" {
  name     = "scf-cos"
  document = "{}"
}

resource "tencentcloud_scf_function" "thumbs" {
  name    = "thumbs"
  handler = "index.main"
  runtime = "Python3.9"
  role    = tencentcloud_cam_role.scf.name
  cos_bucket_name = tencentcloud_cos_bucket.images.bucket
}

resource "tencentcloud_cls_logset" "app" {
  logset_name = "shop-logs"
}

resource "tencentcloud_cls_topic" "web" {
  logset_id  = tencentcloud_cls_logset.app.id
  topic_name = "web"
}

resource "tencentcloud_tdmq_rocketmq_cluster" "tasks" {
  cluster_name = "shop-tasks"
}

resource "tencentcloud_tdmq_rocketmq_topic" "jobs" {
  cluster_id     = tencentcloud_tdmq_rocketmq_cluster.tasks.cluster_id
  namespace_name = "default"
  topic_name     = "jobs"
  type           = "Normal"
}

resource "tencentcloud_cam_user" "deployer" {
  name = "deployer"
}

resource "tencentcloud_cam_group" "ops" {
  name = "ops"
}

resource "tencentcloud_cam_group_membership" "ops" {
  group_id = tencentcloud_cam_group.ops.id
  user_names = [tencentcloud_cam_user.deployer.name]
}

resource "tencentcloud_scf_namespace" "jobs" {
  namespace = "jobs"
}
`;

describe('huaweicloud_* and tencentcloud_* resource types', () => {
  it('map at least 20 product types per provider, each onto its own provider’s catalog products', () => {
    for (const [prefix, provider] of [['huaweicloud_', 'huawei'], ['tencentcloud_', 'tencent']] as const) {
      const products = Object.entries(RESOURCE_TYPES).filter(([t, r]) => t.startsWith(prefix) && !r.parent);
      expect(products.length).toBeGreaterThanOrEqual(20);
      // 20 different catalog products, not 20 spellings of a few.
      expect(new Set(products.map(([, r]) => r.service)).size).toBeGreaterThanOrEqual(20);
      for (const [type, r] of products) {
        expect(providerOfType(type)).toBe(provider);
        for (const id of [r.service, ...Object.values(r.serviceBy?.values ?? {})]) expect(catalogEntry(id ?? '')?.provider, `${type} -> ${id}`).toBe(provider);
      }
    }
  });
});

describe('docs/import.md', () => {
  it('lists every huaweicloud_* and tencentcloud_* type the tables map, as workload or folded child', () => {
    const doc = readFileSync(new URL('../../../docs/import.md', import.meta.url), 'utf8');
    for (const [prefix, table] of [['huaweicloud_', HUAWEICLOUD], ['tencentcloud_', TENCENTCLOUD]] as const) {
      const listed = [...doc.matchAll(new RegExp(`\`(${prefix}[a-z0-9_]+)\``, 'g'))].map((m) => m[1]!);
      expect(new Set(listed)).toEqual(new Set(Object.keys(table)));
      const workloads = [...doc.matchAll(new RegExp(`^\\| \`(${prefix}[a-z0-9_]+)\` \\| \`([a-z0-9.-]+)\``, 'gm'))].map((m) => `${m[1]} ${m[2]}`);
      expect(workloads).toEqual(Object.entries(table).filter(([, r]) => !r.parent).map(([t, r]) => `${t} ${r.service}`));
    }
  });
});

describe('a Huawei Cloud Terraform state', () => {
  it('becomes Huawei Cloud workloads with their products, sizes, regions and links', async () => {
    const out = await run(HUAWEI_STATE);
    expect(out.ok).toBe(true);
    expect(out.report.files[0]?.format).toBe('tfstate');
    const service = (name: string) => byName(out, name).sourceService;
    expect(service('shop-web-01')).toBe('huawei.ecs');
    expect(service('orders-db')).toBe('huawei.rds-mysql');
    expect(service('reports-db')).toBe('huawei.rds-postgresql');
    expect(service('shop-sessions')).toBe('huawei.dcs');
    expect(service('shop-events')).toBe('huawei.dms-kafka');
    expect(service('shop-images')).toBe('huawei.obs');
    expect(service('shop-cce')).toBe('huawei.cce');
    expect(service('shop-elb')).toBe('huawei.elb');
    expect(service('shop-eip')).toBe('huawei.eip');
    expect(service('deployer')).toBe('huawei.iam');
    expect(service('shop-data-key')).toBe('huawei.dew');
    expect(service('shop-logs')).toBe('huawei.lts');
    expect(service('thumbs')).toBe('huawei.functiongraph');
    expect(byName(out, 'ops-key')).toMatchObject({ kind: 'security', sourceService: 'huawei.ecs' });

    expect(byName(out, 'shop-web-01')).toMatchObject({ region: 'cn-north-4', size: { instances: 1, dataGb: 40 }, application: 'shop', owner: 'web-team' });
    expect(byName(out, 'shop-web-01').tags).toContain('spec:c7.large.2');
    expect(byName(out, 'orders-db').size.dataGb).toBe(500);
    expect(byName(out, 'shop-events').size).toMatchObject({ instances: 3, dataGb: 600 });
    // The node pool's three nodes join the cluster's count.
    expect(byName(out, 'shop-cce').size.instances).toBe(4);

    // Children fold into their parents: databases, accounts, topics, rules, listeners, pools, members, policies, streams, keys.
    const names = out.fragment.workloads.map((w) => w.name);
    for (const folded of ['orders', 'app', 'https', 'web', 'workers', 'HPUAXXXXEXAMPLE']) expect(names).not.toContain(folded);
    expect(out.fragment.workloads).toHaveLength(19);

    expect(edges(out)).toEqual(
      expect.arrayContaining([
        'shop-web-01 -> shop-app',
        'shop-web-01 -> shop-web-sg',
        'shop-web-01 -> ops-key',
        'shop-web-01 -> shop-web-logs',
        'shop-elb -> shop-web-01',
        'orders-db -> shop-app',
        'shop-events -> shop-app',
        'deployer -> ops',
        'thumbs -> shop-logs',
        'shop-cce -> shop-vpc',
      ]),
    );
    const dep = (from: string, to: string) => out.fragment.dependencies.find((d) => d.from === byName(out, from).id && d.to === byName(out, to).id);
    expect(dep('shop-web-01', 'shop-app')).toMatchObject({ kind: 'network' });
    expect(dep('shop-web-01', 'ops-key')).toMatchObject({ kind: 'auth' });
    expect(dep('shop-web-01', 'shop-web-logs')).toMatchObject({ kind: 'data' });
    expect(dep('shop-elb', 'shop-web-01')).toMatchObject({ kind: 'sync' });
    expect(dep('deployer', 'ops')).toMatchObject({ kind: 'auth' });
    expect(dep('shop-events', 'shop-app')).toMatchObject({ kind: 'network' });

    // A type the table does not know is reported by name, never dropped in silence.
    expect(out.report.messages.find((m) => m.code === 'skipped.terraform.unmappedType')?.message).toMatch(/huaweicloud_cdm_cluster.*not mapped to a catalog product yet/);
  });

  it('keeps no password, access key secret or admin password', async () => {
    const text = JSON.stringify(await run(HUAWEI_STATE));
    expect(text).not.toMatch(/Hunter2|secret-pass|do-not-import-me/);
  });

  it('names Huawei Cloud products whatever the open project’s source provider is', async () => {
    const out = await run(HUAWEI_STATE, { sourceProvider: 'aws' });
    expect(new Set(out.fragment.workloads.map((w) => w.sourceService.split('.')[0]))).toEqual(new Set(['huawei']));
  });
});

describe('a Tencent Cloud Terraform configuration', () => {
  it('becomes Tencent Cloud workloads, counted, zoned and linked through references', async () => {
    const out = await run(file('main.tf', TENCENT_TF));
    expect(out.ok).toBe(true);
    expect(out.report.files[0]?.format).toBe('tf');
    const service = (name: string) => byName(out, name).sourceService;
    expect(service('shop-web-0')).toBe('tencent.cvm');
    expect(service('shop-web-1')).toBe('tencent.cvm');
    expect(service('shop-clb')).toBe('tencent.clb');
    expect(service('orders-db')).toBe('tencent.mysql');
    expect(service('shop-sessions')).toBe('tencent.redis');
    expect(service('shop-events')).toBe('tencent.ckafka');
    expect(service('shop-images-1250000000')).toBe('tencent.cos');
    expect(service('shop-tke')).toBe('tencent.tke');
    expect(service('thumbs')).toBe('tencent.scf');
    expect(service('scf-cos')).toBe('tencent.cam');
    expect(service('shop-logs')).toBe('tencent.cls');
    expect(service('shop-tasks')).toBe('tencent.tdmq-rocketmq');
    expect(service('shop-vpc')).toBe('tencent.vpc');
    expect(byName(out, 'ops_key')).toMatchObject({ kind: 'security', sourceService: 'tencent.cvm' });

    // Zones name the region: ap-guangzhou-3 is in ap-guangzhou; CKafka's numeric zone names none.
    expect(byName(out, 'shop-web-0')).toMatchObject({ region: 'ap-guangzhou', size: { instances: 1, dataGb: 50 } });
    expect(byName(out, 'orders-db')).toMatchObject({ region: 'ap-guangzhou', size: { dataGb: 500 } });
    expect(byName(out, 'shop-events').region).not.toBe('100003');
    expect(byName(out, 'shop-tke').size.instances).toBe(4);

    const names = out.fragment.workloads.map((w) => w.name);
    for (const folded of ['https', 'app', 'orders', 'workers', 'web', 'jobs']) expect(names).not.toContain(folded);

    expect(edges(out)).toEqual(
      expect.arrayContaining(['shop-clb -> shop-web-0', 'shop-clb -> shop-web-1', 'shop-web-0 -> shop-app', 'shop-web-1 -> shop-web-sg', 'shop-web-0 -> ops_key', 'orders-db -> shop-app', 'thumbs -> scf-cos', 'thumbs -> shop-images-1250000000', 'deployer -> ops']),
    );
    const dep = (from: string, to: string) => out.fragment.dependencies.find((d) => d.from === byName(out, from).id && d.to === byName(out, to).id);
    expect(dep('shop-clb', 'shop-web-0')).toMatchObject({ kind: 'sync' });
    expect(dep('shop-web-1', 'shop-web-sg')).toMatchObject({ kind: 'network' });
    expect(dep('shop-web-0', 'ops_key')).toMatchObject({ kind: 'auth' });
    expect(dep('thumbs', 'scf-cos')).toMatchObject({ kind: 'auth' });
    expect(dep('deployer', 'ops')).toMatchObject({ kind: 'auth' });
    expect(out.report.messages.find((m) => m.code === 'skipped.terraform.unmappedType')?.message).toMatch(/tencentcloud_scf_namespace/);
    expect(JSON.stringify(out)).not.toContain('db_password');
  });
});
