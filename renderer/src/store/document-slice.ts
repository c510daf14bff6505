/** The open document: the Project, where it lives on disk, and every edit action on it. */
import type { StateCreator } from 'zustand';
import { dependencyActions } from './dependency-actions';
import { emptyProject, todayIso } from './empty-project';
import { settingsActions } from './settings-actions';
import type { DecampState, DocumentSlice } from './types';
import { workloadActions } from './workload-actions';

export const createDocumentSlice: StateCreator<DecampState, [], [], DocumentSlice> = (set, get) => {
  const initial = emptyProject({ name: 'Untitled', teamName: 'team-1', startDate: todayIso() });
  return {
    project: initial,
    savedProject: initial,
    filePath: null,
    displayName: 'Untitled',
    diskVersion: null,
    dirty: false,
    lastEditError: null,
    ...workloadActions(set, get),
    ...dependencyActions(set, get),
    ...settingsActions(set, get),

    replaceDocument(opened) {
      set({
        project: opened.project,
        savedProject: opened.project,
        filePath: opened.filePath,
        displayName: opened.displayName,
        diskVersion: opened.diskVersion,
        dirty: false,
        lastEditError: null,
        past: [],
        future: [],
        canUndo: false,
        canRedo: false,
        selectedWorkloadIds: [],
        focusedWorkloadId: null,
        focusedField: null,
        // Another document's plan would show wrong dates under this one's name: wait for its own.
        plan: null,
        plannedProject: null,
        planError: null,
      });
    },

    markSaved(saved, written = get().project) {
      set({ savedProject: written, filePath: saved.filePath, displayName: saved.displayName, diskVersion: saved.diskVersion, dirty: get().project !== written });
    },
  };
};
