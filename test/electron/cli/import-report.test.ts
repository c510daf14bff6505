/**
 * The import report as a terminal shows it: what was read as what, skipped, warned about and
 * guessed; with --into, the merge (added, updated, unresolved, new teams) and a wave mapping's pins.
 * Every expected line is worked out from the files written here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, samplePath } from './run-cli';

/** A fresh folder holding `files` (name -> text). */
function folderWith(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'decamp-import-report-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(d, name), text);
  return d;
}

const MANIFESTS = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: settings', '---', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web', 'spec:', '  template:', '    spec:', '      containers:', '        - name: web', '          image: nginx', '---', 'apiVersion: v1', 'kind: Secret', 'metadata:', '  name: creds', ''].join('\n');

describe('decamp import: the report', () => {
  it('lists what it skipped and why, the notes, and the guesses to review, then where it wrote', async () => {
    const d = folderWith({ 'k.yaml': MANIFESTS });
    const r = await run(['import', 'k.yaml', '-o', 'k.decamp.json'], d);
    expect(r.code).toBe(0);
    // One Deployment is the one workload; the Secret is skipped with the reason; its criticality is a default
    // (counted among the guesses, said once in the note rather than listed).
    expect(r.stdout).toBe([
      'k.yaml: read as k8s',
      '1 workload, 0 dependencies read.',
      'Skipped (1):',
      '  Secret creds: Decamp never reads secret values; workloads that use it keep no copy.',
      'Criticality is not in the source for 1 of 1 workloads: they are set to medium and marked for review.',
      'Guesses to review (2; marked "needs review" in the project):',
      "  web: kind guessed from the image 'nginx'",
      'Wrote k.decamp.json.',
      '',
    ].join('\n'));
  });

  it('locates each warning at its sheet row and column, and lists defaults other than criticality among the guesses', async () => {
    const d = folderWith({ 'w.csv': 'name,type,cpu\nweb,vm,lots\napi,vm,2\n' });
    const r = await run(['import', 'w.csv', '-o', 'w.decamp.json'], d);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain("w.csv: row 2, column 'cpu': warning: 'lots' is not a number; it is left out.");
    // A default standing in for a field other than criticality is listed: the file names no source service.
    expect(r.stdout).toContain('Guesses to review (4; marked "needs review" in the project):\n  web: source service unknown: the source does not say, so a default stands in\n  api: source service unknown: the source does not say, so a default stands in\n');
  });

  it('names up to three files read as a format, and counts more', async () => {
    const three = folderWith({ 'a.csv': 'name\na\n', 'b.csv': 'name\nb\n', 'c.csv': 'name\nc\n' });
    expect((await run(['import', 'a.csv', 'b.csv', 'c.csv', '-o', 'p.decamp.json'], three)).stdout.split('\n')[0]).toBe('a.csv, b.csv, c.csv: read as csv');
    const four = folderWith({ 'a.csv': 'name\na\n', 'b.csv': 'name\nb\n', 'c.csv': 'name\nc\n', 'd.csv': 'name\nd\n' });
    const r = await run(['import', 'd.csv', 'a.csv', 'b.csv', 'c.csv', '-o', 'p.decamp.json'], four);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['4 files read as csv (d.csv ...)', '4 workloads, 0 dependencies read.']);
  });
});

describe('decamp import --into: the merge', () => {
  it('counts what is added, updated and left alone, and lists the updates, unresolved needs and new teams', async () => {
    const d = folderWith({ 'a.csv': 'name,type\nweb,vm\ndb,mysql\n' });
    expect((await run(['import', 'a.csv', '-o', 'p.decamp.json', '--start', '2027-01-04'], d)).code).toBe(0);
    // web is in the project (updated: its data and team), api is new and needs db (in the project): one
    // dependency added; web's need of 'ghost' is in neither; db is left alone; Payments is a new team.
    writeFileSync(join(d, 'b.csv'), 'name,data gb,team,depends on\nweb,40,Payments,ghost\napi,,Payments,db\n');
    const r = await run(['import', 'b.csv', '--into', 'p.decamp.json', '-o', 'p.decamp.json'], d);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('Merge: 1 added, 1 updated, 0 unchanged, 1 left alone; 1 dependency added (0 already there); new teams: Payments.');
    const updated = lines.find((l) => l.startsWith('  updated web: '));
    expect(updated).toMatch(/"dataGb":0.* -> .*"dataGb":40/);
    expect(updated).toMatch(/; team team-1 -> payments$/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}b\.csv: row 2, column 'depends on': '[^']+' needs 'ghost', which is neither in the import nor in the project$/));
  });

  it('says "dependencies" for none or several', async () => {
    const d = folderWith({ 'a.csv': 'name\nweb\n', 'b.csv': 'name,depends on\napi,web\nworker,web\nidle,\n' });
    expect((await run(['import', 'a.csv', '-o', 'p.decamp.json'], d)).code).toBe(0);
    const r = await run(['import', 'b.csv', '--into', 'p.decamp.json', '-o', 'p.decamp.json'], d);
    expect(r.stdout).toContain('Merge: 3 added, 0 updated, 0 unchanged, 1 left alone; 2 dependencies added (0 already there).');
  });

  it("lists a wave mapping's pins, from the planned wave the file gives (- for none) to its wave, and the rows naming no workload", async () => {
    const d = folderWith({ 'first.csv': 'Workload ID,Wave\nweb,0\nblog,1\nnobody,1\n', 'second.csv': 'Workload ID,Planned wave,Wave\nweb,Pilot,2\n' });
    const first = await run(['import', 'first.csv', '--format', 'wave-mapping', '--into', samplePath('online-shop'), '-o', 'pinned.decamp.json'], d);
    expect(first.code).toBe(0);
    const lines = first.stdout.split('\n');
    expect(lines.slice(lines.findIndex((l) => l.startsWith('Pins: ')), -2)).toEqual([
      'Pins: 2 workloads pinned to the wave the mapping gives.',
      '  pinned Storefront web servers (PHP): - -> 0',
      '  pinned Old WordPress blog: - -> 1',
      "first.csv:4: error: no workload 'nobody' in the project; its row is ignored",
    ]);
    const second = await run(['import', 'second.csv', '--format', 'wave-mapping', '--into', 'pinned.decamp.json', '-o', 'pinned.decamp.json'], d);
    expect(second.stdout).toContain('Pins: 1 workload pinned to the wave the mapping gives.\n  pinned Storefront web servers (PHP): Pilot -> 2\n');
  });
});
