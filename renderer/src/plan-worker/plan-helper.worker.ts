/// <reference lib="webworker" />
/**
 * The plan worker's helper, a nested worker, three requests a plan: the later runs of the Monte
 * Carlo (it keeps that plan's set-up), its share of the drivers' replays with one source switched
 * off alone, then its runs of the turns (`answerHelper`, shared/plan/plan-parallel.ts). An error
 * goes back as a message, so the plan worker does that part itself.
 */
import { answerHelper, type HelperRequest, type HelperState } from '../../../shared/plan/plan-parallel';

export type { HelperRequest } from '../../../shared/plan/plan-parallel';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const state: HelperState = {};

scope.onmessage = (event: MessageEvent<HelperRequest>) => {
  const request = event.data;
  try {
    scope.postMessage({ id: request.id, value: answerHelper(state, request) });
  } catch (error) {
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};
