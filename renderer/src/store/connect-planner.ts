/**
 * Keeps the Plan in step with the Project: after each change (debounced, so a burst of keystrokes
 * plans once) the planner runs; the previous plan stays on screen with `planning` set meanwhile.
 * Answers for a Project that is no longer current are dropped, so the newest edit always wins.
 *
 * The sensitivity ("what moves the date most") is worked out only while the Summary shows it, for
 * the project whose plan is shown: dozens of re-plans in the worker would otherwise compete with
 * the page for the cores while someone edits the grid. Leaving the Summary cancels it.
 */
import type { StoreApi } from 'zustand';
import type { Project } from '../../../shared/model';
import type { Planner, SensitivityOutcome } from './planner';
import type { DecampState, ViewId } from './types';

/** Views that show what moves the date (the Summary's list, the Risks view's tornado): the sensitivity runs only while one is open. */
const SENSITIVITY_VIEWS: ReadonlySet<ViewId> = new Set<ViewId>(['summary', 'risks']);

export interface ConnectPlannerOptions {
  /** Quiet time after the last edit before planning starts. */
  readonly debounceMs?: number;
}

/** Start planning on Project changes; returns a function that stops it. */
export function connectPlanner(store: StoreApi<DecampState>, planner: Planner, options: ConnectPlannerOptions = {}): () => void {
  const debounceMs = options.debounceMs ?? 150;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  /** The project a sensitivity run is under way for, if any. */
  let sensitivityFor: Project | null = null;

  const run = (project: Project) => {
    timer = null;
    planner.plan(project).then(
      (outcome) => {
        if (stopped || store.getState().project !== project) return;
        // A plan after an open (no plan shown) belongs to another document: its old sensitivity goes.
        const fresh = store.getState().plan === null;
        store.setState({
          plan: outcome.plan,
          planMs: outcome.ms,
          planning: false,
          planError: null,
          plannedProject: project,
          ...(fresh ? { sensitivity: null, sensitivityProject: null, sensitivityNote: null, sensitivityStatus: 'idle' } : {}),
        });
        requestSensitivity();
      },
      (error: unknown) => {
        if (stopped || store.getState().project !== project) return;
        store.setState({ planning: false, planError: error instanceof Error ? error.message : String(error), plannedProject: project });
      },
    );
  };

  /** Ask for the sensitivity of the shown plan when a view showing it (Summary, Risks) is open and it is not known yet. */
  const requestSensitivity = () => {
    const state = store.getState();
    const project = state.project;
    if (stopped || !SENSITIVITY_VIEWS.has(state.view) || state.plannedProject !== project || state.planError !== null) return;
    if (state.sensitivityProject === project || sensitivityFor === project) return;
    sensitivityFor = project;
    store.setState({ sensitivityStatus: 'computing' });
    void planner.sensitivity(project).then((outcome) => acceptSensitivity(project, outcome));
  };

  /** Like the plan's, a sensitivity for a Project that is no longer current is dropped. */
  const acceptSensitivity = (project: Project, outcome: SensitivityOutcome) => {
    if (sensitivityFor === project) sensitivityFor = null;
    if (stopped || store.getState().project !== project) return;
    if (outcome.status === 'cancelled') {
      // Left the Summary before it finished: nothing new to show; it is asked for again on return.
      if (store.getState().sensitivityStatus === 'computing') store.setState({ sensitivityStatus: store.getState().sensitivity ? 'done' : 'idle' });
      return;
    }
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
    if (state.view !== previous.view) {
      if (SENSITIVITY_VIEWS.has(state.view)) requestSensitivity();
      else if (sensitivityFor !== null) {
        sensitivityFor = null;
        planner.cancelSensitivity();
      }
    }
  });
  schedule(store.getState().project);

  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    unsubscribe();
  };
}
