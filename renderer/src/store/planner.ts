/**
 * The planner as the store sees it: give it a Project, get a Plan back later. The browser runs it
 * in a Web Worker; tests and worker-less environments run the same engine on the main thread.
 */
import type { Project } from '../../../shared/model';
import type { Plan } from '../../../shared/plan/types';

export interface PlanOutcome {
  readonly plan: Plan;
  /** Time spent planning, in milliseconds. */
  readonly ms: number;
}

export interface Planner {
  plan(project: Project): Promise<PlanOutcome>;
  dispose(): void;
}

/** One seed for every plan in the app: the same file always shows the same dates. */
export const PLAN_SEED = 20231112;
