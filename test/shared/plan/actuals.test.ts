import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actual, Project } from '../../../shared/model/schema';
import { isoToDay, workingDaysBetween } from '../../../shared/plan/calendar';
import { addWorkingDays } from './working-days';
import { planProject } from '../../../shared/plan';
import type { Plan } from '../../../shared/plan/types';
import { loadSample } from '../../../shared/samples';
import { projectArb } from './arbitraries';
import { project, workload } from './numeric-fixtures';

const RUNS = 400;
const plan = (p: Project) => planProject(p, { seed: 3, runs: RUNS });
const day = isoToDay;

/** No spread after the waves (hypercare, decommission, the program factor) and no risk events, so an actual's effect is exact. */
function quietTail(p: Project): Project {
  const fixed: Record<string, number> = { 'phase.optimisticRatio': 1, 'phase.pessimisticRatio': 1, 'simulation.programSpread': 0 };
  return { ...p, risks: [], assumptions: [...p.assumptions.filter((a) => !(a.id in fixed)), ...Object.entries(fixed).map(([id, value]) => ({ id, value, unit: '', source: 'test' }))] };
}

/** Actuals that say every wave up to `upTo` (inclusive) ran exactly as planned. */
function asPlanned(base: Plan, upTo: number): Actual[] {
  return base.waves.slice(0, upTo + 1).map((w) => ({ id: `a-${w.index}`, wave: w.index, start: w.start, finish: w.end }));
}

/** Three sequential waves of one team, no freezes, no gates: dates move only because of actuals. */
function sequential(): Project {
  const ids = Array.from({ length: 12 }, (_, i) => `w${i}`);
  return project({
    workloads: ids.map((id, i) => workload(id, { strategy: i % 3 === 0 ? 'replatform' : 'rehost', complexity: 4 })),
    pins: ids.map((id, i) => ({ id: `pin-${id}`, workloadId: id, wave: i === 0 ? 0 : 1 + Math.floor((i - 1) / 4) })),
  });
}

