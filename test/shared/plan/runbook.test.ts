import { describe, expect, it } from 'vitest';
import { runbookFor, type RunbookContext } from '../../../shared/plan/waves/runbook';
import { fakeEstimates, makeProject, makeWorkload } from './arbitraries';

const ctx: RunbookContext = { targetProvider: 'aws', targetService: 'Amazon S3', method: '', hardDependants: [], dnsZones: [], dnsTtlLeadDays: 5, hypercareDays: 10 };
const codes = (w: ReturnType<typeof makeWorkload>, offline = false, c: Partial<RunbookContext> = {}) => {
  const estimate = { ...fakeEstimates(makeProject({ workloads: [w] }))[w.id]!, offlineTransferSuggested: offline };
  return runbookFor(w, estimate, { ...ctx, ...c });
};

describe('runbookFor', () => {
  it('gives a plain low-risk VM the minimum: prepare, test, switch, hypercare, decommission', () => {
    const steps = codes(makeWorkload('vm', { criticality: 'low' }));
    expect(steps.map((s) => s.code)).toEqual(['prepare.target', 'test.functional', 'cutover.switch', 'hypercare.watch', 'decommission.source']);
    expect(steps.map((s) => s.id)).toEqual(steps.map((s) => `vm:${s.code}`));
    expect(steps[0]!.after).toEqual([]);
    expect(steps[1]!.after).toEqual(['vm:prepare.target']);
    expect(steps[3]!.title).toBe('Watch vm on AWS for 10 working days; roll back if it misbehaves');
  });

  it('copies storage with ossimport (or an appliance past the offline threshold) and verifies checksums', () => {
    const oss = makeWorkload('bucket', { kind: 'storage', sourceService: 'alibaba.oss', size: { instances: 0, dataGb: 8000, dailyChangeGb: 20 } });
    expect(codes(oss).map((s) => s.code)).toEqual(['prepare.target', 'storage.bulk-copy', 'storage.delta-sync', 'test.functional', 'storage.checksum-verify', 'cutover.switch', 'hypercare.watch', 'decommission.source']);
    expect(codes(oss)[1]!.params).toEqual({ workload: 'bucket', dataGb: 8000, dataSize: '8 TB', tool: 'ossimport', offline: 0 });
    expect(codes(oss, true)[1]!.title).toBe('Ship 8 TB of bucket on an offline transfer appliance');
  });

  it('follows the kind: cache, Kafka, other queues, containers, network', () => {
    expect(codes(makeWorkload('r', { kind: 'cache', size: { instances: 1, dataGb: 4, dailyChangeGb: 1 } })).map((s) => s.code)).toContain('cache.replicate');
    expect(codes(makeWorkload('m', { kind: 'cache', sourceService: 'alibaba.memcache' })).map((s) => s.code)).toContain('cache.warm-up');
    expect(codes(makeWorkload('k', { kind: 'queue', sourceService: 'alibaba.kafka' })).map((s) => s.code)).toEqual(expect.arrayContaining(['queue.mirror', 'queue.drain']));
    expect(codes(makeWorkload('q', { kind: 'queue', sourceService: 'alibaba.mns' })).map((s) => s.code)).toContain('queue.dual-write');
    expect(codes(makeWorkload('c', { kind: 'container', sourceService: 'alibaba.ack' })).map((s) => s.code).slice(0, 4)).toEqual([
      'prepare.target', 'container.image-push', 'container.manifests-repoint', 'container.velero',
    ]);
    const dns = codes(makeWorkload('n', { kind: 'network' })).find((s) => s.code === 'network.dns-ttl')!;
    expect(dns.title).toBe("Lower the TTLs of n's DNS records to 60 s at least 5 working days before cutover");
  });

  it('lowers and switches an application’s own DNS records in its own cutover, naming the zone', () => {
    const steps = codes(makeWorkload('web', { name: 'Storefront' }), false, { dnsZones: ['shop.example.cn zone'] });
    const codesOf = steps.map((s) => s.code);
    expect(steps.find((s) => s.code === 'network.dns-ttl')!.title).toBe("Lower the TTLs of Storefront's DNS records in shop.example.cn zone to 60 s at least 5 working days before cutover");
    expect(codesOf.indexOf('network.dns-switch')).toBe(codesOf.indexOf('cutover.switch') + 1);
    expect(codes(makeWorkload('batch')).map((s) => s.code)).not.toContain('network.dns-switch');
  });

  it('names hard dependants before the cutover and uses the catalog method for databases', () => {
    const steps = codes(makeWorkload('db', { kind: 'database', size: { instances: 1, dataGb: 100, dailyChangeGb: 2 } }), false, { hardDependants: ['a', 'b', 'c', 'd', 'e'], method: 'AWS DMS (full + CDC)' });
    expect(steps.find((s) => s.code === 'db.full-sync')!.title).toBe('Full sync of db (100 GB) with AWS DMS (full + CDC)');
    expect(steps.find((s) => s.code === 'cutover.notify-dependants')!.title).toBe('Agree the cutover window with the owners of a, b, c and 2 others, which stop if db does');
    expect(steps.filter((s) => s.phase === 'rehearse')).toHaveLength(1);
  });
});
