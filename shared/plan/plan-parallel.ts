/**
 * `planProject` on two threads, with the same answer to the last bit. The host plans the
 * deterministic phases once (`setUpPlan`) and sends its helper thread only what the runs need
 * (`helperSetup`: the schedule model and compiled risks, typed arrays that clone in milliseconds),
 * so the helper never plans them again; then:
 * 1. the Monte Carlo's runs split in two: the helper calls `planLaterRuns` (its streams stepped
 *    past the earlier runs, then the later runs) while the host calls `planEarlierRuns` and then
 *    `planAhead`, the part after the Monte Carlo that reads only the deterministic plan (the waves'
 *    dates, cross-cloud links, every risk but the freeze delays, provenance). The host takes fewer
 *    runs by about what that part costs in runs (`splitPoint`, from the estate's counts), so both
 *    threads are busy to the merge;
 * 2. `mergeLaterRuns` joins them (simulate/merge-runs.ts) and splits the drivers' replays with one
 *    source switched off alone: the helper replays its share from `helperAloneRequest`
 *    (`replayLaterAlone`, on the context it kept) while the host replays its own (`replayHostAlone`);
 * 3. `finishMergedPlan` takes both shares and does the rest (the turns, the freeze delays, cost).
 * Every step is pure and synchronous, and `planWithHelper` runs them in this order against a helper
 * the host reaches through a `PlanHelperPort`: the threads live in the hosts (the renderer's plan
 * worker, the bench). A share the helper does not give (no thread, or it failed) the host makes
 * itself, so the plan is the same either way, and the same wherever the runs split.
 * `planProject` stays the single-thread reference; test/shared/plan/plan-parallel.test.ts holds
 * the two equal.
 */
import type { Project } from '../model/schema';
import { finishPlan, type PlanAhead, planAhead, type PlanOptions, type PlanSetup, planProject, setUpPlan } from './plan-project';
import { type AloneRequest, aloneRequest, type AloneShare, beginSummary, finishSummary, mergeRuns, type PendingSummary, replayAlone, replayAloneShare, type RunContext, runContextFrom, type RunSetup, type RunsPart, simulateRuns, skipRuns, splitAloneSources } from './simulate';
import type { Plan } from './types';

/** The helper's half: the context it rebuilt (kept for its share of the replays) and the later runs, or null when the runs do not split. */
export interface LaterRuns {
  readonly context: RunContext;
  readonly part: RunsPart | null;
}

/** Every run merged, with the alone replays divided between host and helper. */
export interface MergedRuns {
  readonly setup: PlanSetup;
  readonly pending: PendingSummary;
  readonly hostSources: readonly number[];
  readonly helperSources: readonly number[];
}

/**
 * `planAhead`'s work in runs' worth, per (workloads + dependencies) / (workloads + parts + waves)
 * of the estate: it walks the project's graph, a run the model's parts and waves. Measured on
 * both threads at 5,000 workloads (bench/generate.ts, about 5.2 times as many workloads and
 * dependencies as workloads, parts and waves): `planAhead` took as long as 250-330 of the host's runs.
 */
const AHEAD_RUNS_PER_RATIO = 55;
/** The helper steps its streams past the host's runs first: about a tenth of a run's work each. */
const SKIP_SHARE = 0.1;

/**
 * Where the runs divide: the host takes [0, split), the helper the rest. The host also works out
 * `planAhead` meanwhile and the helper steps its streams past the host's runs, so the host takes
 * fewer, sized from the estate's counts only, never from a clock; the plan is the same wherever the
 * runs divide. 'auto' runs decide batch by batch, so they do not split, nor does a single run.
 */
export function splitPoint(setup: PlanSetup): number {
  const ctx = setup.context;
  if (ctx.auto || ctx.requested < 2) return ctx.requested;
  const { project } = setup;
  const model = ctx.model;
  const ratio = (project.workloads.length + project.dependencies.length) / Math.max(1, model.workloadIds.length + model.partCount + model.waveCount);
  const ahead = AHEAD_RUNS_PER_RATIO * ratio;
  return Math.min(Math.ceil(ctx.requested / 2), Math.max(1, Math.floor((ctx.requested - ahead) / (2 - SKIP_SHARE))));
}

