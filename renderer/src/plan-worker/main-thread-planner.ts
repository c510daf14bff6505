/**
 * A Planner that runs the engine on the main thread after a timeout: for tests in jsdom and any
 * environment without Workers. The engine is loaded lazily so the page bundle stays small.
 */
import type { PlanOutcome, Planner } from '../store/planner';
import { runPlan } from './run-plan';

export function createMainThreadPlanner(delayMs = 0): Planner {
  let disposed = false;
  return {
    plan(project) {
      return new Promise<PlanOutcome>((resolve, reject) => {
        setTimeout(() => {
          if (disposed) return reject(new Error('disposed'));
          import('../../../shared/plan').then(
            ({ planProject }) => {
              try {
                resolve(runPlan(planProject, project));
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
