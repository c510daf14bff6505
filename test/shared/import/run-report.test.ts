/**
 * One import's report (shared/import/run.ts): files refused before reading, files no format
 * recognises, the order formats read in, ids kept clear of the project's, and the summary of what
 * the source did not say. Answers from the files below.
 */
import { describe, expect, it } from 'vitest';
import type { ImportInput } from '../../../shared/import/types';
import { file, run } from './helpers';

describe('files an import cannot read', () => {
  it('an empty file, a file no format recognises, and no file at all are errors naming the file', async () => {
    const empty: ImportInput = { name: 'empty.csv', bytes: new Uint8Array() };
    const out = await run([empty, file('notes.txt', 'hello,world\n')]);
    expect(out.ok).toBe(false);
    expect(out.report.files).toEqual([]);
    const [first, second] = out.report.messages;
    expect(first).toEqual({ severity: 'error', code: 'file.empty', params: {}, message: 'empty.csv is empty.', at: { file: 'empty.csv' } });
    expect(second).toMatchObject({ severity: 'error', code: 'format.unrecognised', at: { file: 'notes.txt' } });
    expect(second?.message).toMatch(/^notes\.txt: not a format Decamp imports \(Terraform state, Terraform configuration \(\.tf\), .*, CSV inventory, Excel workbook \(XLSX\)\)\. Choose the format if it is one of them\.$/);
    expect((await run([])).report.messages).toEqual([{ severity: 'error', code: 'noFiles', params: {}, message: 'No file to import.', at: { file: '' } }]);
  });
});

describe('files an import reads', () => {
  it('in the registry’s order whatever order they came in, each with the format it was read as', async () => {
    const k8s = file('web.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: { name: web-pod }\nspec: { containers: [{ name: w, image: "example/web:1" }] }\n');
    const csv = file('hosts.csv', 'name,owner\nbilling,Finance\n');
    const out = await run([csv, k8s]);
    expect(out.report.files).toEqual([{ file: 'hosts.csv', format: 'csv' }, { file: 'web.yaml', format: 'k8s' }]);
    expect(out.fragment.workloads.map((w) => w.name)).toEqual(['web-pod', 'billing']);
    expect(out.report).toMatchObject({ workloads: 2, dependencies: 0 });
  });

  it('as the format asked for, with ids clear of those the project has', async () => {
    const list = file('hosts.txt', 'name\nweb\n');
    expect((await run(list)).report.messages[0]?.code).toBe('format.unrecognised');
    const out = await run(list, { format: 'csv', takenIds: ['web'] });
    expect(out.report.files).toEqual([{ file: 'hosts.txt', format: 'csv' }]);
    expect(out.fragment.workloads.map((w) => [w.id, w.name])).toEqual([['web-2', 'web']]);
  });
});

describe('the summary', () => {
  it('lists every guess with its sentence, and counts the workloads whose criticality the source does not give', async () => {
    const out = await run(file('hosts.csv', 'name,criticality\nweb,high\nbilling,\nsearch,whatever\nmail,\n'));
    expect(out.report.guesses.filter((g) => g.field === 'criticality')).toEqual([
      { field: 'criticality', basis: 'default', workloadId: 'billing', workloadName: 'billing', message: 'billing: criticality unknown: the source does not say, so a default stands in' },
      { field: 'criticality', basis: 'value', source: 'whatever', workloadId: 'search', workloadName: 'search', message: "search: criticality: the value 'whatever' has no match, so a default stands in" },
      { field: 'criticality', basis: 'default', workloadId: 'mail', workloadName: 'mail', message: 'mail: criticality unknown: the source does not say, so a default stands in' },
    ]);
    expect(out.report.messages.at(-1)).toEqual({
      severity: 'info',
      code: 'criticalityUnknown',
      params: { count: 2, total: 4 },
      message: 'Criticality is not in the source for 2 of 4 workloads: they are set to medium and marked for review.',
      at: { file: 'hosts.csv' },
    });
  });

  it('says nothing of criticality when every workload gives it', async () => {
    const out = await run(file('hosts.csv', 'name,criticality\nweb,high\n'));
    expect(out.report.messages.filter((m) => m.code === 'criticalityUnknown')).toEqual([]);
  });
});
