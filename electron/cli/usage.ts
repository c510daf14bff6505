/** The overview help: the CLI's public surface in one screen, built from the command list. */
import type { CliCommand } from './command';

/** Column where the one-line summaries start. */
const COLUMN = 36;

function row(left: string, right: string): string {
  return left.length + 2 < COLUMN ? `  ${left.padEnd(COLUMN - 2)}${right}` : `  ${left}\n${' '.repeat(COLUMN)}${right}`;
}

export function overviewUsage(commands: readonly CliCommand[]): string {
  return `Usage: decamp <command> [FILE] [options]

Commands:
${commands.map((c) => row(c.synopsis, c.summary)).join('\n')}

${row('decamp <command> --help', 'Help for one command (or: decamp help <command>).')}
${row('decamp --version', 'The version of Decamp.')}

FILE is a *.decamp.json project. Without FILE, the embedded mid-size sample is used.

Exit codes: 0 success, 1 invalid input (file missing, unreadable or invalid), 2 bad usage.
`;
}
