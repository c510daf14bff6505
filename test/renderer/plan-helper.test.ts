/**
 * The plan worker's two-thread planner (renderer/src/plan-worker/plan-helper.ts) with a stand-in
 * for its nested worker that answers as plan-helper.worker.ts does, through a structured clone:
 * the helper is asked for the later runs, its share of the alone replays and of the turns' runs, and the plan is
 * planProject's to the byte; a helper that errors, or none at all, leaves every run to the plan
 * worker, with the same plan.
 */
import { describe, expect, it } from 'vitest';
import { answerHelper, type HelperState } from '../../shared/plan/plan-parallel';
import { planProject } from '../../shared/plan/plan-project';
import { loadSample } from '../../shared/samples';
import { createTwoThreadPlanner } from '../../renderer/src/plan-worker/plan-helper';
import type { HelperRequest } from '../../renderer/src/plan-worker/plan-helper.worker';

/** A nested worker in miniature: answers as plan-helper.worker.ts does, on a later task. */
function fakeHelper(behaviour: 'answer' | 'error') {
  const asked: string[] = [];
  const state: HelperState = {};
  const worker = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    terminated: false,
    postMessage(data: HelperRequest) {
      asked.push(data.kind);
      const request = structuredClone(data);
      setTimeout(() => {
        if (behaviour === 'error') return worker.onerror?.({ message: 'helper crashed' } as ErrorEvent);
        worker.onmessage?.({ data: structuredClone({ id: request.id, value: answerHelper(state, request) }) } as MessageEvent);
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return { worker, asked };
}

/** A planner on an answering stand-in, counting how often it started a helper. */
function countedPlanner() {
  const { worker, asked } = fakeHelper('answer');
  let started = 0;
  const planner = createTwoThreadPlanner(() => {
    started++;
    return worker as unknown as Worker;
  });
  return { planner, asked, started: () => started };
}

describe('the plan worker on two threads', () => {
  const project = loadSample('ecommerce-iot');
  const options = { seed: 5, runs: 500 };
  const expected = JSON.stringify(planProject(project, options));

  it('asks its helper for the later runs, half the alone replays and half the runs of the turns and gives the one-thread plan, plan after plan with one helper', async () => {
    const { planner, asked, started } = countedPlanner();
    expect(JSON.stringify(await planner.plan(project, options))).toBe(expected);
    expect(JSON.stringify(await planner.plan(project, options))).toBe(expected);
    expect(asked).toEqual(['later', 'alone', 'turns', 'later', 'alone', 'turns']);
    expect(started()).toBe(1);
  });

  it('starts its helper when told, before any plan, and keeps that one', async () => {
    const { planner, asked, started } = countedPlanner();
    planner.start();
    expect([started(), asked.length]).toEqual([1, 0]);
    expect(JSON.stringify(await planner.plan(project, options))).toBe(expected);
    expect(started()).toBe(1);
  });

  it('plans every run itself when the helper errors, and does not ask it again', async () => {
    const { worker, asked } = fakeHelper('error');
    const planner = createTwoThreadPlanner(() => worker as unknown as Worker);
    expect(JSON.stringify(await planner.plan(project, options))).toBe(expected);
    expect(worker.terminated).toBe(true);
    expect(JSON.stringify(await planner.plan(project, options))).toBe(expected);
    expect(asked).toEqual(['later']);
  });

  it('plans on its own thread where no nested worker can start', async () => {
    const planner = createTwoThreadPlanner(() => {
      throw new Error('no nested workers here');
    });
    expect(JSON.stringify(await planner.plan(project, options))).toBe(expected);
  });
});
