/**
 * The fragment builder's dependencies, named references, secrets and findings
 * (shared/import/fragment-builder.ts): what reaches the fragment an importer hands back. Answers
 * from the workloads and links added below.
 */
import { describe, expect, it } from 'vitest';
import { FragmentBuilder } from '../../../shared/import/fragment-builder';
import type { WorkloadKind } from '../../../shared/model/vocabulary';

const at = { file: 'links.csv', row: 2 };

/** A builder with one workload per kind given, each named and id'd by its key. */
function estate(kinds: Record<string, WorkloadKind>): FragmentBuilder {
  const b = new FragmentBuilder();
  for (const [name, kind] of Object.entries(kinds)) b.addWorkload({ ids: [name], name, kind, sourceService: 'x', origin: at });
  return b;
}

describe('dependencies between workloads of one import', () => {
  it('ignores a self-loop, an unknown end and a repeat, and keeps the reverse pair', () => {
    const b = estate({ web: 'compute', db: 'database' });
    expect(b.addDependency({ from: 'web', to: 'db', kind: 'sync', origin: at })).toBe(true);
    expect(b.addDependency({ from: 'web', to: 'db', kind: 'async', origin: at })).toBe(false);
    expect(b.addDependency({ from: 'web', to: 'web', kind: 'sync', origin: at })).toBe(false);
    expect(b.addDependency({ from: 'web', to: 'ghost', kind: 'sync', origin: at })).toBe(false);
    expect(b.addDependency({ from: 'ghost', to: 'db', kind: 'sync', origin: at })).toBe(false);
    expect(b.addDependency({ from: 'db', to: 'web', kind: 'async', origin: at })).toBe(true);
    expect(b.build().fragment.dependencies).toEqual([
      { id: 'web:db', from: 'web', to: 'db', kind: 'sync', coupling: 'tight', origin: at },
      { id: 'db:web', from: 'db', to: 'web', kind: 'async', coupling: 'loose', origin: at },
    ]);
  });

  it('is tight only for a call to a database or a cache, unless the source says', () => {
    const b = estate({ app: 'compute', db: 'database', cache: 'cache', api: 'compute', queue: 'queue' });
    b.addDependency({ from: 'app', to: 'db', kind: 'sync', origin: at });
    b.addDependency({ from: 'app', to: 'cache', kind: 'sync', origin: at });
    b.addDependency({ from: 'app', to: 'api', kind: 'sync', origin: at });
    b.addDependency({ from: 'app', to: 'queue', kind: 'async', origin: at });
    b.addDependency({ from: 'db', to: 'cache', kind: 'async', origin: at });
    b.addDependency({ from: 'api', to: 'db', kind: 'sync', coupling: 'loose', origin: at });
    b.addDependency({ from: 'api', to: 'queue', kind: 'async', coupling: 'tight', note: 'orders topic', origin: at });
    expect(b.build().fragment.dependencies.map((d) => `${d.from}->${d.to} ${d.coupling}${d.note ? ` (${d.note})` : ''}`)).toEqual([
      'app->db tight',
      'app->cache tight',
      'app->api loose',
      'app->queue loose',
      'db->cache loose',
      'api->db loose',
      'api->queue tight (orders topic)',
    ]);
  });

  it('marks the dependant for review once when a kind was guessed', () => {
    const b = estate({ web: 'compute', db: 'database', cache: 'cache' });
    b.addDependency({ from: 'web', to: 'db', kind: 'sync', guess: { basis: 'port', source: '3306' }, origin: at });
    b.addDependency({ from: 'web', to: 'cache', kind: 'sync', guess: { basis: 'port', source: '6379' }, origin: at });
    b.addDependency({ from: 'db', to: 'cache', kind: 'sync', origin: at });
    const { workloads } = b.build().fragment;
    expect(workloads.map((w) => [w.id, w.review.filter((r) => r.field === 'dependencies')])).toEqual([
      ['web', [{ field: 'dependencies', basis: 'port', source: '3306' }]],
      ['db', []],
      ['cache', []],
    ]);
  });

  it('keeps a workload’s id when it is patched', () => {
    const b = estate({ web: 'compute' });
    b.patchWorkload('web', (w) => ({ ...w, id: 'other', notes: 'folded' }));
    b.patchWorkload('ghost', (w) => ({ ...w, notes: 'never' }));
    expect(b.build().fragment.workloads.map((w) => [w.id, w.notes])).toEqual([['web', 'folded']]);
  });
});

