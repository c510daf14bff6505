/**
 * The shape of the one renderer store, slice by slice. Components select narrowly from
 * `DecampState`; actions live here so every edit goes through validation and history.
 */
import type { Calendar, Dependency, FreezePreset, Project, ProjectMeta, Team, Workload } from '../../../shared/model';
import type { Plan, SensitivityResult } from '../../../shared/plan/types';
import type { Comparison } from '../../../shared/scenarios';
import type { PaceForecast } from '../../../shared/scenarios/pace';
import type { OpenedDocument, SavedDocument, Theme } from '../../../shared/ipc';
import type { MergeResult, ProjectFragment } from '../../../shared/import';
import type { SensitivityOutcome } from './planner';
import type { DecisionActions } from './decision-actions';
import type { ProgressActions } from './progress-actions';
import type { ScenarioActions } from './scenario-actions';
import type { ViewsSlice } from './views-slice';

/** Why an edit was refused: an i18n key under `common:edit.*` plus its params, and English for logs. */
export type EditResult = { readonly ok: true } | { readonly ok: false; readonly code: EditErrorCode; readonly params: Readonly<Record<string, string | number>>; readonly message: string };

export type EditErrorCode = 'invalid' | 'notFound' | 'teamHasWorkloads' | 'lastTeam' | 'selfDependency' | 'duplicateDependency';

export type ViewId = 'summary' | 'inventory' | 'assumptions' | 'issues' | 'map' | 'waves' | 'timeline' | 'risks' | 'outage' | 'compare';
/** In shortcut order: Ctrl/Cmd+1 is the first, Ctrl/Cmd+0 the tenth (Compare). The first four keep the numbers they had before the plan views came. */
export const VIEW_IDS: readonly ViewId[] = ['summary', 'inventory', 'assumptions', 'issues', 'map', 'waves', 'timeline', 'risks', 'outage', 'compare'];

export type UiLocale = 'en' | 'zh-CN';

/** The open project file and whether it has changes not yet saved. */
export interface DocumentSlice extends DecisionActions, ScenarioActions, ProgressActions {
  readonly project: Project;
  /** The project as last opened or saved; `dirty` is `project !== savedProject`. */
  readonly savedProject: Project;
  readonly filePath: string | null;
  readonly displayName: string;
  readonly diskVersion: string | null;
  readonly dirty: boolean;
  /**
   * Which document is open: bumped by every `replaceDocument`. A save still being written when another document is opened
   * carries the old number, so its file name and disk version never land on the new document.
   */
  readonly documentGeneration: number;
  /** The last refused edit, for a status message; cleared by the next accepted one. */
  readonly lastEditError: Extract<EditResult, { ok: false }> | null;

  updateWorkload(id: string, patch: Partial<Workload>): EditResult;
  /** Adds a workload with sensible defaults; returns its id, or '' when `partial` is invalid. */
  addWorkload(partial?: Partial<Workload>): string;
  /** Copies workloads (new ids, names + `nameSuffix`); returns the new ids. */
  duplicateWorkloads(ids: readonly string[], options?: { nameSuffix?: string }): string[];
  /** Removes workloads with their dependencies, pins and estimate overrides. */
  deleteWorkloads(ids: readonly string[]): void;
  bulkUpdateWorkloads(ids: readonly string[], patch: Partial<Workload>): EditResult;
  /** Returns the new dependency id, or '' when refused (see `lastEditError`). */
  addDependency(dep: Pick<Dependency, 'from' | 'to' | 'kind' | 'coupling'> & { note?: string }): string;
  removeDependency(id: string): void;
  updateDependency(id: string, patch: Partial<Dependency>): EditResult;
  setAssumption(id: string, value: number): EditResult;
  resetAssumption(id: string): void;
  updateTeam(id: string, patch: Partial<Team>): EditResult;
  /** Returns the new team id. */
  addTeam(partial?: Partial<Team>): string;
  /** Refused while the team owns workloads, or when it is the last team. */
  removeTeam(id: string): EditResult;
  updateCalendar(patch: Partial<Calendar>): EditResult;
  /** A named preset for a year (default: the first one ending on or after the start date), or a custom span. */
  addFreezeWindow(window: { preset: FreezePreset; year?: number } | { name: string; start: string; end: string }): EditResult;
  removeFreezeWindow(id: string): void;
  updateProjectMeta(patch: Partial<ProjectMeta>): EditResult;
  /** Merge an import into the open project as one undoable step; returns what was added, updated and left alone. */
  applyImport(fragment: ProjectFragment): MergeResult;
  /** The user confirmed the guesses on these workloads: their "needs review" markers go (one undo step). */
  confirmReview(ids: readonly string[]): void;
  /**
   * Swap in another document (open, sample, new, recovery). Not undoable: history starts afresh. `unsaved` opens it with changes
   * not yet on disk (a recovered copy), so it is dirty from the start.
   */
  replaceDocument(opened: OpenedDocument, options?: { readonly unsaved?: boolean }): void;
  /**
   * The document was written. `written` is the Project that went to disk (default: the current one): an edit made while the save
   * was under way is not in the file, so it stays unsaved instead of being marked saved and lost on close. `generation` is the
   * `documentGeneration` the save started under (default: the current one); when another document was opened meanwhile, nothing
   * is applied and the answer is false.
   */
  markSaved(saved: SavedDocument, written?: Project, generation?: number): boolean;
}

