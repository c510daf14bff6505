/** Builds the store from its slices; the planner is injected so tests can run without a Worker. */
import { create } from 'zustand';
import { connectPlanner, type ConnectPlannerOptions } from './connect-planner';
import { createDocumentSlice } from './document-slice';
import { createHistorySlice } from './history-slice';
import { createPlanSlice } from './plan-slice';
import type { Planner } from './planner';
import type { DecampState } from './types';
import { createUiSlice } from './ui-slice';
import { createViewsSlice } from './views-slice';

export function createDecampStore(planner: Planner | null, options: ConnectPlannerOptions = {}) {
  const useStore = create<DecampState>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createHistorySlice(...a),
    ...createUiSlice(...a),
    ...createPlanSlice(...a),
    ...createViewsSlice(...a),
  }));
  const disconnect = planner ? connectPlanner(useStore, planner, options) : () => undefined;
  return Object.assign(useStore, {
    /** Stop planning and release the planner (tests, hot reload). */
    dispose() {
      disconnect();
      planner?.dispose();
    },
  });
}

export type DecampStore = ReturnType<typeof createDecampStore>;
