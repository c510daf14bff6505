/**
 * Keeps the Plan in step with the Project: after each change (debounced, so a burst of keystrokes
 * plans once) the planner runs; the previous plan stays on screen with `planning` set meanwhile.
 * Answers for a Project that is no longer current are dropped, so the newest edit always wins.
 *
 * The sensitivity ("what moves the date most") is worked out only while the Summary shows it, for
 * the project whose plan is shown: dozens of re-plans in the worker would otherwise compete with
 * the page for the cores while someone edits the grid. Leaving the Summary cancels it. The
 * comparison of the scenarios works the same way for the Compare view.
 *
 * An edit of the scenarios or the baselines alone does not change the plan (the plan is the
 * baseline's): the shown plan is kept for the new project instead of planning it again.
 */
import type { StoreApi } from 'zustand';
import type { Project } from '../../../shared/model';
import type { Planner, SensitivityOutcome } from './planner';
import type { DecampState, ViewId } from './types';

/** Views that show what moves the date (the Summary's list, the Risks view's tornado): the sensitivity runs only while one is open. */
const SENSITIVITY_VIEWS: ReadonlySet<ViewId> = new Set<ViewId>(['summary', 'risks']);
const COMPARE_VIEW: ViewId = 'compare';

/** Fields of the project file the plan never reads. */
const NOT_PLANNED = new Set<string>(['scenarios', 'baselines']);

/** True when `a` and `b` differ only in fields the plan never reads, so `a`'s plan is `b`'s too. */
export function samePlanInputs(a: Project | null, b: Project): boolean {
  if (a === null) return false;
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (NOT_PLANNED.has(key)) continue;
    if ((a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return false;
  }
  return true;
}

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
  /** The project a comparison is under way for, if any. */
  let compareFor: Project | null = null;

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
          pace: outcome.pace ?? null,
          planning: false,
          planError: null,
          plannedProject: project,
          ...(fresh ? { sensitivity: null, sensitivityProject: null, sensitivityNote: null, sensitivityStatus: 'idle', comparison: null, comparisonProject: null, comparisonStatus: 'idle', comparisonError: null } : {}),
        });
        requestSensitivity();
        requestComparison();
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

  /** Ask for the comparison of the scenarios while the Compare view is open and it is not known yet for this project. */
  const requestComparison = () => {
    const state = store.getState();
    const project = state.project;
    if (stopped || !planner.compare || state.view !== COMPARE_VIEW || state.plannedProject !== project || state.planError !== null) return;
    if (state.comparisonProject === project || compareFor === project) return;
    compareFor = project;
    store.setState({ comparisonStatus: 'computing', comparisonProgress: null });
    const progress = (done: number, total: number) => {
      if (!stopped && store.getState().project === project) store.setState({ comparisonProgress: { done, total } });
    };
    void planner.compare(project, progress).then((outcome) => {
      if (compareFor === project) compareFor = null;
      if (stopped || store.getState().project !== project) return;
      if (outcome.status === 'cancelled') {
        if (store.getState().comparisonStatus === 'computing') store.setState({ comparisonStatus: store.getState().comparison ? 'done' : 'idle', comparisonProgress: null });
        return;
      }
      if (outcome.status === 'done') store.setState({ comparison: outcome.comparison, comparisonStatus: 'done', comparisonError: null, comparisonProject: project, comparisonProgress: null });
      else store.setState({ comparisonStatus: 'failed', comparisonError: outcome.message, comparisonProject: project, comparisonProgress: null });
    });
  };

  const schedule = (project: Project) => {
    if (timer !== null) clearTimeout(timer);
    // The first plan of a document has nothing to show meanwhile: start at once.
    const delay = store.getState().plan === null ? 0 : debounceMs;
    timer = setTimeout(() => run(project), delay);
    if (!store.getState().planning) store.setState({ planning: true });
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.project !== previous.project) {
      // Only the scenarios or baselines changed and nothing is being planned: the shown plan is this project's too.
      if (timer === null && !state.planning && state.planError === null && state.plan !== null && samePlanInputs(state.plannedProject, state.project)) {
        const sensitivityKept = state.sensitivityProject !== null && samePlanInputs(state.sensitivityProject, state.project);
        store.setState({ plannedProject: state.project, ...(sensitivityKept ? { sensitivityProject: state.project } : {}) });
        requestSensitivity();
        requestComparison();
      } else schedule(state.project);
    }
    if (state.view !== previous.view) {
      if (SENSITIVITY_VIEWS.has(state.view)) requestSensitivity();
      else if (sensitivityFor !== null) {
        sensitivityFor = null;
        planner.cancelSensitivity();
      }
      if (state.view === COMPARE_VIEW) requestComparison();
      else if (compareFor !== null) {
        compareFor = null;
        planner.cancelCompare?.();
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
