/**
 * The renderer's one store and the selectors components use. Select narrowly:
 *
 * @example
 * const name = useDecampStore((s) => s.project.project.name);
 * const { undo, canUndo } = useDecampStore(useShallow((s) => ({ undo: s.undo, canUndo: s.canUndo })));
 */
import { useShallow } from 'zustand/react/shallow';
import type { Workload } from '../../../shared/model';
import { createDefaultPlanner } from '../plan-worker';
import { createDecampStore } from './create-store';
import type { DecampState } from './types';

/** The app's store, planning in a Web Worker (or on the main thread where there is none). */
export const useDecampStore = createDecampStore(createDefaultPlanner());

export { useShallow };
export { createDecampStore, type DecampStore } from './create-store';
export { connectPlanner } from './connect-planner';
export { emptyProject, todayIso } from './empty-project';
export { PRESET_YEARS, presetSpan, nextPresetSpan, SPRING_FESTIVAL } from './freeze-presets';
export { HISTORY_LIMIT } from './history';
export { PLAN_SEED, type CompareOutcome, type Planner, type PlanOutcome } from './planner';
export * from './types';
export { riskRegisterOf, type DecisionActions } from './decision-actions';
export type { ScenarioActions } from './scenario-actions';
export type { ProgressActions, ProgressEntry } from './progress-actions';
export { samePlanInputs } from './connect-planner';
export { DEFAULT_MAP_SETTINGS, DEFAULT_TIMELINE_SETTINGS, type MapColouring, type MapSettings, type TimelineSettings } from './views-slice';

// ---- selectors -------------------------------------------------------------------------------

export const selectProject = (s: DecampState) => s.project;
export const selectWorkloads = (s: DecampState) => s.project.workloads;
export const selectDependencies = (s: DecampState) => s.project.dependencies;
export const selectTeams = (s: DecampState) => s.project.teams;
export const selectPlan = (s: DecampState) => s.plan;
export const selectView = (s: DecampState) => s.view;

/** One workload by id (stable reference until that workload changes). */
export const selectWorkload =
  (id: string) =>
  (s: DecampState): Workload | undefined =>
    s.project.workloads.find((w) => w.id === id);

/** Hook: the workload with `id`, re-rendering only when that workload changes. */
export function useWorkload(id: string): Workload | undefined {
  return useDecampStore((s) => s.project.workloads.find((w) => w.id === id));
}

/** Hook: the document's title bar facts. */
export function useDocumentStatus() {
  return useDecampStore(useShallow((s) => ({ displayName: s.displayName, dirty: s.dirty, filePath: s.filePath })));
}

/** Hook: undo/redo state and actions. */
export function useHistory() {
  return useDecampStore(useShallow((s) => ({ undo: s.undo, redo: s.redo, canUndo: s.canUndo, canRedo: s.canRedo })));
}

/** Hook: the plan and whether a newer one is being computed. */
export function usePlanStatus() {
  return useDecampStore(useShallow((s) => ({ plan: s.plan, planning: s.planning, planError: s.planError, planMs: s.planMs })));
}
