/**
 * A Planner that runs the engine on the main thread after a timeout: for tests in jsdom and any
 * environment without Workers. The engine is loaded lazily so the page bundle stays small. A
 * sensitivity run goes one re-plan per task; any later call cancels it.
 */
import type { PlanOutcome, Planner } from '../store/planner';
import { runCompare } from './run-compare';
import { runPlan } from './run-plan';
import { runSensitivity, type SensitivityControl } from './run-sensitivity';

export interface MainThreadPlannerOptions {
  /** Limits for the sensitivity run (tests lower them to see the skips). */
  readonly sensitivity?: Pick<SensitivityControl, 'maxWorkloads' | 'budgetMs' | 'startDelayMs'>;
}

const engine = () => import('../../../shared/plan');
const scenarios = () => import('../../../shared/scenarios');

export function createMainThreadPlanner(delayMs = 0, options: MainThreadPlannerOptions = {}): Planner {
  let disposed = false;
  let generation = 0;
  return {
    plan(project) {
      ++generation;
      return new Promise<PlanOutcome>((resolve, reject) => {
        setTimeout(() => {
          if (disposed) return reject(new Error('disposed'));
          Promise.all([engine(), scenarios()]).then(
            ([{ planProject }, pace]) => {
              try {
                resolve(runPlan(planProject, project, pace));
              } catch (error) {
                reject(error instanceof Error ? error : new Error(String(error)));
              }
            },
            (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
          );
        }, delayMs);
      });
    },
    async sensitivity(project) {
      const mine = ++generation;
      const { startSensitivity } = await engine();
      return runSensitivity(startSensitivity, project, { ...options.sensitivity, cancelled: () => disposed || generation !== mine });
    },
    cancelSensitivity() {
      ++generation;
    },
    async compare(project, progress) {
      const mine = ++generation;
      const { startComparison } = await scenarios();
      return runCompare(startComparison, project, { cancelled: () => disposed || generation !== mine, ...(progress ? { progress } : {}) });
    },
    cancelCompare() {
      ++generation;
    },
    dispose() {
      disposed = true;
    },
  };
}
