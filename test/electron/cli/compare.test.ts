import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../../../shared/model/save';
import type { Project } from '../../../shared/model/schema';
import { loadSample } from '../../../shared/samples';
import { run } from './run-cli';

/** The mid-size sample with two scenarios, one of them naming a workload that has left the baseline. */
function fileWithScenarios(): string {
  const p: Project = loadSample('ecommerce-iot');
  const team = p.teams[0]!;
  p.scenarios = [
    { id: 'two-more', name: 'Two more engineers', changes: [{ kind: 'team', teamId: team.id, addEngineers: 2 }] },
    { id: 'huawei', name: 'Huawei Cloud instead of AWS', changes: [{ kind: 'target', provider: 'huawei', replaces: 'aws' }, { kind: 'workload', workloadId: 'gone-service', strategy: 'refactor' }] },
  ];
  const dir = mkdtempSync(join(tmpdir(), 'decamp-compare-'));
  const file = join(dir, 'scenarios.decamp.json');
  writeFileSync(file, serializeProject(p));
  return file;
}

describe('decamp compare', () => {
  const file = fileWithScenarios();

  it('prints the baseline and each scenario side by side, and what differs', async () => {
    const r = await run(['compare', file, '--runs', '200']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Baseline +Two more engineers +Huawei Cloud instead of AWS/);
    expect(r.stdout).toMatch(/P80 end +\d{4}-\d{2}-\d{2} +\d{4}-\d{2}-\d{2} \(-\d+ wd\)/);
    expect(r.stdout).toContain('What differs');
    expect(r.stdout).toMatch(/- .*: 2 more engineers \(\d+ → \d+\)/);
    expect(r.stdout).toContain("! no longer applies: gone-service: strategy refactor (workload 'gone-service' is no longer in the baseline)");
    expect(r.stderr).toContain("warning: scenario 'Huawei Cloud instead of AWS', difference 2 no longer applies");
  });

  it('prints the documented JSON with --json: one column per plan, deltas in working days', async () => {
    const r = await run(['compare', file, '--runs', '200', '--seed', '5', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ compareFormat: 1, seed: 5, runs: 200, currency: 'CNY' });
    expect(json.columns.map((c: { id: string }) => c.id)).toEqual(['baseline', 'two-more', 'huawei']);
    const [base, more, huawei] = json.columns;
    expect(base.delta).toEqual({ p50: 0, p80: 0, p95: 0, deterministic: 0 });
    expect(more.delta.p80).toBeLessThan(0);
    expect(more.figures.p80End < base.figures.p80End).toBe(true);
    for (const key of ['p50End', 'p80End', 'p95End', 'deterministicEnd', 'effort', 'labour', 'dualRunning', 'targetMonthly', 'crossCloudLinks', 'drivers', 'risks', 'outage', 'histogram']) expect(base.figures).toHaveProperty(key);
    expect(huawei.differences[1]).toMatchObject({ index: 1, kind: 'workload', status: 'stale', parts: [{ status: 'stale', code: 'workload.strategy', reason: { code: 'stale.workloadGone' } }] });
    expect(huawei.figures.outage.some((o: { id: string }) => o.id === 'identity:huawei')).toBe(true);
  });

  it('compares only the scenarios named, by name or id', async () => {
    const r = await run(['compare', file, '--runs', '100', '--json', '--scenario', 'two more engineers']);
    expect(JSON.parse(r.stdout).columns.map((c: { id: string }) => c.id)).toEqual(['baseline', 'two-more']);
  });

  it('exits 2 naming the scenarios the file has when asked for one it has not', async () => {
    const r = await run(['compare', file, '--scenario', 'Azure']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`decamp compare: ${file} has no scenario 'Azure'. Its scenarios: 'Two more engineers', 'Huawei Cloud instead of AWS'.\n`);
  });

  it('says so when the file has no scenarios, and still prints the baseline', async () => {
    const r = await run(['compare', join(process.cwd(), 'shared', 'samples', 'online-shop.decamp.json'), '--runs', '100']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The file has no scenarios yet');
  });

  it('exits 1 on an invalid file', async () => {
    const r = await run(['compare', 'package.json']);
    expect(r.code).toBe(1);
  });
});

describe('decamp plan --scenario', () => {
  const file = fileWithScenarios();

  it('plans the scenario: the baseline with its differences', async () => {
    const base = JSON.parse((await run(['plan', file, '--runs', '200', '--json'])).stdout);
    const r = await run(['plan', file, '--runs', '200', '--json', '--scenario', 'two-more']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.scenario).toMatchObject({ id: 'two-more', name: 'Two more engineers', differences: [{ index: 0, kind: 'team', status: 'applied' }] });
    expect(plan.schedule.end < base.schedule.end).toBe(true);
    expect(base.scenario).toBeUndefined();
  });

  it('names the scenario above the summary and warns about what no longer applies', async () => {
    const r = await run(['plan', file, '--runs', '100', '--scenario', 'Huawei Cloud instead of AWS']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Scenario: Huawei Cloud instead of AWS (2 differences from the baseline, 1 no longer applying)');
    expect(r.stdout).toContain('(alibaba -> huawei)');
    expect(r.stderr).toContain("difference 2 no longer applies: gone-service: strategy refactor (workload 'gone-service' is no longer in the baseline)");
  });

  it('counts one difference in the singular, and says nothing of stale ones when none is', async () => {
    const r = await run(['plan', file, '--runs', '50', '--scenario', 'two-more']);
    expect(r.stdout.split('\n')[0]).toBe('Scenario: Two more engineers (1 difference from the baseline)');
    expect(r.stderr).toBe('');
  });

  it('exits 2 for a scenario the file does not have', async () => {
    const r = await run(['plan', join(process.cwd(), 'shared', 'samples', 'online-shop.decamp.json'), '--scenario', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("has no scenario 'x'. It has no scenarios.");
  });
});
