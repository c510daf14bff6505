/**
 * A data centre's discovery CSV (VM name, OS, cores, memory, disks, applications) becomes
 * self-hosted workloads: the hypervisor names the product, an application that is a self-run
 * product (Oracle, MySQL, Kafka ...) makes the VM that product, marked for review.
 */
import { describe, expect, it } from 'vitest';
import { byName, edges, file, run } from './helpers';

const IDC_LIST = [
  'VM Name,OS,Cores,Memory (GB),Disks (GB),Applications,Hypervisor,Datacenter,Environment,Owner,IP Address,Depends on',
  'erp-app-01,Windows Server 2019,8,32,100;500,ERP;Tomcat,VMware vSphere 7,BJ-IDC-1,生产,ERP team,10.8.1.11,erp-db-01',
  'erp-db-01,Oracle Linux 8,16,128,2x1024,ERP;Oracle 19c,Physical server,BJ-IDC-1,prod,DBA,10.8.1.21,',
  'mq-01,CentOS 7.9,4,16,200,Kafka,KVM,BJ-IDC-1,prod,Platform,10.8.2.5,',
  'cache-01,Rocky Linux 9,4,"16 GB",50,Redis 6,Proxmox VE 8,SH-IDC-2,prod,Platform,10.9.2.7,',
  'files-01,Ubuntu 22.04,2,8,"4 TB",MinIO,Hyper-V,SH-IDC-2,prod,Platform,10.9.3.3,',
  'jump-01,Debian 12,eight,4,40,,,SH-IDC-2,test,Ops,10.9.9.9,',
  ',,,,,,,,,,,',
].join('\n');

// RVTools' vInfo tab saved as CSV (semicolon-separated, as Excel writes it in many locales); Memory and disks in MiB.
const RVTOOLS = [
  'VM;Powerstate;Template;DNS Name;CPUs;Memory;NICs;Disks;Total disk capacity MiB;Provisioned MiB;In Use MiB;Annotation;Datacenter;Cluster;Host;OS according to the configuration file;OS according to the VMware Tools;VM UUID;Primary IP Address',
  'web-01;poweredOn;False;web-01.corp.local;4;8192;1;2;153600;153600;61440;Shop front;DC-Shanghai;Prod-Cluster;esx01.corp.local;Red Hat Enterprise Linux 8 (64-bit);Red Hat Enterprise Linux 8 (64-bit);4203c3a1-6b8e-11ee-b962-0242ac120002;10.20.0.11',
  'old-crm;poweredOff;False;;2;4096;1;1;81920;81920;40960;;DC-Shanghai;Prod-Cluster;esx02.corp.local;Microsoft Windows Server 2012 (64-bit);;4203c3a1-6b8e-11ee-b962-0242ac120003;',
  'rhel8-template;poweredOff;True;;2;4096;1;1;40960;40960;10240;;DC-Shanghai;Prod-Cluster;esx01.corp.local;Red Hat Enterprise Linux 8 (64-bit);;4203c3a1-6b8e-11ee-b962-0242ac120004;',
].join('\n');

