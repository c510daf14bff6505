/**
 * A Planner backed by a Web Worker. At most one plan request is in flight; while it runs, only the
 * newest Project waits (older ones are superseded), so a burst of edits never queues up plans.
 * A sensitivity request runs after what the worker has in hand; any later message cancels it.
 */
import type { Project } from '../../../shared/model';
import type { CompareOutcome, PlanOutcome, Planner, SensitivityOutcome } from '../store/planner';
import type { PlanRequest, PlanResponse } from './protocol';

interface Pending {
  readonly project: Project;
  readonly resolve: (outcome: PlanOutcome) => void;
  readonly reject: (error: Error) => void;
}

const CANCELLED: SensitivityOutcome = { status: 'cancelled' };
const COMPARE_CANCELLED: CompareOutcome = { status: 'cancelled' };

interface PendingCompare {
  readonly resolve: (outcome: CompareOutcome) => void;
  readonly progress?: (done: number, total: number) => void;
}

export function createWorkerPlanner(makeWorker: () => Worker): Planner {
  const worker = makeWorker();
  let nextId = 1;
  let inFlight: (Pending & { id: number }) | null = null;
  let waiting: Pending | null = null;
  /** Sensitivity answers still to come, by request id. */
  const sensitivity = new Map<number, (outcome: SensitivityOutcome) => void>();
  /** Comparisons still to come, by request id. */
  const comparisons = new Map<number, PendingCompare>();

  /** Every message supersedes the sensitivity and compare runs sent before it: the worker drops them, settle them here. */
  const post = (request: PlanRequest) => {
    for (const [id, resolve] of sensitivity) {
      if (id >= request.id) continue;
      sensitivity.delete(id);
      resolve(CANCELLED);
    }
    for (const [id, pending] of comparisons) {
      if (id >= request.id) continue;
      comparisons.delete(id);
      pending.resolve(COMPARE_CANCELLED);
    }
    worker.postMessage(request);
  };

  const send = (job: Pending) => {
    const id = nextId++;
    inFlight = { ...job, id };
    post({ id, kind: 'plan', project: job.project });
  };

  const sendWaiting = () => {
    if (!waiting) return;
    const job = waiting;
    waiting = null;
    send(job);
  };

  worker.onmessage = (event: MessageEvent<PlanResponse>) => {
    const data = event.data;
    if (data.kind === 'compare-progress') {
      comparisons.get(data.id)?.progress?.(data.done, data.total);
      return;
    }
    if (data.kind === 'compare') {
      const pending = comparisons.get(data.id);
      comparisons.delete(data.id);
      pending?.resolve(data.outcome);
      return;
    }
    if (data.kind === 'sensitivity') {
      const resolve = sensitivity.get(data.id);
      sensitivity.delete(data.id);
      resolve?.(data.outcome);
      return;
    }
    const done = inFlight;
    if (!done || data.id !== done.id) return;
    inFlight = null;
    if (data.ok) done.resolve({ plan: data.plan, ms: data.ms, ...(data.pace ? { pace: data.pace } : {}) });
    else done.reject(new Error(data.message));
    sendWaiting();
  };
  worker.onerror = (event: ErrorEvent) => {
    const done = inFlight;
    inFlight = null;
    const message = event.message || 'the planner stopped';
    done?.reject(new Error(message));
    for (const resolve of sensitivity.values()) resolve({ status: 'failed', message });
    sensitivity.clear();
    for (const pending of comparisons.values()) pending.resolve({ status: 'failed', message });
    comparisons.clear();
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
    sensitivity(project) {
      const id = nextId++;
      const answer = new Promise<SensitivityOutcome>((resolve) => sensitivity.set(id, resolve));
      post({ id, kind: 'sensitivity', project });
      return answer;
    },
    cancelSensitivity() {
      if (sensitivity.size > 0) post({ id: nextId++, kind: 'cancel' });
    },
    compare(project, progress) {
      const id = nextId++;
      const answer = new Promise<CompareOutcome>((resolve) => comparisons.set(id, { resolve, ...(progress ? { progress } : {}) }));
      post({ id, kind: 'compare', project });
      return answer;
    },
    cancelCompare() {
      if (comparisons.size > 0) post({ id: nextId++, kind: 'cancel' });
    },
    dispose() {
      worker.terminate();
      waiting?.reject(new Error('disposed'));
      inFlight?.reject(new Error('disposed'));
      for (const resolve of sensitivity.values()) resolve(CANCELLED);
      sensitivity.clear();
      for (const pending of comparisons.values()) pending.resolve(COMPARE_CANCELLED);
      comparisons.clear();
      waiting = null;
      inFlight = null;
    },
  };
}
