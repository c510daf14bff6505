import { describe, expect, it } from 'vitest';
import { edges, run } from './helpers';
import { HAVE_REAL, realFile, realFolder } from './fixtures';

const kinds = (names: string[]) => names.sort();

describe.skipIf(!HAVE_REAL)('the real Alibaba Cloud deployment (../shared/fixtures/real)', () => {
  it('state: 2 ECS, 2 RDS MySQL, SLB, EIP, VPC, vSwitches, security group, OSS, KMS, RAM user, key pair, with their links', async () => {
    const out = await run(realFile('alicloud-terraform-state/terraform.tfstate.backup.json'));
    expect(out.ok).toBe(true);
    expect(out.report.files[0]?.format).toBe('tfstate');
    const byService = (s: string) => out.fragment.workloads.filter((w) => w.sourceService === s).map((w) => w.name);
    expect(kinds(byService('alibaba.ecs').filter((n) => n.startsWith('test')))).toEqual(['test-01', 'test-02']);
    expect(kinds(byService('alibaba.rds-mysql'))).toEqual(['rds-01', 'rds-02']);
    expect(byService('alibaba.slb')).toEqual(['auto_named_slb']);
    expect(byService('alibaba.eip')).toEqual(['47.100.248.54']);
    expect(byService('alibaba.oss')).toEqual(['apptest-xy1234']);
    expect(byService('alibaba.kms')).toEqual(['KMS for OSS']);
    expect(byService('alibaba.ram')).toContain('test1121');
    expect(kinds(byService('alibaba.vpc'))).toEqual(['ali-sg-ec-sz', 'vpc/vswitch[0]', 'vpc/vswitch[1]', 'vpc/vswitch[2]', 'webserver']);
    expect(out.fragment.workloads.find((w) => w.name === 'xianwang_key_pair_1121')).toMatchObject({ kind: 'security', sourceService: 'alibaba.ecs' });
    // Children are folded, never workloads of their own.
    expect(out.fragment.workloads.map((w) => w.name)).not.toContain('myuser');
    expect(out.fragment.workloads).toHaveLength(16);

    const links = edges(out);
    expect(links).toEqual(expect.arrayContaining(['auto_named_slb -> test-01', 'auto_named_slb -> test-02', 'test-01 -> rds-01', 'test-02 -> rds-02', 'test-01 -> vpc/vswitch[1]', 'test-02 -> ali-sg-ec-sz', 'auto_named_slb -> 47.100.248.54', 'test-01 -> xianwang_key_pair_1121', 'test1121 -> app_dev_xy', 'vpc/vswitch[0] -> webserver']));
    const kindOf = (from: string, to: string) => {
      const id = (n: string) => out.fragment.workloads.find((w) => w.name === n)?.id;
      return out.fragment.dependencies.find((d) => d.from === id(from) && d.to === id(to));
    };
    expect(kindOf('auto_named_slb', 'test-01')).toMatchObject({ kind: 'sync' });
    expect(kindOf('test-01', 'rds-01')).toMatchObject({ kind: 'sync', coupling: 'tight' });
    expect(kindOf('test-01', 'vpc/vswitch[1]')).toMatchObject({ kind: 'network' });
    expect(kindOf('test-01', 'xianwang_key_pair_1121')).toMatchObject({ kind: 'auth' });

    const ecs = out.fragment.workloads.find((w) => w.name === 'test-01');
    expect(ecs).toMatchObject({ id: 'i-uf6ga6gkcqc2cqbjnmvv', region: 'cn-shanghai', size: { instances: 1, dataGb: 40 }, application: '客户端' });
    expect(ecs?.tags).toContain('spec:ecs.c5.large');
    expect(out.fragment.workloads.find((w) => w.name === 'rds-01')?.size.dataGb).toBe(100);
    expect(out.report.messages.find((m) => m.code === 'skipped.terraform.dataSources')).toBeDefined();
  });

  it('state: no password, secret or access key reaches the result', async () => {
    const out = await run(realFile('alicloud-terraform-state/terraform.tfstate.backup.json'));
    const text = JSON.stringify(out);
    expect(text).not.toContain('<REDACTED>');
    expect(text).not.toContain('LTAI');
    expect(text).not.toMatch(/password|secret_file|encrypted_secret/i);
  });

  it('HCL: the modules wired through module.vpc.vswitch_ids[1], module.ecs.instance_ids and module.slb.slb_id become dependencies', async () => {
    const out = await run(realFolder('alicloud-terraform-hcl', ['.tf']));
    expect(out.ok).toBe(true);
    expect(new Set(out.report.files.map((f) => f.format))).toEqual(new Set(['tf']));
    const names = out.fragment.workloads.map((w) => w.name).sort();
    expect(names).toEqual(['KMS for OSS', 'ali-sg-ec-sz', 'app_dev_xy', 'apptest-xy1234', 'auto_named_slb', 'eip/eip[0]', 'rds-01', 'rds-02', 'test-01', 'test-02', 'test1121', 'vpc/vswitch[0]', 'vpc/vswitch[1]', 'vpc/vswitch[2]', 'webserver', 'xianwang_key_pair_1121']);
    const links = edges(out);
    // module.vpc.vswitch_ids[1] -> the second vswitch; count.index + 1 -> ECS 0 in vswitch 1, ECS 1 in vswitch 2.
    expect(links).toEqual(expect.arrayContaining(['rds-01 -> vpc/vswitch[1]', 'auto_named_slb -> vpc/vswitch[1]', 'test-01 -> vpc/vswitch[1]', 'test-02 -> vpc/vswitch[2]']));
    // module.ecs.instance_ids (through a data source that depends on the instances) and module.slb.slb_id.
    expect(links).toEqual(expect.arrayContaining(['auto_named_slb -> test-01', 'auto_named_slb -> test-02', 'auto_named_slb -> eip/eip[0]']));
    // RDS security_ips = [module.vpc.vpc_cidr_block]: the VPC's range admits both ECS.
    expect(links).toEqual(expect.arrayContaining(['test-01 -> rds-01', 'test-02 -> rds-02']));
    expect(out.fragment.workloads.find((w) => w.name === 'rds-01')).toMatchObject({ sourceService: 'alibaba.rds-mysql', size: { dataGb: 100 } });
  });

  it('HCL: switched-off modules are reported as skipped, not invented', async () => {
    const out = await run(realFolder('alicloud-terraform-hcl', ['.tf']));
    const off = out.report.messages.filter((m) => m.code === 'skipped.terraform.moduleOff').map((m) => m.params.module);
    expect(off).toEqual(expect.arrayContaining(['module.rds4mysql', 'module.rds4sqlsever', 'module.rds4postgresql', 'module.redis', 'module.mongodb', 'module.drds']));
    const rds4mysql = out.report.messages.find((m) => m.params.module === 'module.rds4mysql');
    expect(rds4mysql?.message).toMatch(/use_rds4mysql_module = false/);
    expect(rds4mysql?.at).toMatchObject({ file: 'alicloud-terraform-hcl/main.tf', line: expect.any(Number) });
    expect(out.fragment.workloads.some((w) => w.name === 'terraform_test')).toBe(false);
  });

  it('HCL: the literal passwords in the variables never reach the project', async () => {
    const out = await run(realFolder('alicloud-terraform-hcl', ['.tf']));
    const text = JSON.stringify(out);
    for (const literal of ['Test1234', 'Test1234!', 'Test12345678']) expect(text).not.toContain(literal);
  });
});
