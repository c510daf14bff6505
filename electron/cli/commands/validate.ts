/**
 * `decamp validate [FILE]`: the file loads (schema, references) and the planner finds no error.
 * It runs the whole deterministic plan (`planDeterministic`: the checks, the waves and the
 * schedule's horizon), so it lists every issue `plan` counts and fails on every error `plan`
 * would report. Warnings are printed but do not fail the command; scripts rely on exit 0 / 1.
 */
import { formatPath } from '../../../shared/model/load';
import { planDeterministic } from '../../../shared/plan/plan-project';
import type { CliCommand } from '../command';
import { counted, EXIT } from '../io';
import { loadInput } from '../load-input';

export const validateCommand: CliCommand = {
  name: 'validate',
  synopsis: 'validate [FILE]',
  summary: 'Check a project file. Exit 0 when valid, 1 with located errors.',
  help: `Usage: decamp validate [FILE]

Check a project file: JSON syntax, format version, schema, references, and every finding of the
planner that 'decamp plan' counts (its checks, the wave conditions, a plan that cannot finish
within ten years, a change rate the line cannot carry). Errors are printed as
FILE:LINE:COLUMN: PATH: MESSAGE; planner findings as FILE: SEVERITY: PATH: MESSAGE. Warnings and
notes are listed but do not fail the command.

FILE is a *.decamp.json project; without it the embedded mid-size sample is used.
Exit codes: 0 valid, 1 the file is missing or has errors, 2 bad usage.
`,
  options: {},
  positionals: { min: 0, max: 1 },
  async run(args, io) {
    const input = await loadInput(args.positionals[0], io);
    if (!input.ok) return EXIT.invalidInput;
    const { issues } = planDeterministic(input.project);
    for (const issue of issues) {
      const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
      io.stderr(`${input.label}: ${issue.severity}: ${where}${issue.message}\n`);
    }
    const errors = issues.filter((i) => i.severity === 'error').length;
    if (errors > 0) {
      io.stderr(`decamp: ${input.label} has ${counted(errors, 'planning error')}.\n`);
      return EXIT.invalidInput;
    }
    const { workloads, dependencies, teams } = input.project;
    io.stdout(`${input.label}: valid (${counted(workloads.length, 'workload')}, ${counted(dependencies.length, 'dependency', 'dependencies')}, ${counted(teams.length, 'team')}).\n`);
    return EXIT.ok;
  },
};