describe('actuals', () => {
  it('fixes every finished wave: the forecast is the recorded history with no spread', () => {
    const p = quietTail(loadSample('ecommerce-iot'));
    const base = plan(p);
    const done = plan({ ...p, actuals: asPlanned(base, base.waves.length - 1) });
    for (const [i, w] of done.waves.entries()) {
      expect(w.start).toBe(base.waves[i]!.start);
      expect(w.end).toBe(base.waves[i]!.end);
      expect([w.p50End, w.p80End, w.p95End]).toEqual([w.end, w.end, w.end]);
    }
    expect(done.schedule.end).toBe(base.schedule.end);
    expect([done.schedule.p50End, done.schedule.p80End, done.schedule.p95End]).toEqual([base.schedule.end, base.schedule.end, base.schedule.end]);
    expect(done.provenance.actuals).toMatchObject({ observedRatio: 1, velocityFactor: 1, dataDate: base.waves.at(-1)!.end });
    expect(done.provenance.actuals?.finishedWaves).toEqual(base.waves.map((w) => w.id));
  });

  it('moves the program end by as many working days as the last wave finished late or early', () => {
    const p = quietTail(loadSample('ecommerce-iot'));
    const base = plan(p);
    // The wave that cuts over last decides the end (teams run in parallel, so it need not be the last by number).
    const last = [...base.waves].sort((a, b) => day(b.end) - day(a.end) || b.index - a.index)[0]!;
    const others = base.waves.filter((w) => w !== last).map((w) => ({ id: `a-${w.index}`, wave: w.index, start: w.start, finish: w.end }));
    const ending = (finish: string) => plan({ ...p, actuals: [...others, { id: 'last', wave: last.index, start: last.start, finish }] }).schedule.p50End;
    const onTime = ending(last.end);
    const late = ending(addWorkingDays(p.calendar, last.end, 15));
    const early = ending(addWorkingDays(p.calendar, last.start, 2));
    expect(workingDaysBetween(p.calendar, onTime, late) - 1).toBe(15);
    expect(day(early)).toBeLessThan(day(onTime));
    // Early pulls the end in, by at most the days it saved (another wave may then decide the end).
    expect(workingDaysBetween(p.calendar, early, onTime) - 1).toBeLessThanOrEqual(workingDaysBetween(p.calendar, addWorkingDays(p.calendar, last.start, 2), last.end) - 1);
  });

  it('pushes the P50 later by at least the delay when a wave finishes late, and scales what is left', () => {
    const p = sequential();
    const base = plan(p);
    expect(base.waves.length).toBe(4);
    const w1 = base.waves[1]!;
    const planned = workingDaysBetween(p.calendar, w1.start, w1.end);
    const onTime = plan({ ...p, actuals: asPlanned(base, 1) });
    const lateFinish = addWorkingDays(p.calendar, w1.end, planned); // twice as long as planned
    const late = plan({ ...p, actuals: [...asPlanned(base, 0), { id: 'a-1', wave: 1, start: w1.start, finish: lateFinish }] });
    const shift = workingDaysBetween(p.calendar, onTime.schedule.p50End, late.schedule.p50End) - 1;
    expect(shift).toBeGreaterThanOrEqual(planned);
    // The pilot ran as planned (ratio 1), wave 1 took twice its days (ratio 2): the geometric mean is
    // √2 = 1.414; two finished items against a prior worth four give it a weight of 2/6, so what is
    // left is planned at 2^(1/6) = 1.122 (shared/plan/velocity.ts).
    expect(late.provenance.actuals?.observedRatio).toBeCloseTo(Math.SQRT2, 2);
    expect(late.provenance.actuals?.samples).toBe(2);
    expect(late.provenance.actuals?.credibility).toBeCloseTo(1 / 3, 3);
    expect(late.provenance.actuals?.velocityFactor).toBeCloseTo(2 ** (1 / 6), 3);
    // Later waves start after the recorded finish.
    for (const w of late.waves.slice(2)) expect(day(w.start)).toBeGreaterThan(day(lateFinish));
    // A faster finish pulls the end in, but a fast wave does not make the rest faster.
    const fast = plan({ ...p, actuals: [...asPlanned(base, 0), { id: 'a-1', wave: 1, start: w1.start, finish: addWorkingDays(p.calendar, w1.start, 1) }] });
    expect(day(fast.schedule.p50End)).toBeLessThan(day(onTime.schedule.p50End));
    expect(fast.provenance.actuals?.velocityFactor).toBe(1);
    expect(fast.provenance.actuals?.observedRatio).toBeLessThan(1);
  });

  it("reads a finished workload's recorded person-days against its estimate as velocity too", () => {
    const p = sequential();
    const base = plan(p);
    const id = base.waves[0]!.workloadIds[0]!;
    const likely = base.estimates[id]!.effort.likely;
    // Three times its likely effort: one item, weight 1/5, factor 3^(1/5) = 1.246.
    const slow = plan({ ...p, workloadActuals: [{ id: 'p-1', workloadId: id, start: base.waves[0]!.start, finish: base.waves[0]!.end, effort: likely * 3 }] });
    expect(slow.provenance.actuals).toMatchObject({ samples: 1, observedRatio: 3 });
    expect(slow.provenance.actuals?.velocityFactor).toBeCloseTo(3 ** 0.2, 3);
    expect(day(slow.schedule.p50End)).toBeGreaterThan(day(base.schedule.p50End));
    // Dates alone say nothing of person-days: no sample, no change.
    const dated = plan({ ...p, workloadActuals: [{ id: 'p-1', workloadId: id, start: base.waves[0]!.start, finish: base.waves[0]!.end }] });
    expect(dated.schedule.p50End).toBe(base.schedule.p50End);
  });

  it('starts a wave under way on its recorded start and simulates only how long it takes', () => {
    const p = sequential();
    const base = plan(p);
    const w2 = base.waves[2]!;
    const start = addWorkingDays(p.calendar, w2.start, 7);
    const running = plan({ ...p, actuals: [...asPlanned(base, 1), { id: 'a-2', wave: 2, start }] });
    const w = running.waves[2]!;
    expect(w.start).toBe(start);
    expect(day(w.p50End)).toBeGreaterThanOrEqual(day(start));
    expect(day(w.p50End)).toBeLessThanOrEqual(day(w.p95End));
    expect(running.provenance.actuals?.inProgressWaves).toEqual([w2.id]);
    // Against the same history with wave 2 started on time: a late start ends later.
    const onTime = plan({ ...p, actuals: [...asPlanned(base, 1), { id: 'a-2', wave: 2, start: w2.start }] });
    expect(day(running.schedule.p50End)).toBeGreaterThan(day(onTime.schedule.p50End));
  });

  it('names no actuals effect when the project records none', () => {
    expect(plan(sequential()).provenance.actuals).toBeUndefined();
  });

  it('keeps P50 <= P80 <= P95 and every wave inside the program, whatever was recorded', () => {
    fc.assert(
      fc.property(projectArb(20), fc.array(fc.tuple(fc.nat(6), fc.integer({ min: -20, max: 120 }), fc.option(fc.integer({ min: -5, max: 60 }), { nil: undefined })), { maxLength: 5 }), (p, recorded) => {
        const actuals: Actual[] = recorded.map(([wave, startOffset, length], i) => {
          const start = addWorkingDays(p.calendar, p.project.startDate, Math.max(0, startOffset));
          return { id: `a${i}`, wave, start, ...(length === undefined ? {} : { finish: length < 0 ? addWorkingDays(p.calendar, p.project.startDate, 0) : addWorkingDays(p.calendar, start, length) }) };
        });
        const r = planProject({ ...p, actuals }, { seed: 1, runs: 60 });
        const s = r.schedule;
        expect(day(s.p50End)).toBeLessThanOrEqual(day(s.p80End));
        expect(day(s.p80End)).toBeLessThanOrEqual(day(s.p95End));
        for (const w of r.waves) {
          expect(day(w.start)).toBeLessThanOrEqual(day(w.end));
          expect(day(w.end)).toBeLessThan(day(s.end));
          expect(day(w.p50End)).toBeLessThanOrEqual(day(w.p80End));
          expect(day(w.p80End)).toBeLessThanOrEqual(day(w.p95End));
          expect(day(w.p95End)).toBeLessThan(day(s.p95End));
        }
      }),
      { numRuns: 60 },
    );
  });
});