describe('a data-centre discovery CSV', () => {
  it('is recognised by its columns and becomes self-hosted workloads on the right product, whatever the project’s provider', async () => {
    const out = await run(file('idc-servers.csv', IDC_LIST), { sourceProvider: 'alibaba' });
    expect(out.ok).toBe(true);
    expect(out.report.files[0]?.format).toBe('dc-inventory');
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['erp-app-01', 'erp-db-01', 'mq-01', 'cache-01', 'files-01', 'jump-01']);
    expect(out.fragment.workloads.every((w) => w.sourceService.startsWith('self-hosted.'))).toBe(true);
    // A list with no VM templates reports none left out.
    expect(out.report.messages.filter((m) => m.code === 'skipped.dc.templates')).toEqual([]);

    const app = byName(out, 'erp-app-01');
    expect(app).toMatchObject({ kind: 'compute', sourceService: 'self-hosted.vmware-vm', region: 'BJ-IDC-1', application: 'ERP', environment: 'production', owner: 'ERP team', size: { instances: 1, dataGb: 600 } });
    expect(app.tags).toEqual(expect.arrayContaining(['cpu:8', 'memory:32GB', 'os:Windows Server 2019', 'ip:10.8.1.11', 'runs:Tomcat']));
    expect(app.review ?? []).toEqual([expect.objectContaining({ field: 'criticality' })]);

    // The application that is a product makes the server that product; the business application stays the application.
    const db = byName(out, 'erp-db-01');
    expect(db).toMatchObject({ kind: 'database', sourceService: 'self-hosted.oracle', application: 'ERP', size: { dataGb: 2048 } });
    expect(db.review).toEqual(expect.arrayContaining([{ field: 'sourceService', basis: 'technology', source: 'Oracle 19c' }, { field: 'kind', basis: 'technology', source: 'Oracle 19c' }]));
    expect(byName(out, 'mq-01')).toMatchObject({ kind: 'queue', sourceService: 'self-hosted.kafka' });
    expect(byName(out, 'cache-01')).toMatchObject({ kind: 'cache', sourceService: 'self-hosted.redis', region: 'SH-IDC-2' });
    expect(byName(out, 'cache-01').tags).toContain('memory:16GB');
    expect(byName(out, 'files-01')).toMatchObject({ kind: 'storage', sourceService: 'self-hosted.object-storage', size: { dataGb: 4096 } });

    // The hypervisor names the VM product; one the catalog has no product for stays a vSphere VM, marked.
    expect(byName(out, 'jump-01')).toMatchObject({ kind: 'compute', sourceService: 'self-hosted.vmware-vm', environment: 'test' });
    expect(byName(out, 'jump-01').review).toContainEqual({ field: 'sourceService', basis: 'default' });
    expect(byName(out, 'files-01').review).toEqual(expect.arrayContaining([{ field: 'sourceService', basis: 'technology', source: 'MinIO' }]));

    expect(edges(out)).toEqual(['erp-app-01 -> erp-db-01']);
  });

  it('reports a value it cannot read at its row and column, and still imports the row', async () => {
    const out = await run(file('idc-servers.csv', IDC_LIST));
    const bad = out.report.messages.find((m) => m.code === 'dc.badNumber');
    expect(bad).toMatchObject({ severity: 'warning', at: { file: 'idc-servers.csv', row: 7, field: 'Cores' } });
    expect(bad?.message).toContain("'eight'");
    expect(byName(out, 'jump-01').tags.some((t) => t.startsWith('cpu:'))).toBe(false);
  });

  it('reports a disk size it cannot read at its row and column, and leaves the size out', async () => {
    const csv = ['VM Name,OS,Cores,Memory (GB),Disks (GB)', 'app-01,Debian 12,4,16,lots', 'app-02,Debian 12,4,16,200'].join('\n');
    const out = await run(file('idc.csv', csv));
    const bad = out.report.messages.filter((m) => m.code === 'dc.badSize');
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ severity: 'warning', at: { file: 'idc.csv', row: 2, field: 'Disks (GB)' }, params: { value: 'lots' } });
    expect(byName(out, 'app-01').size.dataGb ?? 0).toBe(0);
    expect(byName(out, 'app-02').size.dataGb).toBe(200);
  });

  it('reads an RVTools vInfo export: MiB as GB, data in use, templates left out, powered-off VMs tagged', async () => {
    const out = await run(file('RVTools_export_all_vInfo.csv', RVTOOLS), { sourceProvider: 'tencent' });
    expect(out.report.files[0]?.format).toBe('dc-inventory');
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['web-01', 'old-crm']);
    const web = byName(out, 'web-01');
    expect(web).toMatchObject({ id: '4203c3a1-6b8e-11ee-b962-0242ac120002', kind: 'compute', sourceService: 'self-hosted.vmware-vm', region: 'DC-Shanghai', size: { instances: 1, dataGb: 60 } });
    expect(web.tags).toEqual(expect.arrayContaining(['cpu:4', 'memory:8GB', 'os:Red Hat Enterprise Linux 8 (64-bit)', 'cluster:Prod-Cluster', 'host:esx01.corp.local', 'ip:10.20.0.11']));
    // RVTools names vSphere itself: no guess to review about the product.
    expect((web.review ?? []).filter((r) => r.field === 'sourceService')).toEqual([]);
    expect(byName(out, 'old-crm').tags).toContain('power:off');
    expect(out.report.messages.find((m) => m.code === 'skipped.dc.templates')?.message).toMatch(/1 VM template in RVTools_export_all_vInfo\.csv/);
  });

  it('leaves a cloud console export with an OS column to the spreadsheet reader', async () => {
    const ecs = ['实例ID,实例名称,操作系统,CPU,内存,地域', 'i-bp1a,web-1,Alibaba Cloud Linux 3,4,16 GB,cn-hangzhou'].join('\n');
    const out = await run(file('ecs.csv', ecs));
    expect(out.report.files[0]?.format).toBe('csv');
    expect(byName(out, 'web-1').sourceService.startsWith('alibaba.')).toBe(true);
  });
});
