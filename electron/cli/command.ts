/**
 * One CLI command: its name, its own options and help, and what it does. main.ts dispatches to the
 * commands listed in commands/index.ts, so adding a command is adding one file and one line there.
 */
import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

/** What parseArgs gave the command: option values by name and the positionals after the command. */
export interface CliArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

export interface CliCommand {
  readonly name: string;
  /** `plan [FILE] [--seed N] [--runs N] [--json]`, shown in the overview and the command's help. */
  readonly synopsis: string;
  /** One line for the overview. */
  readonly summary: string;
  /** The command's own help: what it does, each option, exit codes. Ends with a newline. */
  readonly help: string;
  readonly options: CliOptions;
  /** How many positionals (FILE...) the command takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  run(args: CliArgs, io: CliIo): Promise<number>;
}

/** A typed option value: parseArgs already checked the type, this only narrows it. */
export function stringOption(args: CliArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function booleanOption(args: CliArgs, name: string): boolean {
  return args.values[name] === true;
}

/** Every `string` option given more than once (`multiple: true`), as a list. */
export function stringListOption(args: CliArgs, name: string): string[] {
  const v = args.values[name];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

/**
 * A whole-number option: undefined when absent, null (after printing why) when malformed, so the
 * command can exit with the usage code.
 */
export function wholeOption(args: CliArgs, name: string, min: number, max: number, io: CliIo): number | undefined | null {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
    io.stderr(`decamp: --${name} must be a whole number from ${min} to ${max}, not '${raw}'.\n`);
    return null;
  }
  return n;
}
