/** What `decamp import` prints where, by outcome: nothing imported, written with -o, or printed. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli';

const folder = () => mkdtempSync(join(tmpdir(), 'decamp-import-outcomes-'));
const BAD_YAML = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [x\n';

describe('decamp import: nothing imported', () => {
  it('prints the report as JSON on stdout with --json, ok false, and counts the errors on stderr; exit 1', async () => {
    const d = folder();
    writeFileSync(join(d, 'bad.yaml'), BAD_YAML);
    const r = await run(['import', 'bad.yaml', '--json'], d);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; output: null; merge: null; workloads: number; messages: { severity: string; where: string }[]; project?: unknown };
    expect(json).toMatchObject({ ok: false, output: null, merge: null, workloads: 0 });
    expect(json.project).toBeUndefined();
    expect(json.messages.filter((m) => m.severity === 'error').map((m) => m.where)).toEqual([expect.stringMatching(/^bad\.yaml:\d+:\d+$/)]);
    expect(r.stderr).toBe('decamp: nothing imported: 1 error.\n');
  });

  it('counts several errors in the plural', async () => {
    const d = folder();
    writeFileSync(join(d, 'bad.yaml'), BAD_YAML);
    writeFileSync(join(d, 'worse.yaml'), BAD_YAML);
    const r = await run(['import', 'bad.yaml', 'worse.yaml'], d);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter((l) => / error: /.test(l))).toHaveLength(2);
    expect(r.stderr.endsWith('decamp: nothing imported: 2 errors.\n')).toBe(true);
  });
});

describe('decamp import: written', () => {
  it('with -o and --json, names the output in the report and leaves the project out of it', async () => {
    const d = folder();
    writeFileSync(join(d, 'hosts.csv'), 'name\nweb\n');
    const r = await run(['import', 'hosts.csv', '-o', 'estate.decamp.json', '--json', '--name', 'My estate'], d);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as { ok: boolean; output: string; project?: unknown };
    expect(json).toMatchObject({ ok: true, output: 'estate.decamp.json' });
    expect(json.project).toBeUndefined();
    expect((JSON.parse(readFileSync(join(d, 'estate.decamp.json'), 'utf8')) as { project: { name: string } }).project.name).toBe('My estate');
  });

  it('says why it cannot write -o, exit 1', async () => {
    const d = folder();
    writeFileSync(join(d, 'hosts.csv'), 'name\nweb\n');
    writeFileSync(join(d, 'a-file'), '');
    const r = await run(['import', 'hosts.csv', '-o', 'a-file/estate.decamp.json'], d);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^decamp: cannot write 'a-file\/estate\.decamp\.json': .*ENOTDIR.*\n$/);
  });
});
