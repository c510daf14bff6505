/**
 * `planProject`: the whole engine, phase by phase, as the architecture lists it. Pure and
 * deterministic: no clock, seeded randomness, so the same file and seed give byte-identical JSON.
 */
import { inProjectCurrency } from '../model/currency';
import type { Project } from '../model/schema';
import { resolveAssumptions } from './assumptions';
import { WorkingCalendar } from './calendar';
import { costPlan } from './cost';
import { findCrossCloudLinks } from './cross-cloud';
import { estimateWorkloads, round, sumThreePoints } from './estimate';
import { groupWorkloads } from './group';
import { orderMoveGroups } from './order';
import { buildProvenance } from './provenance';
import { assessRisks } from './risks';
import { scheduleProgram } from './schedule';
import { simulateProgram } from './simulate';
import type { Plan, Wave } from './types';
import { findPlanIssues } from './validate';
import { buildWaves } from './waves';

/** The default seed: the day Alibaba Cloud's AK/SK outage took every region down (12 Nov 2023). */
export const DEFAULT_SEED = 20231112;

export interface PlanOptions {
  readonly seed?: number;
  /** Monte Carlo runs; default `simulation.runs` (2,000; exports use `simulation.exportRuns`). */
  readonly runs?: number;
}

export function planProject(entered: Project, options: PlanOptions = {}): Plan {
  // Amounts entered in another currency are planned in the project's (shared/model/currency.ts).
  const project = inProjectCurrency(entered);
  const assumptions = resolveAssumptions(project);
  const seed = Number.isFinite(options.seed) ? Math.trunc(options.seed as number) : DEFAULT_SEED;
  const runs = Math.max(1, Math.round(options.runs ?? assumptions.value('simulation.runs')) || 1);

  const issues = findPlanIssues(project);
  const grouping = groupWorkloads(project);
  const order = orderMoveGroups(project, grouping);
  const estimates = estimateWorkloads(project, assumptions);
  const wavePlan = buildWaves(project, grouping, order, estimates, assumptions);
  const calendar = new WorkingCalendar(project.calendar, project.project.startDate);
  const scheduled = scheduleProgram(project, wavePlan.waves, estimates, assumptions, calendar);
  const simulation = simulateProgram(scheduled.model, calendar, assumptions, {
    seed,
    runs,
    waveIds: wavePlan.waves.map((w) => w.id),
    criticalPath: scheduled.criticalPath,
    actualFinish: scheduled.actualFinish,
  });

  const workloads = new Map(project.workloads.map((w) => [w.id, w]));
  const waves: Wave[] = wavePlan.waves.map((draft, i) => {
    const dates = scheduled.waves[i]!;
    const percentiles = simulation.waves[i]!;
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
      p50End: percentiles.p50End,
      p80End: percentiles.p80End,
      p95End: percentiles.p95End,
    };
  });

  const crossCloudLinks = findCrossCloudLinks(project, waves, wavePlan.excluded, assumptions);
  const risks = assessRisks({ project, grouping, waves, estimates, crossCloudLinks, assumptions });
  const schedule = { ...scheduled.schedule, p50End: simulation.p50End, p80End: simulation.p80End, p95End: simulation.p95End };
  const cost = costPlan({ project, waves, estimates, crossCloudLinks, assumptions, decommissionEnd: schedule.end });
  const provenance = buildProvenance(project, waves, estimates, scheduled.frame.compliance, scheduled.actuals);

  return {
    seed,
    runs: simulation.runs,
    issues: [...issues, ...wavePlan.issues],
    moveGroups: grouping.moveGroups,
    waves,
    excluded: wavePlan.excluded,
    estimates,
    schedule,
    simulation,
    crossCloudLinks,
    risks,
    cost,
    provenance,
  };
}
