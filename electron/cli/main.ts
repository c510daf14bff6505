/**
 * The `decamp` command line: the same services as the app, from a terminal or a CI pipeline.
 * Its output and exit codes are a public contract (docs/cli.md). Never prints a stack trace.
 */
import { parseArgs } from 'node:util';
import { planCommand } from './commands/plan';
import { validateCommand } from './commands/validate';
import { type CliIo, EXIT } from './io';
import { USAGE } from './usage';

const OPTIONS = {
  seed: { type: 'string' },
  runs: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`decamp: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [command, file, ...extra] = positionals;
  if (values.help || command === undefined || command === 'help') {
    (command === undefined && !values.help ? io.stderr : io.stdout)(USAGE);
    return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
  }
  if (extra.length > 0) {
    io.stderr(`decamp: one FILE at a time; unexpected ${extra.map((e) => `'${e}'`).join(', ')}.\n`);
    return EXIT.usage;
  }
  try {
    switch (command) {
      case 'validate':
        if (values.seed !== undefined || values.runs !== undefined || values.json) {
          io.stderr('decamp: validate takes no --seed, --runs or --json.\n');
          return EXIT.usage;
        }
        return await validateCommand(file, io);
      case 'plan': {
        const seed = parseWhole(values.seed, '--seed', 0, 2 ** 32 - 1, io);
        const runs = parseWhole(values.runs, '--runs', 1, 1_000_000, io);
        if (seed === null || runs === null) return EXIT.usage;
        return await planCommand(file, { seed, runs, json: values.json ?? false }, io);
      }
      default:
        io.stderr(`decamp: unknown command '${command}'.\n\n${USAGE}`);
        return EXIT.usage;
    }
  } catch (error) {
    // A bug of ours, not the user's input: say so in one line, never dump a stack.
    io.stderr(`decamp: internal error while running '${command}': ${(error as Error).message}. Please report it with the file that caused it.\n`);
    return EXIT.invalidInput;
  }
}

/** undefined when absent, null (after printing why) when malformed. */
function parseWhole(raw: string | undefined, name: string, min: number, max: number, io: CliIo): number | undefined | null {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
    io.stderr(`decamp: ${name} must be a whole number from ${min} to ${max}, not '${raw}'.\n`);
    return null;
  }
  return n;
}
