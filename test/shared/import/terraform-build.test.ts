/**
 * How resource instances become workloads, as the review screen shows them: a network or key
 * with no zone takes the region of the resources around it only when they agree, a key's region
 * from its ARN, owner and application from tags (never a secret-named tag), a database with no
 * engine stated, the telling attribute's kind winning over a generic one, a child whose parent is
 * absent, types Decamp does not map, and (from a configuration) a child named by a literal value.
 * Answers worked out by hand from the inputs below and resource-types.ts's table.
 */
import { describe, expect, it } from 'vitest';
import { byName, edges, file, run } from './helpers';
import { tfResource as res, tfStateText } from './terraform-state-helpers';

const STATE = tfStateText([
  res('alicloud_vpc', 'main', { id: 'vpc-1', vpc_name: 'shop-vpc' }),
  res('alicloud_vswitch', 'app', { id: 'vsw-1', vswitch_name: 'app-subnet', vpc_id: 'vpc-1', zone_id: 'cn-hangzhou-h' }),
  res('alicloud_security_group', 'shared', { id: 'sg-1', security_group_name: 'shared-sg' }),
  res('alicloud_instance', 'hz', { id: 'i-hz', instance_name: 'web-hz', availability_zone: 'cn-hangzhou-h', security_groups: ['sg-1'], tags: { Team: 'web', app: 'shop', db_password: 'Hunter-22x', tier: 'front' } }),
  res('alicloud_instance', 'sh', { id: 'i-sh', instance_name: 'web-sh', availability_zone: 'cn-shanghai-b', security_groups: ['sg-1'] }),
  res('alicloud_kms_key', 'data', { id: 'key-1', description: 'data key', arn: 'acs:kms:cn-beijing:1234567:key/key-1' }),
  res('aws_sqs_queue', 'jobs', { id: 'https://sqs.eu-west-1.amazonaws.com/123456789012/jobs-queue', name: 'jobs-queue', arn: 'arn:aws:sqs:eu-west-1:123456789012:jobs-queue' }),
  res('alicloud_db_instance', 'plain', { id: 'rm-2', instance_name: 'plain-db' }),
  // A generic attribute first, the attribute the type says is logging second: the link is logging's kind.
  res('alicloud_oss_bucket', 'assets', { id: 'assets', bucket: 'assets', cors_source: 'logs-store', logging: [{ target_bucket: 'logs-store' }] }),
  res('alicloud_oss_bucket', 'logs', { id: 'logs-store', bucket: 'logs-store' }),
  res('alicloud_slb_listener', 'lonely', { id: 'lb-x:80', load_balancer_id: 'lb-x', frontend_port: 80 }),
  // An allow-list admits the address inside its range, not one below it.
  res('alicloud_db_instance', 'allow', { id: 'rm-3', instance_name: 'allow-db', engine: 'MySQL', security_ips: ['10.2.0.0/24'] }),
  res('alicloud_instance', 'low', { id: 'i-low', instance_name: 'below-range', private_ip: '10.1.0.5' }),
  res('alicloud_instance', 'in', { id: 'i-in', instance_name: 'in-range', private_ip: '10.2.0.7' }),
  // A subnet wider than the allow-list is not admitted by it: only part of it is.
  res('alicloud_db_instance', 'narrow', { id: 'rm-4', instance_name: 'narrow-db', engine: 'MySQL', security_ips: ['10.3.0.0/24'] }),
  res('alicloud_vswitch', 'wide', { id: 'vsw-wide', vswitch_name: 'wide-subnet', cidr_block: '10.3.0.0/16' }),
  res('alicloud_instance', 'wide', { id: 'i-wide', instance_name: 'wide-vm', vswitch_id: 'vsw-wide' }),
  res('alicloud_foo_bar', 'x', { id: 'foo-1' }),
  res('random_id', 'a', { id: 'r1' }),
  res('random_id', 'b', { id: 'r2' }),
]);

const importState = () => run(file('terraform.tfstate', STATE));

describe('workloads from a state', () => {
  it('a VPC takes the region of its subnet; a security group used in two regions takes none; a key and a queue their ARN’s', async () => {
    const out = await importState();
    expect(byName(out, 'app-subnet').region).toBe('cn-hangzhou');
    expect(byName(out, 'shop-vpc').region).toBe('cn-hangzhou');
    expect(byName(out, 'web-sh').region).toBe('cn-shanghai');
    expect('region' in byName(out, 'shared-sg')).toBe(false);
    expect(byName(out, 'data key').region).toBe('cn-beijing');
    expect(byName(out, 'jobs-queue').region).toBe('eu-west-1');
  });

  it('owner and application from tags, whatever their case; a secret-named tag is dropped', async () => {
    const web = byName(await importState(), 'web-hz');
    expect(web).toMatchObject({ owner: 'web', application: 'shop' });
    expect(web.tags).toEqual(['Team:web', 'app:shop', 'tier:front']);
    expect(JSON.stringify(web)).not.toContain('Hunter-22x');
  });

  it('a database with no engine stated is the type’s default product', async () => {
    expect(byName(await importState(), 'plain-db').sourceService).toBe('alibaba.rds-mysql');
  });

  it('the telling attribute gives the link its kind, though a generic one names the same target first', async () => {
    const out = await importState();
    const dep = out.fragment.dependencies.filter((d) => d.from === byName(out, 'assets').id && d.to === byName(out, 'logs-store').id);
    expect(dep).toEqual([expect.objectContaining({ kind: 'async', note: 'alicloud_oss_bucket.logging.target_bucket' })]);
  });

  it('a child whose parent is not imported, and types Decamp does not map, are reported and counted', async () => {
    const out = await importState();
    const skipped = (code: string) => out.report.messages.filter((m) => m.code === code).map((m) => m.message);
    expect(skipped('skipped.terraform.orphan')).toEqual(['alicloud_slb_listener.lonely belongs to a resource that is not in this import (load_balancer_id names nothing here).']);
    expect(skipped('skipped.terraform.unmappedType')).toEqual(['1 alicloud_foo_bar resource: the type is not mapped to a catalog product yet.', '2 random_id resources: the type is not a cloud resource Decamp maps.']);
    expect(edges(out)).toEqual(['app-subnet -> shop-vpc', 'assets -> logs-store', 'in-range -> allow-db', 'web-hz -> shared-sg', 'web-sh -> shared-sg', 'wide-vm -> wide-subnet']);
  });
});

describe('children from a configuration', () => {
  it('a child naming its parent by a literal value is folded into it; one naming nothing here is an orphan', async () => {
    const tf = `
resource "alicloud_oss_bucket" "logs" {
  bucket = "logs-bucket"
}
resource "alicloud_oss_bucket_policy" "logs" {
  bucket = "logs-bucket"
  policy = "{}"
}
resource "alicloud_oss_bucket_acl" "other" {
  bucket = "elsewhere"
}
`;
    const out = await run(file('main.tf', tf));
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['logs-bucket']);
    expect(out.report.messages.find((m) => m.code === 'terraform.folded')?.params).toEqual({ count: 1 });
    expect(out.report.messages.filter((m) => m.code === 'skipped.terraform.orphan').map((m) => m.params.address)).toEqual(['alicloud_oss_bucket_acl.other']);
  });
});
