/**
 * Issue 11's Terraform rules, one by one, on a state written the way Terraform writes one (format
 * version 4): modules, for_each keys, data sources, recorded dependencies and the older
 * `depends_on`, fields newer Terraform adds, children folded into parents, each reference the
 * issue names turned into a dependency of the right kind, old and new argument names, sizes, and
 * no secret anywhere in the result.
 */
import { describe, expect, it } from 'vitest';
import { byName, file, run } from './helpers';

type Attrs = Record<string, unknown>;
const res = (type: string, name: string, attributes: Attrs, extra: Attrs = {}) => ({ mode: 'managed', type, name, provider: 'provider["registry.terraform.io/aliyun/alicloud"]', instances: [{ schema_version: 0, attributes, sensitive_attributes: [], ...extra }] });

const state = {
  version: 4,
  terraform_version: '1.9.5',
  serial: 12,
  lineage: 'rules',
  outputs: {},
  // A newer Terraform's top-level field: tolerated.
  check_results: null,
  resources: [
    { mode: 'data', type: 'alicloud_zones', name: 'default', instances: [{ attributes: { id: 'zones', ids: ['cn-hangzhou-h'] } }] },
    res('alicloud_vpc', 'main', { id: 'vpc-1', vpc_name: 'main-vpc', cidr_block: '10.0.0.0/8' }),
    // The provider's older argument `name`, not `vswitch_name`.
    res('alicloud_vswitch', 'app', { id: 'vsw-1', name: 'app-subnet', vpc_id: 'vpc-1', cidr_block: '10.1.0.0/24', zone_id: 'cn-hangzhou-h' }),
    res('alicloud_security_group', 'web', { id: 'sg-1', security_group_name: 'web-sg', vpc_id: 'vpc-1' }),
    res('alicloud_ram_role', 'ecs', { id: 'role-1', role_name: 'ecs-role', arn: 'acs:ram::1:role/ecs-role' }),
    res('alicloud_kms_key', 'disk', { id: 'key-1', description: 'disk key' }),
    {
      module: 'module.app',
      mode: 'managed',
      type: 'alicloud_instance',
      name: 'web',
      each: 'map',
      instances: [
        {
          index_key: 'a',
          schema_version: 0,
          // A field of newer states: tolerated.
          identity_schema_version: 0,
          attributes: {
            id: 'i-a',
            instance_name: 'web-a',
            instance_type: 'ecs.g7.large',
            private_ip: '10.1.0.10',
            vswitch_id: 'vsw-1',
            security_groups: ['sg-1'],
            role_name: 'ecs-role',
            kms_key_id: 'key-1',
            system_disk_size: 40,
            data_disks: [{ size: 100 }],
            password: 'Pa55-word!',
            kms_encrypted_password: 'enc-XYZ-123',
            custom_blob: 'sens1tive-VALUE-9',
            access_key: 'LTAI5tAbCdEf',
            private_key: '-----BEGIN RSA PRIVATE KEY-----abc',
          },
          sensitive_attributes: [[{ type: 'get_attr', value: 'custom_blob' }]],
          dependencies: ['alicloud_vswitch.app', 'alicloud_security_group.web'],
        },
        { index_key: 'b', schema_version: 0, attributes: { id: 'i-b', instance_name: 'web-b', private_ip: '10.1.0.11', vswitch_id: 'vsw-1' } },
      ],
    },
    res('alicloud_disk', 'logs', { id: 'd-1', disk_name: 'logs', size: 200 }),
    res('alicloud_disk_attachment', 'logs', { id: 'd-1:i-a', disk_id: 'd-1', instance_id: 'i-a' }),
    res('alicloud_db_instance', 'orders', { id: 'rm-1', instance_name: 'orders-db', engine: 'MySQL', instance_storage: 500, instance_type: 'rds.mysql.s2.large', security_ips: ['10.1.0.10'], vswitch_id: 'vsw-1' }),
    res('alicloud_db_account', 'app', { id: 'rm-1:app', instance_id: 'rm-1', account_name: 'app', account_password: 'Db-Secret-77' }),
    res('alicloud_db_database', 'orders', { id: 'rm-1:orders', instance_id: 'rm-1', name: 'orders' }),
    res('alicloud_kvstore_instance', 'cache', { id: 'r-1', db_instance_name: 'sessions', security_ips: ['10.1.0.0/24'] }),
    res('alicloud_slb_load_balancer', 'front', { id: 'lb-1', load_balancer_name: 'front-lb', vswitch_id: 'vsw-1' }),
    res('alicloud_slb_listener', 'http', { id: 'lb-1:80', load_balancer_id: 'lb-1', frontend_port: 80 }),
    res('alicloud_slb_rule', 'api', { id: 'rule-1', load_balancer_id: 'lb-1', url: '/api' }),
    res('alicloud_slb_backend_server', 'front', { id: 'lb-1', load_balancer_id: 'lb-1', backend_servers: [{ server_id: 'i-a', weight: 100 }] }),
    res('alicloud_slb_load_balancer', 'back', { id: 'lb-2', load_balancer_name: 'back-lb' }),
    // The older `servers` block of a server group, and the attachment that replaced it.
    res('alicloud_slb_server_group', 'back', { id: 'rsp-1', load_balancer_id: 'lb-2', servers: [{ server_ids: ['i-b'], port: 8080 }] }),
    res('alicloud_slb_server_group', 'back2', { id: 'rsp-2', load_balancer_id: 'lb-2' }),
    res('alicloud_slb_server_group_server_attachment', 'back2', { id: 'rsp-2:i-a:80', server_group_id: 'rsp-2', server_id: 'i-a', port: 80 }),
    res('alicloud_alb_server_group', 'api', { id: 'sgp-1', server_group_name: 'api-group', servers: [{ server_id: 'i-b', port: 80 }] }),
    res('alicloud_eip_address', 'front', { id: 'eip-1', address_name: 'front-ip', ip_address: '47.0.0.1' }),
    res('alicloud_eip_association', 'front', { id: 'eip-1:i-a', allocation_id: 'eip-1', instance_id: 'i-a' }),
    res('alicloud_ess_scaling_group', 'workers', { id: 'asg-1', scaling_group_name: 'workers', desired_capacity: 4, loadbalancer_ids: ['lb-2'], db_instance_ids: ['rm-1'] }),
    res('alicloud_log_project', 'fc', { id: 'fc-logs', project_name: 'fc-logs' }),
    res('alicloud_fc_service', 'jobs', { id: 'jobs', name: 'jobs', log_config: [{ project: 'fc-logs', logstore: 'fc-store' }], role: 'acs:ram::1:role/ecs-role' }),
    res('alicloud_cs_managed_kubernetes', 'k8s', { id: 'c-1', name: 'prod-k8s', worker_number: 0 }),
    res('alicloud_cs_kubernetes_node_pool', 'default', { id: 'c-1:np-1', cluster_id: 'c-1', node_pool_name: 'default', desired_size: 3 }),
    res('alicloud_alikafka_instance', 'events', { id: 'alikafka-1', name: 'events' }),
    res('alicloud_alikafka_topic', 'orders', { id: 'alikafka-1:orders', instance_id: 'alikafka-1', topic: 'orders' }),
    res('alicloud_ram_user', 'deploy', { id: 'u-1', name: 'deploy' }),
    res('alicloud_ram_user_policy_attachment', 'deploy', { id: 'u-1:p', user_name: 'deploy', policy_name: 'AliyunECSFullAccess' }),
    // Terraform 0.12's `depends_on` in an instance, before `dependencies` replaced it.
    res('alicloud_oss_bucket', 'assets', { id: 'assets-bucket', bucket: 'assets-bucket' }, { depends_on: ['alicloud_kms_key.disk'] }),
  ],
};

