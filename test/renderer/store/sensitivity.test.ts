import { describe, expect, it, vi } from 'vitest';
import type { Project } from '../../../shared/model';
import { assumptionSensitivity, startSensitivity } from '../../../shared/plan';
import type { Plan, SensitivityResult } from '../../../shared/plan/types';
import { loadSample } from '../../../shared/samples';
import { createMainThreadPlanner, createWorkerPlanner } from '../../../renderer/src/plan-worker';
import type { PlanRequest, PlanResponse } from '../../../renderer/src/plan-worker/protocol';
import { runSensitivity } from '../../../renderer/src/plan-worker/run-sensitivity';
import { createDecampStore, type Planner } from '../../../renderer/src/store';
import type { PlanOutcome, SensitivityOutcome } from '../../../renderer/src/store/planner';

const fakePlan = (seed: number) => ({ seed }) as unknown as Plan;
const fakeResult = (baseEnd: string) => ({ delta: 0.2, baseEnd, assumptions: [] }) as SensitivityResult;

/** A planner whose plans and sensitivities the test releases by hand. */
function manualPlanner() {
  const calls: { project: Project; resolve: (plan: Plan) => void; sensitivity: (outcome: SensitivityOutcome) => void }[] = [];
  const planner: Planner = {
    plan: (project) =>
      new Promise<PlanOutcome>((resolve) => {
        let settle: (outcome: SensitivityOutcome) => void = () => undefined;
        const sensitivity = new Promise<SensitivityOutcome>((r) => (settle = r));
        calls.push({ project, resolve: (plan) => resolve({ plan, ms: 1, sensitivity }), sensitivity: (o) => settle(o) });
      }),
    dispose: () => undefined,
  };
  return { planner, calls };
}

const open = (store: ReturnType<typeof createDecampStore>, project: Project) => store.getState().replaceDocument({ project, filePath: null, displayName: 'x', diskVersion: null });

