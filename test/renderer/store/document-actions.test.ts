import { beforeEach, describe, expect, it } from 'vitest';
import { validateProject } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import { createDecampStore, type DecampStore } from '../../../renderer/src/store';

function open(store: DecampStore) {
  store.getState().replaceDocument({ project: loadSample('online-shop'), filePath: 'shop.decamp.json', displayName: 'shop.decamp.json', diskVersion: 'v1' });
}

describe('document actions', () => {
  let store: DecampStore;
  beforeEach(() => {
    store = createDecampStore(null);
    open(store);
  });

  it('updates a workload, marks the document dirty and keeps the project valid', () => {
    const id = store.getState().project.workloads[0]!.id;
    const result = store.getState().updateWorkload(id, { strategy: 'refactor', complexity: 5 });
    expect(result.ok).toBe(true);
    const w = store.getState().project.workloads.find((x) => x.id === id)!;
    expect(w.strategy).toBe('refactor');
    expect(w.complexity).toBe(5);
    expect(store.getState().dirty).toBe(true);
    expect(validateProject(store.getState().project).ok).toBe(true);
  });

  it('refuses an invalid patch, leaves the project untouched and records why', () => {
    const before = store.getState().project;
    const id = before.workloads[0]!.id;
    const result = store.getState().updateWorkload(id, { complexity: 9 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.params.field).toBe('complexity');
    expect(store.getState().project).toBe(before);
    expect(store.getState().lastEditError?.code).toBe('invalid');
    expect(store.getState().updateWorkload(id, { team: 'nobody' }).ok).toBe(false);
    expect(store.getState().updateWorkload(id, { id: 'renamed' } as never).ok).toBe(true);
    expect(store.getState().project.workloads[0]!.id).toBe(id);
  });

  it('adds a workload with defaults and a fresh id', () => {
    const n = store.getState().project.workloads.length;
    const id = store.getState().addWorkload();
    expect(id).toMatch(/^workload-\d+$/);
    const w = store.getState().project.workloads.at(-1)!;
    expect(w).toMatchObject({ id, kind: 'compute', strategy: 'rehost', criticality: 'medium', complexity: 3, downtimeTolerance: 'hours', team: store.getState().project.teams[0]!.id });
    expect(w.sourceService).toMatch(/^alibaba\./);
    expect(store.getState().project.workloads).toHaveLength(n + 1);
    const db = store.getState().addWorkload({ kind: 'database', name: 'Orders DB' });
    expect(store.getState().project.workloads.find((x) => x.id === db)?.sourceService).toMatch(/^alibaba\./);
    expect(store.getState().addWorkload({ complexity: 0 })).toBe('');
    expect(validateProject(store.getState().project).ok).toBe(true);
  });

  it('duplicates with new ids and deletes with dependencies, pins and overrides', () => {
    const project = store.getState().project;
    const dep = project.dependencies[0]!;
    const copies = store.getState().duplicateWorkloads([dep.from], { nameSuffix: ' (copy)' });
    expect(copies).toHaveLength(1);
    expect(copies[0]).not.toBe(dep.from);
    store.setState({
      project: {
        ...store.getState().project,
        pins: [{ id: 'pin-x', workloadId: dep.from, wave: 1 }],
        overrides: [{ id: 'ov-x', workloadId: dep.from, optimistic: 1, likely: 2, pessimistic: 3 }],
      },
    });
    store.getState().deleteWorkloads([dep.from]);
    const after = store.getState().project;
    expect(after.workloads.some((w) => w.id === dep.from)).toBe(false);
    expect(after.dependencies.some((d) => d.from === dep.from || d.to === dep.from)).toBe(false);
    expect(after.pins).toHaveLength(0);
    expect(after.overrides).toHaveLength(0);
    expect(validateProject(after).ok).toBe(true);
  });

  it('bulk-updates all or nothing', () => {
    const ids = store.getState().project.workloads.slice(0, 3).map((w) => w.id);
    expect(store.getState().bulkUpdateWorkloads(ids, { criticality: 'high' }).ok).toBe(true);
    expect(store.getState().project.workloads.slice(0, 3).every((w) => w.criticality === 'high')).toBe(true);
    const before = store.getState().project;
    expect(store.getState().bulkUpdateWorkloads(ids, { complexity: 7 }).ok).toBe(false);
    expect(store.getState().project).toBe(before);
  });

  it('adds, updates and removes dependencies, refusing self-loops, duplicates and unknown ends', () => {
    const [a, b] = store.getState().project.workloads;
    const id = store.getState().addDependency({ from: a!.id, to: b!.id, kind: 'sync', coupling: 'loose' });
    expect(id).not.toBe('');
    expect(store.getState().addDependency({ from: a!.id, to: b!.id, kind: 'sync', coupling: 'tight' })).toBe('');
    expect(store.getState().lastEditError?.code).toBe('duplicateDependency');
    expect(store.getState().addDependency({ from: a!.id, to: a!.id, kind: 'sync', coupling: 'loose' })).toBe('');
    expect(store.getState().addDependency({ from: a!.id, to: 'ghost', kind: 'sync', coupling: 'loose' })).toBe('');
    expect(store.getState().updateDependency(id, { coupling: 'tight' }).ok).toBe(true);
    expect(store.getState().project.dependencies.find((d) => d.id === id)?.coupling).toBe('tight');
    store.getState().removeDependency(id);
    expect(store.getState().project.dependencies.some((d) => d.id === id)).toBe(false);
  });

  it('sets and resets assumptions', () => {
    expect(store.getState().setAssumption('transfer.bandwidthMbps', 500).ok).toBe(true);
    expect(store.getState().project.assumptions.find((a) => a.id === 'transfer.bandwidthMbps')?.value).toBe(500);
    expect(store.getState().setAssumption('transfer.bandwidthMbps', Number.NaN).ok).toBe(false);
    store.getState().resetAssumption('transfer.bandwidthMbps');
    expect(store.getState().project.assumptions.find((a) => a.id === 'transfer.bandwidthMbps')?.value).toBe(1000);
  });

  it('edits teams and refuses to remove one that owns workloads', () => {
    const owner = store.getState().project.workloads[0]!.team;
    expect(store.getState().updateTeam(owner, { engineers: 9 }).ok).toBe(true);
    expect(store.getState().updateTeam(owner, { engineers: 0 }).ok).toBe(false);
    const removed = store.getState().removeTeam(owner);
    expect(removed.ok).toBe(false);
    if (!removed.ok) expect(removed.code).toBe('teamHasWorkloads');
    const fresh = store.getState().addTeam({ name: 'Data' });
    expect(store.getState().removeTeam(fresh).ok).toBe(true);
  });

  it('adds freeze windows from presets with the right dates', () => {
    store.getState().updateProjectMeta({ startDate: '2027-01-04' });
    expect(store.getState().addFreezeWindow({ preset: 'spring-festival', year: 2027 }).ok).toBe(true);
    expect(store.getState().addFreezeWindow({ preset: 'double-11' }).ok).toBe(true);
    expect(store.getState().addFreezeWindow({ preset: 'year-end-close', year: 2027 }).ok).toBe(true);
    const windows = store.getState().project.calendar.freezeWindows.slice(-3);
    expect(windows.find((f) => f.preset === 'spring-festival')).toMatchObject({ start: '2027-01-30', end: '2027-02-13' });
    expect(windows.find((f) => f.preset === 'double-11')).toMatchObject({ start: '2027-11-01', end: '2027-11-15' });
    expect(windows.find((f) => f.preset === 'year-end-close')).toMatchObject({ start: '2027-12-15', end: '2028-01-05' });
    expect(store.getState().addFreezeWindow({ name: 'Backwards', start: '2027-05-02', end: '2027-05-01' }).ok).toBe(false);
    const id = windows[0]!.id;
    store.getState().removeFreezeWindow(id);
    expect(store.getState().project.calendar.freezeWindows.some((f) => f.id === id)).toBe(false);
    expect(validateProject(store.getState().project).ok).toBe(true);
  });

  it('refuses invalid project fields and calendars', () => {
    expect(store.getState().updateProjectMeta({ name: '' }).ok).toBe(false);
    expect(store.getState().updateProjectMeta({ startDate: '2027-02-30' }).ok).toBe(false);
    expect(store.getState().updateCalendar({ workingDays: [] }).ok).toBe(false);
    expect(store.getState().updateProjectMeta({ name: 'Renamed' }).ok).toBe(true);
    expect(store.getState().project.project.name).toBe('Renamed');
  });
});
