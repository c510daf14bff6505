/**
 * Compliance gates are uncertain in the simulation (authority reviews run early or late), while
 * hypercare and decommission after the last cutover are fixed durations.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { addWorkingDays, isoToDay, workingDaysBetween } from '../../../shared/plan/calendar';
import { planProject } from '../../../shared/plan';
import { project, workload } from './numeric-fixtures';

function withAssumptions(p: Project, values: Record<string, number>): Project {
  const ids = new Set(Object.keys(values));
  return { ...p, assumptions: [...p.assumptions.filter((a) => !ids.has(a.id)), ...Object.entries(values).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
}

/** Effort with no spread at all: only the compliance gate can vary. */
const NO_EFFORT_SPREAD = { 'effort.optimisticRatio': 1, 'effort.pessimisticRatio': 1, 'effort.pessimisticRatioRefactor': 1, 'simulation.programSpread': 0 };

/** A small shop whose cutover waits for a long PIPL review, no freezes in the way. */
function gated(): Project {
  return project({
    workloads: [workload('a'), workload('b'), workload('c')],
    project: { ...project().project, compliance: { icpFiling: false, mlpsLevel: 0, crossBorderData: true } },
  });
}

describe('compliance spread', () => {
  it('gives a gate-bound program a spread of its own, and none when the gate is fixed', () => {
    const fixed = planProject(withAssumptions(gated(), { ...NO_EFFORT_SPREAD, 'compliance.optimisticRatio': 1, 'compliance.pessimisticRatio': 1 }), { seed: 1, runs: 500 });
    const s = fixed.schedule;
    expect([s.p50End, s.p80End, s.p95End]).toEqual([s.end, s.end, s.end]);

    const spread = planProject(withAssumptions(gated(), NO_EFFORT_SPREAD), { seed: 1, runs: 500 });
    const t = spread.schedule;
    expect(isoToDay(t.p95End)).toBeGreaterThan(isoToDay(t.p50End));
    // Skewed late: reviews overrun more than they undercut (0.75x to 2x of 45 working days).
    const late = workingDaysBetween(gated().calendar, t.end, t.p95End);
    const early = workingDaysBetween(gated().calendar, t.p50End, t.end);
    expect(late).toBeGreaterThan(early);
    // The wave's cutover carries the same spread; the program adds only fixed hypercare and decommission.
    const last = spread.waves.at(-1)!;
    expect(isoToDay(last.p95End)).toBeGreaterThan(isoToDay(last.p50End));
    const tail = (cutover: string, end: string) => workingDaysBetween(gated().calendar, cutover, end);
    expect(tail(last.p50End, t.p50End)).toBe(tail(last.end, t.end));
    expect(tail(last.p95End, t.p95End)).toBe(tail(last.end, t.end));
  });

  it('draws each gate between its optimistic and pessimistic durations', () => {
    const p = withAssumptions(gated(), NO_EFFORT_SPREAD);
    const plan = planProject(p, { seed: 2, runs: 1000 });
    const gate = plan.schedule.phases.find((x) => x.id === 'compliance:pipl')!;
    const latestGate = addWorkingDays(p.calendar, gate.start, Math.ceil(gate.workingDays * 2));
    const last = plan.waves.at(-1)!;
    // Nothing cuts over later than the longest the gate can take (plus the day after it).
    expect(isoToDay(last.p95End)).toBeLessThanOrEqual(isoToDay(addWorkingDays(p.calendar, latestGate, 1)));
    expect(plan.provenance.program).toEqual(expect.arrayContaining(['compliance.optimisticRatio', 'compliance.pessimisticRatio', 'compliance.crossBorderAssessmentDays']));
  });
});
