/**
 * The loader's corners as the app (parseProjectText, what main answers the page) and the CLI see
 * them: they must agree, and say the right thing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../shared/model/save';
import { CURRENT_FORMAT_VERSION } from '../../shared/model/schema';
import { parseProjectText } from '../../electron/services/project-file';
import { run } from './cli/run-cli';
import { makeProject } from './fixtures/project';

const dir = mkdtempSync(join(tmpdir(), 'decamp-corners-'));
const text = serializeProject(makeProject('A'));

describe('a double byte-order mark', () => {
  it('opens in the app and validates in the CLI', async () => {
    writeFileSync(join(dir, 'bom2.decamp.json'), `\uFEFF\uFEFF${text}`);
    expect(parseProjectText(`\uFEFF\uFEFF${text}`, 'bom2.decamp.json').ok).toBe(true);
    const cli = await run(['validate', 'bom2.decamp.json'], dir);
    expect(cli.stderr).not.toMatch(/Not valid JSON|error/);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('bom2.decamp.json: valid');
  });
});

describe('formatVersion 1.5', () => {
  it('is an invalid project to the app, not one from a newer Decamp', () => {
    const result = parseProjectText(text.replace(/"formatVersion": \d+/, '"formatVersion": 1.5'), 'half.decamp.json');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-project' } });
    expect(!result.ok && result.error.message).toContain('formatVersion must be a whole number of 1 or more, not 1.5');
    expect(parseProjectText(text.replace(/"formatVersion": \d+/, `"formatVersion": ${CURRENT_FORMAT_VERSION + 1}`), 'next.decamp.json')).toMatchObject({ ok: false, error: { code: 'newer-format' } });
  });
});

describe('a repeated key', () => {
  const dup = text.replace('"name": "Workload 0 (A)",', '"name": "Workload 0 (A)",\n      "name": "Renamed",');

  it('is a located warning in the CLI, and the file still validates', async () => {
    writeFileSync(join(dir, 'dup.decamp.json'), dup);
    const cli = await run(['validate', 'dup.decamp.json'], dir);
    expect(cli.code).toBe(0);
    expect(cli.stderr).toMatch(/^dup\.decamp\.json:\d+:7: warning: workloads\[0\]\.name: workload 'wl-0': name is given more than once in the same object; Decamp uses the last value$/m);
  });

  it('reaches the page with the opened document', () => {
    const opened = parseProjectText(dup, 'dup.decamp.json');
    expect(opened.ok && opened.warnings).toEqual([expect.objectContaining({ path: ['workloads', 0, 'name'], column: 7 })]);
  });
});
