/**
 * `planProject`: the whole engine, phase by phase, as the architecture lists it. Pure and
 * deterministic: no clock, seeded randomness, so the same file and seed give byte-identical JSON.
 * The deterministic part (validate -> group -> order -> estimate -> foundation -> waves ->
 * schedule -> horizon checks) is `planDeterministic`; `decamp validate` runs just that, so it
 * reports exactly the issues `plan` reports.
 */
import { equivalentFor } from '../catalog';
import { inProjectCurrency } from '../model/currency';
import { defaultRiskRegister } from '../model/default-risks';
import type { Project } from '../model/schema';
import { type Assumptions, resolveAssumptions } from './assumptions';
import { WorkingCalendar } from './calendar';
import { costPlan } from './cost';
import { findCrossCloudLinks } from './cross-cloud';
import { estimateWorkloads, round, sumThreePoints } from './estimate';
import { buildFoundation, type FoundationDraft, platformWorkloads } from './foundation';
import { groupWorkloads, type Grouping, looseLoopIssues } from './group';
import { horizonIssues } from './horizon';
import { orderMoveGroups } from './order';
import { buildProvenance } from './provenance';
import { finishRisks, type RisksAhead, risksAhead } from './risks';
import { createBuffers, runSchedule, type ScheduledProgram, scheduleProgram } from './schedule';
import { createRunContext, heldLabour, labourScratch, type HostRunContext, type SimulateOptions, type SimulationExtras, simulateRuns, summariseRuns } from './simulate';
import { lastWorkingDayBy, leversToReach80 } from './target-date';
import type { CrossCloudLink, GroupOrder, IsoDate, Plan, PlanIssue, Provenance, SimulationResult, Wave, WaveDates, WorkloadEstimate, WorkloadId } from './types';
import { findPlanIssues } from './validate';
import { buildWaves, type WavePlan } from './waves';
import { pinScheduleIssues } from './waves/pin-schedule-issues';
import { recordedCutoverInFreezeIssues } from './waves/recorded-freeze-issues';

/** The default seed: the day Alibaba Cloud's AK/SK outage took every region down (12 Nov 2023). */
export const DEFAULT_SEED = 20231112;

export interface PlanOptions {
  readonly seed?: number;
  /** Monte Carlo runs, or 'auto' (until the P80 is stable to a working day); default `simulation.runs`. */
  readonly runs?: number | 'auto';
}

/** Everything before the Monte Carlo. */
export interface DeterministicPlan {
  readonly assumptions: Assumptions;
  readonly issues: readonly PlanIssue[];
  readonly grouping: Grouping;
  readonly order: GroupOrder;
  readonly estimates: Readonly<Record<WorkloadId, WorkloadEstimate>>;
  readonly foundation: FoundationDraft;
  readonly wavePlan: WavePlan;
  readonly calendar: WorkingCalendar;
  readonly scheduled: ScheduledProgram;
}

export function planDeterministic(project: Project): DeterministicPlan {
  const assumptions = resolveAssumptions(project);
  const validation = findPlanIssues(project);
  const roles = platformWorkloads(project);
  const grouping = groupWorkloads(project, new Set(roles.keys()));
  const order = orderMoveGroups(project, grouping);
  // Migration order for the learning curve: the landing zone's pieces, then the groups in order.
  const groupById = new Map(grouping.moveGroups.map((m) => [m.id, m]));
  const sequence = [...roles.keys(), ...order.orderedGroupIds.flatMap((id) => groupById.get(id)?.workloadIds ?? [])];
  const estimates = estimateWorkloads(project, assumptions, equivalentFor, sequence);
  const foundation = buildFoundation(project, estimates, assumptions, roles);
  const wavePlan = buildWaves(project, grouping, order, estimates, assumptions, foundation);
  const calendar = new WorkingCalendar(project.calendar, project.project.startDate);
  const scheduled = scheduleProgram(project, foundation, wavePlan.waves, estimates, assumptions, calendar);
  const pinIssues = pinScheduleIssues(project, wavePlan.waves, scheduled, calendar, wavePlan.issues);
  const issues = [...validation, ...looseLoopIssues(project, grouping), ...wavePlan.issues, ...horizonIssues(project, scheduled, wavePlan.waves, estimates, calendar), ...pinIssues, ...recordedCutoverInFreezeIssues(project, wavePlan.waves, scheduled, calendar, pinIssues)];
  return { assumptions, issues, grouping, order, estimates, foundation, wavePlan, calendar, scheduled };
}

