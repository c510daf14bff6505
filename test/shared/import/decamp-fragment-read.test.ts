/**
 * Decamp's own JSON (shared/import/decamp-fragment.ts): a project or fragment another Decamp wrote,
 * or a script: teams named by their names, workloads without a name and dependencies without both
 * ends left out at their index, the kind guessed only where it is not given. Answers from the file.
 */
import { describe, expect, it } from 'vitest';
import { byName, file, run } from './helpers';

const doc = {
  teams: [{ id: 't1', name: 'Platform' }, { id: 't2' }],
  workloads: [
    { id: 'a', name: 'Alpha', kind: 'database', team: 't1', size: { instances: 2, dataGb: 5, dailyChangeGb: 1 } },
    { name: '   ' },
    'not a workload',
    { id: 'b', name: 'Beta', team: 't2', tags: ['x'] },
    { name: 'Gamma', team: 'Ops', kind: 'queue' },
  ],
  dependencies: [{ from: 'b', to: 'a', kind: 'async', coupling: 'tight', note: 'nightly' }, { from: 'a' }, 'a -> b', { from: 'Gamma', to: 'Beta', kind: 'teleport' }],
};

describe('a Decamp JSON fragment', () => {
  it('reads its workloads with their teams’ names as owners, the kind marked a guess only where it is not given', async () => {
    const out = await run(file('fragment.json', JSON.stringify(doc)));
    expect(out.report.files).toEqual([{ file: 'fragment.json', format: 'decamp' }]);
    expect(out.fragment.workloads.map((w) => [w.id, w.name, w.kind, w.owner])).toEqual([
      ['a', 'Alpha', 'database', 'Platform'],
      ['b', 'Beta', 'compute', 't2'],
      ['workload-1', 'Gamma', 'queue', 'Ops'],
    ]);
    expect(byName(out, 'Alpha').size).toEqual({ instances: 2, dataGb: 5, dailyChangeGb: 1 });
    expect(byName(out, 'Beta').review).toContainEqual({ field: 'kind', basis: 'default' });
    expect(byName(out, 'Alpha').review.filter((r) => r.field === 'kind')).toEqual([]);
  });

  it('leaves out a workload without a name and a dependency without both ends, each at its index', async () => {
    const out = await run(file('fragment.json', JSON.stringify(doc)));
    expect(out.report.messages.filter((m) => m.severity === 'warning').map((m) => [m.code, m.message, m.at.path])).toEqual([
      ['decamp.badWorkload', 'workloads[1] has no name; it is left out.', 'workloads[1]'],
      ['decamp.badWorkload', 'workloads[2] has no name; it is left out.', 'workloads[2]'],
      ['decamp.badDependency', 'dependencies[1] needs "from" and "to"; it is left out.', 'dependencies[1]'],
      ['decamp.badDependency', 'dependencies[2] needs "from" and "to"; it is left out.', 'dependencies[2]'],
    ]);
  });

  it('keeps a dependency’s kind, coupling and note where valid, and lets the target decide an unknown kind', async () => {
    const out = await run(file('fragment.json', JSON.stringify(doc)));
    expect(out.fragment.dependencies.map((d) => [d.from, d.to, d.kind, d.coupling, d.note])).toEqual([
      ['b', 'a', 'async', 'tight', 'nightly'],
      ['workload-1', 'b', 'sync', 'loose', undefined],
    ]);
  });
});
