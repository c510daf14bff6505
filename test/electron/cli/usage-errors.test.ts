/**
 * Bad usage, as a user reads it: one line saying what is wrong (then, where it helps, the command's
 * own help) and exit 2; a FILE that cannot be read exits 1. Each expected line is the documented
 * rule written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/commands';
import { run, samplePath } from './run-cli';

const helpOf = (name: string) => COMMANDS.find((c) => c.name === name)!.help;

describe('decamp: bad usage', () => {
  it('wants the command before any option', async () => {
    const r = await run(['--seed', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^decamp: the command comes first, before options such as '--seed'\.\n\nUsage: decamp <command>/);
  });

  it('names an unknown command, also after help', async () => {
    for (const args of [['frob'], ['help', 'frob']]) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^decamp: unknown command 'frob'\.\n\nUsage: decamp <command>/);
    }
  });

  it('takes one FILE at a time, naming the extra ones, then shows the command help', async () => {
    const r = await run(['validate', 'a', 'b', 'c']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `decamp validate: one FILE at a time; unexpected 'b', 'c'.\n\n${helpOf('validate')}` });
  });

  it('says import needs a FILE', async () => {
    expect(await run(['import'])).toEqual({ code: 2, stdout: '', stderr: `decamp import: needs a FILE.\n\n${helpOf('import')}` });
  });

  it('keeps --seed and --runs to whole numbers in range, saying the range', async () => {
    const cases: [string[], string][] = [
      [['--seed', '4294967296'], "decamp: --seed must be a whole number from 0 to 4294967295, not '4294967296'.\n"],
      [['--seed=-1'], "decamp: --seed must be a whole number from 0 to 4294967295, not '-1'.\n"],
      [['--runs', '0'], "decamp: --runs must be a whole number from 1 to 1000000, not '0'.\n"],
      [['--runs', '1000001'], "decamp: --runs must be a whole number from 1 to 1000000, not '1000001'.\n"],
      [['--runs', '1.5'], "decamp: --runs must be a whole number from 1 to 1000000, not '1.5'.\n"],
      [['--runs', '12abc'], "decamp: --runs must be a whole number from 1 to 1000000, not '12abc'.\n"],
      [['--runs', 'abc12'], "decamp: --runs must be a whole number from 1 to 1000000, not 'abc12'.\n"],
      // Numbers JavaScript would read, but not written as whole numbers.
      [['--runs', '1e3'], "decamp: --runs must be a whole number from 1 to 1000000, not '1e3'.\n"],
      [['--runs', '0x10'], "decamp: --runs must be a whole number from 1 to 1000000, not '0x10'.\n"],
      [['--runs', '99999999999999999999'], "decamp: --runs must be a whole number from 1 to 1000000, not '99999999999999999999'.\n"],
    ];
    for (const [args, message] of cases) expect(await run(['plan', samplePath('online-shop'), ...args]), args.join(' ')).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('takes the ends of those ranges', async () => {
    const r = await run(['plan', samplePath('online-shop'), '--runs', '1', '--seed', '4294967295', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ runs: 1, seed: 4294967295 });
    expect((await run(['plan', samplePath('online-shop'), '--runs', '1', '--seed', '0', '--json'])).code).toBe(0);
  });

  it("names import's bad --source and --start", async () => {
    expect((await run(['import', 'a.csv', '--source', 'azure-ish'])).stderr).toBe("decamp import: --source must be one of alibaba, aws, azure, gcp, huawei, tencent, self-hosted, not 'azure-ish'.\n");
    expect((await run(['import', 'a.csv', '--start', '2027-13-01'])).stderr).toBe("decamp import: --start must be a date written yyyy-mm-dd, not '2027-13-01'.\n");
  });

  it("names export's unknown section and lists the sections", async () => {
    const r = await run(['export', samplePath('online-shop'), '--format', 'md', '--sections', 'summary, nope']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: "decamp export: --sections: 'nope' is not a section; use cover, summary, timeline, waves, runbook, risks, scenarios, baseline, assumptions, inventory.\n" });
  });
});

describe('decamp import --into a project that is not there', () => {
  it('says so and exits 1, reading nothing else', async () => {
    expect(await run(['import', 'missing.csv', '--into', 'nope.decamp.json'])).toEqual({ code: 1, stdout: '', stderr: "decamp: 'nope.decamp.json' does not exist.\n" });
  });
});
