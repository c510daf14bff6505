/**
 * The helper thread's side (node:worker_threads): a project and plan options in, the later half of
 * the Monte Carlo's runs out (shared/plan/plan-parallel.ts), or null when the runs do not split.
 * An error is sent back as a message, so the host plans those runs itself.
 */
import { parentPort } from 'node:worker_threads';
import type { Project } from '../../shared/model/schema';
import { planLaterRuns } from '../../shared/plan/plan-parallel';
import type { PlanOptions } from '../../shared/plan/plan-project';

export interface HelperRequest {
  readonly id: number;
  readonly project: Project;
  readonly options: PlanOptions;
}

parentPort?.on('message', (request: HelperRequest) => {
  try {
    parentPort!.postMessage({ id: request.id, part: planLaterRuns(request.project, request.options) });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