export function planProject(entered: Project, options: PlanOptions = {}): Plan {
  const setup = setUpPlan(entered, options);
  return finishPlan(setup, summariseRuns(setup.context, simulateRuns(setup.context, 0, setup.context.requested)));
}

/** A plan up to its Monte Carlo: the deterministic plan and the simulation's streams at run 0. */
export interface PlanSetup {
  readonly project: Project;
  readonly base: DeterministicPlan;
  readonly seed: number;
  readonly runs: number | 'auto';
  readonly context: HostRunContext;
}

/** The deterministic plan and the Monte Carlo's set-up; the same on every thread for the same file and options. */
export function setUpPlan(entered: Project, options: PlanOptions = {}): PlanSetup {
  // Amounts entered in another currency are planned in the project's (shared/model/currency.ts).
  const project = inProjectCurrency(entered);
  const base = planDeterministic(project);
  const seed = Number.isFinite(options.seed) ? Math.trunc(options.seed as number) : DEFAULT_SEED;
  const runs = options.runs === 'auto' ? 'auto' : Math.max(1, Math.round(options.runs ?? base.assumptions.value('simulation.runs')) || 1);
  const target = project.project.targetDate;
  const context = runContext(project, base, seed, runs, target === undefined ? {} : { targetLastDay: lastWorkingDayBy(base.calendar, target) });
  return { project, base, seed, runs, context };
}

/**
 * The work after the Monte Carlo that reads only the deterministic plan: the waves' dates and
 * sizes, the cross-cloud links, the risks but the freeze delays, the labour held in the
 * deterministic schedule and provenance. `finishPlan` works it out when not given it; a host with a
 * helper thread does it while the helper still simulates (shared/plan/plan-parallel.ts).
 */
export interface PlanAhead {
  readonly waves: readonly WaveDates[];
  readonly crossCloudLinks: readonly CrossCloudLink[];
  readonly risks: RisksAhead;
  readonly heldLabour: number;
  readonly foundationEnd: IsoDate;
  readonly provenance: Provenance;
}

export function planAhead(setup: PlanSetup): PlanAhead {
  const { project, base } = setup;
  const { assumptions, estimates, foundation, wavePlan, calendar, scheduled } = base;
  const workloads = new Map(project.workloads.map((w) => [w.id, w]));
  const waves: WaveDates[] = wavePlan.waves.map((draft, i) => {
    const dates = scheduled.waves[i]!;
    let dataGb = 0;
    let transferHours = 0;
    for (const id of draft.workloadIds) {
      dataGb += workloads.get(id)?.size.dataGb ?? 0;
      transferHours += estimates[id]?.transferHours ?? 0;
    }
    return {
      ...draft,
      effort: sumThreePoints(draft.workloadIds.flatMap((id) => (estimates[id] ? [estimates[id].effort] : []))),
      dataGb: round(dataGb, 2),
      transferHours: round(transferHours, 2),
      start: dates.start,
      end: dates.end,
      cutover: dates.cutover,
      teams: dates.teams,
    };
  });
  const crossCloudLinks = findCrossCloudLinks(project, waves, wavePlan.excluded, assumptions);
  const risks = risksAhead({ project, grouping: base.grouping, waves, estimates, crossCloudLinks, assumptions, scheduled, calendar, foundation });
  const model = scheduled.model;
  const deterministicBuffers = createBuffers(model);
  runSchedule(model, scheduled.inputs, calendar, deterministicBuffers);
  const held = heldLabour(model, deterministicBuffers, dayRates(project, base), labourScratch(model));
  const foundationEnd = calendar.dateOf(Math.max(scheduled.foundationStartDay, scheduled.readyDay - 1));
  const provenance = buildProvenance(project, waves, estimates, scheduled.compliance, scheduled.actuals);
  return { waves, crossCloudLinks, risks, heldLabour: held, foundationEnd, provenance };
}

