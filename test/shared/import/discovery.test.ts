import { describe, expect, it } from 'vitest';
import { byName, edges, file, run } from './helpers';

describe('discovery and CMDB exports', () => {
  it('Azure Migrate: connections aggregated per server pair, the port suggesting the kind', async () => {
    const csv = [
      'Timeslot,Source server name,Source IP,Source application,Source process,Destination server name,Destination IP,Destination application,Destination process,Destination port',
      '01-05-2024 10:00,web01,10.0.0.4,Shop,nginx,app01,10.0.0.5,Shop,java,8080',
      '01-05-2024 11:00,web01,10.0.0.4,Shop,nginx,app01,10.0.0.5,Shop,java,8080',
      '01-05-2024 10:00,app01,10.0.0.5,Shop,java,db01,10.0.0.6,MySQL,mysqld,3306',
    ].join('\n');
    const out = await run(file('deps.csv', csv));
    expect(out.report.files[0]?.format).toBe('azure-deps');
    expect(edges(out)).toEqual(['app01 -> db01', 'web01 -> app01']);
    expect(byName(out, 'db01')).toMatchObject({ kind: 'database' });
    expect(byName(out, 'db01').review).toContainEqual({ field: 'kind', basis: 'port', source: '3306' });
    expect(out.fragment.dependencies.find((d) => d.note?.includes('2 timeslots'))).toMatchObject({ kind: 'sync' });
    // The note a reviewer reads on each link: its ports, how many timeslots saw it, and by which processes.
    expect(out.fragment.dependencies.map((d) => d.note).sort()).toEqual(['ports 3306; 1 timeslot; java -> mysqld', 'ports 8080; 2 timeslots; nginx -> java']);
  });

  it('AWS Migration Hub template: servers by their column names, unknown columns ignored', async () => {
    const csv = ['ExternalId,HostName,IPAddress,CPU.NumberOfCores,RAM.TotalSizeInMB,OS.Name,Applications,Tags,Whatever', 'srv-1,orders-app,10.1.0.7,4,16384,Ubuntu,Orders;Billing,env:prod;team:core,x'].join('\n');
    const out = await run(file('aws.csv', csv));
    expect(out.report.files[0]?.format).toBe('aws-import');
    const w = byName(out, 'orders-app');
    expect(w).toMatchObject({ id: 'srv-1', kind: 'compute', application: 'Orders' });
    expect(w.tags).toEqual(expect.arrayContaining(['cpu:4', 'memory:16GB', 'os:Ubuntu', 'env:prod', 'team:core']));
  });

  it('ServiceNow: a CI list and cmdb_rel_ci relationships by display value', async () => {
    const cis = file('ci.csv', ['name,sys_class_name,support_group,environment', 'Orders App,cmdb_ci_app_server_tomcat,Commerce,Production', 'orders-db,cmdb_ci_db_mysql_instance,DBA,Production', 'lnx-01,cmdb_ci_linux_server,Infra,Production'].join('\n'));
    const rels = file('rel.csv', ['parent,child,type', 'Orders App,orders-db,Depends on::Used by', 'Orders App,lnx-01,Runs on::Runs', 'orders-db,lnx-01,Members::Member of'].join('\n'));
    const out = await run([cis, rels]);
    expect(out.report.files.map((f) => f.format)).toEqual(['servicenow', 'servicenow']);
    expect(edges(out)).toEqual(['Orders App -> lnx-01', 'Orders App -> orders-db']);
    expect(byName(out, 'orders-db')).toMatchObject({ kind: 'database', owner: 'DBA', environment: 'production' });
    expect(out.fragment.dependencies.find((d) => d.note === 'Runs on::Runs')).toMatchObject({ coupling: 'tight' });
    expect(out.report.messages.some((m) => m.code === 'skipped.servicenow.relationType')).toBe(true);
  });

  it('Alibaba Cloud Config snapshot: items by type, relationships as dependencies, keys in either case', async () => {
    const json = JSON.stringify({
      configurationItems: [
        { resourceId: 'i-1', resourceName: 'web-1', resourceType: 'ACS::ECS::Instance', regionId: 'cn-hangzhou', relationship: JSON.stringify([{ resourceId: 'vsw-1', resourceType: 'ACS::VPC::VSwitch', relationshipType: 'IsContainedIn' }]) },
        { ResourceId: 'vsw-1', ResourceType: 'ACS::VPC::VSwitch', RegionId: 'cn-hangzhou' },
        { resourceId: 'd-1', resourceType: 'ACS::ECS::Disk', relationship: [{ resourceId: 'i-1', relationshipType: 'IsAttachedTo' }] },
        { resourceId: 'rm-1', resourceType: 'ACS::RDS::DBInstance', configuration: '{"Engine":"PostgreSQL"}' },
        { resourceId: 'x', resourceType: 'ACS::Foo::Bar' },
      ],
    });
    const out = await run(file('snapshot.json', json));
    expect(out.report.files[0]?.format).toBe('alibaba-config');
    expect(edges(out)).toEqual(['web-1 -> d-1', 'web-1 -> vsw-1']);
    expect(out.fragment.workloads.find((w) => w.id === 'rm-1')).toMatchObject({ sourceService: 'alibaba.rds-postgresql' });
    expect(out.report.messages.some((m) => m.code === 'skipped.alibabaConfig.unmappedType')).toBe(true);
  });

  it('Konveyor: type 1 rows are applications, type 2 dependencies with a direction', async () => {
    const csv = [
      'Record Type 1,Application Name,Description,Comments,Business Service,Dependency,Dependency Direction,Tag Category 1,Tag 1',
      '1,Portal,Customer portal,,Retail,,,Language,Java',
      '1,Billing,,,Finance,,,,',
      '1,Auth,,,Platform,,,,',
      '2,Portal,,,,Billing,southbound,,',
      '2,Portal,,,,Auth,northbound,,',
    ].join('\n');
    const out = await run(file('konveyor.csv', csv));
    expect(out.report.files[0]?.format).toBe('konveyor');
    expect(edges(out)).toEqual(['Auth -> Portal', 'Portal -> Billing']);
    expect(byName(out, 'Portal')).toMatchObject({ application: 'Retail', notes: 'Customer portal' });
    expect(byName(out, 'Portal').tags).toContain('Language:Java');
    // Rows of the two known types are all read: nothing is reported skipped.
    expect(out.report.messages.filter((m) => m.code.startsWith('skipped.'))).toEqual([]);
  });

  it('Konveyor: a row of another record type is skipped and reported at its row', async () => {
    const csv = ['Record Type 1,Application Name,Dependency,Dependency Direction', '1,Portal,,', '3,Legacy,,', '1,Billing,,'].join('\n');
    const out = await run(file('konveyor.csv', csv));
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['Portal', 'Billing']);
    const skipped = out.report.messages.filter((m) => m.code === 'skipped.konveyor.recordType');
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ at: { file: 'konveyor.csv', row: 3, field: 'Record Type 1' }, params: { row: 3, recordType: '3' } });
  });

  it("Decamp's own JSON fragments, with bad fields located", async () => {
    const json = JSON.stringify({ workloads: [{ id: 'api', name: 'API', kind: 'compute', complexity: 9 }, { id: 'db', name: 'DB', kind: 'database' }], dependencies: [{ from: 'api', to: 'db', kind: 'sync', coupling: 'tight' }] });
    const out = await run(file('fragment.json', json));
    expect(out.report.files[0]?.format).toBe('decamp');
    expect(edges(out)).toEqual(['API -> DB']);
    const bad = out.report.messages.find((m) => m.code === 'decamp.badField');
    expect(bad?.at).toMatchObject({ path: 'workloads[0].complexity' });
    // The reason is the schema's own words about the value (complexity runs 1-5), not a bare "invalid".
    expect(bad?.params).toMatchObject({ field: 'complexity', index: 0 });
    expect(String(bad?.params.reason)).toMatch(/5/);
    expect(bad?.params.reason).not.toBe('invalid');
  });
});
