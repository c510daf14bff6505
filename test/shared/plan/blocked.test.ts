/**
 * Blocked work in the re-forecast, worked by hand: what is blocked cannot finish before it is
 * unblocked, and a block is expected to last as long again as it has lasted, at least a week
 * (shared/plan/schedule/blocked.ts, docs/planning-model.md section 7).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { addWorkingDays } from './working-days';
import { planProject } from '../../../shared/plan';
import { MIN_REMAINING_BLOCK_DAYS } from '../../../shared/plan/schedule/blocked';
import type { Plan, Wave } from '../../../shared/plan/types';
import { project, workload } from './numeric-fixtures';

const plan = (p: Project) => planProject(p, { seed: 3, runs: 300 });

/** Twelve workloads of one team in a pilot and three waves, no spread after the waves, no risk events. */
function sequential(): Project {
  const ids = Array.from({ length: 12 }, (_, i) => `w${i}`);
  const fixed: Record<string, number> = { 'phase.optimisticRatio': 1, 'phase.pessimisticRatio': 1, 'simulation.programSpread': 0 };
  const p = project({
    workloads: ids.map((id, i) => workload(id, { strategy: i % 3 === 0 ? 'replatform' : 'rehost', complexity: 4 })),
    pins: ids.map((id, i) => ({ id: `pin-${id}`, workloadId: id, wave: i === 0 ? 0 : 1 + Math.floor((i - 1) / 4) })),
  });
  return { ...p, risks: [], assumptions: [...p.assumptions.filter((a) => !(a.id in fixed)), ...Object.entries(fixed).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
}

describe('blocked work in the re-forecast', () => {
  // Planned before each test, not when the file is collected: Stryker's per-test coverage credits
  // collection-time work to no test, so these tests would never run against a mutant.
  let p: Project;
  let base: Plan;
  let wave1: Wave;
  let blockedId: string | undefined;
  let doneId: string | undefined;
  beforeEach(() => {
    p = sequential();
    base = plan(p);
    wave1 = base.waves.find((w) => w.index === 1)!;
    [blockedId, doneId] = wave1.workloadIds;
  });

  it('holds a wave until a long block is expected to clear: as long again as it has lasted', () => {
    // Wave 1 started on plan; one of its workloads was blocked that day; another finished 50 working days later (quickly, so no velocity is carried).
    const since = wave1.start;
    const dataDate = addWorkingDays(p.calendar, since, 50);
    const withBlock: Project = {
      ...p,
      actuals: [{ id: 'a1', wave: 1, start: wave1.start }],
      workloadActuals: [
        { id: 'b', workloadId: blockedId!, start: since, blocked: { reason: 'Waiting for the vendor’s licence transfer', since } },
        { id: 'd', workloadId: doneId!, start: since, finish: dataDate, effort: 0.5 },
      ],
    };
    const forecast = plan(withBlock);
    // By hand: elapsed 50 working days, so 50 more from the data date: the cutover is 100 working days after the block began.
    const unblockedOn = addWorkingDays(p.calendar, since, 100);
    expect(forecast.provenance.actuals?.blocked).toEqual([
      { waveId: wave1.id, workloadId: blockedId, reason: 'Waiting for the vendor’s licence transfer', since, elapsedDays: 50, remainingDays: 50, unblockedOn },
    ]);
    expect(forecast.provenance.actuals?.velocityFactor).toBe(1);
    const held = forecast.waves.find((w) => w.index === 1)!;
    expect(unblockedOn > wave1.end).toBe(true);
    expect(held.end).toBe(unblockedOn);
    // With no spread after the waves, every run holds it the same: P50 is no earlier than the hold.
    expect(held.p50End >= unblockedOn).toBe(true);
    expect(forecast.schedule.end > base.schedule.end).toBe(true);
    // Without the block, the same progress leaves wave 1 where the plan had it.
    const unblocked = plan({ ...withBlock, workloadActuals: withBlock.workloadActuals!.map(({ blocked: _b, ...a }) => a) });
    expect(unblocked.waves.find((w) => w.index === 1)!.end).toBe(wave1.end);
    expect(unblocked.provenance.actuals?.blocked).toEqual([]);
  });

  it('expects a block raised today to last a week at least, and a wave marked blocked is held as a workload is', () => {
    const since = wave1.start;
    const forecast = plan({ ...p, actuals: [{ id: 'a1', wave: 1, start: wave1.start, blocked: { reason: 'Change board', since } }] });
    const hold = forecast.provenance.actuals!.blocked[0]!;
    expect(hold).toMatchObject({ waveId: wave1.id, elapsedDays: 0, remainingDays: MIN_REMAINING_BLOCK_DAYS, unblockedOn: addWorkingDays(p.calendar, since, MIN_REMAINING_BLOCK_DAYS) });
    expect(hold).not.toHaveProperty('workloadId');
    // A week from its start is well inside the wave: its cutover stays where the plan put it.
    expect(forecast.waves.find((w) => w.index === 1)!.end).toBe(wave1.end);
  });

  it('holds nothing for a finished wave or a finished workload', () => {
    const since = wave1.start;
    const late = addWorkingDays(p.calendar, since, 80);
    const finished = plan({
      ...p,
      actuals: [{ id: 'a1', wave: 1, start: wave1.start, finish: wave1.end, blocked: { reason: 'Old note', since } }],
      workloadActuals: [{ id: 'd', workloadId: doneId!, start: since, finish: late, effort: 0.5, blocked: { reason: 'Cleared', since } }],
    });
    expect(finished.provenance.actuals?.blocked).toEqual([]);
    expect(finished.waves.find((w) => w.index === 1)!.end).toBe(wave1.end);
  });
});