/** What the helper is sent for the later runs, or null when the runs do not split (then it is not asked). */
export function helperSetup(setup: PlanSetup): RunSetup | null {
  const ctx = setup.context;
  const from = splitPoint(setup);
  if (from >= ctx.requested) return null;
  const { seed, runs, dayRate, deterministicEndDay, targetLastDay, drivers } = ctx.options;
  return {
    model: ctx.model,
    risks: ctx.risks,
    calendar: setup.project.calendar,
    startDate: setup.project.project.startDate,
    assumptions: setup.project.assumptions,
    options: { seed, runs, dayRate, deterministicEndDay, ...(targetLastDay !== undefined ? { targetLastDay } : {}), ...(drivers !== undefined ? { drivers } : {}) },
    from,
  };
}

/** The host's share: runs [0, split) on the set-up it planned. */
export function planEarlierRuns(setup: PlanSetup): RunsPart {
  return simulateRuns(setup.context, 0, splitPoint(setup));
}

/** The helper's share from the host's `helperSetup`: every stream stepped past the earlier runs, then the later runs. */
export function planLaterRuns(sent: RunSetup): LaterRuns {
  const context = runContextFrom(sent);
  const from = sent.from;
  if (context.auto || !(from > 0 && from < context.requested)) return { context, part: null };
  skipRuns(context, from);
  return { context, part: simulateRuns(context, from, context.requested) };
}

/** All runs, from the host's half and the helper's (null: the host simulates the later runs itself). */
export function mergeLaterRuns(setup: PlanSetup, part: RunsPart, later: RunsPart | null): MergedRuns {
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
  return replayAloneShare(later.context, request);
}

/** The host's share of the alone replays (none when the drivers are not measured). */
export function replayHostAlone(merged: MergedRuns): AloneShare | null {
  const drivers = merged.pending.drivers;
  return drivers === undefined ? null : replayAlone(drivers, merged.hostSources);
}

/** The plan from both shares (and `planAhead`'s part, when worked out already); a helper share that is missing (null) the host replays itself. */
export function finishMergedPlan(merged: MergedRuns, host: AloneShare | null, helper: AloneShare | null, ahead?: PlanAhead): Plan {
  const drivers = merged.pending.drivers;
  let shares: AloneShare[] | undefined;
  if (drivers !== undefined) {
    const ok = helper !== null && helper.sources.length === merged.helperSources.length && merged.helperSources.every((k, j) => helper.sources[j] === k);
    shares = [host ?? replayAlone(drivers, merged.hostSources), ok ? helper : replayAlone(drivers, merged.helperSources)];
  }
  return finishPlan(merged.setup, finishSummary(merged.pending, shares), ahead ?? planAhead(merged.setup));
}

/** The plan from both halves of the runs, every alone replay on the host (a helper that gave only its runs). */
export function finishSplitPlan(setup: PlanSetup, earlier: RunsPart, later: RunsPart | null): Plan {
  const merged = mergeLaterRuns(setup, earlier, later);
  return finishMergedPlan(merged, null, null);
}

/** A helper thread as a host reaches it: each answer, or null when the helper cannot give it. */
export interface PlanHelperPort {
  /** The later runs of the plan `setup` comes from (`of` names that plan for `aloneShare`). */
  laterRuns(setup: RunSetup): Promise<{ readonly of: number; readonly part: RunsPart | null } | null>;
  /** The helper's share of the alone replays of plan `of`. */
  aloneShare(of: number, request: AloneRequest): Promise<AloneShare | null>;
}

/**
 * The plan of `project`, its Monte Carlo split over this thread and `helper`'s; byte-identical to
 * `planProject`. 'auto' runs decide batch by batch, so they stay on one thread.
 */
export async function planWithHelper(project: Project, options: PlanOptions, helper: PlanHelperPort): Promise<Plan> {
  if (options.runs === 'auto') return planProject(project, options);
  const setup = setUpPlan(project, options);
  const sent = helperSetup(setup);
  const later = sent === null ? Promise.resolve(null) : helper.laterRuns(sent); // posted before this thread starts its runs
  const earlier = planEarlierRuns(setup);
  const ahead = planAhead(setup); // while the helper simulates the runs it took for this
  const helped = await later;
  const merged = mergeLaterRuns(setup, earlier, helped?.part ?? null);
  const request = helped?.part ? helperAloneRequest(merged) : null;
  const helperShare = helped && request ? helper.aloneShare(helped.of, request) : Promise.resolve(null);
  const hostShare = replayHostAlone(merged);
  return finishMergedPlan(merged, hostShare, await helperShare, ahead);
}
