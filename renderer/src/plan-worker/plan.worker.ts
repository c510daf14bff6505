/// <reference lib="webworker" />
/** The planning engine off the main thread: one Project in, one Plan (or an error) out. */
import { planProject } from '../../../shared/plan';
import type { PlanRequest, PlanResponse } from './protocol';
import { runPlan } from './run-plan';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<PlanRequest>) => {
  const { id, project } = event.data;
  let response: PlanResponse;
  try {
    const { plan, ms } = runPlan(planProject, project);
    response = { id, ok: true, plan, ms };
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
