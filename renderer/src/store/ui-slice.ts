/** What the user is looking at: view, selection, focus, filter, theme and language. */
import type { StateCreator } from 'zustand';
import type { DecampState, UiSlice } from './types';

export const createUiSlice: StateCreator<DecampState, [], [], UiSlice> = (set) => ({
  view: 'summary',
  selectedWorkloadIds: [],
  focusedWorkloadId: null,
  focusedField: null,
  focusedAssumptionId: null,
  inventoryFilter: '',
  reviewFilter: false,
  theme: 'system',
  locale: 'en',
  setView: (view) => set({ view }),
  selectWorkloads: (ids) => set({ selectedWorkloadIds: [...ids] }),
  focusWorkload: (id, field = null) => set({ focusedWorkloadId: id, focusedField: id === null ? null : field }),
  focusAssumption: (focusedAssumptionId) => set({ focusedAssumptionId }),
  setInventoryFilter: (inventoryFilter) => set({ inventoryFilter }),
  setReviewFilter: (reviewFilter) => set({ reviewFilter }),
  setTheme: (theme) => set({ theme }),
  setLocale: (locale) => set({ locale }),
});
