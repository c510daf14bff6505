/** `decamp --help`: every command's synopsis with its summary in one column, a long synopsis on its own line. */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands';
import { run } from './run-cli';

const COLUMN = 36;

describe('decamp --help', () => {
  it('is the same text for -h, --help and help, on stdout with exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: decamp <command> \[FILE\] \[options\]\n/);
    expect(await run(['-h'])).toEqual(help);
    expect(await run(['help'])).toEqual(help);
  });

  it('starts every summary at column 36, below a synopsis too long to share its line', async () => {
    const lines = (await run(['--help'])).stdout.split('\n');
    const short = COMMANDS.filter((c) => c.synopsis.length + 2 < COLUMN);
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThan(COMMANDS.length);
    for (const c of COMMANDS) {
      const at = lines.indexOf(lines.find((l) => l.startsWith(`  ${c.synopsis}`))!);
      const [first, next] = [lines[at]!, lines[at + 1]!];
      if (c.synopsis.length + 2 < COLUMN) expect(first).toBe(`  ${c.synopsis}${' '.repeat(COLUMN - 2 - c.synopsis.length)}${c.summary}`);
      else expect([first, next]).toEqual([`  ${c.synopsis}`, `${' '.repeat(COLUMN)}${c.summary}`]);
    }
    expect(lines).toContain(`  decamp --version${' '.repeat(COLUMN - 18)}The version of Decamp.`);
  });
});
