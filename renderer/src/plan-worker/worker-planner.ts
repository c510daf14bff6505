/**
 * A Planner backed by a Web Worker. At most one plan request is in flight; while it runs, only the
 * newest Project waits (older ones are superseded), so a burst of edits never queues up plans.
 * After each plan the worker sends the plan's sensitivity; sending a newer Project cancels it.
 */
import type { Project } from '../../../shared/model';
import type { PlanOutcome, Planner, SensitivityOutcome } from '../store/planner';
import type { PlanRequest, PlanResponse } from './protocol';

interface Pending {
  readonly project: Project;
  readonly resolve: (outcome: PlanOutcome) => void;
  readonly reject: (error: Error) => void;
}

const CANCELLED: SensitivityOutcome = { status: 'cancelled' };

export function createWorkerPlanner(makeWorker: () => Worker): Planner {
  const worker = makeWorker();
  let nextId = 1;
  let inFlight: (Pending & { id: number }) | null = null;
  let waiting: Pending | null = null;
  /** Sensitivity answers still to come, by request id. */
  const sensitivity = new Map<number, (outcome: SensitivityOutcome) => void>();

  const settleSensitivity = (outcome: SensitivityOutcome, before = Number.POSITIVE_INFINITY) => {
    for (const [id, resolve] of sensitivity) {
      if (id >= before) continue;
      sensitivity.delete(id);
      resolve(outcome);
    }
  };

  const send = (job: Pending) => {
    const id = nextId++;
    inFlight = { ...job, id };
    // The worker drops older sensitivity runs when this request arrives; settle them here too.
    settleSensitivity(CANCELLED, id);
    const request: PlanRequest = { id, project: job.project };
    worker.postMessage(request);
  };

  const sendWaiting = () => {
    if (!waiting) return;
    const job = waiting;
    waiting = null;
    send(job);
  };

  worker.onmessage = (event: MessageEvent<PlanResponse>) => {
    const data = event.data;
    if (data.kind === 'sensitivity') {
      const resolve = sensitivity.get(data.id);
      sensitivity.delete(data.id);
      resolve?.(data.outcome);
      return;
    }
    const done = inFlight;
    if (!done || data.id !== done.id) return;
    inFlight = null;
    if (data.ok) {
      const answer = new Promise<SensitivityOutcome>((resolve) => sensitivity.set(data.id, resolve));
      done.resolve({ plan: data.plan, ms: data.ms, sensitivity: answer });
    } else done.reject(new Error(data.message));
    sendWaiting();
  };
  worker.onerror = (event: ErrorEvent) => {
    const done = inFlight;
    inFlight = null;
    const message = event.message || 'the planner stopped';
    done?.reject(new Error(message));
    settleSensitivity({ status: 'failed', message });
    sendWaiting();
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
      settleSensitivity(CANCELLED);
      waiting = null;
      inFlight = null;
    },
  };
}
