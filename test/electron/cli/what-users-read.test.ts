/**
 * Lines of the CLI's output that mutation testing (docs/testing.md, electron/cli's sample) found
 * no test reading: each answer here comes from the file or the JSON output, not from the text.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, samplePath as sample } from './run-cli';


describe('decamp: what a user reads', () => {
  it('names the bad --format of an import and what it may be', async () => {
    const r = await run(['import', sample('online-shop'), '--format', 'spreadsheet-ish']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^decamp import: --format must be one of (\S+, )+\S+, not 'spreadsheet-ish'\.\n$/);
  });

  it("says which option needs a value, in its own words rather than Node's", async () => {
    const r = await run(['plan', sample('online-shop'), '--runs']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--runs' needs a value.");
    expect(r.stderr).not.toContain('parseArgs');
  });

  it('counts the workloads not yet confirmed, from the file', async () => {
    const project = JSON.parse(readFileSync(sample('online-shop'), 'utf8')) as { workloads: { strategy: string; confirmed?: boolean }[] };
    const moving = project.workloads.filter((w) => w.strategy !== 'retire' && w.strategy !== 'retain');
    for (const [i, w] of moving.entries()) w.confirmed = i % 3 === 0;
    const unconfirmed = moving.filter((w) => w.confirmed !== true).length;
    expect(unconfirmed).toBeGreaterThan(0);
    const file = join(mkdtempSync(join(tmpdir(), 'decamp-unconfirmed-')), 'shop.decamp.json');
    writeFileSync(file, JSON.stringify(project));
    const r = await run(['plan', file, '--runs', '100']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${unconfirmed} of ${moving.length} workloads not confirmed`);
  });

  it("prints compare's P95 and cross-cloud rows with the JSON's figures", async () => {
    const file = sample('ecommerce-iot');
    const json = JSON.parse((await run(['compare', file, '--runs', '100', '--seed', '3', '--json'])).stdout) as {
      columns: { figures: { p95End: string; crossCloudLinks: number; hardCrossCloudLinks: number } }[];
    };
    const text = (await run(['compare', file, '--runs', '100', '--seed', '3'])).stdout;
    const f = json.columns[0]!.figures;
    expect(text).toMatch(new RegExp(`^  P95 end +${f.p95End}`, 'm'));
    expect(text).toMatch(new RegExp(`^  Cross-cloud links \\(hard\\) +${f.crossCloudLinks} \\(${f.hardCrossCloudLinks}\\)`, 'm'));
  });
});
