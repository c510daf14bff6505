/**
 * `planProject` on two threads, with the same answer to the last bit. The host's helper thread
 * and the host each set up the plan (the deterministic phases, on both at once), then:
 * 1. the Monte Carlo's runs split in two: the helper calls `planLaterRuns` (every stream stepped
 *    past the earlier runs, then the later runs) while the host calls `planEarlierRuns`;
 * 2. `mergeLaterRuns` joins them (simulate/merge-runs.ts) and splits the drivers' replays with one
 *    source switched off alone: the helper replays its share from `helperAloneRequest`
 *    (`replayLaterAlone`, on its own set-up) while the host replays its own (`replayHostAlone`);
 * 3. `finishMergedPlan` takes both shares and does the rest (the turns, risks, cost, provenance).
 * Every step is pure and synchronous: the threads live in the hosts (the renderer's plan worker,
 * the CLI, the bench). A share the helper does not give (no thread, or it failed) the host makes
 * itself, so the plan is the same either way. `planProject` stays the single-thread reference;
 * test/shared/plan/plan-parallel.test.ts holds the two equal.
 */
import type { Project } from '../model/schema';
import { finishPlan, type PlanOptions, type PlanSetup, setUpPlan } from './plan-project';
import { type AloneRequest, aloneRequest, type AloneShare, beginSummary, finishSummary, mergeRuns, type PendingSummary, replayAlone, replayAloneShare, type RunsPart, simulateRuns, skipRuns, splitAloneSources } from './simulate';
import type { Plan } from './types';

/** The host's half: the plan set up and its earlier runs simulated. */
export interface EarlierRuns {
  readonly setup: PlanSetup;
  readonly part: RunsPart;
}

/** The helper's half: its own set-up (kept for its share of the replays) and the later runs, or null when the runs do not split. */
export interface LaterRuns {
  readonly setup: PlanSetup;
  readonly part: RunsPart | null;
}

/** Every run merged, with the alone replays divided between host and helper. */
export interface MergedRuns {
  readonly setup: PlanSetup;
  readonly pending: PendingSummary;
  readonly hostSources: readonly number[];
  readonly helperSources: readonly number[];
}

/** Where the runs divide: the earlier half is [0, split). 'auto' runs decide batch by batch, so they do not split. */
export function splitPoint(setup: PlanSetup): number {
  return setup.context.auto ? setup.context.requested : Math.ceil(setup.context.requested / 2);
}

export function planEarlierRuns(entered: Project, options: PlanOptions = {}): EarlierRuns {
  const setup = setUpPlan(entered, options);
  return { setup, part: simulateRuns(setup.context, 0, splitPoint(setup)) };
}

export function planLaterRuns(entered: Project, options: PlanOptions = {}): LaterRuns {
  const setup = setUpPlan(entered, options);
  const split = splitPoint(setup);
  if (split >= setup.context.requested) return { setup, part: null };
  skipRuns(setup.context, split);
  return { setup, part: simulateRuns(setup.context, split, setup.context.requested) };
}

/** All runs, from the host's half and the helper's (null: the host simulates the later runs itself). */
export function mergeLaterRuns(earlier: EarlierRuns, later: RunsPart | null): MergedRuns {
  const { setup, part } = earlier;
  const ctx = setup.context;
  let all = part;
  if (part.to < ctx.requested && !part.converged) {
    // The streams stand where the earlier runs left them: the later runs follow on.
    const rest = later !== null && later.from === part.to && later.to === ctx.requested ? later : simulateRuns(ctx, part.to, ctx.requested);
    all = mergeRuns(ctx, part, rest);
  }
  const pending = beginSummary(ctx, all);
  const [hostSources, helperSources] = pending.drivers === undefined ? [[], []] : splitAloneSources(pending.drivers);
  return { setup, pending, hostSources, helperSources };
}

/** What the helper needs for its share of the alone replays, or null when it has none. */
export function helperAloneRequest(merged: MergedRuns): AloneRequest | null {
  return merged.pending.drivers === undefined || merged.helperSources.length === 0 ? null : aloneRequest(merged.pending, merged.helperSources);
}

/** The helper's share of the alone replays, on the set-up it planned the later runs with. */
export function replayLaterAlone(later: LaterRuns, request: AloneRequest): AloneShare {
  return replayAloneShare(later.setup.context, request);
}

/** The host's share of the alone replays (none when the drivers are not measured). */
export function replayHostAlone(merged: MergedRuns): AloneShare | null {
  const drivers = merged.pending.drivers;
  return drivers === undefined ? null : replayAlone(drivers, merged.hostSources);
}

/** The plan from both shares; a helper share that is missing (null) the host replays itself. */
export function finishMergedPlan(merged: MergedRuns, host: AloneShare | null, helper: AloneShare | null): Plan {
  const drivers = merged.pending.drivers;
  let shares: AloneShare[] | undefined;
  if (drivers !== undefined) {
    const ok = helper !== null && helper.sources.length === merged.helperSources.length && merged.helperSources.every((k, j) => helper.sources[j] === k);
    shares = [host ?? replayAlone(drivers, merged.hostSources), ok ? helper : replayAlone(drivers, merged.helperSources)];
  }
  return finishPlan(merged.setup, finishSummary(merged.pending, shares));
}

/** The plan from both halves of the runs, every alone replay on the host (a helper that gave only its runs). */
export function finishSplitPlan(earlier: EarlierRuns, later: RunsPart | null): Plan {
  const merged = mergeLaterRuns(earlier, later);
  return finishMergedPlan(merged, null, null);
}
