import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_IDS } from '../../../shared/ipc';
import { CURRENT_FORMAT_VERSION } from '../../../shared/model/schema';
import { run, samplePath } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'decamp-cli-'));

describe('decamp validate', () => {
  it.each(SAMPLE_IDS)('accepts the %s sample with exit 0', async (id) => {
    const result = await run(['validate', samplePath(id)]);
    expect(result.stderr.split('\n').filter((l) => l.includes(': error:'))).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/valid \(\d+ workloads, \d+ dependencies, \d+ teams?\)/);
  });

  it.each(SAMPLE_IDS)('lists every warning and note `plan` counts for %s, and no more', async (id) => {
    const result = await run(['validate', samplePath(id)]);
    const summary = (await run(['plan', samplePath(id), '--runs', '100'])).stdout;
    const [, errors, warnings, notes] = /Issues: (\d+) errors?, (\d+) warnings?, (\d+) notes?/.exec(summary)!;
    const lines = result.stderr.split('\n');
    expect(lines.filter((l) => l.includes(': error: ')).length).toBe(Number(errors));
    expect(lines.filter((l) => l.includes(': warning: ')).length).toBe(Number(warnings));
    expect(lines.filter((l) => l.includes(': info: ')).length).toBe(Number(notes));
    expect(Number(warnings) + Number(notes)).toBeGreaterThan(0);
  });

  it('fails on what `plan` would refuse: a change rate the line cannot carry, a plan past the ten-year horizon', async () => {
    const project = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(samplePath('online-shop'), 'utf8')));
    const db = project.workloads.find((w: { kind: string }) => w.kind === 'database');
    db.size.dailyChangeGb = 200_000; // 200 TB a day over a 1 Gbit/s line
    project.calendar.freezeWindows.push({ id: 'forever', name: 'Frozen for good', start: '2027-01-01', end: '2199-12-31' });
    const file = join(dir, 'refused.decamp.json');
    writeFileSync(file, JSON.stringify(project, null, 2));
    const result = await run(['validate', 'refused.decamp.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refused\.decamp\.json: error: .*can never catch up|refused\.decamp\.json: error: .*cannot carry/);
    expect(result.stderr).toMatch(/refused\.decamp\.json: error: .*ten years/);
  });

  it('uses the embedded mid-size sample when no file is given', async () => {
    const result = await run(['validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('embedded sample ecommerce-iot.decamp.json: valid');
  });

  it('exits 1 with file:line:column errors for a dangling dependency', async () => {
    const project = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(samplePath('online-shop'), 'utf8')));
    project.dependencies[0].to = 'user-svc-gone';
    const file = join(dir, 'dangling.decamp.json');
    writeFileSync(file, JSON.stringify(project, null, 2));
    const result = await run(['validate', 'dangling.decamp.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^dangling\.decamp\.json:\d+:\d+: dependencies\[0\]\.to: workload '.+' depends on 'user-svc-gone', which does not exist$/m);
    expect(result.stdout).toBe('');
  });

  it('exits 1 on a file that loads but has a planning error, naming it on stderr and printing no "valid"', async () => {
    // The loader accepts any number here (the schema checks the type); the planner refuses a negative effort.
    const project = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(samplePath('online-shop'), 'utf8')));
    const at = project.assumptions.findIndex((a: { id: string }) => a.id === 'effort.base.rehost');
    expect(at).toBeGreaterThanOrEqual(0);
    project.assumptions[at].value = -1;
    writeFileSync(join(dir, 'negative-effort.decamp.json'), JSON.stringify(project, null, 2));
    const result = await run(['validate', 'negative-effort.decamp.json'], dir);
    expect(result.stderr).toContain(`negative-effort.decamp.json: error: assumptions[${at}].value: Assumption 'effort.base.rehost' is -1 person-days`);
    expect(result.stderr).toContain('decamp: negative-effort.decamp.json has 1 planning error.\n');
    expect(result.stdout).toBe('');
    expect(result.code).toBe(1);
  });

  it('exits 1 locating a JSON syntax error', async () => {
    writeFileSync(join(dir, 'broken.decamp.json'), '{\n  "formatVersion": 1,\n  "project": {\n}');
    const result = await run(['validate', 'broken.decamp.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.decamp\.json:4:2: Not valid JSON: /m);
  });

  it('refuses a file from a newer format naming both versions', async () => {
    writeFileSync(join(dir, 'newer.decamp.json'), JSON.stringify({ formatVersion: 99 }));
    const result = await run(['validate', 'newer.decamp.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('format version 99');
    expect(result.stderr).toContain(`format version ${CURRENT_FORMAT_VERSION} and older`);
  });

  it('says plainly when the file does not exist', async () => {
    const result = await run(['validate', 'nowhere.decamp.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("decamp: 'nowhere.decamp.json' does not exist.\n");
  });

  it('rejects bad usage with exit 2 and the usage text, never a stack trace', async () => {
    for (const args of [[], ['frobnicate'], ['validate', '--json'], ['plan', '--seed', 'abc'], ['plan', '--runs', '0'], ['validate', 'a', 'b'], ['plan', '--nope']]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('decamp help and version', () => {
  it('gives each command its own help, on stdout with exit 0', async () => {
    const plan = await run(['plan', '--help']);
    const validate = await run(['help', 'validate']);
    expect(plan.code).toBe(0);
    expect(validate.code).toBe(0);
    expect(plan.stdout).toMatch(/^Usage: decamp plan /);
    expect(plan.stdout).toContain('--runs N');
    expect(validate.stdout).toMatch(/^Usage: decamp validate /);
    expect(validate.stdout).not.toContain('--runs');
  });

  it('prints the package version with --version', async () => {
    const { version } = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(process.cwd(), 'package.json'), 'utf8')));
    const result = await run(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`decamp ${version}\n`);
  });

  it("says what is wrong in its own words, not Node's parseArgs text", async () => {
    const result = await run(['plan', '--nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^decamp plan: unknown option '--nope'\.\n/);
    expect(result.stderr).not.toContain('To specify a positional argument');
  });
});
