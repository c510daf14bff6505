/**
 * Konveyor application inventory rows (shared/import/discovery/konveyor.ts) the other specs do not
 * reach: the tags and notes an application row gives, an application without a name, and a
 * dependency row missing a part. Answers read off the rows below.
 */
import { describe, expect, it } from 'vitest';
import { byName, edges, file, run } from './helpers';

const HEADER = 'Record Type 1,Application Name,Description,Comments,Repository URL,Dependency,Dependency Direction,Tag Category 1,Tag 1,Tag 2';

describe('a Konveyor application inventory', () => {
  it('tags an application with its categorised and bare tags and its repository, and joins description and comments as notes', async () => {
    const out = await run(file('konveyor.csv', [HEADER, '1,Portal,Customer portal,Moves first,https://git.example.com/portal.git,,,Language,Java,legacy', '1,Billing,,Only comments,,,,Language,,'].join('\n')));
    expect(byName(out, 'Portal')).toMatchObject({
      tags: ['konveyor', 'Language:Java', 'legacy', 'repo:https://git.example.com/portal.git'],
      notes: 'Customer portal\nMoves first',
    });
    // A category without its tag, and an empty repository, tag nothing.
    expect(byName(out, 'Billing')).toMatchObject({ tags: ['konveyor'], notes: 'Only comments' });
  });

  it('skips an application without a name, and warns of a dependency without its other end or a direction, at the cell missing', async () => {
    const csv = [HEADER, '1,,nameless,,,,,,,', '1,Portal,,,,,,,,', '1,Billing,,,,,,,,', '2,Portal,,,,,southbound,,,', '2,Portal,,,,Billing,,,,', '2,Portal,,,,Billing,sideways,,,', '2,Portal,,,,Billing,SOUTHBOUND,,,'].join('\n');
    const out = await run(file('konveyor.csv', csv));
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['Portal', 'Billing']);
    expect(out.report.messages.filter((m) => m.code === 'skipped.konveyor.noName').map((m) => [m.message, m.at.row, m.at.field])).toEqual([['Row 2 is an application without a name.', 2, 'Application Name']]);
    const warned = out.report.messages.filter((m) => m.code === 'konveyor.badDependency');
    expect(warned.map((m) => [m.at.row, m.at.field])).toEqual([
      [5, 'Dependency'],
      [6, 'Dependency Direction'],
      [7, 'Dependency'],
    ]);
    expect(warned[0]?.message).toBe('Row 5: a dependency needs an application, a dependency and a direction (northbound or southbound).');
    expect(edges(out)).toEqual(['Portal -> Billing']);
    expect(out.fragment.dependencies[0]?.note).toBe('Konveyor southbound');
  });
});
