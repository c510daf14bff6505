/** The help text: the CLI's public surface in one screen. */
export const USAGE = `Usage: decamp <command> [FILE] [options]

Commands:
  validate [FILE]                      Check a project file. Exit 0 when valid, 1 with located errors.
  plan [FILE] [--seed N] [--runs N] [--json]
                                       Plan the move: waves, dates, P50/P80/P95, top risks.
                                       --json prints the Plan as JSON (see docs/cli.md).

FILE is a *.decamp.json project. Without FILE, the embedded mid-size sample is used.

Exit codes: 0 success, 1 invalid input (file missing, unreadable or invalid), 2 bad usage.
`;
