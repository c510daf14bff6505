/**
 * `decamp plan [FILE] [--seed N] [--runs N] [--json]`: plan the move and print it, either as a
 * readable summary or as the Plan in JSON (the documented public shape, docs/cli.md).
 */
import { planProject } from '../../../shared/plan/plan-project';
import { type CliIo, EXIT } from '../io';
import { loadInput } from '../load-input';
import { formatPlanSummary } from '../plan-summary';
import { toPlanJson } from '../plan-json';

export interface PlanOptions {
  readonly seed: number | undefined;
  readonly runs: number | undefined;
  readonly json: boolean;
}

export async function planCommand(file: string | undefined, options: PlanOptions, io: CliIo): Promise<number> {
  const input = await loadInput(file, io);
  if (!input.ok) return EXIT.invalidInput;
  const plan = planProject(input.project, {
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.runs !== undefined ? { runs: options.runs } : {}),
  });
  io.stdout(options.json ? `${JSON.stringify(toPlanJson(input.project, plan), null, 2)}\n` : formatPlanSummary(input.project, plan));
  return EXIT.ok;
}
