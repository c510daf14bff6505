import { describe, expect, it } from 'vitest';
import { isEmptyMerge, mergeFragment } from '../../../shared/import';
import { validateProject } from '../../../shared/model/load';
import { smallProject } from '../model/project-fixture';
import { file, run } from './helpers';

describe('merging an import into a project', () => {
  it('matches by id, then by name; updates only stated fields; adds the rest; says what is left alone', async () => {
    const project = smallProject();
    const before = structuredClone(project);
    const csv = ['id,name,data gb,owner,technology,depends on', 'web,Web servers,40,Shop,,', ',orders,,,,', 'x1,Search,,Search team,elasticsearch,web'].join('\n');
    const imported = await run(file('cmdb.csv', csv));
    const { project: merged, preview } = mergeFragment(project, imported.fragment);

    expect(project).toEqual(before);
    expect(preview.updated).toEqual([{ id: 'web', name: 'Web servers', matchedBy: 'id', changes: [{ field: 'size', before: '{"instances":2,"dataGb":20,"dailyChangeGb":0}', after: '{"instances":2,"dataGb":40,"dailyChangeGb":0}' }] }]);
    // "orders" matches "Orders" by name; it states nothing new, and its guessed kind does not overwrite the database.
    expect(preview.unchanged).toEqual([{ id: 'order-db', name: 'Orders' }]);
    expect(merged.workloads.find((w) => w.id === 'order-db')?.kind).toBe('database');
    expect(preview.added).toEqual([{ id: 'x1', name: 'Search', kind: 'analytics' }]);
    expect(preview.untouched).toBe(project.workloads.length - 2);
    expect(preview.teams.added).toEqual([{ id: 'search-team', name: 'Search team' }]);
    expect(merged.workloads.find((w) => w.id === 'x1')?.team).toBe('search-team');
    // The strategy and criticality the team set on "web" are not touched by an import that does not state them.
    expect(merged.workloads.find((w) => w.id === 'web')).toMatchObject({ strategy: 'rehost', criticality: 'high', team: 'shop' });
    expect(preview.dependencies).toMatchObject({ added: 1, existing: 0 });
    expect(merged.dependencies.at(-1)).toMatchObject({ from: 'x1', to: 'web' });
    expect(validateProject(merged).ok).toBe(true);
  });

  it('resolves an edge file against the workloads of the project', async () => {
    const project = smallProject();
    const imported = await run(file('links.csv', 'from,to\nOrders,Web servers\nweb,nowhere\n'));
    const { project: merged, preview } = mergeFragment(project, imported.fragment);
    expect(merged.dependencies.some((d) => d.from === 'order-db' && d.to === 'web')).toBe(true);
    expect(preview.dependencies.unresolved).toMatchObject([{ from: 'web', to: 'nowhere', origin: { file: 'links.csv', row: 3 } }]);
  });

  it('leaves an existing dependency alone and reports it', async () => {
    const imported = await run(file('links.csv', 'from,to\nweb,order-db\n'));
    const { preview } = mergeFragment(smallProject(), imported.fragment);
    expect(preview.dependencies).toMatchObject({ added: 0, existing: 1 });
    expect(isEmptyMerge(preview)).toBe(true);
  });

  it('gives an imported id already used in the project a fresh one instead of overwriting by accident', async () => {
    const imported = await run(file('hosts.csv', 'id,name\nweb,Completely different\n'));
    const { preview } = mergeFragment(smallProject(), imported.fragment);
    // Same id means the same workload: matched by id, and its name is updated.
    expect(preview.updated[0]).toMatchObject({ id: 'web', changes: [{ field: 'name', before: 'Web servers', after: 'Completely different' }] });
  });
});

describe('merging an edited wave mapping', () => {
  it('replaces a workload’s earlier pin with the mapping’s, keeps the others, and reports a row naming no workload', async () => {
    const project = { ...smallProject(), pins: [{ id: 'pin:web', workloadId: 'web', wave: 1, reason: 'by hand' }, { id: 'pin:order-db', workloadId: 'order-db', wave: 3, reason: 'by hand' }] };
    const csv = ['Workload ID,Planned wave,Wave', 'web,Wave 1,Wave 2', 'ghost,Wave 1,Wave 3'].join('\n');
    const imported = await run(file('mapping.csv', csv));
    const { project: merged, preview } = mergeFragment(project, imported.fragment);
    expect(merged.pins.map((p) => [p.workloadId, p.wave, p.reason])).toEqual([
      ['order-db', 3, 'by hand'],
      ['web', 1, 'Wave mapping mapping.csv, row 2: Wave 1 -> Wave 2'],
    ]);
    expect(preview.pins?.pinned).toEqual([{ workloadId: 'web', name: 'Web servers', from: 'Wave 1', to: 'Wave 2', wave: 1 }]);
    expect(preview.pins?.unknown).toEqual([{ workloadId: 'ghost', origin: expect.objectContaining({ file: 'mapping.csv', row: 3, field: 'Wave' }) }]);
  });
});
