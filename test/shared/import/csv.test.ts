import { describe, expect, it } from 'vitest';
import { headerSignature, suggestMapping } from '../../../shared/import';
import { byName, edges, file, run } from './helpers';

describe('CSV inventories', () => {
  it('reads an English inventory by header name, whatever the column order', async () => {
    const csv = ['Owner,Depends On,Criticality,Name,Type,Region,Technology', 'payments,order-db,high,checkout,vm,cn-hangzhou-h,java on ECS', 'dba,,mission critical,order-db,database,cn-hangzhou,ApsaraDB RDS for MySQL'].join('\n');
    const out = await run(file('estate.csv', csv));
    expect(out.ok).toBe(true);
    expect(out.report.files).toEqual([{ file: 'estate.csv', format: 'csv' }]);
    const checkout = byName(out, 'checkout');
    expect(checkout).toMatchObject({ kind: 'compute', sourceService: 'alibaba.ecs', region: 'cn-hangzhou', criticality: 'high', owner: 'payments' });
    expect(byName(out, 'order-db')).toMatchObject({ kind: 'database', sourceService: 'alibaba.rds-mysql', criticality: 'mission-critical' });
    expect(edges(out)).toEqual(['checkout -> order-db']);
    expect(out.fragment.dependencies[0]).toMatchObject({ kind: 'sync', coupling: 'tight' });
  });

  it('recognises Chinese headers and values, and marks what it guessed', async () => {
    const csv = ['实例ID,实例名称,类型,规格,地域,所属应用,负责人,环境,重要性,依赖', 'i-bp1a,订单服务,,ecs.g7.large,cn-hangzhou-i,商城,交易组,生产,高,rm-bp2', 'rm-bp2,订单库,数据库,rds.mysql.s2.large,cn-hangzhou,商城,DBA,生产,关键,', 'r-bp3,会话缓存,redis,,cn-hangzhou,商城,交易组,测试,,'].join('\n');
    const mapping = suggestMapping(csv.split('\n')[0]!.split(','));
    expect(mapping).toMatchObject({ 实例ID: 'id', 实例名称: 'name', 类型: 'kind', 规格: 'instanceType', 地域: 'region', 所属应用: 'application', 负责人: 'owner', 环境: 'environment', 重要性: 'criticality', 依赖: 'dependsOn' });
    const out = await run(file('cmdb.csv', csv));
    expect(out.ok).toBe(true);
    const service = byName(out, '订单服务');
    expect(service.id).toBe('i-bp1a');
    expect(service).toMatchObject({ kind: 'compute', sourceService: 'alibaba.ecs', application: '商城', environment: 'production', criticality: 'high', owner: '交易组' });
    expect(service.tags).toContain('spec:ecs.g7.large');
    expect(byName(out, '订单库')).toMatchObject({ kind: 'database', criticality: 'mission-critical' });
    const cache = byName(out, '会话缓存');
    expect(cache).toMatchObject({ kind: 'cache', sourceService: 'alibaba.redis', environment: 'test', criticality: 'medium' });
    // Criticality was empty: said so, not silently medium.
    expect(cache.review).toContainEqual({ field: 'criticality', basis: 'default' });
    expect(out.report.messages.some((m) => m.code === 'criticalityUnknown')).toBe(true);
    expect(edges(out)).toEqual(['订单服务 -> 订单库']);
  });

  it('finds the header row under a title, and reads a technology column as a guess', async () => {
    const csv = ['CMDB export 2024-05-01,,', ',,', 'Name,Technology,Data (GB)', 'sessions,redis,12', 'ledger,mysql 8 on ECS,"1,500"'].join('\n');
    const out = await run(file('export.csv', csv));
    const ledger = byName(out, 'ledger');
    expect(ledger).toMatchObject({ kind: 'database', sourceService: 'alibaba.ecs', size: { dataGb: 1500 } });
    expect(ledger.review).toContainEqual({ field: 'sourceService', basis: 'technology', source: 'mysql 8 on ECS' });
    expect(ledger.review).toContainEqual({ field: 'kind', basis: 'technology', source: 'mysql 8 on ECS' });
    expect(ledger.provided).not.toContain('kind');
    expect(ledger.origin).toEqual({ file: 'export.csv', row: 5 });
  });

  it('locates unreadable values by row and column and still imports the row', async () => {
    const out = await run(file('bad.csv', 'name,complexity,strategy\napi,seven,lift and shift\n'));
    expect(out.ok).toBe(true);
    const warning = out.report.messages.find((m) => m.code === 'value.notANumber');
    expect(warning?.at).toEqual({ file: 'bad.csv', row: 2, field: 'complexity' });
    expect(byName(out, 'api')).toMatchObject({ complexity: 3, strategy: 'rehost' });
  });

  it('refuses a table with no name or id column, saying which headers it saw', async () => {
    const out = await run(file('nums.csv', 'cpu,memory\n4,16\n'), { format: 'csv' });
    expect(out.ok).toBe(false);
    expect(out.report.messages[0]?.message).toMatch(/No column is mapped to the workload's name or id \(headers: cpu, memory\)/);
  });

  it('reads a separate edge file against the inventory beside it', async () => {
    const out = await run([file('hosts.csv', 'name,type\nweb,vm\ndb,database\n'), file('links.csv', 'source,target,protocol\nweb,db,jdbc\n')]);
    expect(edges(out)).toEqual(['web -> db']);
  });

  it('keeps a reference it cannot resolve for the merge to find in the project', async () => {
    const out = await run(file('links.csv', 'from,to\nweb,legacy-ldap\n'));
    expect(out.fragment.references).toMatchObject([{ from: 'web', to: 'legacy-ldap' }]);
  });

  it('remembers mappings by the set of headers, not their order or case', () => {
    expect(headerSignature(['Name', 'Region'])).toBe(headerSignature(['region', ' NAME ']));
  });

  it('refuses a file over 100 MB before reading it, and an unknown format by name', async () => {
    const big = { name: 'huge.csv', bytes: new Uint8Array(100 * 1024 * 1024 + 1) };
    const out = await run(big);
    expect(out.ok).toBe(false);
    expect(out.report.messages[0]).toMatchObject({ code: 'file.tooLarge', at: { file: 'huge.csv' } });
    const unknown = await run(file('x.csv', 'name\na\n'), { format: 'nope' });
    expect(unknown.report.messages[0]?.message).toMatch(/Unknown format 'nope'/);
  });

  it('reads GB18030 text as Excel on a Chinese Windows saves it', async () => {
    // "名称\n订单服务\n" in GB18030.
    const bytes = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xc0, 0xe0, 0xd0, 0xcd, 0x0a, 0xb6, 0xa9, 0xb5, 0xa5, 0xb7, 0xfe, 0xce, 0xf1, 0x2c, 0x76, 0x6d, 0x0a]);
    const out = await run({ name: 'gbk.csv', bytes });
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['订单服务']);
  });
});
