/**
 * The one call into the engine, shared by the worker and the main-thread fallback so both plan
 * with the same seed and run count.
 */
import type { Project } from '../../../shared/model';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import type { Plan } from '../../../shared/plan/types';
import { PLAN_SEED } from '../store/planner';

type PlanProject = (project: Project, options: { seed: number; runs: number }) => Plan;

export function runPlan(planProject: PlanProject, project: Project): { plan: Plan; ms: number } {
  const started = performance.now();
  const runs = Math.max(100, Math.round(resolveAssumptions(project).value('simulation.runs')));
  const plan = planProject(project, { seed: PLAN_SEED, runs });
  return { plan, ms: performance.now() - started };
}
