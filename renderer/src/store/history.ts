/**
 * The one way a document edit lands: push the current Project on the undo stack, clear redo,
 * recompute dirty. Kept apart so every action records exactly one history entry.
 */
import type { Project } from '../../../shared/model';
import type { DecampState, EditResult } from './types';

/** Undo depth; older snapshots are dropped first. */
export const HISTORY_LIMIT = 200;

type Set = (partial: Partial<DecampState>) => void;
type Get = () => DecampState;

export function commitProject(set: Set, get: Get, next: Project): void {
  const { project, past, savedProject } = get();
  if (next === project) return;
  const trimmed = past.length >= HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT + 1) : past;
  set({ project: next, past: [...trimmed, project], future: [], canUndo: true, canRedo: false, dirty: next !== savedProject, lastEditError: null });
}

/** Record a refused edit for the status line and hand the result back. */
export function noteResult(set: Set, result: EditResult): EditResult {
  if (!result.ok) set({ lastEditError: result });
  return result;
}
