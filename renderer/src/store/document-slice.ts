/** The open document: the Project, where it lives on disk, and every edit action on it. */
import type { StateCreator } from 'zustand';
import { decisionActions } from './decision-actions';
import { dependencyActions } from './dependency-actions';
import { importActions } from './import-actions';
import { progressActions } from './progress-actions';
import { scenarioActions } from './scenario-actions';
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
    documentGeneration: 0,
    lastEditError: null,
    ...workloadActions(set, get),
    ...dependencyActions(set, get),
    ...settingsActions(set, get),
    ...importActions(set, get),
    ...decisionActions(set, get),
    ...scenarioActions(set, get),
    ...progressActions(set, get),

    replaceDocument(opened, { unsaved = false } = {}) {
      set({
        project: opened.project,
        // A copy compares unequal, so unsaved work reads as dirty until it is saved (or undone to nothing: there is no history).
        savedProject: unsaved ? { ...opened.project } : opened.project,
        filePath: opened.filePath,
        displayName: opened.displayName,
        diskVersion: opened.diskVersion,
        dirty: unsaved,
        documentGeneration: get().documentGeneration + 1,
        lastEditError: null,
        past: [],
        future: [],
        canUndo: false,
        canRedo: false,
        selectedWorkloadIds: [],
        focusedWorkloadId: null,
        focusedField: null,
        focusedAssumptionId: null,
        // Another document's boxes and workloads: its collapsed groups, filters and highlights mean nothing here.
        mapSettings: { ...get().mapSettings, filter: {}, collapsed: {}, afterWave: null },
        timelineSettings: { ...get().timelineSettings, expanded: [], expandedWorkloads: [] },
        highlightedWorkloadIds: [],
        // Another document's plan would show wrong dates under this one's name: wait for its own.
        plan: null,
        plannedProject: null,
        planError: null,
      });
    },

    markSaved(saved, written = get().project, generation = get().documentGeneration) {
      // The file was written, but for a document no longer open: its name must not become the current document's.
      if (generation !== get().documentGeneration) return false;
      set({ savedProject: written, filePath: saved.filePath, displayName: saved.displayName, diskVersion: saved.diskVersion, dirty: get().project !== written });
      return true;
    },
  };
};
