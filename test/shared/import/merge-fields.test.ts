/**
 * What a merge does with each field and team (shared/import/merge/merge.ts), on fragments built
 * here field by field, into the small test project (workloads web "Web servers" and order-db
 * "Orders", team shop "Shop" of 3 engineers, one dependency web -> order-db). Answers from those.
 */
import { describe, expect, it } from 'vitest';
import { FragmentBuilder, type WorkloadDraft } from '../../../shared/import/fragment-builder';
import { mergeFragment } from '../../../shared/import';
import { validateProject } from '../../../shared/model/load';
import { smallProject } from '../model/project-fixture';

const at = { file: 'estate.csv', row: 2 };
const draft = (name: string, more: Partial<WorkloadDraft> = {}): WorkloadDraft => ({ name, kind: 'compute', sourceService: 'alibaba.ecs', origin: at, ...more });

function fragmentOf(...drafts: WorkloadDraft[]) {
  const b = new FragmentBuilder();
  for (const d of drafts) b.addWorkload(d);
  return b;
}

describe('a new workload from an import', () => {
  it('carries what was guessed as its review marker, and none where nothing was', () => {
    const { fragment } = fragmentOf(draft('Search', { ids: ['search'] }), draft('Queue', { ids: ['queue'], criticality: 'low' })).build();
    const { project } = mergeFragment(smallProject(), fragment);
    expect(project.workloads.find((w) => w.id === 'search')?.review).toEqual([{ field: 'criticality', basis: 'default' }]);
    expect(project.workloads.find((w) => w.id === 'queue')).not.toHaveProperty('review');
    expect(validateProject(project).ok).toBe(true);
  });

  it('keeps its application and environment as fields', () => {
    const { fragment } = fragmentOf(draft('Search', { ids: ['search'], application: 'Shop', environment: 'staging' })).build();
    const search = mergeFragment(smallProject(), fragment).project.workloads.find((w) => w.id === 'search');
    expect(search).toMatchObject({ application: 'Shop', environment: 'staging', tags: [] });
  });
});

describe('teams', () => {
  it('a project without teams gets Team 1, of 4 engineers, for the workloads no owner names', () => {
    const { fragment } = fragmentOf(draft('Search', { ids: ['search'] })).build();
    const { project, preview } = mergeFragment({ ...smallProject(), teams: [] }, fragment);
    expect(project.teams).toEqual([{ id: 'team-1', name: 'Team 1', engineers: 4 }]);
    expect(project.workloads.find((w) => w.id === 'search')?.team).toBe('team-1');
    expect(preview.teams.added).toEqual([]);
  });

  it('an owner names a team by id or name in any case; a new one gets the first team’s size; a blank one means the first team', () => {
    const { fragment } = fragmentOf(draft('A', { ids: ['a'], owner: 'SHOP' }), draft('B', { ids: ['b'], owner: 'shop' }), draft('C', { ids: ['c'], owner: 'Data Platform' }), draft('D', { ids: ['d'], owner: 'data platform' })).build();
    const blank = { ...fragment, workloads: [...fragment.workloads, { ...fragment.workloads[0]!, id: 'e', name: 'E', owner: '   ' }] };
    const { project, preview } = mergeFragment(smallProject(), blank);
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => project.workloads.find((w) => w.id === id)?.team)).toEqual(['shop', 'shop', 'data-platform', 'data-platform', 'shop']);
    expect(project.teams).toEqual([{ id: 'shop', name: 'Shop', engineers: 3 }, { id: 'data-platform', name: 'Data Platform', engineers: 3 }]);
    expect(preview.teams.added).toEqual([{ id: 'data-platform', name: 'Data Platform' }]);
  });
});