describe('dependencies named by reference', () => {
  it('resolves names and aliases at build, takes its kind from the target, and leaves the rest to the merge', () => {
    const b = new FragmentBuilder();
    b.addWorkload({ ids: ['i-1'], name: 'Web', kind: 'compute', sourceService: 'x', aliases: ['10.0.0.5'], origin: at });
    b.addWorkload({ ids: ['mq'], name: 'Orders queue', kind: 'queue', sourceService: 'x', origin: at });
    b.addWorkload({ ids: ['ldap'], name: 'Directory', kind: 'security', sourceService: 'x', origin: at });
    b.addReference({ from: '10.0.0.5', to: ' orders  QUEUE ', origin: at });
    b.addReference({ from: 'web', to: 'Directory', coupling: 'tight', note: 'login', origin: { file: 'links.csv', row: 3 } });
    b.addReference({ from: 'Web', to: 'i-1', origin: at });
    b.addReference({ from: 'Web', to: 'Billing', origin: { file: 'links.csv', row: 5 } });
    b.addReference({ from: 'Nobody', to: 'mq', kind: 'sync', origin: at });
    const { fragment } = b.build();
    expect(fragment.dependencies).toEqual([
      { id: 'i-1:mq', from: 'i-1', to: 'mq', kind: 'async', coupling: 'loose', origin: at },
      { id: 'i-1:ldap', from: 'i-1', to: 'ldap', kind: 'auth', coupling: 'tight', note: 'login', origin: { file: 'links.csv', row: 3 } },
    ]);
    expect(fragment.references).toEqual([
      { from: 'i-1', to: 'Billing', origin: { file: 'links.csv', row: 5 } },
      { from: 'Nobody', to: 'mq', kind: 'sync', origin: at },
    ]);
    expect('pins' in fragment).toBe(false);
  });

  it('finds a workload added after an earlier lookup', () => {
    const b = new FragmentBuilder();
    b.addWorkload({ ids: ['a'], name: 'Alpha', kind: 'compute', sourceService: 'x', origin: at });
    expect(b.resolve('alpha')).toBe('a');
    b.addWorkload({ ids: ['b'], name: 'Beta', kind: 'compute', sourceService: 'x', origin: at });
    expect([b.resolve('BETA'), b.resolve('alpha'), b.resolve('gamma')]).toEqual(['b', 'a', undefined]);
  });
});

