/**
 * The helper thread's side (node:worker_threads), three requests a plan: the later runs of the
 * Monte Carlo (it keeps that plan's set-up), its share of the drivers' replays with one source
 * switched off alone, then its runs of the turns (`answerHelper`, shared/plan/plan-parallel.ts).
 * An error goes back as a message, so the host does that part itself.
 */
import { parentPort } from 'node:worker_threads';
import { answerHelper, type HelperRequest, type HelperState } from '../../shared/plan/plan-parallel';

export type { HelperRequest } from '../../shared/plan/plan-parallel';

const state: HelperState = {};

parentPort?.on('message', (request: HelperRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, value: answerHelper(state, request) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
