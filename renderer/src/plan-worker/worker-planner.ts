/**
 * A Planner backed by a Web Worker. At most one request is in flight; while it runs, only the
 * newest Project waits (older ones are superseded), so a burst of edits never queues up plans.
 */
import type { Project } from '../../../shared/model';
import type { PlanOutcome, Planner } from '../store/planner';
import type { PlanRequest, PlanResponse } from './protocol';

interface Pending {
  readonly project: Project;
  readonly resolve: (outcome: PlanOutcome) => void;
  readonly reject: (error: Error) => void;
}

export function createWorkerPlanner(makeWorker: () => Worker): Planner {
  const worker = makeWorker();
  let nextId = 1;
  let inFlight: (Pending & { id: number }) | null = null;
  let waiting: Pending | null = null;

  const send = (job: Pending) => {
    const id = nextId++;
    inFlight = { ...job, id };
    const request: PlanRequest = { id, project: job.project };
    worker.postMessage(request);
  };

  worker.onmessage = (event: MessageEvent<PlanResponse>) => {
    const done = inFlight;
    if (!done || event.data.id !== done.id) return;
    inFlight = null;
    if (event.data.ok) done.resolve({ plan: event.data.plan, ms: event.data.ms });
    else done.reject(new Error(event.data.message));
    if (waiting) {
      const job = waiting;
      waiting = null;
      send(job);
    }
  };
  worker.onerror = (event: ErrorEvent) => {
    const done = inFlight;
    inFlight = null;
    done?.reject(new Error(event.message || 'the planner stopped'));
    if (waiting) {
      const job = waiting;
      waiting = null;
      send(job);
    }
  };

  return {
    plan(project) {
      return new Promise<PlanOutcome>((resolve, reject) => {
        const job = { project, resolve, reject };
        if (inFlight === null) {
          send(job);
          return;
        }
        // Superseded: the store ignores answers for old Projects anyway.
        waiting?.reject(new Error('superseded'));
        waiting = job;
      });
    },
    dispose() {
      worker.terminate();
      waiting?.reject(new Error('disposed'));
      inFlight?.reject(new Error('disposed'));
      waiting = null;
      inFlight = null;
    },
  };
}