const importState = () => run(file('terraform.tfstate', JSON.stringify(state)));

async function dependency(from: string, to: string) {
  const out = await importState();
  const id = (name: string) => byName(out, name).id;
  return out.fragment.dependencies.find((d) => d.from === id(from) && d.to === id(to));
}

describe('Terraform state: the rules of issue 11', () => {
  it('reads module, each, index_key and newer fields; data sources are no workloads and are reported', async () => {
    const out = await importState();
    expect(out.ok).toBe(true);
    expect(byName(out, 'web-a').notes).toBe('Terraform module.app.alicloud_instance.web["a"]');
    expect(byName(out, 'web-b').id).toBe('i-b');
    expect(out.fragment.workloads.some((w) => w.notes.includes('alicloud_zones'))).toBe(false);
    expect(out.report.messages.find((m) => m.code === 'skipped.terraform.dataSources')).toMatchObject({ params: { count: 1 } });
  });

  it('folds accounts, databases, listeners, rules, server group attachments, policies, disk attachments, node pools and topics into their parents', async () => {
    const out = await importState();
    const names = out.fragment.workloads.map((w) => w.name);
    for (const child of ['app', 'orders', 'http', 'api', 'rsp-1', 'rsp-2', 'AliyunECSFullAccess', 'np-1', 'default']) expect(names).not.toContain(child);
    expect(out.fragment.workloads.every((w) => !/_(account|database|listener|rule|attachment|node_pool|topic|server_group_server_attachment)\./.test(w.notes))).toBe(true);
    // The node pool's nodes count on the cluster.
    expect(byName(out, 'prod-k8s').size.instances).toBeGreaterThanOrEqual(3);
    expect(out.report.messages.find((m) => m.code === 'terraform.folded')?.params.count).toBeGreaterThanOrEqual(10);
  });

  it('vswitch_id and security_groups are network links; role_name and kms_key_id are identity links', async () => {
    expect(await dependency('web-a', 'app-subnet')).toMatchObject({ kind: 'network' });
    expect(await dependency('web-a', 'web-sg')).toMatchObject({ kind: 'network' });
    expect(await dependency('web-a', 'ecs-role')).toMatchObject({ kind: 'auth' });
    expect(await dependency('web-a', 'disk key')).toMatchObject({ kind: 'auth' });
  });

  it('an EIP association links the instance to its address', async () => {
    expect(await dependency('web-a', 'front-ip')).toMatchObject({ kind: 'network' });
  });

  it('SLB backend servers, server groups (the older servers block and the attachment) and ALB server groups link the balancer to its servers', async () => {
    expect(await dependency('front-lb', 'web-a')).toMatchObject({ kind: 'sync' });
    expect(await dependency('back-lb', 'web-b')).toMatchObject({ kind: 'sync' });
    expect(await dependency('back-lb', 'web-a')).toMatchObject({ kind: 'sync' });
    expect(await dependency('api-group', 'web-b')).toMatchObject({ kind: 'sync' });
  });

  it("a scaling group's loadbalancer_ids and db_instance_ids", async () => {
    expect(await dependency('back-lb', 'workers')).toBeDefined();
    expect(await dependency('workers', 'orders-db')).toMatchObject({ kind: 'sync' });
    expect(byName(await importState(), 'workers').size.instances).toBe(4);
  });

  it('RDS and Redis security_ips admit the instances whose address or subnet they cover', async () => {
    expect(await dependency('web-a', 'orders-db')).toMatchObject({ kind: 'sync', coupling: 'tight' });
    expect(await dependency('web-b', 'orders-db')).toBeUndefined();
    expect(await dependency('web-a', 'sessions')).toMatchObject({ kind: 'sync' });
    expect(await dependency('web-b', 'sessions')).toMatchObject({ kind: 'sync' });
  });

  it("a Function Compute service's log_config and role", async () => {
    expect(await dependency('jobs', 'fc-logs')).toMatchObject({ kind: 'async' });
    expect(await dependency('jobs', 'ecs-role')).toMatchObject({ kind: 'auth' });
  });

  it('the recorded dependencies and the older depends_on become dependencies', async () => {
    expect(await dependency('assets-bucket', 'disk key')).toBeDefined();
  });

  it('accepts the old `name` and the newer `*_name` arguments alike', async () => {
    const out = await importState();
    expect(byName(out, 'app-subnet').sourceService).toBe('alibaba.vpc');
    expect(byName(out, 'main-vpc').sourceService).toBe('alibaba.vpc');
    expect(byName(out, 'sessions').sourceService).toBe('alibaba.redis');
  });

  it('reads sizes: instance type, storage GB, instance count', async () => {
    const out = await importState();
    expect(byName(out, 'web-a').tags).toContain('spec:ecs.g7.large');
    expect(byName(out, 'web-a').size).toMatchObject({ instances: 1, dataGb: 140 });
    expect(byName(out, 'orders-db')).toMatchObject({ sourceService: 'alibaba.rds-mysql', size: { dataGb: 500 } });
    expect(byName(out, 'orders-db').tags).toContain('spec:rds.mysql.s2.large');
  });

  it('drops passwords, secrets, access keys, private keys and values marked sensitive from everything', async () => {
    const text = JSON.stringify(await importState());
    for (const secret of ['Pa55-word!', 'enc-XYZ-123', 'sens1tive-VALUE-9', 'LTAI5tAbCdEf', 'BEGIN RSA PRIVATE KEY', 'Db-Secret-77']) expect(text).not.toContain(secret);
  });
});

