/**
 * The planner as the store sees it: give it a Project, get a Plan back later. The browser runs it
 * in a Web Worker; tests and worker-less environments run the same engine on the main thread.
 */
import type { Project } from '../../../shared/model';
import type { Plan, SensitivityResult } from '../../../shared/plan/types';
import type { Comparison } from '../../../shared/scenarios';
import type { PaceForecast } from '../../../shared/scenarios/pace';

/**
 * How "what moves the date most" ended for one Project. It is asked for separately from the plan,
 * only while the Summary shows it: it costs dozens of re-plans, and on two cores a worker busy with
 * it slows the page's own painting (the grid's key-to-paint p95 went from 35 to 300 ms). Any newer
 * request, or leaving the Summary, cancels it; big estates skip it.
 */
export type SensitivityOutcome =
  | { readonly status: 'done'; readonly result: SensitivityResult; readonly ms: number }
  | { readonly status: 'skipped'; readonly reason: 'tooManyWorkloads' | 'tooSlow'; readonly workloads: number; readonly limit: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

/** How a comparison of the scenarios ended for one Project (asked for only while the Compare view is open). */
export type CompareOutcome =
  | { readonly status: 'done'; readonly comparison: Comparison; readonly ms: number }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

export interface PlanOutcome {
  readonly plan: Plan;
  /** Time spent planning, in milliseconds. */
  readonly ms: number;
  /** Present when the project records actuals: the plan without them set against this one. */
  readonly pace?: PaceForecast;
}

export interface Planner {
  plan(project: Project): Promise<PlanOutcome>;
  /** Works out the sensitivity of `project`'s plan; settles (never rejects), 'cancelled' when superseded. */
  sensitivity(project: Project): Promise<SensitivityOutcome>;
  /** Stops a sensitivity run under way (its promise settles 'cancelled'). */
  cancelSensitivity(): void;
  /**
   * Plans the baseline and each scenario of `project`, reporting progress; settles (never rejects),
   * 'cancelled' when superseded. Optional: a planner without it shows no comparison.
   */
  compare?(project: Project, progress?: (done: number, total: number) => void): Promise<CompareOutcome>;
  cancelCompare?(): void;
  dispose(): void;
}

/** One seed for every plan in the app: the same file always shows the same dates. */
export const PLAN_SEED = 20231112;
