/**
 * Compliance gates are uncertain in the simulation: an ordinary review runs a little early or late
 * (compliance.optimisticRatio / pessimisticRatio), and a filing sent back is a risk event in the
 * register, which is what gives the gate its late tail.
 */
import { describe, expect, it } from 'vitest';
import { defaultRiskRegister } from '../../../shared/model/default-risks';
import type { Project } from '../../../shared/model/schema';
import { isoToDay, workingDaysBetween } from '../../../shared/plan/calendar';
import { addWorkingDays } from './working-days';
import { planProject } from '../../../shared/plan';
import { project, workload } from './numeric-fixtures';

function withAssumptions(p: Project, values: Record<string, number>): Project {
  const ids = new Set(Object.keys(values));
  return { ...p, assumptions: [...p.assumptions.filter((a) => !ids.has(a.id)), ...Object.entries(values).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
}

/** Nothing varies but the compliance review. */
const ONLY_COMPLIANCE = {
  'effort.optimisticRatio': 1,
  'effort.pessimisticRatio': 1,
  'effort.optimisticRatioRefactor': 1,
  'effort.pessimisticRatioRefactor': 1,
  'simulation.programSpread': 0,
  'simulation.teamSpread': 0,
  'phase.optimisticRatio': 1,
  'phase.pessimisticRatio': 1,
};

/** A small shop whose cutover waits for a long PIPL review, no freezes in the way, no risk events. */
function gated(): Project {
  return withAssumptions(
    project({
      workloads: [workload('a'), workload('b'), workload('c')],
      project: { ...project().project, compliance: { icpFiling: true, mlpsLevel: 0, crossBorderData: true } },
      risks: [],
    }),
    ONLY_COMPLIANCE,
  );
}

describe('compliance spread', () => {
  it('gives a gate-bound program a spread of its own, and none when the review is fixed', () => {
    const fixed = planProject(withAssumptions(gated(), { 'compliance.optimisticRatio': 1, 'compliance.pessimisticRatio': 1 }), { seed: 1, runs: 500 });
    const s = fixed.schedule;
    expect([s.p50End, s.p80End, s.p95End]).toEqual([s.end, s.end, s.end]);
    const spread = planProject(gated(), { seed: 1, runs: 500 }).schedule;
    expect(isoToDay(spread.p95End)).toBeGreaterThan(isoToDay(spread.p50End));
    expect(spread.p80End).not.toBe(spread.p50End);
  });

  it('draws each review between its optimistic and pessimistic durations', () => {
    const p = gated();
    const plan = planProject(p, { seed: 2, runs: 1000 });
    const gate = plan.schedule.phases.find((x) => x.id === 'compliance:pipl')!;
    const latestGate = addWorkingDays(p.calendar, gate.start, Math.ceil(gate.workingDays * 1.25));
    const last = plan.waves.at(-1)!;
    expect(isoToDay(last.p95End)).toBeLessThanOrEqual(isoToDay(addWorkingDays(p.calendar, latestGate, 1)));
    expect(plan.provenance.program).toEqual(expect.arrayContaining(['compliance.optimisticRatio', 'compliance.pessimisticRatio', 'compliance.crossBorderAssessmentDays']));
  });

  it('gets its late tail from the register: a filing sent back or supplements requested', () => {
    const p = gated();
    const withRegister = { ...p, risks: defaultRiskRegister(p) };
    const plain = planProject(p, { seed: 4, runs: 2000 }).schedule;
    const risky = planProject(withRegister, { seed: 4, runs: 2000 });
    const late = workingDaysBetween(p.calendar, risky.schedule.p50End, risky.schedule.p95End);
    const early = workingDaysBetween(p.calendar, plain.p50End, plain.p95End);
    expect(late).toBeGreaterThan(early);
    expect(risky.simulation.drivers.map((d) => d.id)).toContain('risk:risk.pipl-supplements');
    const pipl = risky.simulation.drivers.find((d) => d.id === 'risk:risk.pipl-supplements')!;
    expect(pipl.occurrence).toBeGreaterThan(0.35);
    expect(pipl.occurrence).toBeLessThan(0.45);
  });
});