/** Undo/redo as stacks of Project snapshots; structural sharing keeps them cheap. */
export interface HistorySlice {
  readonly past: readonly Project[];
  readonly future: readonly Project[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  undo(): void;
  redo(): void;
}

export interface UiSlice {
  readonly view: ViewId;
  readonly selectedWorkloadIds: readonly string[];
  readonly focusedWorkloadId: string | null;
  /** The field to bring into view with the focused workload (e.g. `team`), when known. */
  readonly focusedField: string | null;
  /**
   * An assumption to bring into view (a Summary row links to it): the Assumptions view scrolls to its row, highlights it and
   * focuses its value, then clears this, so coming back later does not jump again.
   */
  readonly focusedAssumptionId: string | null;
  readonly inventoryFilter: string;
  /** Show only workloads with guesses to confirm (set by the Inventory's filter and after an import). */
  readonly reviewFilter: boolean;
  readonly theme: Theme;
  readonly locale: UiLocale;
  setView(view: ViewId): void;
  selectWorkloads(ids: readonly string[]): void;
  focusWorkload(id: string | null, field?: string | null): void;
  focusAssumption(id: string | null): void;
  setInventoryFilter(filter: string): void;
  setReviewFilter(on: boolean): void;
  setTheme(theme: Theme): void;
  setLocale(locale: UiLocale): void;
}

export interface PlanSlice {
  readonly plan: Plan | null;
  readonly planning: boolean;
  readonly planError: string | null;
  /** How long the last plan took, in milliseconds (worker time, not counting the debounce). */
  readonly planMs: number | null;
  /** The project the shown plan was computed from. */
  readonly plannedProject: Project | null;
  /**
   * What moves the planned end most (one assumption at a time). Worked out after each plan; while
   * a newer one is computed the previous result stays here, so the page does not flicker.
   */
  readonly sensitivity: SensitivityResult | null;
  readonly sensitivityStatus: SensitivityStatus;
  /** Why the sensitivity was not worked out, when `sensitivityStatus` is 'skipped' or 'failed'. */
  readonly sensitivityNote: Exclude<SensitivityOutcome, { status: 'done' } | { status: 'cancelled' }> | null;
  /** The project `sensitivity` was computed from. */
  readonly sensitivityProject: Project | null;
  /**
   * The baseline and every scenario planned side by side, worked out only while the Compare view is
   * open; the previous one stays while a newer one is computed.
   */
  readonly comparison: Comparison | null;
  /** What the recorded actuals did to the shown plan's dates; null when none are recorded. */
  readonly pace: PaceForecast | null;
  readonly comparisonStatus: 'idle' | 'computing' | 'done' | 'failed';
  /** Plans done and in all of the comparison under way. */
  readonly comparisonProgress: { readonly done: number; readonly total: number } | null;
  readonly comparisonError: string | null;
  /** The project `comparison` was computed from. */
  readonly comparisonProject: Project | null;
}

/** idle: nothing asked yet; computing: a newer result is on its way; then done, skipped or failed. */
export type SensitivityStatus = 'idle' | 'computing' | 'done' | 'skipped' | 'failed';

export type DecampState = DocumentSlice & HistorySlice & UiSlice & PlanSlice & ViewsSlice;
