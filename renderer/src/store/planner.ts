/**
 * The planner as the store sees it: give it a Project, get a Plan back later. The browser runs it
 * in a Web Worker; tests and worker-less environments run the same engine on the main thread.
 */
import type { Project } from '../../../shared/model';
import type { Plan, SensitivityResult } from '../../../shared/plan/types';

/**
 * How "what moves the date most" ended for one Project. It is worked out after the plan, so it
 * never delays it; a newer Project cancels it, and big estates skip it (it costs dozens of re-plans).
 */
export type SensitivityOutcome =
  | { readonly status: 'done'; readonly result: SensitivityResult; readonly ms: number }
  | { readonly status: 'skipped'; readonly reason: 'tooManyWorkloads' | 'tooSlow'; readonly workloads: number; readonly limit: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface PlanOutcome {
  readonly plan: Plan;
  /** Time spent planning, in milliseconds. */
  readonly ms: number;
  /** Settles (never rejects) once the sensitivity of this Project is known, skipped or cancelled. */
  readonly sensitivity?: Promise<SensitivityOutcome>;
}

export interface Planner {
  plan(project: Project): Promise<PlanOutcome>;
  dispose(): void;
}

/** One seed for every plan in the app: the same file always shows the same dates. */
export const PLAN_SEED = 20231112;
