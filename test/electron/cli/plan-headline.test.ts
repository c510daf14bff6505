/**
 * The head of `decamp plan`'s summary, line by line, for the mid-size sample: the move, the counts,
 * the dates, the contingency, the cost and the landing zone, each from the file or `plan --json`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grouped, run, samplePath } from './run-cli';

interface PlanJson {
  project: { name: string; sourceProvider: string; defaultTargets: string[] };
  runs: number;
  excluded: unknown[];
  waves: unknown[];
  schedule: { start: string; deterministicEnd: string; deterministicPercentile: number; p50End: string; p80End: string; p95End: string; contingencyDays: number };
  simulation: { seed: number; p80StandardErrorDays: number; converged: boolean };
  cost: { currency: string; labour: number; labourP50: number; labourP80: number; dualRunning: number; total: number; totalP50: number; totalP80: number };
  foundation: { teamId: string; workloadIds: string[]; effort: { likely: number }; start: string; end: string };
}


describe('decamp plan: the head of the summary', () => {
  it('says what moves where, when, with what contingency, at what cost, and who builds the landing zone', async () => {
    const file = samplePath('ecommerce-iot');
    const project = JSON.parse(readFileSync(file, 'utf8')) as { workloads: { strategy: string }[]; teams: { id: string; name: string }[] };
    const j = JSON.parse((await run(['plan', file, '--runs', '100', '--json'])).stdout) as PlanJson;
    const lines = (await run(['plan', file, '--runs', '100'])).stdout.split('\n');
    const s = j.schedule;
    const c = j.cost;
    const staying = project.workloads.filter((w) => w.strategy === 'retire' || w.strategy === 'retain').length;
    expect(j.excluded).toHaveLength(staying);
    expect(j.simulation.converged).toBe(false);
    const team = project.teams.find((t) => t.id === j.foundation.teamId)!.name;
    expect(lines.slice(0, 6)).toEqual([
      `Decamp plan: ${j.project.name} (alibaba -> aws)`,
      `${project.workloads.length - staying} workloads to move in ${j.waves.length} waves, ${staying} retired or retained; 100 simulated runs, seed ${j.simulation.seed}`,
      '',
      `Program  start ${s.start}  most likely schedule ends ${s.deterministicEnd} (${s.deterministicPercentile}% of runs finish by then)`,
      `         P50 ${s.p50End}  P80 ${s.p80End}  P95 ${s.p95End}`,
      `         contingency ${s.contingencyDays} working days (P80 minus the most likely end); P80 standard error ${j.simulation.p80StandardErrorDays} working days`,
    ]);
    expect(lines).toContain(
      `Cost     labour ${grouped(c.labour)} on the most likely schedule (${grouped(c.labourP50)} at P50, ${grouped(c.labourP80)} at P80: the team time the plan holds)` +
        `  dual running ${grouped(c.dualRunning)}  total ${grouped(c.totalP50)} at P50, ${grouped(c.totalP80)} at P80 (${grouped(c.total)} on the most likely schedule) CNY`,
    );
    expect(j.foundation.workloadIds.length).toBeGreaterThan(1);
    expect(lines).toContain(`Landing zone  ${j.foundation.workloadIds.length} platform workloads rebuilt by ${team}, ${j.foundation.effort.likely.toFixed(1)} person-days, ${j.foundation.start} to ${j.foundation.end}`);
  });
});
