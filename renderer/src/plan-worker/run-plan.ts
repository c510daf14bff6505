/**
 * The one call into the engine, shared by the worker and the main-thread fallback so both plan
 * with the same seed and run count. When the project records actuals it is planned a second time
 * without them, so the app can say what the actuals did: "at this pace, P80 moves from ... to ...".
 */
import type { Project } from '../../../shared/model';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import type { Plan } from '../../../shared/plan/types';
import type { PaceForecast } from '../../../shared/scenarios/pace';
import { PLAN_SEED } from '../store/planner';

type PlanOptions = { seed: number; runs: number };
type PlanProject = (project: Project, options: PlanOptions) => Plan;

/** shared/scenarios/pace, passed in so the page bundle need not hold the engine. */
export interface PaceModule {
  hasActuals(project: Project): boolean;
  withoutActuals(project: Project): Project;
  paceForecast(project: Project, plan: Plan, planned: Plan): PaceForecast;
}

function optionsFor(project: Project): PlanOptions {
  return { seed: PLAN_SEED, runs: Math.max(100, Math.round(resolveAssumptions(project).value('simulation.runs'))) };
}

export function runPlan(planProject: PlanProject, project: Project, pace?: PaceModule): { plan: Plan; ms: number; pace?: PaceForecast } {
  const started = performance.now();
  const options = optionsFor(project);
  const plan = planProject(project, options);
  const ms = performance.now() - started;
  if (!pace || !pace.hasActuals(project)) return { plan, ms };
  const planned = planProject(pace.withoutActuals(project), options);
  return { plan, ms, pace: pace.paceForecast(project, plan, planned) };
}

/** `runPlan` with a planner that answers later: the plan worker's, which splits the runs over two threads. */
export async function runPlanAsync(planProject: (project: Project, options: PlanOptions) => Promise<Plan>, project: Project, pace?: PaceModule): Promise<{ plan: Plan; ms: number; pace?: PaceForecast }> {
  const started = performance.now();
  const options = optionsFor(project);
  const plan = await planProject(project, options);
  const ms = performance.now() - started;
  if (!pace || !pace.hasActuals(project)) return { plan, ms };
  const planned = await planProject(pace.withoutActuals(project), options);
  return { plan, ms, pace: pace.paceForecast(project, plan, planned) };
}
