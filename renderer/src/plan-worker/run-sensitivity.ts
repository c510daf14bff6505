/**
 * Works out the sensitivity of a plan one re-plan per task, shared by the worker and the
 * main-thread fallback. Between re-plans it yields, so a newer Project (a keystroke) is planned
 * first and this one is cancelled; big estates and runs heading past the time budget are skipped.
 */
import type { Project } from '../../../shared/model';
import type { SensitivityOptions, SensitivityRun } from '../../../shared/plan/sensitivity';
import type { SensitivityOutcome } from '../store/planner';

/** Above this many workloads the sensitivity is not worked out (about 2 s of worker time at 5,000). */
export const SENSITIVITY_MAX_WORKLOADS = 5_000;
/** A run heading past this much time is given up: the answer would come too late to matter. */
export const SENSITIVITY_BUDGET_MS = 20_000;
/** Quiet time before the re-plans start, so the Summary paints first and a quick edit wins. */
export const SENSITIVITY_START_DELAY_MS = 250;

type StartSensitivity = (project: Project, options?: SensitivityOptions) => SensitivityRun;

export interface SensitivityControl {
  /** True once a newer Project has arrived (or the planner was disposed). */
  readonly cancelled: () => boolean;
  /** Lets other work run; resolves when this run may go on. Default: a zero-delay timeout. */
  readonly pause?: () => Promise<void>;
  readonly maxWorkloads?: number;
  readonly budgetMs?: number;
  /** Default `SENSITIVITY_START_DELAY_MS`. */
  readonly startDelayMs?: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Waits for a quiet moment, then re-plans one variant per task until done, cancelled or over budget. */
export async function runSensitivity(start: StartSensitivity, project: Project, control: SensitivityControl): Promise<SensitivityOutcome> {
  const maxWorkloads = control.maxWorkloads ?? SENSITIVITY_MAX_WORKLOADS;
  const budgetMs = control.budgetMs ?? SENSITIVITY_BUDGET_MS;
  const pause = control.pause ?? nextTask;
  const workloads = project.workloads.length;
  if (workloads > maxWorkloads) return { status: 'skipped', reason: 'tooManyWorkloads', workloads, limit: maxWorkloads };
  try {
    const delayMs = control.startDelayMs ?? SENSITIVITY_START_DELAY_MS;
    await new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, delayMs)));
    if (control.cancelled()) return { status: 'cancelled' };
    const started = performance.now();
    const run = start(project);
    for (let finished = run.total === 0; !finished; ) {
      await pause();
      if (control.cancelled()) return { status: 'cancelled' };
      finished = run.step();
      const elapsed = performance.now() - started;
      // Setup counts as one re-plan: project the whole run from what it has cost so far.
      const projected = (elapsed / (run.done() + 1)) * (run.total + 1);
      if (!finished && (elapsed > budgetMs || projected > budgetMs)) return { status: 'skipped', reason: 'tooSlow', workloads, limit: maxWorkloads };
    }
    return { status: 'done', result: run.result(), ms: performance.now() - started };
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
