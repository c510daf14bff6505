/**
 * Azure Migrate's dependency export (shared/import/discovery/azure-migrate.ts): servers named by
 * name or IP, their applications, links without a port, rows without an end. Answers from the rows.
 */
import { describe, expect, it } from 'vitest';
import { byName, file, run } from './helpers';

const HEADER = 'Timeslot,Source server name,Source IP,Source application,Source process,Destination server name,Destination IP,Destination application,Destination process,Destination port';

describe('an Azure Migrate dependency export', () => {
  it('names a server by its IP where it has no name, gives it its first application and tags them all', async () => {
    const csv = [
      HEADER,
      't1,web01,10.0.0.4,Shop,nginx,,10.0.0.9,,,6379',
      't2,web01,10.0.0.4,Admin,,,10.0.0.9,,,6379',
      't3,web01,10.0.0.4,,,,10.0.0.9,,,6379',
    ].join('\n');
    const out = await run(file('deps.csv', csv));
    expect(out.fragment.workloads.map((w) => [w.name, w.kind, w.application ?? null, w.tags])).toEqual([
      ['web01', 'compute', 'Shop', ['azure-migrate', 'app:Shop', 'app:Admin']],
      ['10.0.0.9', 'cache', null, ['azure-migrate']],
    ]);
    expect(byName(out, '10.0.0.9').review).toEqual([{ field: 'sourceService', basis: 'default' }, { field: 'kind', basis: 'port', source: '6379' }, { field: 'criticality', basis: 'default' }]);
    expect(out.fragment.dependencies.map((d) => [d.kind, d.coupling, d.note])).toEqual([['sync', 'tight', 'ports 6379; 3 timeslots; nginx']]);
  });

  it('says a link without a port has none, marks its kind a guess, and skips a row without an end at its row', async () => {
    const csv = [HEADER, 't1,app01,,,,db01,,,,', 't1,app01,,,,,,,,1433', 't1,,10.0.0.3,,,db01,,,,'].join('\n');
    const out = await run(file('deps.csv', csv));
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['app01', 'db01', '10.0.0.3']);
    expect(out.fragment.dependencies.map((d) => [d.from, d.kind, d.note])).toEqual([['app01', 'sync', 'ports unknown; 1 timeslot'], ['10.0.0.3', 'sync', 'ports unknown; 1 timeslot']]);
    expect(byName(out, 'app01').review).toContainEqual({ field: 'dependencies', basis: 'port', source: 'no port' });
    expect(out.report.messages.filter((m) => m.code === 'skipped.azure.incomplete').map((m) => [m.message, m.at.row])).toEqual([['Row 3 names no source or destination server.', 3]]);
  });

  it('is recognised by a source server name and a destination port alone; a server answering on a web port and a database port is the database', async () => {
    const out = await run(file('deps.csv', 'Source server name,Destination port,Destination IP\nweb01,80,10.0.0.7\nweb01,5432,10.0.0.7\n'));
    expect(out.report.files[0]?.format).toBe('azure-deps');
    expect(out.fragment.workloads.map((w) => [w.name, w.kind])).toEqual([['web01', 'compute'], ['10.0.0.7', 'database']]);
    expect(byName(out, '10.0.0.7').review).toContainEqual({ field: 'kind', basis: 'port', source: '5432' });
  });
});