describe('sensitivity in the store', () => {
  it('arrives after the plan, keeps the previous result while a newer one is worked out, and drops stale answers', async () => {
    vi.useFakeTimers();
    const { planner, calls } = manualPlanner();
    const store = createDecampStore(planner, { debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.resolve(fakePlan(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().plan).toEqual(fakePlan(1));
    expect(store.getState().sensitivityStatus).toBe('computing');
    expect(store.getState().sensitivity).toBeNull();

    calls[0]!.sensitivity({ status: 'done', result: fakeResult('2027-01-01'), ms: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().sensitivityStatus).toBe('done');
    expect(store.getState().sensitivity).toEqual(fakeResult('2027-01-01'));
    expect(store.getState().sensitivityProject).toBe(store.getState().project);

    store.getState().addWorkload();
    await vi.advanceTimersByTimeAsync(20);
    calls[1]!.resolve(fakePlan(2));
    await vi.advanceTimersByTimeAsync(0);
    // The newer plan shows at once; the older sensitivity stays until its successor arrives.
    expect(store.getState().plan).toEqual(fakePlan(2));
    expect(store.getState().sensitivityStatus).toBe('computing');
    expect(store.getState().sensitivity).toEqual(fakeResult('2027-01-01'));

    store.getState().addWorkload();
    await vi.advanceTimersByTimeAsync(20);
    calls[1]!.sensitivity({ status: 'done', result: fakeResult('2027-02-02'), ms: 5 }); // stale: the project moved on
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().sensitivity).toEqual(fakeResult('2027-01-01'));
    calls[2]!.resolve(fakePlan(3));
    calls[2]!.sensitivity({ status: 'done', result: fakeResult('2027-03-03'), ms: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().sensitivity).toEqual(fakeResult('2027-03-03'));
    expect(store.getState().sensitivityStatus).toBe('done');
    store.dispose();
    vi.useRealTimers();
  });

  it('forgets the previous document’s result on open, and a skipped run clears what was shown', async () => {
    vi.useFakeTimers();
    const { planner, calls } = manualPlanner();
    const store = createDecampStore(planner, { debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.resolve(fakePlan(1));
    calls[0]!.sensitivity({ status: 'done', result: fakeResult('2027-01-01'), ms: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().sensitivity).not.toBeNull();

    open(store, loadSample('online-shop'));
    await vi.advanceTimersByTimeAsync(0);
    calls[1]!.resolve(fakePlan(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().plan).toEqual(fakePlan(2));
    expect(store.getState().sensitivity).toBeNull();
    expect(store.getState().sensitivityStatus).toBe('computing');

    calls[1]!.sensitivity({ status: 'skipped', reason: 'tooManyWorkloads', workloads: 12, limit: 10 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().sensitivityStatus).toBe('skipped');
    expect(store.getState().sensitivityNote).toEqual({ status: 'skipped', reason: 'tooManyWorkloads', workloads: 12, limit: 10 });
    store.dispose();
    vi.useRealTimers();
  });

  it('on the main thread: the sample’s plan, then its sensitivity, equal to the engine’s own', async () => {
    const store = createDecampStore(createMainThreadPlanner(), { debounceMs: 10 });
    const project = loadSample('ecommerce-iot');
    open(store, project);
    await vi.waitFor(() => expect(store.getState().sensitivityStatus).toBe('done'), { timeout: 20_000 });
    expect(store.getState().plannedProject).toBe(store.getState().project);
    expect(store.getState().sensitivityProject).toBe(store.getState().project);
    expect(store.getState().sensitivity).toEqual(assumptionSensitivity(project));
    expect(store.getState().sensitivity!.baseEnd).toBe(store.getState().plan!.schedule.end);
    store.dispose();
  }, 30_000);

  it('on the main thread: skips above the workload limit and when the run would take too long', async () => {
    const small = createDecampStore(createMainThreadPlanner(0, { sensitivity: { maxWorkloads: 10 } }), { debounceMs: 10 });
    open(small, loadSample('ecommerce-iot'));
    await vi.waitFor(() => expect(small.getState().sensitivityStatus).toBe('skipped'), { timeout: 20_000 });
    expect(small.getState().sensitivityNote).toMatchObject({ reason: 'tooManyWorkloads', workloads: 44, limit: 10 });
    small.dispose();

    const hurried = createDecampStore(createMainThreadPlanner(0, { sensitivity: { budgetMs: 0.001 } }), { debounceMs: 10 });
    open(hurried, loadSample('ecommerce-iot'));
    await vi.waitFor(() => expect(hurried.getState().sensitivityStatus).toBe('skipped'), { timeout: 20_000 });
    expect(hurried.getState().sensitivityNote).toMatchObject({ reason: 'tooSlow' });
    hurried.dispose();
  }, 30_000);

  it('on the main thread: the next plan cancels the sensitivity still running', async () => {
    const planner = createMainThreadPlanner();
    const first = await planner.plan(loadSample('online-shop'));
    const second = await planner.plan(loadSample('online-shop'));
    expect(await first.sensitivity).toEqual({ status: 'cancelled' });
    expect((await second.sensitivity)?.status).toBe('done');
    planner.dispose();
  }, 30_000);
});

describe('runSensitivity', () => {
  it('waits for a quiet moment, then yields before every re-plan so a newer request can run first', async () => {
    const project = loadSample('online-shop');
    let pauses = 0;
    const outcome = await runSensitivity(startSensitivity, project, { cancelled: () => false, startDelayMs: 0, pause: () => (pauses++, Promise.resolve()) });
    expect(outcome.status).toBe('done');
    const total = startSensitivity(project).total;
    expect(pauses).toBe(total);
  });

  it('never starts when a newer request arrives during the quiet time', async () => {
    vi.useFakeTimers();
    let cancel = false;
    let started = false;
    const outcome = runSensitivity(
      (p) => {
        started = true;
        return startSensitivity(p);
      },
      loadSample('online-shop'),
      { cancelled: () => cancel, startDelayMs: 750 },
    );
    await vi.advanceTimersByTimeAsync(700);
    cancel = true;
    await vi.advanceTimersByTimeAsync(100);
    expect(await outcome).toEqual({ status: 'cancelled' });
    expect(started).toBe(false);
    vi.useRealTimers();
  });

  it('stops at the first pause after it is cancelled', async () => {
    let cancel = false;
    let steps = 0;
    const outcome = await runSensitivity(startSensitivity, loadSample('online-shop'), {
      cancelled: () => cancel,
      startDelayMs: 0,
      pause: () => {
        if (++steps === 3) cancel = true;
        return Promise.resolve();
      },
    });
    expect(outcome).toEqual({ status: 'cancelled' });
  });

  it('reports an engine failure instead of throwing', async () => {
    const outcome = await runSensitivity(
      () => {
        throw new Error('boom');
      },
      loadSample('online-shop'),
      { cancelled: () => false, startDelayMs: 0 },
    );
    expect(outcome).toEqual({ status: 'failed', message: 'boom' });
  });
});

describe('worker planner protocol', () => {
  /** A stand-in Worker: records requests and lets the test answer as the real worker would. */
  function fakeWorker() {
    const requests: PlanRequest[] = [];
    const worker = {
      onmessage: null as ((e: MessageEvent<PlanResponse>) => void) | null,
      onerror: null as ((e: ErrorEvent) => void) | null,
      postMessage: (r: PlanRequest) => requests.push(r),
      terminate: () => undefined,
    };
    const answer = (data: PlanResponse) => worker.onmessage?.({ data } as MessageEvent<PlanResponse>);
    return { worker: worker as unknown as Worker, requests, answer };
  }

  it('resolves the plan first, then its sensitivity from a second message; a newer request cancels the older one', async () => {
    const { worker, requests, answer } = fakeWorker();
    const planner = createWorkerPlanner(() => worker);
    const project = loadSample('online-shop');
    const first = planner.plan(project);
    answer({ id: requests[0]!.id, kind: 'plan', ok: true, plan: fakePlan(1), ms: 3 });
    const outcome = await first;
    expect(outcome.plan).toEqual(fakePlan(1));

    const second = planner.plan(project);
    expect(await outcome.sensitivity).toEqual({ status: 'cancelled' });
    answer({ id: requests[1]!.id, kind: 'plan', ok: true, plan: fakePlan(2), ms: 3 });
    const next = await second;
    answer({ id: requests[0]!.id, kind: 'sensitivity', outcome: { status: 'done', result: fakeResult('2020-01-01'), ms: 1 } }); // late: ignored
    answer({ id: requests[1]!.id, kind: 'sensitivity', outcome: { status: 'done', result: fakeResult('2027-01-01'), ms: 1 } });
    expect(await next.sensitivity).toEqual({ status: 'done', result: fakeResult('2027-01-01'), ms: 1 });

    const third = planner.plan(project);
    answer({ id: requests[2]!.id, kind: 'plan', ok: true, plan: fakePlan(3), ms: 3 });
    const last = await third;
    planner.dispose();
    expect(await last.sensitivity).toEqual({ status: 'cancelled' });
  });
});
