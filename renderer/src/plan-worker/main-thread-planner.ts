/**
 * A Planner that runs the engine on the main thread after a timeout: for tests in jsdom and any
 * environment without Workers. The engine is loaded lazily so the page bundle stays small. The
 * sensitivity follows each plan one re-plan per task, and the next `plan` call cancels it.
 */
import type { PlanOutcome, Planner } from '../store/planner';
import { runPlan } from './run-plan';
import { runSensitivity, type SensitivityControl } from './run-sensitivity';

export interface MainThreadPlannerOptions {
  /** Limits for the sensitivity run (tests lower them to see the skips). */
  readonly sensitivity?: Pick<SensitivityControl, 'maxWorkloads' | 'budgetMs' | 'startDelayMs'>;
}

export function createMainThreadPlanner(delayMs = 0, options: MainThreadPlannerOptions = {}): Planner {
  let disposed = false;
  let generation = 0;
  return {
    plan(project) {
      const mine = ++generation;
      const cancelled = () => disposed || generation !== mine;
      return new Promise<PlanOutcome>((resolve, reject) => {
        setTimeout(() => {
          if (disposed) return reject(new Error('disposed'));
          import('../../../shared/plan').then(
            ({ planProject, startSensitivity }) => {
              try {
                const { plan, ms } = runPlan(planProject, project);
                resolve({ plan, ms, sensitivity: runSensitivity(startSensitivity, project, { ...options.sensitivity, cancelled }) });
              } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
              }
            },
            (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
          );
        }, delayMs);
      });
    },
    dispose() {
      disposed = true;
    },
  };
}