/** Everything after the Monte Carlo, from its summary (and the part that reads only the deterministic plan, when worked out already). */
export function finishPlan(setup: PlanSetup, simulation: SimulationResult & SimulationExtras, ahead: PlanAhead = planAhead(setup)): Plan {
  const { project, base, seed, runs } = setup;
  const { assumptions, estimates, foundation, wavePlan, calendar, scheduled } = base;
  const target = project.project.targetDate;
  const waves: Wave[] = ahead.waves.map((wave, i) => {
    const percentiles = simulation.waves[i]!;
    return { ...wave, p50End: percentiles.p50End, p80End: percentiles.p80End, p95End: percentiles.p95End };
  });

  const { crossCloudLinks, foundationEnd, provenance } = ahead;
  const risks = finishRisks(ahead.risks, { project, grouping: base.grouping, waves, estimates, crossCloudLinks, assumptions, simulation, scheduled, calendar, foundation });
  const { labourP50, labourP80, deterministicPercentile, contingencyDays, onTimeProbability: _onTime, ...simulationResult } = simulation;
  const onTime = simulation.onTimeProbability;
  const meeting =
    target !== undefined && onTime !== undefined
      ? {
          targetDate: target,
          onTimeProbability: onTime,
          // Each lever re-planned with the same seed, at most 500 runs and no driver analysis: a quick, comparable chance.
          toReach80: leversToReach80(project, onTime, (changed) => {
            const again = planDeterministic(changed);
            return simulateBase(changed, again, seed, Math.min(500, typeof runs === 'number' ? runs : 500), { targetLastDay: lastWorkingDayBy(again.calendar, target), drivers: false }).onTimeProbability ?? 0;
          }),
        }
      : {};
  const schedule = { ...scheduled.schedule, deterministicPercentile, contingencyDays, p50End: simulation.p50End, p80End: simulation.p80End, p95End: simulation.p95End, ...meeting };
  const cost = costPlan({ project, waves, estimates, crossCloudLinks, assumptions, decommissionEnd: schedule.end, heldLabour: ahead.heldLabour, labourP50, labourP80, landingZone: { workloadIds: foundation.workloadIds, end: foundationEnd } });

  return {
    seed,
    runs: simulation.runs,
    issues: base.issues,
    moveGroups: base.grouping.moveGroups,
    foundation: { ...foundation, start: calendar.dateOf(scheduled.foundationStartDay), end: foundationEnd },
    waves,
    excluded: wavePlan.excluded,
    estimates,
    schedule,
    simulation: simulationResult,
    crossCloudLinks,
    risks,
    cost,
    provenance,
  };
}

/** Per team index of the model: the cost of one person-day. */
function dayRates(project: Project, base: DeterministicPlan): Float64Array {
  const fallback = base.assumptions.value('cost.defaultDayRate');
  const rateOf = new Map(project.teams.map((t) => [t.id, t.dayRate ?? fallback]));
  return Float64Array.from(base.scheduled.model.teamIds, (id) => Math.max(0, rateOf.get(id) ?? fallback));
}

/** The Monte Carlo over a deterministic plan. */
function simulateBase(project: Project, base: DeterministicPlan, seed: number, runs: number | 'auto', extra: Pick<SimulateOptions, 'targetLastDay' | 'drivers'>) {
  const context = runContext(project, base, seed, runs, extra);
  return summariseRuns(context, simulateRuns(context, 0, context.requested));
}

function runContext(project: Project, base: DeterministicPlan, seed: number, runs: number | 'auto', extra: Pick<SimulateOptions, 'targetLastDay' | 'drivers'>): HostRunContext {
  const { assumptions, foundation, wavePlan, calendar, scheduled } = base;
  return createRunContext(scheduled.model, calendar, assumptions, {
    seed,
    runs,
    waveIds: wavePlan.waves.map((w) => w.id),
    waves: wavePlan.waves,
    criticalPath: scheduled.criticalPath,
    phaseIds: scheduled.phaseIds,
    deterministicEndDay: scheduled.endDay,
    actualFinish: scheduled.actualFinish,
    register: project.risks ?? defaultRiskRegister(project),
    project,
    platform: new Set(foundation.workloadIds),
    dayRate: dayRates(project, base),
    ...extra,
  });
}
