/**
 * The Monte Carlo split over two threads gives the single thread's plan to the last bit: the later
 * runs are simulated from streams stepped past the earlier ones (no draw made) on a context the
 * helper rebuilds from the host's set-up (the schedule model and compiled risks, not the project),
 * every message passed through a structured clone as a worker's is, and merged; the drivers'
 * replays with one source switched off alone are split too, the helper replaying its share on the
 * context it kept, and so are the turns' runs (the helper the later half of every step's); the host works out the part after the Monte Carlo that reads only the
 * deterministic plan (`planAhead`) before it merges. Checked on the three samples and on random
 * projects, seeds, run counts and points where the runs divide (counts small enough that the
 * driver runs and the spread drivers' runs reach into the later share, so those merges are
 * exercised too), with freezes and a target date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/schema';
import { addWorkingDays } from './working-days';
import { aloneShares, finishMergedPlan, helperAloneRequest, helperSetup, helperTurnsRequest, mergeLaterRuns, planEarlierRuns, planLaterRuns, replayHostAlone, replayHostTurns, replayLaterAlone, replayLaterTurns, splitPoint } from '../../../shared/plan/plan-parallel';
import { planAhead, planProject, setUpPlan } from '../../../shared/plan/plan-project';
import { simulateRuns } from '../../../shared/plan/simulate';
import { createRandom } from '../../../shared/plan/simulate/random';
import { loadSample } from '../../../shared/samples';
import { projectArb } from './arbitraries';

/**
 * Host and helper as two threads would run them: the helper only from what the host sends, every
 * message through a structured clone; the runs divide at `at` when given, else at `splitPoint`.
 */
function split(project: Project, options: { seed: number; runs: number }, at?: number): string {
  const setup = setUpPlan(project, options);
  const planned = helperSetup(setup);
  const sent = planned === null || at === undefined ? planned : { ...planned, from: at };
  const helper = sent === null ? null : planLaterRuns(structuredClone(sent));
  const earlier = at === undefined ? planEarlierRuns(setup) : simulateRuns(setup.context, 0, at);
  const ahead = planAhead(setup); // the host's work while the helper simulates
  const merged = mergeLaterRuns(setup, earlier, helper?.part ? structuredClone(helper.part) : null);
  const request = helperAloneRequest(merged);
  const helperAlone = request === null || helper === null ? null : replayLaterAlone(helper, structuredClone(request));
  const shares = aloneShares(merged, replayHostAlone(merged), helperAlone === null ? null : structuredClone(helperAlone.share));
  const turns = helperAlone === null ? null : helperTurnsRequest(merged, shares);
  const helperTurns = turns === null || helperAlone === null ? null : structuredClone(replayLaterTurns(helperAlone, structuredClone(turns)));
  return JSON.stringify(finishMergedPlan(merged, shares?.[0] ?? null, shares?.[1] ?? null, ahead, [replayHostTurns(merged, shares, turns), helperTurns]));
}

function withCalendar(p: Project): fc.Arbitrary<Project> {
  return fc.record({ from: fc.integer({ min: 0, max: 200 }), length: fc.integer({ min: 1, max: 15 }), target: fc.option(fc.integer({ min: 40, max: 400 }), { nil: undefined }) }).map(({ from, length, target }) => {
    const start = addWorkingDays(p.calendar, p.project.startDate, from);
    return {
      ...p,
      project: { ...p.project, ...(target !== undefined ? { targetDate: addWorkingDays(p.calendar, p.project.startDate, target) } : {}) },
      calendar: { ...p.calendar, freezeWindows: [{ id: 'freeze', name: 'Freeze', start, end: addWorkingDays(p.calendar, start, length) }] },
    };
  });
}

