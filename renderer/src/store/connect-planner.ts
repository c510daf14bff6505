/**
 * Keeps the Plan in step with the Project: after each change (debounced, so a burst of keystrokes
 * plans once) the planner runs; the previous plan stays on screen with `planning` set meanwhile.
 * Answers for a Project that is no longer current are dropped, so the newest edit always wins.
 * Each plan brings its sensitivity later; the previous one stays shown until it arrives.
 */
import type { StoreApi } from 'zustand';
import type { Project } from '../../../shared/model';
import type { Planner, SensitivityOutcome } from './planner';
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
        // A plan after an open (no plan shown) belongs to another document: its old sensitivity goes,
        // as it does when this planner brings none.
        const fresh = store.getState().plan === null || !outcome.sensitivity;
        store.setState({
          plan: outcome.plan,
          planMs: outcome.ms,
          planning: false,
          planError: null,
          plannedProject: project,
          ...(fresh ? { sensitivity: null, sensitivityProject: null, sensitivityNote: null } : {}),
          sensitivityStatus: outcome.sensitivity ? 'computing' : 'idle',
        });
        outcome.sensitivity?.then((result) => acceptSensitivity(project, result));
      },
      (error: unknown) => {
        if (stopped || store.getState().project !== project) return;
        store.setState({ planning: false, planError: error instanceof Error ? error.message : String(error), plannedProject: project });
      },
    );
  };

  /** Like the plan's, a sensitivity for a Project that is no longer current is dropped. */
  const acceptSensitivity = (project: Project, outcome: SensitivityOutcome) => {
    if (stopped || store.getState().project !== project || outcome.status === 'cancelled') return;
    if (outcome.status === 'done') {
      store.setState({ sensitivity: outcome.result, sensitivityStatus: 'done', sensitivityNote: null, sensitivityProject: project });
    } else {
      // A skipped or failed run leaves nothing current to show: an older result would mislead.
      store.setState({ sensitivity: null, sensitivityStatus: outcome.status, sensitivityNote: outcome, sensitivityProject: project });
    }
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
