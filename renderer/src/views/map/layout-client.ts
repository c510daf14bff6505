/**
 * Asks for map layouts: in a Web Worker where there is one (the app), on the main thread otherwise
 * (jsdom tests). Only the newest request matters: an answer to an older one is dropped, and while
 * one is being laid out only the newest waiting request is sent next.
 */
import { LayoutCache, layoutHierarchy } from '../../../../shared/layout/graph/hierarchy';
import type { LayoutRequest, LayoutResponse } from './layout-protocol';

export interface LayoutClient {
  /** Resolves with the layout, or null when a newer request superseded this one. */
  layout(request: Omit<LayoutRequest, 'id'>): Promise<LayoutResponse | null>;
  dispose(): void;
}

function mainThreadClient(): LayoutClient {
  const cache = new LayoutCache();
  let latest = 0;
  return {
    async layout(request) {
      const id = ++latest;
      // Yield first, so a burst of requests lays out only the last one.
      await Promise.resolve();
      if (id !== latest) return null;
      const t0 = performance.now();
      const layout = layoutHierarchy(request.items, request.edges, request.options, cache);
      return { id, layout, ms: performance.now() - t0 };
    },
    dispose() {},
  };
}

function workerClient(worker: Worker): LayoutClient {
  let nextId = 1;
  let inFlight: number | null = null;
  let waiting: LayoutRequest | null = null;
  const resolvers = new Map<number, (r: LayoutResponse | null) => void>();
  const send = (request: LayoutRequest) => {
    inFlight = request.id;
    worker.postMessage(request);
  };
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const done = event.data;
    inFlight = null;
    resolvers.get(done.id)?.(done);
    resolvers.delete(done.id);
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next);
    }
  };
  return {
    layout(request) {
      const id = nextId++;
      const full: LayoutRequest = { ...request, id };
      return new Promise((resolve) => {
        resolvers.set(id, resolve);
        if (inFlight === null) {
          send(full);
          return;
        }
        if (waiting) {
          resolvers.get(waiting.id)?.(null);
          resolvers.delete(waiting.id);
        }
        waiting = full;
      });
    },
    dispose() {
      worker.terminate();
      for (const resolve of resolvers.values()) resolve(null);
      resolvers.clear();
    },
  };
}

export function createLayoutClient(): LayoutClient {
  if (typeof Worker === 'undefined') return mainThreadClient();
  try {
    return workerClient(new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return mainThreadClient();
  }
}
