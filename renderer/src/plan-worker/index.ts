/** The planner the app uses: a Web Worker where there is one, the main thread otherwise. */
import type { Planner } from '../store/planner';
import { createMainThreadPlanner } from './main-thread-planner';
import { createWorkerPlanner } from './worker-planner';

export function createDefaultPlanner(): Planner {
  if (typeof Worker === 'undefined') return createMainThreadPlanner();
  try {
    return createWorkerPlanner(() => new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return createMainThreadPlanner();
  }
}

export { createMainThreadPlanner } from './main-thread-planner';
export { createWorkerPlanner } from './worker-planner';
