/**
 * Issue 11's discovery points not covered by discovery.test.ts: ServiceNow's four relationship types
 * the issue names, each with its meaning; a Konveyor export with its full header (17+ fields) and
 * rows pointing north and south; Azure Migrate's ports suggesting the kind of more than a database.
 */
import { describe, expect, it } from 'vitest';
import { byName, edges, file, run } from './helpers';

const dependencyOf = (out: Awaited<ReturnType<typeof run>>, from: string, to: string) => out.fragment.dependencies.find((d) => d.from === byName(out, from).id && d.to === byName(out, to).id);

describe('discovery and CMDB exports: the points of issue 11', () => {
  it('ServiceNow: Depends on, Runs on, Hosted on and Connects to, each with its kind and coupling', async () => {
    const rels = file(
      'cmdb_rel_ci.csv',
      ['parent,child,type', 'Orders App,orders-db,Depends on::Used by', 'Orders App,lnx-01,Runs on::Runs', 'lnx-01,esx-7,Hosted on::Hosts', 'Orders App,edge-fw,Connects to::Connected by'].join('\n'),
    );
    const out = await run(rels);
    expect(out.report.files[0]?.format).toBe('servicenow');
    expect(edges(out)).toEqual(['Orders App -> edge-fw', 'Orders App -> lnx-01', 'Orders App -> orders-db', 'lnx-01 -> esx-7']);
    expect(dependencyOf(out, 'Orders App', 'orders-db')).toMatchObject({ kind: 'sync' });
    expect(dependencyOf(out, 'Orders App', 'lnx-01')).toMatchObject({ kind: 'sync', coupling: 'tight' });
    expect(dependencyOf(out, 'lnx-01', 'esx-7')).toMatchObject({ kind: 'sync', coupling: 'tight' });
    expect(dependencyOf(out, 'Orders App', 'edge-fw')).toMatchObject({ kind: 'network' });
  });

  it('Konveyor: the full application inventory header, type 1 applications, type 2 dependencies north and south', async () => {
    const header = [
      'Record Type 1',
      'Application Name',
      'Description',
      'Comments',
      'Business Service',
      'Dependency',
      'Dependency Direction',
      'Binary Group',
      'Binary Artifact',
      'Binary Version',
      'Binary Packaging',
      'Repository Type',
      'Repository URL',
      'Repository Branch',
      'Repository Path',
      'Owner',
      'Contributors',
      'Tag Category 1',
      'Tag 1',
      'Tag Category 2',
      'Tag 2',
    ];
    const row = (cells: Record<string, string>) => header.map((h) => cells[h] ?? '').join(',');
    const csv = [
      header.join(','),
      row({ 'Record Type 1': '1', 'Application Name': 'Storefront', Description: 'Public shop', 'Business Service': 'Retail', 'Repository URL': 'https://git.example.com/shop.git', Owner: 'Web team', 'Tag Category 1': 'Language', 'Tag 1': 'Java', 'Tag Category 2': 'Runtime', 'Tag 2': 'Tomcat' }),
      row({ 'Record Type 1': '1', 'Application Name': 'Inventory', 'Business Service': 'Retail' }),
      row({ 'Record Type 1': '1', 'Application Name': 'Payments', 'Business Service': 'Finance' }),
      row({ 'Record Type 1': '2', 'Application Name': 'Storefront', Dependency: 'Inventory', 'Dependency Direction': 'southbound' }),
      row({ 'Record Type 1': '2', 'Application Name': 'Storefront', Dependency: 'Payments', 'Dependency Direction': 'northbound' }),
    ].join('\n');
    const out = await run(file('application-inventory.csv', csv));
    expect(out.ok).toBe(true);
    expect(out.report.files[0]?.format).toBe('konveyor');
    // southbound: Storefront calls Inventory; northbound: Payments calls Storefront.
    expect(edges(out)).toEqual(['Payments -> Storefront', 'Storefront -> Inventory']);
    const storefront = byName(out, 'Storefront');
    expect(storefront).toMatchObject({ application: 'Retail', notes: 'Public shop' });
    expect(storefront.tags).toEqual(expect.arrayContaining(['Language:Java', 'Runtime:Tomcat']));
  });

  it('Azure Migrate: the destination port suggests what a server is (a cache, a queue), marked as a guess', async () => {
    const csv = [
      'Timeslot,Source server name,Source IP,Source application,Source process,Destination server name,Destination IP,Destination application,Destination process,Destination port',
      '01-05-2024 10:00,app01,10.0.0.5,Shop,java,cache01,10.0.0.7,,redis-server,6379',
      '01-05-2024 10:00,app01,10.0.0.5,Shop,java,mq01,10.0.0.8,,beam.smp,5672',
    ].join('\n');
    const out = await run(file('azure-deps.csv', csv));
    expect(out.report.files[0]?.format).toBe('azure-deps');
    expect(byName(out, 'cache01')).toMatchObject({ kind: 'cache' });
    expect(byName(out, 'cache01').review).toContainEqual({ field: 'kind', basis: 'port', source: '6379' });
    expect(byName(out, 'mq01')).toMatchObject({ kind: 'queue' });
    expect(dependencyOf(out, 'app01', 'mq01')).toMatchObject({ kind: 'async' });
  });
});
