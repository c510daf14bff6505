/**
 * The derived Plan. It has no actions of its own: `connectPlanner` fills it from the Project
 * whenever the Project changes, so components only read it.
 */
import type { StateCreator } from 'zustand';
import type { DecampState, PlanSlice } from './types';

export const createPlanSlice: StateCreator<DecampState, [], [], PlanSlice> = () => ({
  plan: null,
  planning: false,
  planError: null,
  planMs: null,
  plannedProject: null,
  sensitivity: null,
  sensitivityStatus: 'idle',
  sensitivityNote: null,
  sensitivityProject: null,
  pace: null,
  comparison: null,
  comparisonStatus: 'idle',
  comparisonProgress: null,
  comparisonError: null,
  comparisonProject: null,
});
