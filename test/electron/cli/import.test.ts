import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../shared/model/load';
import { HAVE_REAL, REAL } from '../../shared/import/fixtures';
import { run } from './run-cli';

const dir = () => mkdtempSync(join(tmpdir(), 'decamp-import-'));

describe('decamp import', () => {
  it('writes a valid new project and prints the report; exit 0', async () => {
    const d = dir();
    writeFileSync(join(d, 'hosts.csv'), 'name,type,depends on\nweb,vm,db\ndb,mysql,\n');
    const r = await run(['import', 'hosts.csv', '-o', 'out.decamp.json', '--start', '2027-01-04'], d);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/hosts\.csv: read as csv/);
    expect(r.stdout).toMatch(/2 workloads, 1 dependency read\./);
    expect(r.stdout).toMatch(/Criticality is not in the source for 2 of 2 workloads/);
    const loaded = loadProject(readFileSync(join(d, 'out.decamp.json'), 'utf8'));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.project.project.startDate).toBe('2027-01-04');
      expect(loaded.project.workloads.find((w) => w.name === 'db')?.review).toContainEqual({ field: 'criticality', basis: 'default' });
    }
  });

  it('merges into an existing project with --into and shows the preview in --json', async () => {
    const d = dir();
    writeFileSync(join(d, 'a.csv'), 'name,type\nweb,vm\n');
    expect((await run(['import', 'a.csv', '-o', 'p.decamp.json', '--start', '2027-01-04'], d)).code).toBe(0);
    writeFileSync(join(d, 'b.csv'), 'name,data gb\nweb,40\napi,\n');
    const r = await run(['import', 'b.csv', '--into', 'p.decamp.json', '-o', 'p.decamp.json', '--json'], d);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { importFormat: number; merge: { added: { name: string }[]; updated: { name: string }[] } };
    expect(report.importFormat).toBe(1);
    expect(report.merge.added.map((a) => a.name)).toEqual(['api']);
    expect(report.merge.updated.map((u) => u.name)).toEqual(['web']);
  });

  it('prints the project on standard output without -o', async () => {
    const d = dir();
    writeFileSync(join(d, 'a.csv'), 'name\nweb\n');
    const r = await run(['import', 'a.csv', '--start', '2027-01-04'], d);
    expect(r.code).toBe(0);
    expect(loadProject(r.stdout).ok).toBe(true);
    expect(r.stderr).toMatch(/1 workload, 0 dependencies read/);
  });

  it('exits 1 with located errors on invalid input, and writes nothing', async () => {
    const d = dir();
    writeFileSync(join(d, 'bad.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: [x\n');
    const r = await run(['import', 'bad.yaml', '-o', 'out.decamp.json'], d);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad\.yaml:\d+:\d+: error: Not valid YAML/m);
    expect(() => readFileSync(join(d, 'out.decamp.json'))).toThrow();
  });

  it('exits 2 on bad usage', async () => {
    expect((await run(['import'])).code).toBe(2);
    expect((await run(['import', 'a.csv', '--format', 'nope'])).code).toBe(2);
    expect((await run(['import', 'a.csv', '--start', 'tomorrow'])).code).toBe(2);
    const unknown = await run(['import', 'a.csv', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option '--bogus'/);
  });

  it('recognises formats by content, not by extension', async () => {
    const d = dir();
    writeFileSync(join(d, 'export.txt'), 'services:\n  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: postgres\n');
    const r = await run(['import', 'export.txt', '--json'], d);
    expect(JSON.parse(r.stdout)).toMatchObject({ files: [{ file: 'export.txt', format: 'compose' }], workloads: 2, dependencies: 1 });
  });

  it('takes every --format the issue names, and reads a file as the format forced on it', async () => {
    const d = dir();
    writeFileSync(join(d, 'stack.txt'), 'services:\n  web:\n    image: nginx\n    depends_on: [db]\n  db:\n    image: postgres\n');
    for (const format of ['auto', 'csv', 'xlsx', 'tfstate', 'tf', 'k8s', 'compose', 'azure-deps', 'aws-import', 'servicenow', 'alibaba-config', 'konveyor']) {
      const r = await run(['import', 'stack.txt', '--format', format, '--json'], d);
      // A known format is never bad usage; read as what it is not, the file is invalid input (1), not a crash.
      expect(r.code, `${format}: ${r.stderr}`).not.toBe(2);
      expect([0, 1]).toContain(r.code);
    }
    const forced = await run(['import', 'stack.txt', '--format', 'compose', '--json'], d);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ files: [{ file: 'stack.txt', format: 'compose' }], workloads: 2, dependencies: 1 });
  });

  it('exits 0 when the import only guesses (guesses are not errors), and says what it guessed', async () => {
    const d = dir();
    writeFileSync(join(d, 'apps.csv'), 'name,technology\nledger,mysql 8 on ECS\n');
    const r = await run(['import', 'apps.csv', '--json'], d);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { guesses: { field: string; basis: string; workloadName: string }[] };
    expect(report.guesses).toContainEqual(expect.objectContaining({ field: 'sourceService', basis: 'technology', workloadName: 'ledger' }));
  });

  it('refuses a file over 100 MB before reading it: exit 1, the file named, nothing written', async () => {
    const d = dir();
    const big = join(d, 'huge.tfstate');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024 + 1);
    const r = await run(['import', 'huge.tfstate', '-o', 'out.decamp.json'], d);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge\.tfstate' is 100 MB; files over 100 MB are not imported/);
    expect(() => readFileSync(join(d, 'out.decamp.json'))).toThrow();
  });

  it.skipIf(!HAVE_REAL)('imports a Terraform root folder with its modules', async () => {
    const r = await run(['import', join(REAL, 'alicloud-terraform-hcl'), '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { workloads: number; project: { workloads: unknown[] } };
    expect(out.workloads).toBe(16);
    expect(r.stdout).not.toContain('Test1234');
  });
});
