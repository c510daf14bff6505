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
 * 3. the turns (the largest sources switched off one after another, from the alone replays'
 *    order) split by runs: each run's replays follow its own earlier steps, so the helper replays
 *    the later half of the driver runs of every step (`helperTurnsRequest`, `replayLaterTurns`)
 *    while the host replays the earlier half (`replayHostTurns`);
 * 4. `finishMergedPlan` takes every share and does the rest (the drivers' sums, the freeze delays, cost).
 * Every step is pure and synchronous, and `planWithHelper` runs them in this order against a helper
 * the host reaches through a `PlanHelperPort`: the threads live in the hosts (the renderer's plan
 * worker, the bench). A share the helper does not give (no thread, or it failed) the host makes
 * itself, so the plan is the same either way, and the same wherever the runs split.
 * `planProject` stays the single-thread reference; test/shared/plan/plan-parallel.test.ts holds
 * the two equal.
 */
import type { Project } from '../model/schema';
import { finishPlan, type PlanAhead, planAhead, type PlanOptions, type PlanSetup, planProject, setUpPlan } from './plan-project';
import { type AloneRequest, aloneRequest, type AloneShare, beginSummary, type DriverSetup, finishSummary, firstRuns, mergeRuns, type PendingSummary, planTurns, replayAlone, replayAloneShare, replayTurns, type RunContext, runContextFrom, type RunSetup, type RunsPart, simulateRuns, skipRuns, splitAloneSources, type TurnStep, type TurnsShare } from './simulate';
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

/** The helper's share of the alone replays, and the driver set-up it keeps for its share of the turns' runs. */
export interface LaterAlone {
  readonly drivers: DriverSetup;
  readonly share: AloneShare;
}

/** The helper's share of the alone replays, on the set-up it planned the later runs with. */
export function replayLaterAlone(later: LaterRuns, request: AloneRequest): LaterAlone {
  return replayAloneShare(later.context, request);
}

/** The host's share of the alone replays (none when the drivers are not measured). */
export function replayHostAlone(merged: MergedRuns): AloneShare | null {
  const drivers = merged.pending.drivers;
  return drivers === undefined ? null : replayAlone(drivers, merged.hostSources);
}

/** Both shares of the alone replays; a share that is missing (null) or not the one asked for the host replays itself. Undefined without drivers. */
export function aloneShares(merged: MergedRuns, host: AloneShare | null, helper: AloneShare | null): AloneShare[] | undefined {
  const drivers = merged.pending.drivers;
  if (drivers === undefined) return undefined;
  const ok = helper !== null && helper.sources.length === merged.helperSources.length && merged.helperSources.every((k, j) => helper.sources[j] === k);
  return [host ?? replayAlone(drivers, merged.hostSources), ok ? helper : replayAlone(drivers, merged.helperSources)];
}

/** What the helper needs for its runs of the turns: the steps, its runs [from, to) and the first step's runs when they come from an alone replay. */
export interface TurnsRequest {
  readonly steps: readonly TurnStep[];
  readonly from: number;
  readonly to: number;
  readonly first: { readonly ends: Int32Array; readonly waveEnds: Int32Array } | null;
}

/**
 * The turns' runs split like the Monte Carlo's: each stepwise turn replays the driver runs, each
 * run from its own earlier steps, so the helper takes the later half of the runs of every step
 * (null when there is nothing to share: no drivers, or too few runs).
 */
export function helperTurnsRequest(merged: MergedRuns, shares: readonly AloneShare[] | undefined): TurnsRequest | null {
  const drivers = merged.pending.drivers;
  if (drivers === undefined || shares === undefined) return null;
  const R = drivers.allEnds.length;
  const plan = planTurns(drivers, shares);
  if (R < 2 || !plan.steps.some((s) => s.replays && !s.fromFirst)) return null;
  const from = Math.ceil(R / 2);
  return { steps: plan.steps, from, to: R, first: firstRuns(plan, drivers.input.model.waveCount, from, R) };
}

/** The helper's runs of the turns, on the driver set-up it kept from its alone replays. */
export function replayLaterTurns(alone: LaterAlone, request: TurnsRequest): TurnsShare {
  return replayTurns(alone.drivers, request.steps, request.from, request.to, request.first);
}

/** The host's runs of the turns, those before the helper's (null when the turns are not shared). */
export function replayHostTurns(merged: MergedRuns, shares: readonly AloneShare[] | undefined, request: TurnsRequest | null): TurnsShare | null {
  const drivers = merged.pending.drivers;
  if (drivers === undefined || shares === undefined || request === null) return null;
  const plan = planTurns(drivers, shares);
  return replayTurns(drivers, plan.steps, 0, request.from, firstRuns(plan, drivers.input.model.waveCount, 0, request.from));
}

/**
 * The plan from both shares of the alone replays (and `planAhead`'s part, when worked out
 * already, and the turns' runs in shares); a helper share that is missing (null) the host replays itself.
 */
export function finishMergedPlan(merged: MergedRuns, host: AloneShare | null, helper: AloneShare | null, ahead?: PlanAhead, turns: readonly (TurnsShare | null)[] = []): Plan {
  const shares = aloneShares(merged, host, helper);
  const given = turns.filter((t): t is TurnsShare => t !== null);
  return finishPlan(merged.setup, finishSummary(merged.pending, shares, given), ahead ?? planAhead(merged.setup));
}

/** What a host asks its helper, three requests a plan: the later runs, then a share of the alone replays, then runs of the turns. */
export type HelperRequest =
  | { readonly kind: 'later'; readonly id: number; readonly setup: RunSetup }
  | { readonly kind: 'alone'; readonly id: number; readonly of: number; readonly request: AloneRequest }
  | { readonly kind: 'turns'; readonly id: number; readonly of: number; readonly request: TurnsRequest };

/** What a helper keeps of the plan it works on: the context of its later runs, then its driver set-up. */
export interface HelperState {
  kept?: { readonly of: number; readonly later: LaterRuns; alone?: LaterAlone };
}

/** A helper thread's whole job: the answer to `request`, keeping what the plan's next request needs; throws when that plan is gone. */
export function answerHelper(state: HelperState, request: HelperRequest): RunsPart | AloneShare | TurnsShare | null {
  if (request.kind === 'later') {
    const later = planLaterRuns(request.setup);
    state.kept = { of: request.id, later };
    return later.part;
  }
  const kept = state.kept;
  if (kept?.of !== request.of) throw new Error('the plan of these replays is no longer here');
  if (request.kind === 'alone') {
    kept.alone = replayLaterAlone(kept.later, request.request);
    return kept.alone.share;
  }
  if (kept.alone === undefined) throw new Error('the turns come after the alone replays');
  state.kept = undefined;
  return replayLaterTurns(kept.alone, request.request);
}

/** A helper thread as a host reaches it: each answer, or null when the helper cannot give it. */
export interface PlanHelperPort {
  /** The later runs of the plan `setup` comes from (`of` names that plan for `aloneShare`). */
  laterRuns(setup: RunSetup): Promise<{ readonly of: number; readonly part: RunsPart | null } | null>;
  /** The helper's share of the alone replays of plan `of`. */
  aloneShare(of: number, request: AloneRequest): Promise<AloneShare | null>;
  /** The helper's runs of the turns of plan `of` (after its alone replays). */
  turnsShare(of: number, request: TurnsRequest): Promise<TurnsShare | null>;
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
  const helperAlone = await helperShare;
  const shares = aloneShares(merged, hostShare, helperAlone);
  const turns = helped && helperAlone ? helperTurnsRequest(merged, shares) : null;
  const helperTurns = helped && turns ? helper.turnsShare(helped.of, turns) : Promise.resolve(null);
  const hostTurns = replayHostTurns(merged, shares, turns);
  return finishMergedPlan(merged, shares?.[0] ?? null, shares?.[1] ?? null, ahead, [hostTurns, await helperTurns]);
}
