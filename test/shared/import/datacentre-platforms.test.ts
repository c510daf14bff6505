/**
 * A data-centre server list (shared/import/discovery/datacentre.ts): the product each server runs
 * on, from the spellings its hypervisor column uses; templates left out and counted; tags only for
 * what a row gives. Answers read off the rows below.
 */
import { describe, expect, it } from 'vitest';
import { byName, file, run } from './helpers';

const HEADER = 'VM Name,OS,Cores,Memory (GB),Disks (GB),Hypervisor,Template';

describe('the product a server runs on', () => {
  it('is bare metal, KVM or vSphere by its hypervisor column, however spelt; another hypervisor stands in as vSphere, marked', async () => {
    const rows = [
      ['bm-1', 'Bare metal'],
      ['bm-2', 'bare-metal'],
      ['bm-3', 'BareMetal server'],
      ['bm-4', '物理机'],
      ['kvm-1', 'OpenStack'],
      ['kvm-2', 'H3C CAS'],
      ['esx-1', 'ESXi 7'],
      ['hv-1', 'Hyper-V'],
      ['none-1', ''],
    ];
    const csv = [HEADER, ...rows.map(([name, hv]) => `${name},RHEL 8,8,64,100,${hv},False`)].join('\n');
    const out = await run(file('hosts.csv', csv));
    expect(out.report.files[0]?.format).toBe('dc-inventory');
    expect(out.report.messages.filter((m) => m.code === 'skipped.dc.templates')).toEqual([]);
    expect(out.fragment.workloads.map((w) => [w.name, w.sourceService, w.review.filter((r) => r.field === 'sourceService')])).toEqual([
      ['bm-1', 'self-hosted.bare-metal', []],
      ['bm-2', 'self-hosted.bare-metal', []],
      ['bm-3', 'self-hosted.bare-metal', []],
      ['bm-4', 'self-hosted.bare-metal', []],
      ['kvm-1', 'self-hosted.kvm-vm', []],
      ['kvm-2', 'self-hosted.kvm-vm', []],
      ['esx-1', 'self-hosted.vmware-vm', []],
      ['hv-1', 'self-hosted.vmware-vm', [{ field: 'sourceService', basis: 'value', source: 'Hyper-V' }]],
      ['none-1', 'self-hosted.vmware-vm', [{ field: 'sourceService', basis: 'default' }]],
    ]);
  });
});

describe('rows of a server list', () => {
  it('leave templates out, counted in one note; tag cores, memory and OS only where given; sum disk sizes', async () => {
    const csv = [
      HEADER,
      'app-1,RHEL 8,4,,2x500; 100,VMware,False',
      'app-2,,,16,1.5 TB,VMware,',
      'tpl-1,RHEL 8,2,4,40,VMware,True',
      'tpl-2,RHEL 9,2,4,40,VMware,TRUE',
    ].join('\n');
    const out = await run(file('hosts.csv', csv));
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['app-1', 'app-2']);
    expect(byName(out, 'app-1')).toMatchObject({ tags: ['dc-inventory', 'cpu:4', 'os:RHEL 8'], size: { dataGb: 1100 } });
    expect(byName(out, 'app-2')).toMatchObject({ tags: ['dc-inventory', 'memory:16GB'], size: { dataGb: 1536 } });
    expect(out.report.messages.filter((m) => m.code === 'skipped.dc.templates').map((m) => [m.message, m.params])).toEqual([
      ['2 VM templates in hosts.csv: templates run nothing, so they are not workloads.', { count: 2 }],
    ]);
  });

  it('say "1 VM template" for one', async () => {
    const out = await run(file('one.csv', [HEADER, 'app-1,RHEL 8,4,8,40,VMware,False', 'tpl-1,RHEL 8,2,4,40,VMware,true'].join('\n')));
    expect(out.report.messages.find((m) => m.code === 'skipped.dc.templates')?.message).toBe('1 VM template in one.csv: templates run nothing, so they are not workloads.');
  });
});
