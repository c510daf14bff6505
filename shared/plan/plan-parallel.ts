/**
 * `planProject` on two threads, with the same answer to the last bit. The Monte Carlo's runs split
 * in two: the host's helper thread calls `planLaterRuns` (the deterministic plan again, every
 * stream stepped past the earlier runs, then the later runs), while the host's own thread calls
 * `planEarlierRuns`; `finishSplitPlan` merges the two halves (simulate/merge-runs.ts) and does the
 * rest. Both halves are pure and synchronous: the threads live in the hosts (the renderer's plan
 * worker, the CLI, the bench). Without a helper's half (no thread, or it failed) `finishSplitPlan`
 * simulates the later runs itself, so the plan is the same either way. `planProject` stays the
 * single-thread reference; test/shared/plan/plan-parallel.test.ts holds the two equal.
 */
import type { Project } from '../model/schema';
import { finishPlan, type PlanOptions, type PlanSetup, setUpPlan } from './plan-project';
import { mergeRuns, type RunsPart, simulateRuns, skipRuns, summariseRuns } from './simulate';
import type { Plan } from './types';

/** The host's half: the plan set up and its earlier runs simulated. */
export interface EarlierRuns {
  readonly setup: PlanSetup;
  readonly part: RunsPart;
}

/** Where the runs divide: the earlier half is [0, split). 'auto' runs decide batch by batch, so they do not split. */
export function splitPoint(setup: PlanSetup): number {
  return setup.context.auto ? setup.context.requested : Math.ceil(setup.context.requested / 2);
}

/** Whether a helper thread has any runs to take for this file and these options. */
export function splits(setup: PlanSetup): boolean {
  return splitPoint(setup) < setup.context.requested;
}

export function planEarlierRuns(entered: Project, options: PlanOptions = {}): EarlierRuns {
  const setup = setUpPlan(entered, options);
  return { setup, part: simulateRuns(setup.context, 0, splitPoint(setup)) };
}

/** The helper's half: the later runs, or null when the runs do not split. */
export function planLaterRuns(entered: Project, options: PlanOptions = {}): RunsPart | null {
  const setup = setUpPlan(entered, options);
  if (!splits(setup)) return null;
  const split = splitPoint(setup);
  skipRuns(setup.context, split);
  return simulateRuns(setup.context, split, setup.context.requested);
}

/** The plan from both halves; with `later` null the host's thread simulates the later runs itself. */
export function finishSplitPlan(earlier: EarlierRuns, later: RunsPart | null): Plan {
  const { setup, part } = earlier;
  const ctx = setup.context;
  let all = part;
  if (part.to < ctx.requested && !part.converged) {
    // The streams stand where the earlier runs left them: the later runs follow on.
    const rest = later !== null && later.from === part.to && later.to === ctx.requested ? later : simulateRuns(ctx, part.to, ctx.requested);
    all = mergeRuns(ctx, part, rest);
  }
  return finishPlan(setup, summariseRuns(ctx, all));
}