describe('environment tags', () => {
  it("an env, environment or stage tag becomes the workload's environment; an untagged resource has none", async () => {
    const tagged = JSON.stringify({
      version: 4,
      terraform_version: '1.9.5',
      lineage: 'env',
      resources: [
        res('alicloud_instance', 'staging', { id: 'i-1', instance_name: 'web-staging', tags: { env: 'staging' } }),
        res('alicloud_instance', 'plain', { id: 'i-2', instance_name: 'web-plain', tags: { team: 'web' } }),
      ],
    });
    const out = await run(file('env.tfstate', tagged));
    expect(byName(out, 'web-staging').environment).toBe('staging');
    expect('environment' in byName(out, 'web-plain')).toBe(false);
  });
});

describe('recognising a state', () => {
  // A state rewritten by another tool may lack the header Terraform writes first.
  const bare = JSON.stringify({ version: 4, resources: [res('alicloud_vpc', 'main', { id: 'vpc-1', vpc_name: 'main-vpc', cidr_block: '10.0.0.0/8' })] });

  it('reads a .tfstate file without terraform_version or lineage as a state, by its extension', async () => {
    const out = await run(file('network.tfstate', bare));
    expect(out.report.files).toEqual([{ file: 'network.tfstate', format: 'tfstate' }]);
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['main-vpc']);
  });

  it('does not take the same JSON under a .json name for a state: it asks which format it is', async () => {
    const out = await run(file('network.json', bare));
    expect(out.ok).toBe(false);
    expect(out.report.messages.find((m) => m.code === 'format.unrecognised')).toMatchObject({ severity: 'error', at: { file: 'network.json' } });
  });
});
