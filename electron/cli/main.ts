/**
 * The `decamp` command line: the same services as the app, from a terminal or a CI pipeline.
 * Its output and exit codes are a public contract (docs/cli.md). Never prints a stack trace.
 */
import { parseArgs } from 'node:util';
import type { CliCommand } from './command';
import { COMMANDS } from './commands';
import { type CliIo, EXIT } from './io';
import { overviewUsage } from './usage';
import { decampVersion } from './version';

export async function runCli(argv: readonly string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const usage = overviewUsage(commands);
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(usage);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(usage);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`decamp ${decampVersion()}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    const about = rest[0] === undefined ? undefined : commands.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && !about) return unknownCommand(rest[0], usage, io);
    io.stdout(about ? about.help : usage);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    if (first.startsWith('-')) {
      io.stderr(`decamp: the command comes first, before options such as '${first}'.\n\n${usage}`);
      return EXIT.usage;
    }
    return unknownCommand(first, usage, io);
  }

  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`decamp ${command.name}: ${plainParseError(error as Error)}\n\n${command.help}`);
    return EXIT.usage;
  }
  // `decamp plan --version` is what people type: answer it as `decamp --version` does, whatever else is on the line.
  if (parsed.values.version) {
    io.stdout(`decamp ${decampVersion()}\n`);
    return EXIT.ok;
  }
  if (parsed.values.help) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  const { positionals } = parsed;
  if (positionals.length > command.positionals.max) {
    const extra = positionals.slice(command.positionals.max);
    const takes = command.positionals.max === 1 ? 'one FILE at a time' : `at most ${command.positionals.max} files`;
    io.stderr(`decamp ${command.name}: ${takes}; unexpected ${extra.map((e) => `'${e}'`).join(', ')}.\n\n${command.help}`);
    return EXIT.usage;
  }
  if (positionals.length < command.positionals.min) {
    io.stderr(`decamp ${command.name}: needs ${command.positionals.min === 1 ? 'a FILE' : `at least ${command.positionals.min} files`}.\n\n${command.help}`);
    return EXIT.usage;
  }
  try {
    return await command.run({ values: parsed.values, positionals }, io);
  } catch (error) {
    // A bug of ours, not the user's input: say so in one line, never dump a stack.
    io.stderr(`decamp: internal error while running '${command.name}': ${(error as Error).message}. Please report it with the file that caused it.\n`);
    return EXIT.invalidInput;
  }
}

function unknownCommand(name: string, usage: string, io: CliIo): number {
  io.stderr(`decamp: unknown command '${name}'.\n\n${usage}`);
  return EXIT.usage;
}

/** Node's parseArgs messages name its own API ("To specify a positional argument..."); keep the first sentence. */
function plainParseError(error: Error): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message);
  if (unknown) return `unknown option '${unknown[1]}'.`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(error.message);
  if (missing) return `option '${missing[1]}' needs a value.`;
  return error.message.split('. ')[0]!.replace(/\.?$/, '.');
}
