/**
 * `decamp validate [FILE]`: the file loads (schema, references) and the planner finds no error.
 * Warnings are printed but do not fail the command; scripts rely on exit 0 / 1.
 */
import { formatPath } from '../../../shared/model/load';
import { findPlanIssues } from '../../../shared/plan/validate';
import { type CliIo, EXIT } from '../io';
import { loadInput } from '../load-input';

export async function validateCommand(file: string | undefined, io: CliIo): Promise<number> {
  const input = await loadInput(file, io);
  if (!input.ok) return EXIT.invalidInput;
  const issues = findPlanIssues(input.project);
  for (const issue of issues) {
    const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
    io.stderr(`${input.label}: ${issue.severity}: ${where}${issue.message}\n`);
  }
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (errors > 0) {
    io.stderr(`decamp: ${input.label} has ${errors} planning error${errors === 1 ? '' : 's'}.\n`);
    return EXIT.invalidInput;
  }
  const { workloads, dependencies, teams } = input.project;
  io.stdout(`${input.label}: valid (${workloads.length} workloads, ${dependencies.length} dependencies, ${teams.length} teams).\n`);
  return EXIT.ok;
}