describe('matching', () => {
  it('by name keeps the project’s spelling; a name two workloads share matches neither; each workload is matched once', () => {
    const project = smallProject();
    project.workloads.push({ ...project.workloads[0]!, id: 'web-b', name: 'Twin' }, { ...project.workloads[0]!, id: 'web-c', name: 'twin' });
    const { fragment } = fragmentOf(draft('  web   SERVERS ', { ids: ['x'], notes: 'from the CMDB' }), draft('Twin', { ids: ['t'] }), draft('Web servers', { ids: ['web'] })).build();
    const { project: merged, preview } = mergeFragment(project, fragment);
    expect(preview.updated.map((u) => [u.id, u.name, u.matchedBy, u.changes.map((c) => c.field)])).toEqual([['web', 'Web servers', 'name', ['notes']]]);
    // "Twin" matches neither twin, and the second "Web servers" finds web already matched: both are added.
    expect(preview.added).toEqual([{ id: 't', name: 'Twin', kind: 'compute' }, { id: 'web-2', name: 'Web servers', kind: 'compute' }]);
    expect(preview.untouched).toBe(3);
    expect(merged.workloads.find((w) => w.id === 'web')?.name).toBe('Web servers');
  });

  it('by id updates the stated fields only, and lists each change', () => {
    const { fragment } = fragmentOf(draft('Web servers', { ids: ['web'], region: 'cn-shanghai', instances: 4, tags: ['web', 'edge'], application: 'Shop', environment: 'production', monthlyCost: 900 })).build();
    const { project, preview } = mergeFragment(smallProject(), fragment);
    expect(preview.updated[0]?.changes).toEqual([
      { field: 'region', before: '', after: 'cn-shanghai' },
      { field: 'size', before: '{"instances":2,"dataGb":20,"dailyChangeGb":0}', after: '{"instances":4,"dataGb":20,"dailyChangeGb":0}' },
      { field: 'application', before: '', after: 'Shop' },
      { field: 'environment', before: '', after: 'production' },
      { field: 'tags', before: '["web"]', after: '["web","edge"]' },
    ]);
    expect(project.workloads.find((w) => w.id === 'web')).toMatchObject({ kind: 'compute', strategy: 'rehost', criticality: 'high', downtimeTolerance: 'minutes', team: 'shop' });
  });
});

describe('dependencies', () => {
  it('named ends resolve against the project, take their kind from the target, and are counted once', () => {
    const b = new FragmentBuilder();
    b.addWorkload(draft('Cache', { ids: ['cache'], kind: 'cache' }));
    b.addReference({ from: 'Web servers', to: 'Orders', origin: at });
    b.addReference({ from: 'cache', to: 'orders', note: 'warm-up', origin: at });
    b.addReference({ from: 'web', to: 'Web servers', origin: at });
    b.addReference({ from: 'web', to: 'cache', coupling: 'tight', kind: 'async', origin: at });
    b.addReference({ from: 'nobody', to: 'web', origin: at });
    const { project, preview } = mergeFragment(smallProject(), b.build().fragment);
    expect(preview.dependencies).toMatchObject({ added: 2, existing: 1, unresolved: [{ from: 'nobody', to: 'web' }] });
    expect(project.dependencies.slice(1)).toEqual([
      { id: 'cache:order-db', from: 'cache', to: 'order-db', kind: 'sync', coupling: 'loose', note: 'warm-up' },
      { id: 'web:cache', from: 'web', to: 'cache', kind: 'async', coupling: 'tight' },
    ]);
  });

  it('an end the import resolved to one of its own workloads follows that workload into the project, and a queue is messaged', () => {
    const b = new FragmentBuilder();
    b.addWorkload(draft('web servers', { ids: ['x'] }));
    b.addWorkload(draft('Events', { ids: ['events'], kind: 'queue' }));
    b.addReference({ from: 'Web servers', to: 'Orders', origin: at });
    b.addReference({ from: 'Orders', to: 'Events', origin: at });
    const { fragment } = b.build();
    expect(fragment.references.map((r) => [r.from, r.to])).toEqual([['x', 'Orders'], ['Orders', 'events']]);
    const { project, preview } = mergeFragment(smallProject(), fragment);
    expect(preview.dependencies).toMatchObject({ added: 1, existing: 1, unresolved: [] });
    expect(project.dependencies.at(-1)).toEqual({ id: 'order-db:events', from: 'order-db', to: 'events', kind: 'async', coupling: 'loose' });
  });
});
