/**
 * How the plan's pictures are set up: the map's direction, grouping, colouring, filters and which
 * boxes are collapsed; the timeline's zoom and expanded waves; the workloads another view asked to
 * highlight. UI state only: nothing here is saved in the project file or undone.
 */
import type { StateCreator } from 'zustand';
import type { Direction } from '../../../shared/layout/graph/types';
import type { MapFilter, MapGrouping } from '../../../shared/layout/dependency-map';
import type { TimeScale } from '../../../shared/layout/timeline/scale';
import type { DecampState } from './types';

/** What the map's card colours say. */
export type MapColouring = 'wave' | 'kind' | 'target' | 'team' | 'environment' | 'risk';

export interface MapSettings {
  readonly direction: Direction;
  readonly grouping: MapGrouping;
  readonly colourBy: MapColouring;
  readonly filter: MapFilter;
  /** The user's choices by cluster id; a cluster not listed follows the map's default. */
  readonly collapsed: Readonly<Record<string, boolean>>;
  /** The interim state shown: -1 before the move, n after wave n; null when the slider is off. */
  readonly afterWave: number | null;
}

export interface TimelineSettings {
  readonly scale: TimeScale;
  /** Waves opened to their workloads (by wave id); 'all' opens every wave. */
  readonly expanded: readonly string[] | 'all';
  /** Workloads opened to their runbook steps. */
  readonly expandedWorkloads: readonly string[];
}

export interface ViewsSlice {
  readonly mapSettings: MapSettings;
  readonly timelineSettings: TimelineSettings;
  /** Workloads another view pointed at (a risk's affected list): the map and the timeline mark them. */
  readonly highlightedWorkloadIds: readonly string[];
  setMapSettings(patch: Partial<MapSettings>): void;
  setTimelineSettings(patch: Partial<TimelineSettings>): void;
  highlightWorkloads(ids: readonly string[]): void;
}

export const DEFAULT_MAP_SETTINGS: MapSettings = { direction: 'LR', grouping: 'moveGroup', colourBy: 'wave', filter: {}, collapsed: {}, afterWave: null };
export const DEFAULT_TIMELINE_SETTINGS: TimelineSettings = { scale: 'week', expanded: [], expandedWorkloads: [] };

export const createViewsSlice: StateCreator<DecampState, [], [], ViewsSlice> = (set, get) => ({
  mapSettings: DEFAULT_MAP_SETTINGS,
  timelineSettings: DEFAULT_TIMELINE_SETTINGS,
  highlightedWorkloadIds: [],
  setMapSettings: (patch) => set({ mapSettings: { ...get().mapSettings, ...patch } }),
  setTimelineSettings: (patch) => set({ timelineSettings: { ...get().timelineSettings, ...patch } }),
  highlightWorkloads: (ids) => set({ highlightedWorkloadIds: [...ids] }),
});
