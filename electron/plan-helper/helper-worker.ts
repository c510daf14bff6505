/**
 * The helper thread's side (node:worker_threads), two requests a plan: the later runs of the
 * Monte Carlo (it keeps that plan's set-up), then its share of the drivers' replays with
 * one source switched off alone (shared/plan/plan-parallel.ts). An error goes back as a message,
 * so the host does that part itself.
 */
import { parentPort } from 'node:worker_threads';
import { type LaterRuns, planLaterRuns, replayLaterAlone } from '../../shared/plan/plan-parallel';
import type { AloneRequest, RunSetup } from '../../shared/plan/simulate';

export type HelperRequest =
  | { readonly kind: 'later'; readonly id: number; readonly setup: RunSetup }
  | { readonly kind: 'alone'; readonly id: number; readonly of: number; readonly request: AloneRequest };

/** The set-up of the plan whose later runs were asked for last: its alone replays come next. */
let kept: { id: number; later: LaterRuns } | undefined;

parentPort?.on('message', (request: HelperRequest) => {
  try {
    if (request.kind === 'later') {
      const later = planLaterRuns(request.setup);
      kept = { id: request.id, later };
      parentPort!.postMessage({ id: request.id, value: later.part });
      return;
    }
    if (kept?.id !== request.of) throw new Error('the plan of these replays is no longer here');
    const share = replayLaterAlone(kept.later, request.request);
    kept = undefined;
    parentPort!.postMessage({ id: request.id, value: share });
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
