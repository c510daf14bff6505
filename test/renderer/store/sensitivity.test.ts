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
  const calls: { project: Project; resolve: (plan: Plan) => void }[] = [];
  const asked: { project: Project; answer: (outcome: SensitivityOutcome) => void }[] = [];
  let cancels = 0;
  const planner: Planner = {
    plan: (project) => new Promise<PlanOutcome>((resolve) => calls.push({ project, resolve: (plan) => resolve({ plan, ms: 1 }) })),
    sensitivity: (project) => new Promise<SensitivityOutcome>((answer) => asked.push({ project, answer })),
    cancelSensitivity: () => {
      cancels++;
      for (const a of asked.splice(0)) a.answer({ status: 'cancelled' });
    },
    dispose: () => undefined,
  };
  return { planner, calls, asked, cancels: () => cancels };
}

const open = (store: ReturnType<typeof createDecampStore>, project: Project) => store.getState().replaceDocument({ project, filePath: null, displayName: 'x', diskVersion: null });

describe('sensitivity in the store', () => {
  it('is asked for after the plan while the Summary is open, keeps the previous result meanwhile, and drops stale answers', async () => {
    vi.useFakeTimers();
    const { planner, calls, asked } = manualPlanner();
    const store = createDecampStore(planner, { debounceMs: 10 });
    expect(store.getState().view).toBe('summary');
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(0); // never before the plan it explains
    calls[0]!.resolve(fakePlan(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().plan).toEqual(fakePlan(1));
    expect(asked.map((a) => a.project)).toEqual([store.getState().project]);
    expect(store.getState().sensitivityStatus).toBe('computing');

    asked[0]!.answer({ status: 'done', result: fakeResult('2027-01-01'), ms: 5 });
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
    asked[1]!.answer({ status: 'done', result: fakeResult('2027-02-02'), ms: 5 }); // stale: the project moved on
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().sensitivity).toEqual(fakeResult('2027-01-01'));
    calls[2]!.resolve(fakePlan(3));
    await vi.advanceTimersByTimeAsync(0);
    asked[2]!.answer({ status: 'done', result: fakeResult('2027-03-03'), ms: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().sensitivity).toEqual(fakeResult('2027-03-03'));
    expect(store.getState().sensitivityStatus).toBe('done');
    store.dispose();
    vi.useRealTimers();
  });

  it('is not worked out while another view is open; leaving the Summary cancels it and coming back asks again', async () => {
    vi.useFakeTimers();
    const { planner, calls, asked, cancels } = manualPlanner();
    const store = createDecampStore(planner, { debounceMs: 10 });
    store.getState().setView('inventory');
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.resolve(fakePlan(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(0);
    expect(store.getState().sensitivityStatus).toBe('idle');

    store.getState().setView('summary');
    expect(asked).toHaveLength(1);
    expect(store.getState().sensitivityStatus).toBe('computing');
    store.getState().setView('inventory');
    await vi.advanceTimersByTimeAsync(0);
    expect(cancels()).toBe(1);
    expect(store.getState().sensitivityStatus).toBe('idle');

    store.getState().setView('summary');
    expect(asked).toHaveLength(1);
    asked[0]!.answer({ status: 'done', result: fakeResult('2027-04-04'), ms: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().sensitivity).toEqual(fakeResult('2027-04-04'));
    // Known for this project: going back and forth asks nothing more.
    store.getState().setView('assumptions');
    store.getState().setView('summary');
    expect(asked).toHaveLength(1);
    expect(cancels()).toBe(1);
    store.dispose();
    vi.useRealTimers();
  });

  it('forgets the previous document’s result on open, and a skipped run clears what was shown', async () => {
    vi.useFakeTimers();
    const { planner, calls, asked } = manualPlanner();
    const store = createDecampStore(planner, { debounceMs: 10 });
    await vi.advanceTimersByTimeAsync(0);
    calls[0]!.resolve(fakePlan(1));
    await vi.advanceTimersByTimeAsync(0);
    asked[0]!.answer({ status: 'done', result: fakeResult('2027-01-01'), ms: 5 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().sensitivity).not.toBeNull();

    open(store, loadSample('online-shop'));
    await vi.advanceTimersByTimeAsync(0);
    calls[1]!.resolve(fakePlan(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().plan).toEqual(fakePlan(2));
    expect(store.getState().sensitivity).toBeNull();
    expect(store.getState().sensitivityStatus).toBe('computing');

    asked[1]!.answer({ status: 'skipped', reason: 'tooManyWorkloads', workloads: 12, limit: 10 });
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
    expect(small.getState().sensitivityNote).toMatchObject({ reason: 'tooManyWorkloads', workloads: loadSample('ecommerce-iot').workloads.length, limit: 10 });
    small.dispose();

    const hurried = createDecampStore(createMainThreadPlanner(0, { sensitivity: { budgetMs: 0.001 } }), { debounceMs: 10 });
    open(hurried, loadSample('ecommerce-iot'));
    await vi.waitFor(() => expect(hurried.getState().sensitivityStatus).toBe('skipped'), { timeout: 20_000 });
    expect(hurried.getState().sensitivityNote).toMatchObject({ reason: 'tooSlow' });
    hurried.dispose();
  }, 30_000);

  it('on the main thread: the next plan, or a cancel, stops the sensitivity still running', async () => {
    const planner = createMainThreadPlanner();
    const project = loadSample('online-shop');
    const first = planner.sensitivity(project);
    await planner.plan(project);
    expect(await first).toEqual({ status: 'cancelled' });
    const second = planner.sensitivity(project);
    planner.cancelSensitivity();
    expect(await second).toEqual({ status: 'cancelled' });
    expect((await planner.sensitivity(project)).status).toBe('done');
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

  it('answers plans and sensitivities by id; a later message (plan or cancel) supersedes a sensitivity run', async () => {
    const { worker, requests, answer } = fakeWorker();
    const planner = createWorkerPlanner(() => worker);
    const project = loadSample('online-shop');
    const first = planner.plan(project);
    expect(requests[0]).toMatchObject({ kind: 'plan' });
    answer({ id: requests[0]!.id, kind: 'plan', ok: true, plan: fakePlan(1), ms: 3 });
    expect((await first).plan).toEqual(fakePlan(1));

    const early = planner.sensitivity(project);
    expect(requests[1]).toMatchObject({ kind: 'sensitivity', project });
    const second = planner.plan(project);
    expect(await early).toEqual({ status: 'cancelled' });
    answer({ id: requests[2]!.id, kind: 'plan', ok: true, plan: fakePlan(2), ms: 3 });
    await second;

    const current = planner.sensitivity(project);
    answer({ id: requests[1]!.id, kind: 'sensitivity', outcome: { status: 'done', result: fakeResult('2020-01-01'), ms: 1 } }); // late: ignored
    answer({ id: requests[3]!.id, kind: 'sensitivity', outcome: { status: 'done', result: fakeResult('2027-01-01'), ms: 1 } });
    expect(await current).toEqual({ status: 'done', result: fakeResult('2027-01-01'), ms: 1 });

    const left = planner.sensitivity(project);
    planner.cancelSensitivity();
    expect(requests.at(-1)).toMatchObject({ kind: 'cancel' });
    expect(await left).toEqual({ status: 'cancelled' });
    const last = planner.sensitivity(project);
    planner.dispose();
    expect(await last).toEqual({ status: 'cancelled' });
  });
});
