/** A project file with a key given twice loads (the last value wins) and the CLI says where, on stderr. */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editedSample, run } from './run-cli';

describe('a FILE with a repeated key', () => {
  it('is still valid, with a warning at the second key, line and column', async () => {
    const file = editedSample('online-shop', () => {}, 'twice.decamp.json');
    const text = readFileSync(file, 'utf8');
    const [first, ...rest] = text.split('\n');
    // Line 2 is `  "formatVersion": 2,`: repeat it as line 3.
    expect(rest[0]).toMatch(/^ {2}"formatVersion": \d+,$/);
    writeFileSync(file, [first, rest[0], ...rest].join('\n'));
    const r = await run(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/: valid \(12 workloads, /);
    expect(r.stderr.split('\n')[0]).toBe(`${file}:3:3: warning: formatVersion: formatVersion is given more than once in the same object; Decamp uses the last value`);
  });
});
