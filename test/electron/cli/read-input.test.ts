/**
 * What every command prints when its FILE cannot be read or loaded, and the counts `validate`
 * prints: scripts grep these lines and read the exit code, so each is checked in full.
 */
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../../shared/model/save';
import { makeProject } from '../fixtures/project';
import { run } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'decamp-cli-input-'));

describe('a FILE the CLI cannot read', () => {
  it('calls a folder a folder, exit 1', async () => {
    mkdirSync(join(dir, 'plans'), { recursive: true });
    const result = await run(['validate', 'plans'], dir);
    expect(result).toEqual({ code: 1, stdout: '', stderr: "decamp: 'plans' is a folder, not a project file.\n" });
  });

  it('refuses a file over 200 MB by its size, exit 1', async () => {
    writeFileSync(join(dir, 'huge.decamp.json'), '');
    truncateSync(join(dir, 'huge.decamp.json'), 201 * 1024 * 1024); // sparse: no disk used
    const result = await run(['validate', 'huge.decamp.json'], dir);
    expect(result).toEqual({ code: 1, stdout: '', stderr: "decamp: 'huge.decamp.json' is 201 MB; project files over 200 MB are refused.\n" });
  });

  it("gives the system's reason for anything else (a path under a file), exit 1", async () => {
    writeFileSync(join(dir, 'notes.txt'), 'x');
    const result = await run(['plan', 'notes.txt/plan.decamp.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^decamp: 'notes\.txt\/plan\.decamp\.json' cannot be read: ENOTDIR: not a directory, stat '.+'\n$/);
  });
});

describe('a FILE that does not load', () => {
  it('ends the located errors with their count: 1 error', async () => {
    const project = makeProject('A', 2);
    project.dependencies[0]!.to = 'gone';
    writeFileSync(join(dir, 'one.decamp.json'), serializeProject(project));
    const result = await run(['validate', 'one.decamp.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^one\.decamp\.json:\d+:\d+: dependencies\[0\]\.to: .*'gone'.*\ndecamp: one\.decamp\.json is not a valid project file \(1 error\)\.\n$/);
  });

  it('and in the plural: 2 errors', async () => {
    const project = makeProject('A', 3);
    project.dependencies[0]!.to = 'gone';
    project.dependencies[1]!.to = 'also-gone';
    writeFileSync(join(dir, 'two.decamp.json'), serializeProject(project));
    const result = await run(['validate', 'two.decamp.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').filter((l) => /^two\.decamp\.json:\d+:\d+: /.test(l))).toHaveLength(2);
    expect(result.stderr).toMatch(/\ndecamp: two\.decamp\.json is not a valid project file \(2 errors\)\.\n$/);
  });
});

describe('decamp validate on a valid file', () => {
  it('counts in English: 1 workload, 0 dependencies, 1 team', async () => {
    writeFileSync(join(dir, 'single.decamp.json'), serializeProject(makeProject('A', 1)));
    const result = await run(['validate', 'single.decamp.json'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('single.decamp.json: valid (1 workload, 0 dependencies, 1 team).\n');
  });
});
