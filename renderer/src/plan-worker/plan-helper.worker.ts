/// <reference lib="webworker" />
/**
 * The plan worker's helper, a nested worker: a project and plan options in, the later half of the
 * Monte Carlo's runs out (shared/plan/plan-parallel.ts), or null when the runs do not split. An
 * error goes back as a message, so the plan worker simulates those runs itself.
 */
import type { Project } from '../../../shared/model';
import { planLaterRuns } from '../../../shared/plan/plan-parallel';
import type { PlanOptions } from '../../../shared/plan/plan-project';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<{ id: number; project: Project; options: PlanOptions }>) => {
  const { id, project, options } = event.data;
  try {
    scope.postMessage({ id, part: planLaterRuns(project, options) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
