/// <reference lib="webworker" />
/**
 * The planning engine off the main thread: a Project in, a Plan (or an error) out; on request, the
 * plan's sensitivity, which yields between re-plans so any newer message cancels it at once.
 */
import { planProject, startSensitivity } from '../../../shared/plan';
import type { PlanRequest, PlanResponse } from './protocol';
import { runPlan } from './run-plan';
import { runSensitivity } from './run-sensitivity';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let latest = 0;

scope.onmessage = (event: MessageEvent<PlanRequest>) => {
  const request = event.data;
  latest = request.id;
  if (request.kind === 'cancel') return;
  const { id, project } = request;
  if (request.kind === 'sensitivity') {
    void runSensitivity(startSensitivity, project, { cancelled: () => latest !== id }).then((outcome) => {
      const message: PlanResponse = { id, kind: 'sensitivity', outcome };
      scope.postMessage(message);
    });
    return;
  }
  let response: PlanResponse;
  try {
    const { plan, ms } = runPlan(planProject, project);
    response = { id, kind: 'plan', ok: true, plan, ms };
  } catch (error) {
    response = { id, kind: 'plan', ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