describe('secrets an importer noted', () => {
  it('are removed from every text of the fragment; plain words, short values, numbers and booleans are not secrets', () => {
    const b = new FragmentBuilder();
    for (const value of ['s3cr3t!', 'averylongplainword', 'postgres', 'ab1', 'true', 'NULL', '123456']) b.noteSecret(value);
    b.addWorkload({ ids: ['db'], name: 'db s3cr3t!', kind: 'database', sourceService: 'x', notes: 'user postgres, password averylongplainword, port 123456, tls true', owner: 'team s3cr3t!', application: 'app s3cr3t!', tags: ['pw=s3cr3t!', 'ab1'], guesses: [{ field: 'kind', basis: 'image', source: 'img:s3cr3t!' }], origin: at });
    b.addWorkload({ ids: ['web'], name: 'web', kind: 'compute', sourceService: 'x', notes: 'nothing here', origin: at });
    b.addDependency({ from: 'web', to: 'db', kind: 'sync', note: 'DSN averylongplainword@db', origin: at });
    const { fragment } = b.build();
    expect(fragment.workloads[0]).toMatchObject({
      name: 'db [removed]',
      notes: 'user postgres, password [removed], port 123456, tls true',
      owner: 'team [removed]',
      application: 'app [removed]',
      tags: ['pw=[removed]', 'ab1'],
      review: [{ field: 'kind', basis: 'image', source: 'img:[removed]' }, { field: 'criticality', basis: 'default' }],
    });
    expect(fragment.workloads[1]?.notes).toBe('nothing here');
    expect(fragment.dependencies[0]?.note).toBe('DSN [removed]@db');
  });

  it('are found wherever one text of a workload holds them: its name, notes, owner, application, a tag or a guess’s source', () => {
    const b = new FragmentBuilder();
    b.noteSecret('k3y-9');
    const one = (id: string, more: object) => b.addWorkload({ ids: [id], name: id, kind: 'compute', sourceService: 'x', criticality: 'low', ...more, origin: at });
    one('name', { name: 'name k3y-9' });
    one('notes', { notes: 'k3y-9' });
    one('owner', { owner: 'k3y-9' });
    one('application', { application: 'k3y-9' });
    one('tag', { tags: ['k3y-9'] });
    one('guess', { guesses: [{ field: 'kind', basis: 'image', source: 'k3y-9' }] });
    expect(JSON.stringify(b.build().fragment)).not.toContain('k3y-9');
  });

  it('count from four characters when long or holding a digit or a symbol: twelve letters and more, or digits before letters', () => {
    const b = new FragmentBuilder();
    for (const value of ['twelveletter', 'elevenlette', 'p4ssword', 'a1b2', 'x9y']) b.noteSecret(value);
    b.addWorkload({ ids: ['w'], name: 'w', kind: 'compute', sourceService: 'x', notes: 'twelveletter elevenlette p4ssword a1b2 x9y', origin: at });
    expect(b.build().fragment.workloads[0]?.notes).toBe('[removed] elevenlette [removed] [removed] x9y');
  });
});

describe('findings', () => {
  it('stop at 500 notes and warnings, count the rest at the first finding’s file, and keep every error', () => {
    const b = new FragmentBuilder();
    for (let i = 0; i < 499; i++) b.info('value.unmapped', `note ${i}`, { file: 'big.csv', row: i + 2 });
    b.skip('row.noName', 'row without a name', { file: 'big.csv', row: 600 });
    b.warn('value.notANumber', 'one too many', { file: 'big.csv', row: 601 });
    b.info('value.unmapped', 'and another', { file: 'big.csv', row: 602 });
    b.error('csv.MissingQuotes', 'an error past the cap', { file: 'big.csv', row: 603 });
    const { messages } = b.build();
    expect(b.errorCount).toBe(1);
    expect(messages).toHaveLength(502);
    expect(messages[499]).toEqual({ severity: 'info', code: 'skipped.row.noName', params: {}, message: 'row without a name', at: { file: 'big.csv', row: 600 } });
    expect(messages[500]).toMatchObject({ severity: 'error', code: 'csv.MissingQuotes' });
    expect(messages[501]).toEqual({ severity: 'warning', code: 'tooManyMessages', params: { count: 2 }, message: '2 more findings were not listed.', at: { file: 'big.csv' } });
  });

  it('are listed as reported, with their severity and params, and no count line under the cap', () => {
    const b = new FragmentBuilder();
    b.warn('value.outOfRange', 'too big', at, { value: 9 });
    b.error('table.noNameColumn', 'no name', at);
    b.info('technology.unknown', 'unknown', at);
    expect(b.errorCount).toBe(1);
    expect(b.build().messages.map((m) => [m.severity, m.code, m.params])).toEqual([
      ['warning', 'value.outOfRange', { value: 9 }],
      ['error', 'table.noNameColumn', {}],
      ['info', 'technology.unknown', {}],
    ]);
  });
});
