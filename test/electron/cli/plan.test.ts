import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatPath } from '../../../shared/model/load';
import { describe, expect, it } from 'vitest';
import { run } from './run-cli';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const sample = join(process.cwd(), 'shared', 'samples', 'online-shop.decamp.json');

describe('decamp plan', () => {
  it('prints a readable summary with waves, dates, P50/P80/P95 and top risks', async () => {
    const result = await run(['plan', sample, '--runs', '300']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/P50 \d{4}-\d{2}-\d{2} {2}P80 \d{4}-\d{2}-\d{2} {2}P95 \d{4}-\d{2}-\d{2}/);
    expect(result.stdout).toContain('Pilot');
    expect(result.stdout).toMatch(/Top risks \(\d+ of \d+\)/);
    // The shop's date is mostly waits, approvals, drills and hypercare: the summary says so.
    const json = JSON.parse((await run(['plan', sample, '--runs', '100', '--json'])).stdout) as { schedule: { fixedLengthDays: number; deterministicWorkingDays: number } };
    expect(json.schedule.fixedLengthDays * 2).toBeGreaterThanOrEqual(json.schedule.deterministicWorkingDays);
    expect(result.stdout).toContain(`${json.schedule.fixedLengthDays} of the most likely plan's ${json.schedule.deterministicWorkingDays} working days would remain with unlimited engineers`);
  });

  it('lists every issue it counts, where the count is, each with where it points', async () => {
    const result = await run(['plan', join(process.cwd(), 'shared', 'samples', 'ecommerce-iot.decamp.json'), '--runs', '100', '--json']);
    const issues = (JSON.parse(result.stdout) as { issues: { severity: string; message: string; path: (string | number)[] }[] }).issues;
    const warnings = issues.filter((i) => i.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    const text = await run(['plan', join(process.cwd(), 'shared', 'samples', 'ecommerce-iot.decamp.json'), '--runs', '100']);
    expect(text.stdout).toContain(`Issues: 0 errors, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`);
    expect(text.stdout).not.toContain('decamp validate lists them');
    for (const w of warnings) expect(text.stdout).toContain(`  [warning] ${w.path.length > 0 ? `${formatPath(w.path)}: ` : ''}${w.message}`);
  });

  it('counts in English plurals: one wave, one team, no "(s)"', async () => {
    const project = JSON.parse(readFileSync(sample, 'utf8')) as { teams: unknown[]; workloads: { team?: string }[] };
    project.teams = project.teams.slice(0, 1);
    const team = (project.teams[0] as { id: string }).id;
    for (const w of project.workloads) if (w.team !== undefined) w.team = team;
    const dir = mkdtempSync(join(tmpdir(), 'decamp-plural-'));
    writeFileSync(join(dir, 'one-team.decamp.json'), JSON.stringify(project));
    const result = await run(['validate', 'one-team.decamp.json'], dir);
    expect(result.stdout).toMatch(/valid \(\d+ workloads, \d+ dependencies, 1 team\)/);
    const plan = await run(['plan', 'one-team.decamp.json', '--runs', '100'], dir);
    expect(plan.stdout).toMatch(/\d+ workloads to move in \d+ waves?, \d+ retired or retained; 100 simulated runs/);
    expect(plan.stdout).not.toMatch(/\(s\)|\b1 (teams|waves|errors|warnings)\b/);
  });

  it('prints the documented JSON shape with --json', async () => {
    const result = await run(['plan', sample, '--json', '--runs', '300', '--seed', '7']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.planFormat).toBe(2);
    // The names format 2 adds are the contract (docs/cli.md).
    expect(plan.schedule).toMatchObject({ deterministicEnd: expect.stringMatching(ISO), deterministicPercentile: expect.any(Number), contingencyDays: expect.any(Number), deterministicWorkingDays: expect.any(Number), fixedLengthDays: expect.any(Number) });
    expect(plan.simulation).toMatchObject({ drivers: expect.any(Array), criticality: expect.any(Array), p80StandardErrorDays: expect.any(Number), freezeImpact: expect.any(Array) });
    expect(plan.cost).toMatchObject({ labourP50: expect.any(Number), labourP80: expect.any(Number) });
    expect(plan.simulation.drivers[0]).toMatchObject({ id: expect.any(String), kind: expect.stringMatching(/^(risk|uncertainty)$/), daysAtP80: expect.any(Number), spreadDays: expect.any(Number) });
    // Nothing prints null where a number belongs.
    expect(result.stdout).not.toMatch(/: null\b/);
    expect(plan.waves.length).toBeGreaterThan(0);
    for (const w of plan.waves) {
      expect(w).toMatchObject({ id: expect.any(String), name: expect.any(String), index: expect.any(Number), workloadIds: expect.any(Array) });
      for (const d of [w.start, w.end, w.p50End, w.p80End]) expect(d).toMatch(ISO);
    }
    for (const g of plan.moveGroups) expect(g).toMatchObject({ id: expect.any(String), workloadIds: expect.any(Array), reason: expect.any(String) });
    for (const d of [plan.schedule.start, plan.schedule.p50End, plan.schedule.p80End, plan.schedule.p95End]) expect(d).toMatch(ISO);
    for (const r of plan.risks) expect(r).toMatchObject({ id: expect.any(String), severity: expect.any(String), title: expect.any(String), workloadIds: expect.any(Array) });
    for (const l of plan.crossCloudLinks) expect(Object.keys(l)).toEqual(expect.arrayContaining(['from', 'to', 'kind', 'hard', 'fromWave', 'toWave']));
    expect(Array.isArray(plan.excluded)).toBe(true);
    expect(Array.isArray(plan.issues)).toBe(true);
  });

  it('runs until the P80 is stable with --runs auto', async () => {
    const result = await run(['plan', sample, '--json', '--runs', 'auto']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout);
    expect(plan.simulation.converged).toBe(true);
    expect(plan.simulation.p80StandardErrorDays).toBeLessThanOrEqual(0.5);
    expect(plan.runs % 500).toBe(0);
  });

  it('gives byte-identical JSON for the same file and seed', async () => {
    const a = await run(['plan', sample, '--json', '--runs', '200', '--seed', '42']);
    const b = await run(['plan', sample, '--json', '--runs', '200', '--seed', '42']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('runs as `npm run decamp --` from a shell, with no build step', () => {
    const result = spawnSync(process.execPath, ['bin/decamp.mjs', 'plan', '--json', '--runs', '100'], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).project.name).toBeTruthy();
  });

  it('exits 1 on an invalid file without a stack trace', () => {
    const result = spawnSync(process.execPath, ['bin/decamp.mjs', 'plan', 'package.json'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('package.json:1:1: This is not a Decamp project file: it has no formatVersion.');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
