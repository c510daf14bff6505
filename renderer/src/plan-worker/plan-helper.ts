/**
 * `planProject` on both cores in the plan worker: a nested worker (plan-helper.worker.ts)
 * simulates the later half of the Monte Carlo's runs while the plan worker plans the earlier half,
 * and the halves merge into the single thread's plan to the last bit (shared/plan/plan-parallel.ts).
 * The helper is started once and kept: a cold worker pays for loading the engine. Where no nested
 * worker can start, or it fails, the plan worker simulates every run itself: the same plan.
 */
import type { Project } from '../../../shared/model';
import { finishSplitPlan, planEarlierRuns } from '../../../shared/plan/plan-parallel';
import { type PlanOptions, planProject } from '../../../shared/plan/plan-project';
import type { RunsPart } from '../../../shared/plan/simulate';
import type { Plan } from '../../../shared/plan/types';

type Reply = { id: number; part: RunsPart | null } | { id: number; error: string };

export interface TwoThreadPlanner {
  plan(project: Project, options: PlanOptions): Promise<Plan>;
}

/** `makeWorker` starts the helper; undefined (or a throw) means there is none, and plans stay on this thread. */
export function createTwoThreadPlanner(makeWorker: () => Worker | undefined): TwoThreadPlanner {
  let worker: Worker | undefined;
  let failed = false;
  let next = 1;
  const waiting = new Map<number, (part: RunsPart | null) => void>();
  const fail = () => {
    failed = true;
    worker?.terminate();
    worker = undefined;
    for (const resolve of waiting.values()) resolve(null);
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
      resolve?.('part' in reply ? reply.part : null);
    };
    worker.onerror = fail;
    return worker;
  };
  const laterRuns = (project: Project, options: PlanOptions): Promise<RunsPart | null> => {
    const w = helper();
    if (!w) return Promise.resolve(null);
    const id = next++;
    return new Promise((resolve) => {
      waiting.set(id, resolve);
      try {
        w.postMessage({ id, project, options });
      } catch {
        waiting.delete(id);
        resolve(null);
      }
    });
  };
  return {
    async plan(project, options) {
      if (options.runs === 'auto') return planProject(project, options);
      const later = laterRuns(project, options); // posted before this thread starts its half
      const earlier = planEarlierRuns(project, options);
      return finishSplitPlan(earlier, await later);
    },
  };
}
