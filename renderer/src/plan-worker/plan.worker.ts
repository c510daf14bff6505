/// <reference lib="webworker" />
/**
 * The planning engine off the main thread: one Project in, one Plan (or an error) out, then the
 * plan's sensitivity in a second message. The sensitivity yields between re-plans, so the next
 * request's plan is never kept waiting; a newer request cancels it.
 */
import { planProject, startSensitivity } from '../../../shared/plan';
import type { PlanRequest, PlanResponse } from './protocol';
import { runPlan } from './run-plan';
import { runSensitivity } from './run-sensitivity';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;

scope.onmessage = (event: MessageEvent<PlanRequest>) => {
  const { id, project } = event.data;
  latest = id;
  let response: PlanResponse;
  try {
    const { plan, ms } = runPlan(planProject, project);
    response = { id, kind: 'plan', ok: true, plan, ms };
  } catch (error) {
    response = { id, kind: 'plan', ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
  if (!response.ok) return;
  void runSensitivity(startSensitivity, project, { cancelled: () => latest !== id }).then((outcome) => {
    const message: PlanResponse = { id, kind: 'sensitivity', outcome };
    scope.postMessage(message);
  });
};
