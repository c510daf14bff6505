/**
 * Plans the baseline and each scenario one plan per task, shared by the worker and the main-thread
 * fallback, with the app's seed and runs. Between plans it yields, so a newer edit is planned first
 * and this comparison is cancelled; progress is reported after each plan.
 */
import type { Project } from '../../../shared/model';
import { resolveAssumptions } from '../../../shared/plan/assumptions';
import type { CompareOptions, ComparisonRun } from '../../../shared/scenarios';
import { PLAN_SEED, type CompareOutcome } from '../store/planner';

type StartComparison = (project: Project, options?: CompareOptions) => ComparisonRun;

export interface CompareControl {
  readonly cancelled: () => boolean;
  readonly progress?: (done: number, total: number) => void;
  readonly pause?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runCompare(start: StartComparison, project: Project, control: CompareControl): Promise<CompareOutcome> {
  const pause = control.pause ?? nextTask;
  try {
    const started = performance.now();
    const runs = Math.max(100, Math.round(resolveAssumptions(project).value('simulation.runs')));
    const run = start(project, { seed: PLAN_SEED, runs });
    control.progress?.(0, run.total);
    for (let more = true; more; ) {
      await pause();
      if (control.cancelled()) return { status: 'cancelled' };
      more = run.step();
      control.progress?.(run.done, run.total);
    }
    return { status: 'done', comparison: run.result(), ms: performance.now() - started };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
