/**
 * `decamp import FOLDER`: which files of a folder are read, in what order, and under what names
 * (docs/cli.md: a folder's .tf, .tfstate, .json, .yaml, .yml, .csv, .tsv and .xlsx files).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, samplePath } from './run-cli';

interface ImportJson {
  files: { file: string; format: string }[];
  workloads: number;
  project: { project: { name: string }; workloads: { name: string }[] };
}

/** A folder `estate` holding one one-workload CSV per name, each file named after its workload. */
function estate(names: readonly string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'decamp-import-folder-'));
  mkdirSync(join(root, 'estate'));
  for (const n of names) writeFileSync(join(root, 'estate', `${n}.csv`), `name\n${n}\n`);
  return root;
}

async function importJson(args: string[], cwd: string): Promise<ImportJson> {
  const r = await run(['import', ...args, '--json', '--start', '2027-01-04'], cwd);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as ImportJson;
}

describe('decamp import FOLDER', () => {
  // Written in an order that is not the name order, so the order read can only come from sorting.
  const NAMES = ['kilo', 'delta', 'alpha', 'juliet', 'echo', 'bravo', 'india', 'golf', 'charlie', 'hotel', 'foxtrot'];
  const SORTED = [...NAMES].sort();

  it('reads its files in name order, named from the folder, and names the project after the folder', async () => {
    const root = estate(NAMES);
    const out = await importJson(['estate'], root);
    expect(out.files).toEqual(SORTED.map((n) => ({ file: `estate/${n}.csv`, format: 'csv' })));
    expect(out.project.workloads.map((w) => w.name)).toEqual(SORTED);
    expect(out.project.project.name).toBe('estate');
  });

  it('walks subfolders, a subfolder in its place in the name order', async () => {
    const root = estate(['alpha', 'zulu']);
    mkdirSync(join(root, 'estate', 'mid', 'deeper'), { recursive: true });
    writeFileSync(join(root, 'estate', 'mid', 'deeper', 'papa.csv'), 'name\npapa\n');
    writeFileSync(join(root, 'estate', 'mid', 'oscar.csv'), 'name\noscar\n');
    const out = await importJson(['estate'], root);
    expect(out.files.map((f) => f.file)).toEqual(['estate/alpha.csv', 'estate/mid/deeper/papa.csv', 'estate/mid/oscar.csv', 'estate/zulu.csv']);
  });

  it('leaves alone project files, hidden files and folders, node_modules and what no importer reads', async () => {
    const root = estate(['alpha']);
    const dir = join(root, 'estate');
    writeFileSync(join(dir, 'shop.decamp.json'), readFileSync(samplePath('online-shop')));
    writeFileSync(join(dir, 'OLD.DECAMP.JSON'), readFileSync(samplePath('online-shop')));
    writeFileSync(join(dir, '.secret.csv'), 'name\nhidden\n');
    mkdirSync(join(dir, '.terraform'));
    writeFileSync(join(dir, '.terraform', 'cache.csv'), 'name\ncached\n');
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', 'dep.csv'), 'name\ndependency\n');
    writeFileSync(join(dir, 'notes.txt'), 'name\nnotes\n');
    writeFileSync(join(dir, 'run.sh'), 'name\nscript\n');
    const out = await importJson(['estate'], root);
    expect(out.files).toEqual([{ file: 'estate/alpha.csv', format: 'csv' }]);
    expect(out.workloads).toBe(1);
  });

  it('reads each extension docs/cli.md names, in any case', async () => {
    const root = estate([]);
    const dir = join(root, 'estate');
    writeFileSync(join(dir, 'a.CSV'), 'name\nupper\n');
    writeFileSync(join(dir, 'b.tsv'), 'name\ttype\tteam\ntabbed\tvm\tops\n');
    writeFileSync(join(dir, 'c.yml'), 'services:\n  web:\n    image: nginx\n');
    writeFileSync(join(dir, 'd.yaml'), 'services:\n  api:\n    image: node\n');
    const out = await importJson(['estate'], root);
    expect(out.files.map((f) => f.file)).toEqual(['estate/a.CSV', 'estate/b.tsv', 'estate/c.yml', 'estate/d.yaml']);
    expect(out.project.workloads.map((w) => w.name).sort()).toEqual(['api', 'tabbed', 'upper', 'web']);
  });

  it('names a file given by path as it was given, and a project after the first file', async () => {
    const root = estate(['alpha', 'bravo']);
    const out = await importJson([join('estate', 'bravo.csv'), join('estate', 'alpha.csv')], root);
    expect(out.files.map((f) => f.file)).toEqual(['estate/bravo.csv', 'estate/alpha.csv']);
    expect(out.project.project.name).toBe('bravo');
  });

  it('refuses a folder of more than 5,000 files to import, before reading any, and says to name them', async () => {
    const root = estate([]);
    for (let i = 0; i <= 5000; i++) writeFileSync(join(root, 'estate', `host-${i}.csv`), '');
    expect(await run(['import', 'estate'], root)).toEqual({ code: 1, stdout: '', stderr: "decamp: 'estate' holds more than 5000 files to import; name the files instead.\n" });
  });

  it('says which FILE does not exist, exit 1, nothing printed on stdout', async () => {
    const root = estate(['alpha']);
    const r = await run(['import', 'estate', 'missing'], root);
    expect(r).toEqual({ code: 1, stdout: '', stderr: "decamp: 'missing' does not exist.\n" });
  });
});
