/** Undo and redo over Project snapshots. */
import type { StateCreator } from 'zustand';
import type { DecampState, HistorySlice } from './types';

export const createHistorySlice: StateCreator<DecampState, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  canUndo: false,
  canRedo: false,
  undo() {
    const { past, future, project, savedProject } = get();
    const previous = past[past.length - 1];
    if (!previous) return;
    const nextPast = past.slice(0, -1);
    set({ project: previous, past: nextPast, future: [project, ...future], canUndo: nextPast.length > 0, canRedo: true, dirty: previous !== savedProject });
  },
  redo() {
    const { past, future, project, savedProject } = get();
    const next = future[0];
    if (!next) return;
    const nextFuture = future.slice(1);
    set({ project: next, past: [...past, project], future: nextFuture, canUndo: true, canRedo: nextFuture.length > 0, dirty: next !== savedProject });
  },
});
