/**
 * `planProject` on both cores in the plan worker: the plan worker plans the deterministic phases
 * and sends a nested worker (plan-helper.worker.ts) what the runs need (the schedule model, not the
 * project); the nested worker simulates the later runs of the Monte Carlo while the plan worker
 * simulates the earlier ones (fewer: it then works out what follows the Monte Carlo but reads only
 * the deterministic plan), then each replays half of the drivers' runs with one source switched
 * off alone and half the runs of their turns, and the shares merge into the single thread's plan
 * to the last bit (shared/plan/plan-parallel.ts).
 * The helper is started once and kept: a cold worker pays for loading the engine. Where no nested
 * worker can start, or it fails, the plan worker simulates every run itself: the same plan.
 */
import type { Project } from '../../../shared/model';
import { type PlanHelperPort, planWithHelper } from '../../../shared/plan/plan-parallel';
import type { PlanOptions } from '../../../shared/plan/plan-project';
import type { AloneShare, RunsPart, TurnsShare } from '../../../shared/plan/simulate';
import type { Plan } from '../../../shared/plan/types';
import type { HelperRequest } from './plan-helper.worker';

type Reply = { id: number; value: unknown } | { id: number; error: string };

export interface TwoThreadPlanner {
  /** Starts the helper now, so it has loaded the engine by the first plan (a plan starts it otherwise). */
  start(): void;
  plan(project: Project, options: PlanOptions): Promise<Plan>;
}

/** `makeWorker` starts the helper; undefined (or a throw) means there is none, and plans stay on this thread. */
export function createTwoThreadPlanner(makeWorker: () => Worker | undefined): TwoThreadPlanner {
  let worker: Worker | undefined;
  let failed = false;
  let next = 1;
  const waiting = new Map<number, (value: unknown) => void>();
  const fail = () => {
    failed = true;
    worker?.terminate();
    worker = undefined;
    for (const resolve of waiting.values()) resolve(undefined);
    waiting.clear();
  };
  const helper = (): Worker | undefined => {
    if (worker || failed) return worker;
    try {
      worker = makeWorker();
    } catch {
      worker = undefined;
    }
    if (!worker) {
      failed = true;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const reply = event.data;
      const resolve = waiting.get(reply.id);
      waiting.delete(reply.id);
      resolve?.('value' in reply ? reply.value : undefined);
    };
    worker.onerror = fail;
    return worker;
  };
  /** Posts a request; undefined when the helper cannot answer it. */
  const ask = <T>(message: HelperRequest): Promise<T | undefined> => {
    const w = helper();
    if (!w) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      waiting.set(message.id, resolve as (value: unknown) => void);
      try {
        w.postMessage(message);
      } catch {
        waiting.delete(message.id);
        resolve(undefined);
      }
    });
  };
  const port: PlanHelperPort = {
    async laterRuns(setup) {
      const of = next++;
      const part = await ask<RunsPart | null>({ kind: 'later', id: of, setup });
      return part === undefined ? null : { of, part };
    },
    async aloneShare(of, request) {
      return (await ask<AloneShare>({ kind: 'alone', id: next++, of, request })) ?? null;
    },
    async turnsShare(of, request) {
      return (await ask<TurnsShare>({ kind: 'turns', id: next++, of, request })) ?? null;
    },
  };
  return {
    start() {
      helper();
    },
    plan: (project, options) => planWithHelper(project, options, port),
  };
}
