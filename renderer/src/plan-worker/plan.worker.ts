/// <reference lib="webworker" />
/**
 * The planning engine off the main thread: a Project in, a Plan (or an error) out; on request, the
 * plan's sensitivity or the comparison of its scenarios, which yield between re-plans so any newer
 * message cancels them at once.
 */
import { startSensitivity } from '../../../shared/plan';
import { hasActuals, paceForecast, startComparison, withoutActuals } from '../../../shared/scenarios';
import type { PlanRequest, PlanResponse } from './protocol';
import { runCompare } from './run-compare';
import { createTwoThreadPlanner } from './plan-helper';
import { runPlanAsync } from './run-plan';
import { runSensitivity } from './run-sensitivity';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;
// A nested worker takes half the Monte Carlo's runs; where none can start (or on one core, where the
// two would only take turns and add the copies between them), plans stay on this thread.
const planner = createTwoThreadPlanner(() => (typeof Worker === 'undefined' || navigator.hardwareConcurrency < 2 ? undefined : new Worker(new URL('./plan-helper.worker.ts', import.meta.url), { type: 'module' })));
// Started with this worker: the helper loads the engine while the app opens, not while the first plan waits for it.
planner.start();

scope.onmessage = (event: MessageEvent<PlanRequest>) => {
  const request = event.data;
  latest = request.id;
  if (request.kind === 'cancel') return;
  const { id, project } = request;
  if (request.kind === 'compare') {
    const progress = (done: number, total: number) => scope.postMessage({ id, kind: 'compare-progress', done, total } satisfies PlanResponse);
    void runCompare(startComparison, project, { cancelled: () => latest !== id, progress }).then((outcome) => {
      scope.postMessage({ id, kind: 'compare', outcome } satisfies PlanResponse);
    });
    return;
  }
  if (request.kind === 'sensitivity') {
    void runSensitivity(startSensitivity, project, { cancelled: () => latest !== id }).then((outcome) => {
      const message: PlanResponse = { id, kind: 'sensitivity', outcome };
      scope.postMessage(message);
    });
    return;
  }
  void runPlanAsync((p, options) => planner.plan(p, options), project, { hasActuals, withoutActuals, paceForecast }).then(
    ({ plan, ms, pace }) => scope.postMessage({ id, kind: 'plan', ok: true, plan, ms, ...(pace ? { pace } : {}) } satisfies PlanResponse),
    (error: unknown) => scope.postMessage({ id, kind: 'plan', ok: false, message: error instanceof Error ? error.message : String(error) } satisfies PlanResponse),
  );
};
