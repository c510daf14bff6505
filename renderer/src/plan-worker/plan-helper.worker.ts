/// <reference lib="webworker" />
/**
 * The plan worker's helper, a nested worker, two requests a plan: the later runs of the Monte
 * Carlo (it keeps that plan's set-up), then its share of the drivers' replays with one
 * source switched off alone (shared/plan/plan-parallel.ts). An error goes back as a message, so
 * the plan worker does that part itself.
 */
import { type LaterRuns, planLaterRuns, replayLaterAlone } from '../../../shared/plan/plan-parallel';
import type { AloneRequest, RunSetup } from '../../../shared/plan/simulate';

export type HelperRequest =
  | { readonly kind: 'later'; readonly id: number; readonly setup: RunSetup }
  | { readonly kind: 'alone'; readonly id: number; readonly of: number; readonly request: AloneRequest };

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** The set-up of the plan whose later runs were asked for last: its alone replays come next. */
let kept: { id: number; later: LaterRuns } | undefined;

scope.onmessage = (event: MessageEvent<HelperRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'later') {
      const later = planLaterRuns(request.setup);
      kept = { id: request.id, later };
      scope.postMessage({ id: request.id, value: later.part });
      return;
    }
    if (kept?.id !== request.of) throw new Error('the plan of these replays is no longer here');
    const share = replayLaterAlone(kept.later, request.request);
    kept = undefined;
    scope.postMessage({ id: request.id, value: share });
  } catch (error) {
    scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
};
