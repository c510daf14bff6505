import { describe, expect, it, vi } from 'vitest';
import type { Project } from '../../../shared/model';
import { loadSample } from '../../../shared/samples';
import type { Plan } from '../../../shared/plan/types';
import { createMainThreadPlanner } from '../../../renderer/src/plan-worker';
import { createDecampStore, type Planner } from '../../../renderer/src/store';

/** A planner whose answers the test releases by hand, to check ordering. */
function manualPlanner() {
  const calls: { project: Project; resolve: (plan: Plan) => void }[] = [];
  const planner: Planner = {
    plan: (project) => new Promise((resolve) => calls.push({ project, resolve: (plan) => resolve({ plan, ms: 1 }) })),
    // These tests are about plans; a sensitivity asked for by the Summary never answers here.
    sensitivity: () => new Promise(() => undefined),
    cancelSensitivity: () => undefined,
    dispose: () => undefined,
  };
  return { planner, calls };
}

const fakePlan = (seed: number) => ({ seed }) as unknown as Plan;

describe('live re-planning', () => {
  it('debounces bursts of edits, keeps the previous plan meanwhile and drops stale answers', async () => {
    vi.useFakeTimers();
    const { planner, calls } = manualPlanner();
    const store = createDecampStore(planner, { debounceMs: 150 });
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(fakePlan(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().plan).toEqual(fakePlan(1));
    expect(store.getState().planning).toBe(false);

    store.getState().addWorkload();
    store.getState().addWorkload();
    store.getState().addWorkload();
    expect(store.getState().planning).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.project).toBe(store.getState().project);

    store.getState().addWorkload();
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toHaveLength(3);
    calls[1]!.resolve(fakePlan(2)); // stale: the project moved on
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().plan).toEqual(fakePlan(1));
    calls[2]!.resolve(fakePlan(3));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().plan).toEqual(fakePlan(3));
    expect(store.getState().planning).toBe(false);
    store.dispose();
    vi.useRealTimers();
  });

  it('plans the sample on the main thread when there is no Worker, and re-plans after an edit', async () => {
    const store = createDecampStore(createMainThreadPlanner(), { debounceMs: 10 });
    store.getState().replaceDocument({ project: loadSample('online-shop'), filePath: null, displayName: 'Shop', diskVersion: null });
    await vi.waitFor(() => expect(store.getState().plannedProject).toBe(store.getState().project), { timeout: 20_000 });
    const first = store.getState().plan!;
    expect(first.simulation.p50End).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ids = store.getState().project.workloads.map((w) => w.id);
    store.getState().bulkUpdateWorkloads(ids, { strategy: 'refactor' });
    await vi.waitFor(() => expect(store.getState().plannedProject).toBe(store.getState().project), { timeout: 20_000 });
    expect(store.getState().plan!.simulation.p50End > first.simulation.p50End).toBe(true);
    store.dispose();
  }, 30_000);
});
