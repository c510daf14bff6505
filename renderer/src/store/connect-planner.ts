/**
 * Keeps the Plan in step with the Project: after each change (debounced, so a burst of keystrokes
 * plans once) the planner runs; the previous plan stays on screen with `planning` set meanwhile.
 * Answers for a Project that is no longer current are dropped, so the newest edit always wins.
 */
import type { StoreApi } from 'zustand';
import type { Project } from '../../../shared/model';
import type { Planner } from './planner';
import type { DecampState } from './types';

export interface ConnectPlannerOptions {
  /** Quiet time after the last edit before planning starts. */
  readonly debounceMs?: number;
}

/** Start planning on Project changes; returns a function that stops it. */
export function connectPlanner(store: StoreApi<DecampState>, planner: Planner, options: ConnectPlannerOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 150;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const run = (project: Project) => {
    timer = null;
    planner.plan(project).then(
      (outcome) => {
        if (stopped || store.getState().project !== project) return;
        store.setState({ plan: outcome.plan, planMs: outcome.ms, planning: false, planError: null, plannedProject: project });
      },
      (error: unknown) => {
        if (stopped || store.getState().project !== project) return;
        store.setState({ planning: false, planError: error instanceof Error ? error.message : String(error), plannedProject: project });
      },
    );
  };

  const schedule = (project: Project) => {
    if (timer !== null) clearTimeout(timer);
    // The first plan of a document has nothing to show meanwhile: start at once.
    const delay = store.getState().plan === null ? 0 : debounceMs;
    timer = setTimeout(() => run(project), delay);
    if (!store.getState().planning) store.setState({ planning: true });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project !== previous.project) schedule(state.project);
  });
  schedule(store.getState().project);

  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    unsubscribe();
  };
}
