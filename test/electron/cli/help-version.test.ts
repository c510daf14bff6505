/** --version and --help wherever a user types them, and the overview naming every command's help. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands';
import { run } from './run-cli';

const { version } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string };

describe('decamp --version', () => {
  it.each([['--version'], ['-v'], ['validate', '--version'], ['plan', 'some.decamp.json', '--version']])('%j prints the version and exits 0', async (...args) => {
    const result = await run(args);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`decamp ${version}\n`);
  });
});

describe('decamp help', () => {
  it.each(COMMANDS.map((c) => c.name))('%s --help is that command\'s own text', async (name) => {
    const help = await run([name, '--help']);
    const viaHelp = await run(['help', name]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^Usage: decamp ${name}`));
    expect(viaHelp.stdout).toBe(help.stdout);
    for (const other of COMMANDS.filter((c) => c.name !== name)) expect(help.stdout).not.toBe((COMMANDS.find((c) => c.name === other.name) ?? other).help);
  });
});
