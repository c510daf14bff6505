/**
 * What the CLI refuses, and says why: a binary format written to stdout (every one of them, not
 * only the first), and a plan of a scenario the file does not have, naming the ones it has.
 */
import { describe, expect, it } from 'vitest';
import { run, samplePath } from './run-cli';

describe('the CLI refuses', () => {
  it.each(['pdf', 'docx', 'xlsx'])('--format %s to stdout (-o -): it is binary', async (format) => {
    const r = await run(['export', samplePath('online-shop'), '--format', format, '-o', '-']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`--format ${format} is binary: give -o a file name.`);
  });

  it('a plan of a scenario the file does not have, naming the scenarios it has', async () => {
    const file = samplePath('ecommerce-iot');
    const r = await run(['plan', file, '--scenario', 'Azure']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`decamp plan: ${file} has no scenario 'Azure'. Its scenarios: 'Two more engineers', 'Huawei Cloud instead of AWS'.\n`);
  });
});
