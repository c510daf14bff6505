/// <reference lib="webworker" />
/**
 * The map's layout off the main thread. The cache lives here, so it survives from one request to
 * the next: an edit or an expanded group lays out only the levels whose subgraph changed.
 */
import { LayoutCache, layoutHierarchy } from '../../../../shared/layout/graph/hierarchy';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cache = new LayoutCache();

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, items, edges, options } = event.data;
  const t0 = performance.now();
  const layout = layoutHierarchy(items, edges, options, cache);
  const response: LayoutResponse = { id, layout, ms: performance.now() - t0 };
  scope.postMessage(response);
};