describe('the plan on two threads', () => {
  it.each([
    ['online-shop', 7, 2000],
    ['ecommerce-iot', 7, 2000],
    ['large-estate', 8, 1000],
  ] as const)('%s, seed %d, %d runs: the same JSON as one thread', (id, seed, runs) => {
    const project = loadSample(id);
    expect(split(project, { seed, runs })).toBe(JSON.stringify(planProject(project, { seed, runs })));
  });

  it('random projects, seeds and run counts: the same JSON as one thread', () => {
    fc.assert(
      fc.property(projectArb(20).chain(withCalendar), fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 1, max: 260 }), (project, seed, runs) => {
        expect(split(project, { seed, runs })).toBe(JSON.stringify(planProject(project, { seed, runs })));
      }),
      { numRuns: 12, seed: 42 },
    );
  });

  it('wherever the runs divide: the same JSON as one thread', () => {
    fc.assert(
      fc.property(projectArb(20).chain(withCalendar), fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 2, max: 260 }), fc.double({ min: 0, max: 1, noNaN: true }), (project, seed, runs, where) => {
        const at = Math.min(runs - 1, 1 + Math.floor(where * (runs - 1)));
        expect(split(project, { seed, runs }, at)).toBe(JSON.stringify(planProject(project, { seed, runs })));
      }),
      { numRuns: 12, seed: 7 },
    );
  });

  it('the host takes fewer runs than the helper on a large estate, by what planAhead costs', () => {
    const setup = setUpPlan(loadSample('large-estate'), { seed: 8, runs: 2000 });
    const at = splitPoint(setup);
    expect(at).toBeGreaterThan(500);
    expect(at).toBeLessThan(1000);
    expect(helperSetup(setup)?.from).toBe(at);
  });

  it('the helper replays about half the drivers\' alone replays', () => {
    const setup = setUpPlan(loadSample('ecommerce-iot'), { seed: 7, runs: 2000 });
    const merged = mergeLaterRuns(setup, planEarlierRuns(setup), null);
    expect(merged.hostSources.length).toBeGreaterThan(2);
    expect(merged.helperSources.length).toBeGreaterThan(2);
    expect([...merged.hostSources, ...merged.helperSources].sort((a, b) => a - b)).toEqual([...new Set([...merged.hostSources, ...merged.helperSources])].sort((a, b) => a - b));
  });

  it('the helper replays the later half of the runs of every turn, and a share that does not fit is replayed by the host', () => {
    const project = loadSample('ecommerce-iot');
    const setup = setUpPlan(project, { seed: 7, runs: 2000 });
    const merged = mergeLaterRuns(setup, planEarlierRuns(setup), null);
    const shares = aloneShares(merged, replayHostAlone(merged), null);
    const turns = helperTurnsRequest(merged, shares);
    const R = merged.pending.drivers!.allEnds.length;
    expect(turns).not.toBeNull();
    expect([turns!.from, turns!.to]).toEqual([Math.ceil(R / 2), R]);
    expect(turns!.steps.filter((s) => s.replays).length).toBeGreaterThan(2);
    const expected = JSON.stringify(planProject(project, { seed: 7, runs: 2000 }));
    const host = replayHostTurns(merged, shares, turns);
    const short = { from: turns!.from, to: R, ends: new Int32Array(1), waveEnds: new Int32Array(1) };
    expect(JSON.stringify(finishMergedPlan(merged, shares![0]!, shares![1]!, undefined, [host, short]))).toBe(expected);
    expect(JSON.stringify(finishMergedPlan(merged, shares![0]!, shares![1]!, undefined, [host, null]))).toBe(expected);
  });

  it('without a helper thread the host simulates the later runs itself, with the same answer', () => {
    const project = loadSample('online-shop');
    const setup = setUpPlan(project, { seed: 3, runs: 400 });
    const earlier = planEarlierRuns(setup);
    expect(earlier.to).toBe(splitPoint(setup));
    expect(earlier.to).toBeLessThan(200);
    expect(JSON.stringify(finishMergedPlan(mergeLaterRuns(setup, earlier, null), null, null))).toBe(JSON.stringify(planProject(project, { seed: 3, runs: 400 })));
  });

  it("'auto' runs and a single run do not split", () => {
    const project = loadSample('online-shop');
    expect(helperSetup(setUpPlan(project, { seed: 3, runs: 'auto' }))).toBeNull();
    expect(helperSetup(setUpPlan(project, { seed: 3, runs: 1 }))).toBeNull();
    const auto = setUpPlan(project, { seed: 3, runs: 'auto' });
    expect(JSON.stringify(finishMergedPlan(mergeLaterRuns(auto, planEarlierRuns(auto), null), null, null))).toBe(JSON.stringify(planProject(project, { seed: 3, runs: 'auto' })));
  });

  it('a stream stepped past n uniforms draws what n calls of next would have left', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 5000 }), (seed, n) => {
        const drawn = createRandom(seed);
        for (let k = 0; k < n; k++) drawn.next();
        const stepped = createRandom(seed);
        stepped.skip(n);
        expect([stepped.next(), stepped.next(), stepped.normal()]).toEqual([drawn.next(), drawn.next(), drawn.normal()]);
      }),
      { numRuns: 50 },
    );
  });
});
